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

  it('takes the UTC date of a time written with a positive offset', () => {
    // Thursday 01:00+03:00 is Wednesday 22:00 UTC: one business day later is Thursday.
    expect(businessDaysDeadline('2026-11-19T01:00:00+03:00', 1)).toBe('2026-11-20T00:00:00.000Z');
    // Monday 01:00+02:00 is Sunday 23:00 UTC: the first business day is that Monday.
    expect(businessDaysDeadline('2026-11-23T01:00:00+02:00', 1)).toBe('2026-11-24T00:00:00.000Z');
  });

  it('takes the UTC date of a time written with a negative offset', () => {
    // Thursday 21:00-05:00 is Friday 02:00 UTC: one business day later is Monday, over the weekend.
    expect(businessDaysDeadline('2026-11-19T21:00:00-05:00', 1)).toBe('2026-11-24T00:00:00.000Z');
    // Friday 20:00-05:00 is Saturday 01:00 UTC: zero days is due at the end of that Saturday.
    expect(businessDaysDeadline('2026-11-20T20:00:00-05:00', 0)).toBe('2026-11-22T00:00:00.000Z');
    // Friday 19:30-04:30 is Saturday 00:00 UTC exactly: five days from the weekend end on Friday 27th.
    expect(businessDaysDeadline('2026-11-20T19:30:00-04:30', 5)).toBe('2026-11-28T00:00:00.000Z');
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
