import { describe, expect, it } from 'vitest';
import { lastChangedTime } from '../../../src/lib/index/entry-time.ts';
import { incident, maintenance } from '../feeds/sample-content.ts';

describe('lastChangedTime', () => {
  const resolved = incident('2026/x', ['EUR'], '2026-11-19T10:00:00.000Z', { resolved: '2026-11-19T12:00:00.000Z', severity: 'major', pir: '2026-11-25T09:00:00.000Z' });

  it('is the latest time the entry records that is visible at now', () => {
    expect(lastChangedTime(resolved, '2026-11-19T11:00:00.000Z')).toBe('2026-11-19T10:00:00.000Z');
    expect(lastChangedTime(resolved, '2026-11-21T00:00:00.000Z')).toBe('2026-11-19T12:00:00.000Z');
    expect(lastChangedTime(resolved, '2026-11-26T00:00:00.000Z')).toBe('2026-11-25T09:00:00.000Z');
  });

  it('leaves out an update and a completion dated after now', () => {
    const m = maintenance('2026/m', ['NAM'], '2026-11-24T03:00:00.000Z', '2026-11-24T07:00:00.000Z', {
      completed: '2026-11-24T06:00:00.000Z',
      updates: [
        { at: '2026-11-18T09:00:00.000Z', status: 'scheduled', text: 'Scheduled.' },
        { at: '2026-11-24T06:00:00.000Z', status: 'completed', text: 'Done.' },
      ],
    });
    expect(lastChangedTime(m, '2026-11-20T00:00:00.000Z')).toBe('2026-11-18T09:00:00.000Z');
    expect(lastChangedTime(m, '2026-11-24T06:00:00.000Z')).toBe('2026-11-24T06:00:00.000Z');
  });
});
