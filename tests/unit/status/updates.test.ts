import { describe, expect, it } from 'vitest';
import { latestPosted, postedUpdates } from '../../../src/lib/status/updates.ts';

const updates = [
  { at: '2026-11-21T08:00:00Z', text: 'first' },
  { at: '2026-11-21T10:00:00Z', text: 'second' },
  { at: '2026-11-21T12:00:01Z', text: 'written ahead' },
];

describe('postedUpdates', () => {
  it('keeps the updates posted at or before now, oldest first', () => {
    expect(postedUpdates(updates, '2026-11-21T12:00:00Z').map((u) => u.text)).toEqual(['first', 'second']);
    expect(postedUpdates(updates, '2026-11-21T10:00:00Z').map((u) => u.text)).toEqual(['first', 'second']);
    expect(postedUpdates(updates, '2026-11-21T07:59:59Z')).toEqual([]);
  });

  it('compares instants, not text: an offset time posted in the past counts', () => {
    expect(postedUpdates([{ at: '2026-11-21T13:00:00+02:00' }], '2026-11-21T11:30:00Z')).toHaveLength(1);
  });
});

describe('latestPosted', () => {
  it('is the last update posted by now, or none before the first', () => {
    expect(latestPosted(updates, '2026-11-21T12:00:00Z')?.text).toBe('second');
    expect(latestPosted(updates, '2026-11-21T12:00:01Z')?.text).toBe('written ahead');
    expect(latestPosted(updates, '2026-11-21T09:59:59Z')?.text).toBe('first');
    expect(latestPosted(updates, '2026-11-21T07:59:59Z')).toBeUndefined();
    expect(latestPosted([], '2026-11-21T12:00:00Z')).toBeUndefined();
  });

  it("takes the list's order, as postedUpdates does: the last posted in the file, not the newest time", () => {
    const unordered = [
      { at: '2026-11-21T10:00:00Z', text: 'later time, first in the file' },
      { at: '2026-11-21T09:00:00Z', text: 'earlier time, last in the file' },
    ];
    expect(latestPosted(unordered, '2026-11-21T12:00:00Z')?.text).toBe('earlier time, last in the file');
    expect(latestPosted(unordered, '2026-11-21T09:30:00Z')?.text).toBe('earlier time, last in the file');
    expect(latestPosted(unordered, '2026-11-21T08:30:00Z')).toBeUndefined();
  });

  it('sees an update added to a list it was asked about before', () => {
    const growing = [{ at: '2026-11-21T08:00:00Z', text: 'first' }];
    expect(latestPosted(growing, '2026-11-21T12:00:00Z')?.text).toBe('first');
    growing.push({ at: '2026-11-21T11:00:00Z', text: 'added' });
    expect(latestPosted(growing, '2026-11-21T12:00:00Z')?.text).toBe('added');
    expect(postedUpdates(growing, '2026-11-21T12:00:00Z').map((u) => u.text)).toEqual(['first', 'added']);
  });
});
