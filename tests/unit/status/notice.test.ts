import { describe, expect, it } from 'vitest';
import { noticeState } from '../../../src/lib/status/notice.ts';

describe('noticeState', () => {
  const notice = { published: '2026-11-15T00:00:00Z', expires: '2027-03-02T00:00:00Z' };

  it('is scheduled before published, active from published, expired from expires on', () => {
    expect(noticeState(notice, '2026-11-14T23:59:59Z')).toBe('scheduled');
    expect(noticeState(notice, '2026-11-15T00:00:00Z')).toBe('active');
    expect(noticeState(notice, '2027-03-01T23:59:59Z')).toBe('active');
    expect(noticeState(notice, '2027-03-02T00:00:00Z')).toBe('expired');
  });

  it('never expires without expires, and compares instants across offsets', () => {
    expect(noticeState({ published: '2026-11-15T00:00:00Z' }, '2099-01-01T00:00:00Z')).toBe('active');
    expect(noticeState(notice, '2026-11-15T00:30:00+01:00')).toBe('scheduled');
  });
});
