import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, formatUtcDateTime, serializeIcs } from '../../../src/lib/calendar/ics.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines (RFC 5545 3.3.11)', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters but keeps tab, emoji and RTL text', () => {
    expect(escapeText('x\u0001\u0008\u000B\u000C\u007Fy\tz 🔥 العربية')).toBe('xy\tz 🔥 العربية');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds a longer one with CRLF and a space', () => {
    const exact = 'X'.repeat(75);
    expect(foldLine(exact)).toBe(exact);
    const folded = foldLine('X'.repeat(76));
    expect(folded).toBe(`${'X'.repeat(75)}\r\n X`);
  });

  it('keeps every physical line within 75 octets and never splits a UTF-8 character', () => {
    const line = `SUMMARY:${'é🔥العربية'.repeat(40)}`;
    const physical = foldLine(line).split('\r\n');
    expect(physical.length).toBeGreaterThan(5);
    for (const p of physical) {
      expect(octets(p)).toBeLessThanOrEqual(75);
      expect(p).not.toMatch(/[\uD800-\uDBFF]$/); // no half of a surrogate pair at the end
      expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
    }
    expect(physical.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });
});

describe('formatUtcDateTime', () => {
  it('writes a UTC DATE-TIME', () => {
    expect(formatUtcDateTime('2026-11-24T03:00:00.000Z')).toBe('20261124T030000Z');
    expect(formatUtcDateTime('2026-11-24T03:00:00+02:00')).toBe('20261124T010000Z');
    expect(() => formatUtcDateTime('nope')).toThrow();
  });
});

describe('serializeIcs', () => {
  it('uses CRLF line ends only and round-trips through a real parser', () => {
    const summary = 'Upgrade; with, commas \\ and "quotes" <b> & 🔥 עברית\nsecond line';
    const text = serializeIcs({
      type: 'VCALENDAR',
      lines: [
        ['VERSION', '2.0'],
        ['PRODID', '-//Test//EN'],
      ],
      components: [
        {
          type: 'VEVENT',
          lines: [
            ['UID', 'maintenance/2026/x@status.example.com'],
            ['DTSTAMP', '20261101T000000Z'],
            ['DTSTART', '20261124T030000Z'],
            ['DTEND', '20261124T070000Z'],
            ['STATUS', 'CANCELLED'],
            ['SEQUENCE', '3'],
            ['SUMMARY', escapeText(summary)],
            ['DESCRIPTION', escapeText('x'.repeat(300))],
          ],
        },
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const event = Object.values(ical.sync.parseICS(text)).find((c) => c?.type === 'VEVENT') as ical.VEvent;
    expect(event.uid).toBe('maintenance/2026/x@status.example.com');
    expect(event.start.toISOString()).toBe('2026-11-24T03:00:00.000Z');
    expect(event.end!.toISOString()).toBe('2026-11-24T07:00:00.000Z');
    expect(event.status).toBe('CANCELLED');
    expect(Number(event.sequence)).toBe(3);
    expect(event.summary).toBe(summary);
    expect(event.description).toBe('x'.repeat(300));
  });
});
