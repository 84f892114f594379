import { describe, expect, it } from 'vitest';
import { planTextFolders } from '../../src/lib/search/text-folders.ts';

describe('planTextFolders', () => {
  it('keeps everything when nothing changed', () => {
    expect(planTextFolders(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual({ moves: [], remove: [], write: [] });
  });
  it('writes only the folder of a changed speech', () => {
    expect(planTextFolders(['a', 'b', 'c'], ['a', 'B', 'c'])).toEqual({ moves: [], remove: [1], write: [1] });
  });
  it('adds the newest speech as one new folder, moving none', () => {
    expect(planTextFolders(['a', 'b', 'c'], ['a', 'b', 'c', 'd'])).toEqual({ moves: [], remove: [], write: [3] });
  });
  it('moves the newer folders up one place when an older speech is added', () => {
    expect(planTextFolders(['a', 'b', 'c'], ['a', 'x', 'b', 'c'])).toEqual({
      moves: [
        { from: 1, to: 2 },
        { from: 2, to: 3 },
      ],
      remove: [],
      write: [1],
    });
  });
  it('moves the newer folders down and drops the last place when a speech is removed', () => {
    expect(planTextFolders(['a', 'b', 'c', 'd'], ['a', 'c', 'd'])).toEqual({
      moves: [
        { from: 2, to: 1 },
        { from: 3, to: 2 },
      ],
      remove: [1],
      write: [],
    });
  });
  it('writes everything into an empty folder', () => {
    expect(planTextFolders([], ['a', 'b'])).toEqual({ moves: [], remove: [], write: [0, 1] });
  });
});
