import { describe, expect, it } from 'vitest';
import { businessDaysDeadline, businessDaysLate } from '../../../src/lib/time/business-days.ts';

describe('businessDaysDeadline', () => {
  it('counts five business days after a Wednesday: due at the end of the next Wednesday', () => {
    expect(businessDaysDeadline('2026-11-18T14:00:00.000Z', 5)).toBe('2026-11-26T00:00:00.000Z');
  });

  it('skips the weekend when resolved on a Friday', () => {
    expect(businessDaysDeadline('2026-11-20T23:59:00.000Z', 5)).toBe('2026-11-28T00:00:00.000Z');
  });

  it('starts counting on Monday when resolved on a Saturday or Sunday', () => {
    expect(businessDaysDeadline('2026-11-21T12:00:00.000Z', 1)).toBe('2026-11-24T00:00:00.000Z');
    expect(businessDaysDeadline('2026-11-22T12:00:00.000Z', 1)).toBe('2026-11-24T00:00:00.000Z');
  });

  it('skips listed holidays', () => {
    expect(businessDaysDeadline('2026-12-22T10:00:00.000Z', 5, ['2026-12-25', '2027-01-01'])).toBe('2026-12-31T00:00:00.000Z');
    expect(businessDaysDeadline('2026-12-24T10:00:00.000Z', 2, ['2026-12-25'])).toBe('2026-12-30T00:00:00.000Z');
  });

  it('uses the UTC date of the resolution', () => {
    // 23:30+01:00 on Friday is 22:30 UTC on Friday; 00:30+02:00 on Saturday is 22:30 UTC Friday too.
    expect(businessDaysDeadline('2026-11-20T22:30:00.000Z', 1)).toBe('2026-11-24T00:00:00.000Z');
  });

  it('with zero days is due at the end of the resolution day', () => {
    expect(businessDaysDeadline('2026-11-18T09:00:00.000Z', 0)).toBe('2026-11-19T00:00:00.000Z');
  });
});

describe('businessDaysLate', () => {
  // Due by the end of Wednesday 25 November 2026.
  const due = '2026-11-26T00:00:00.000Z';
  it('is 0 up to the deadline, 1 during the next business day', () => {
    expect(businessDaysLate(due, '2026-11-26T00:00:00.000Z')).toBe(0);
    expect(businessDaysLate(due, '2026-11-26T00:00:01.000Z')).toBe(1);
    expect(businessDaysLate(due, '2026-11-26T23:59:00.000Z')).toBe(1);
  });
  it('skips weekends and holidays', () => {
    expect(businessDaysLate(due, '2026-11-30T09:00:00.000Z')).toBe(3);
    expect(businessDaysLate(due, '2026-11-26T09:00:00.000Z', ['2026-11-26'])).toBe(1);
    expect(businessDaysLate(due, '2026-11-27T09:00:00.000Z', ['2026-11-26'])).toBe(1);
    expect(businessDaysLate(due, '2026-11-30T09:00:00.000Z', ['2026-11-26'])).toBe(2);
  });
});
