import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CONTENT, SAMPLE_DIST, SAMPLE_NOW } from '../../support/paths.ts';
import { readRawContent, touches, utc } from '../../support/raw-content.ts';
import type { RawEntry } from '../../support/raw-content.ts';
import { findOutputs, read } from './outputs.ts';

// Expected values come from the sample files themselves, not from the lib that wrote the calendars.
const raw = readRawContent(SAMPLE_CONTENT);
const siteUrl = raw.site.url as string;
const host = new URL(siteUrl).host;
const entry = (collection: string, id: string): RawEntry | undefined => raw.entries.find((e) => e.collection === collection && e.id === id);
const regionCodes = raw.regions.map((r) => r.code);
const calendars = findOutputs(SAMPLE_DIST, (name) => name.endsWith('.ics'));
const cutoff = Date.parse(SAMPLE_NOW) - 90 * 86_400_000;
const events = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
const iso = (d: Date) => d.toISOString();
/** node-ical reads `URL;VALUE=URI:…` as `{ params, val }`. */
const urlOf = (e: ical.VEvent) => String(typeof e.url === 'object' ? (e.url as { val: string }).val : e.url);

describe('maintenance calendars', () => {
  it('exist for everything and for each region, with release stages and maintenance only', () => {
    expect(calendars).toEqual(
      ['', ...raw.regions.map((r) => `/regions/${r.code.toLowerCase()}`)].flatMap((base) => [`${base}/maintenance.ics`, `${base}/maintenance-only.ics`]).sort(),
    );
  });

  it.each(['', ...raw.regions.map((r) => `/regions/${r.code.toLowerCase()}`)])('%s/maintenance-only.ics: the same maintenance events, no release stage', (base) => {
    const only = events(read(SAMPLE_DIST, `${base}/maintenance-only.ics`));
    const withStages = events(read(SAMPLE_DIST, `${base}/maintenance.ics`));
    expect(only.every((e) => e.uid.startsWith('maintenance/'))).toBe(true);
    expect(only.map((e) => e.uid)).toEqual(withStages.filter((e) => e.uid.startsWith('maintenance/')).map((e) => e.uid));
  });

  it.each(calendars)('%s is RFC 5545 text: CRLF lines of at most 75 octets, one VCALENDAR', (calendar) => {
    const text = read(SAMPLE_DIST, calendar);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    expect(lines.filter((l) => l === 'BEGIN:VEVENT').length).toBe(lines.filter((l) => l === 'END:VEVENT').length);
  });

  it.each(calendars)('%s parses and round-trips UID, DTSTART, DTEND, STATUS, SEQUENCE and URL against the content', (calendar) => {
    const code = calendar.startsWith('/regions/') ? raw.regions.find((r) => r.code.toLowerCase() === calendar.split('/')[2])!.code : undefined;
    const parsed = events(read(SAMPLE_DIST, calendar));
    // A region without maintenance in the last 90 days or to come has an empty maintenance-only calendar.
    if (!calendar.endsWith('maintenance-only.ics')) expect(parsed.length).toBeGreaterThan(0);
    expect(parsed.length).toBeLessThanOrEqual(200);
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(parsed.length);
    for (const event of parsed) {
      expect(event.uid.endsWith(`@${host}`)).toBe(true);
      const maintenance = /^maintenance\/(.+)@/.exec(event.uid);
      const stage = /^releases\/(.+)\/([A-Z][A-Z0-9-]*)@/.exec(event.uid);
      expect(maintenance ?? stage, event.uid).toBeTruthy();
      if (maintenance) {
        const m = entry('maintenance', maintenance[1]!)!;
        expect(m, event.uid).toBeDefined();
        expect(iso(event.start)).toBe(utc(m.data.window.start));
        expect(iso(event.end!)).toBe(utc(m.data.window.end));
        expect(event.status).toBe(m.data.cancelled ? 'CANCELLED' : 'CONFIRMED');
        // revisions × 2^24 + schedule minutes (docs/feeds.md): at least the announcement, within 32 bits.
        expect(Number(event.sequence)).toBeGreaterThan(2 ** 24);
        expect(Number(event.sequence)).toBeLessThan(2 ** 31);
        expect(event.transparency).toBe('OPAQUE');
        expect(urlOf(event)).toBe(`${siteUrl}/maintenance/${m.id}/`);
        if (code) expect(m.data.regions.includes('global') || m.data.regions.includes(code)).toBe(true);
      } else {
        const r = entry('releases', stage![1]!)!;
        expect(r, event.uid).toBeDefined();
        // A region's first arrival: the first stage naming it (or global).
        const at = (r.data.rollout as { regions: string[]; at: string }[]).find((s) => touches(s.regions, stage![2]!))!;
        expect(at, event.uid).toBeDefined();
        expect(iso(event.start)).toBe(utc(at.at));
        expect(event.end!.getTime()).toBeGreaterThan(event.start.getTime());
        expect(event.status).toBe('CONFIRMED');
        expect(event.transparency).toBe('TRANSPARENT');
        expect(urlOf(event)).toBe(`${siteUrl}/releases/${r.id}/`);
        if (code) expect(stage![2]).toBe(code);
      }
      expect(event.end!.getTime()).toBeGreaterThanOrEqual(cutoff);
    }
  });

  it('a region calendar lists every window and release stage of that region that ended within 90 days or later', () => {
    for (const region of raw.regions) {
      const hits = (regions: readonly string[]) => touches(regions, region.code);
      const kind = (c: string) => raw.entries.filter((e) => e.collection === c);
      const expected = [
        ...kind('maintenance').filter((m) => hits(m.data.regions) && Date.parse(m.data.window.end) >= cutoff).map((m) => `maintenance/${m.id}@${host}`),
        ...kind('releases').flatMap((r) =>
          (r.data.rollout as { regions: string[]; at: string }[]).flatMap((s) =>
            (s.regions.includes('global') ? regionCodes : s.regions)
              .filter((code) => code === region.code)
              .map((code) => ({ uid: `releases/${r.id}/${code}@${host}`, at: s.at })),
          ),
        )
          .filter((s) => Date.parse(s.at) >= cutoff - 86_400_000)
          .map((s) => s.uid),
      ];
      const uids = events(read(SAMPLE_DIST, `/regions/${region.code.toLowerCase()}/maintenance.ics`)).map((e) => e.uid);
      for (const uid of expected.filter((u) => u.startsWith('maintenance/'))) expect(uids, region.code).toContain(uid);
      for (const uid of uids) expect(expected, region.code).toContain(uid);
    }
  });

  it('leaves out work that ended more than 90 days ago (the APJ search upgrade of 22 August 2026)', () => {
    const uids = events(read(SAMPLE_DIST, '/maintenance.ics')).map((e) => e.uid);
    expect(entry('maintenance', '2026/apj-search-upgrade')).toBeDefined();
    expect(uids).not.toContain(`maintenance/2026/apj-search-upgrade@${host}`);
    expect(uids).toContain(`maintenance/2026/nam-can-database-upgrade@${host}`);
  });
});
