import { describe, expect, it } from 'vitest';
import { postedUpdates } from '../../../src/lib/status/updates.ts';

describe('postedUpdates', () => {
  const updates = [
    { at: '2026-11-21T08:00:00Z', text: 'first' },
    { at: '2026-11-21T10:00:00Z', text: 'second' },
    { at: '2026-11-21T12:00:01Z', text: 'written ahead' },
  ];

  it('keeps the updates posted at or before now, oldest first', () => {
    expect(postedUpdates(updates, '2026-11-21T12:00:00Z').map((u) => u.text)).toEqual(['first', 'second']);
    expect(postedUpdates(updates, '2026-11-21T10:00:00Z').map((u) => u.text)).toEqual(['first', 'second']);
    expect(postedUpdates(updates, '2026-11-21T07:59:59Z')).toEqual([]);
  });

  it('compares instants, not text: an offset time posted in the past counts', () => {
    expect(postedUpdates([{ at: '2026-11-21T13:00:00+02:00' }], '2026-11-21T11:30:00Z')).toHaveLength(1);
  });
});
