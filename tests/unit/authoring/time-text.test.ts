import { describe, expect, it } from 'vitest';
import { nowText, parseTimeArgument, parseWindowArgument, timeText, windowText } from '../../../src/lib/authoring/time-text.ts';

describe('times on the command line', () => {
  it('writes whole seconds with Z', () => {
    expect(timeText('2026-11-21T12:00:00.000Z')).toBe('2026-11-21T12:00:00Z');
    expect(timeText('2026-11-21T12:00:00.250Z')).toBe('2026-11-21T12:00:00.250Z');
  });

  it('writes the real clock to the whole second', () => {
    expect(nowText('2026-11-21T12:00:13.987Z')).toBe('2026-11-21T12:00:13Z');
  });

  it('normalises a time with an offset to UTC and names the flag when it is not a time', () => {
    expect(parseTimeArgument('--at', '2026-11-21T14:30+02:00')).toBe('2026-11-21T12:30:00Z');
    expect(() => parseTimeArgument('--at', '2026-11-21T14:30')).toThrow(/^--at: .*without a zone/);
    expect(() => parseTimeArgument('--at', '2026-02-30T10:00Z')).toThrow(/impossible/);
  });

  it('reads a window START/END and refuses one that ends before it starts', () => {
    expect(parseWindowArgument('--window', '2026-11-24T03:00Z/2026-11-24T07:00Z')).toEqual({
      start: '2026-11-24T03:00:00Z',
      end: '2026-11-24T07:00:00Z',
    });
    expect(() => parseWindowArgument('--window', '2026-11-24T03:00Z')).toThrow(/START\/END/);
    expect(() => parseWindowArgument('--window', '2026-11-24T07:00Z/2026-11-24T03:00Z')).toThrow(/not after the start/);
  });

  it('says windows in words', () => {
    expect(windowText('2026-11-24T03:00:00Z', '2026-11-24T07:00:00Z')).toBe('24 November 2026, 03:00 to 07:00 UTC');
    expect(windowText('2026-11-24T18:00:00Z', '2026-11-25T03:00:00Z')).toBe('24 November 2026, 18:00 UTC to 25 November 2026, 03:00 UTC');
  });
});
