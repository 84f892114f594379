import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charactersOf, foldQuery } from '../../src/lib/text/fold.ts';

const seeds = readdirSync('content/raw').map((f) => readFileSync(join('content/raw', f), 'utf8'));
const naive = (texts: string[]) => new Set(texts.flatMap((t) => [...t]));

describe('charactersOf', () => {
  it('finds every character of the seed speeches, as iterating them does', () => {
    expect([...charactersOf(seeds)].sort()).toEqual([...naive(seeds)].sort());
  });
  it('keeps a character beyond the first plane whole, and a lone surrogate as it is', () => {
    const texts = ['𠮷野家“两个维护”', '\ud800孤'];
    expect([...charactersOf(texts)].sort()).toEqual([...naive(texts)].sort());
    expect(charactersOf(texts).has('𠮷')).toBe(true);
  });
});

describe('foldQuery', () => {
  it('folds the characters the table names and leaves the rest', () => {
    expect(foldQuery('兩個維護“9+2”', { 兩: '两', 個: '个', 維: '维', 護: '护' })).toBe('两个维护“9+2”');
  });
});
