// Cache keys of pages (src/lib/pages/page-keys.ts): Astro keeps a page whose key is the last
// build's, so a key must change with anything the page shows, and stay when nothing shown changed.
import { describe, expect, it } from 'vitest';
import type { ParallelPlace } from '../../src/lib/annotate/parallels.ts';
import { groupPageKey, speechPageKey, type SpeechPageLinks } from '../../src/lib/pages/page-keys.ts';
import type { GroupPageProps } from '../../src/lib/pages/group-pages.ts';
import type { SpeechEntry } from '../../src/lib/speech/schema.ts';

const place = (slug: string, title: string, paragraph = 1): ParallelPlace => ({ slug, title, date: '2024-01-01', year: 2024, paragraph });
const links = (places: ParallelPlace[], sentence = '要坚持以人民为中心。'): SpeechPageLinks => ({
  near: { older: null, newer: null, olderInCampaign: null, newerInCampaign: null },
  parallels: [{ paragraph: 3, sentence, places, count: places.length }],
  related: [],
  copies: [],
});

describe('speech page keys', () => {
  it('are the same for the same links, whether or not the lists of places are one object', () => {
    const shared = [place('a', '甲'), place('b', '乙')];
    expect(speechPageKey('g', 'd', links(shared))).toBe(speechPageKey('g', 'd', links(shared)));
    expect(speechPageKey('g', 'd', links(shared))).toBe(speechPageKey('g', 'd', links([place('a', '甲'), place('b', '乙')])));
  });

  it('change with a place the page shows: another speech, its title, its paragraph', () => {
    const key = speechPageKey('g', 'd', links([place('a', '甲'), place('b', '乙')]));
    expect(speechPageKey('g', 'd', links([place('a', '甲'), place('c', '乙')]))).not.toBe(key);
    expect(speechPageKey('g', 'd', links([place('a', '甲'), place('b', '乙（修订）')]))).not.toBe(key);
    expect(speechPageKey('g', 'd', links([place('a', '甲'), place('b', '乙', 2)]))).not.toBe(key);
    expect(speechPageKey('g', 'd', links([place('a', '甲')]))).not.toBe(key);
  });

  it('change with the speech, the glossary and the sentence shown', () => {
    const list = [place('a', '甲')];
    const key = speechPageKey('g', 'd', links(list));
    expect(speechPageKey('g2', 'd', links(list))).not.toBe(key);
    expect(speechPageKey('g', 'd2', links(list))).not.toBe(key);
    expect(speechPageKey('g', 'd', links(list, '要坚持以人民为中心的发展思想。'))).not.toBe(key);
  });
});

describe('group page keys', () => {
  const speech = (slug: string) => ({ slug }) as SpeechEntry;
  const props = (slugs: string[], page = 1): GroupPageProps => ({
    title: '2024年',
    url: '/years/2024/',
    total: slugs.length,
    speeches: slugs.map(speech),
    page,
    pages: 1,
    param: undefined,
  });

  it('change when a listed speech’s data changes, and only then', () => {
    const data = new Map([
      ['a', 'a1'],
      ['b', 'b1'],
    ]);
    const key = groupPageKey(props(['a', 'b']), (s) => data.get(s));
    expect(groupPageKey(props(['a', 'b']), (s) => data.get(s))).toBe(key);
    data.set('b', 'b2');
    expect(groupPageKey(props(['a', 'b']), (s) => data.get(s))).not.toBe(key);
    expect(groupPageKey(props(['b', 'a']), (s) => data.get(s))).not.toBe(groupPageKey(props(['a', 'b']), (s) => data.get(s)));
    expect(groupPageKey(props(['a', 'b'], 2), (s) => data.get(s))).not.toBe(groupPageKey(props(['a', 'b']), (s) => data.get(s)));
  });
});
