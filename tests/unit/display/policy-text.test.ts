import { describe, expect, it } from 'vitest';
import { keptText, minutesText, noticeDaysText, pirText, rateText, windowText } from '../../../src/lib/display/policy-text.ts';

describe('policy ledger wording', () => {
  it('reads rates as "11 of 12", or "none yet"', () => {
    expect(rateText({ kept: 11, of: 12 })).toBe('11 of 12');
    expect(rateText({ kept: 0, of: 0 })).toBe('none yet');
  });
  it('rounds days of notice down, as check does, and minutes to a tenth', () => {
    expect(noticeDaysText(4.99)).toBe('4 days');
    expect(noticeDaysText(1.5)).toBe('1 day');
    expect(minutesText(16)).toBe('16 min');
    expect(minutesText(15.51)).toBe('15.5 min');
    expect(keptText(true)).toBe('Kept');
    expect(keptText(false)).toBe('Missed');
  });
  it('says each PIR state and window outcome in words', () => {
    expect(pirText({ kind: 'late', dueAt: '2026-12-01T00:00:00.000Z', publishedAt: '2026-12-01T09:00:00.000Z', businessDaysLate: 1 })).toBe('Late by 1 business day');
    expect(pirText({ kind: 'overdue', dueAt: '2026-11-10T00:00:00.000Z', businessDaysLate: 29 })).toBe('Overdue by 29 business days');
    expect(pirText({ kind: 'due', dueAt: '2026-12-25T00:00:00.000Z' })).toBe('Due by 25 Dec 2026, 00:00 UTC');
    expect(pirText({ kind: 'pending' })).toBe('Incident still open');
    expect(windowText({ kind: 'overran', minutes: 70, stillRunning: false })).toBe('Overran by 1 h 10 min');
    expect(windowText({ kind: 'overran', minutes: 30, stillRunning: true })).toBe('Running past its window (30 min so far)');
    expect(windowText({ kind: 'within' })).toBe('Finished within its window');
    expect(windowText({ kind: 'open', state: 'scheduled' })).toBe('Not started');
  });
});
