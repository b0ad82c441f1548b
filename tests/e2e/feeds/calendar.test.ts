import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import type { Maintenance, Release } from '../../../src/lib/content/types.ts';
import { releaseArrivals } from '../../../src/lib/status/release.ts';
import { SAMPLE_CONTENT, SAMPLE_DIST, SAMPLE_NOW } from '../../support/paths.ts';
import { findOutputs, indexOf, read } from './outputs.ts';

const index = indexOf(SAMPLE_CONTENT, SAMPLE_NOW);
const host = new URL(index.site.url).host;
const calendars = findOutputs(SAMPLE_DIST, (name) => name.endsWith('.ics'));
const cutoff = Date.parse(SAMPLE_NOW) - 90 * 86_400_000;
const events = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
const iso = (d: Date) => d.toISOString();

describe('maintenance calendars', () => {
  it('exist for everything and for each region, with release stages and maintenance only', () => {
    expect(calendars).toEqual(
      ['', ...index.regions.map((r) => `/regions/${r.code.toLowerCase()}`)].flatMap((base) => [`${base}/maintenance.ics`, `${base}/maintenance-only.ics`]).sort(),
    );
  });

  it.each(['', ...index.regions.map((r) => `/regions/${r.code.toLowerCase()}`)])('%s/maintenance-only.ics: the same maintenance events, no release stage', (base) => {
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
    const code = calendar.startsWith('/regions/') ? index.regions.find((r) => r.code.toLowerCase() === calendar.split('/')[2])!.code : undefined;
    const parsed = events(read(SAMPLE_DIST, calendar));
    // A region without maintenance in the last 90 days or to come has an empty maintenance-only calendar.
    if (!calendar.endsWith('maintenance-only.ics')) expect(parsed.length).toBeGreaterThan(0);
    expect(parsed.length).toBeLessThanOrEqual(200);
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(parsed.length);
    for (const event of parsed) {
      expect(event.uid.endsWith(`@${host}`)).toBe(true);
      const maintenance = /^maintenance\/(.+)@/.exec(event.uid);
      const stage = /^releases\/(.+)\/stage-(\d+)\/([A-Z][A-Z0-9-]*)@/.exec(event.uid);
      expect(maintenance ?? stage, event.uid).toBeTruthy();
      if (maintenance) {
        const m = index.byKey.get(`maintenance/${maintenance[1]}`) as Maintenance;
        expect(m, event.uid).toBeDefined();
        expect(iso(event.start)).toBe(m.data.window.start);
        expect(iso(event.end!)).toBe(m.data.window.end);
        expect(event.status).toBe(m.data.cancelled ? 'CANCELLED' : 'CONFIRMED');
        expect(Number(event.sequence)).toBe(m.data.updates.length + (m.data.completed || m.data.cancelled ? 1 : 0));
        expect(String(event.url)).toBe(`${index.site.url}/maintenance/${m.id}/`);
        if (code) expect(m.data.regions.includes('global') || m.data.regions.includes(code)).toBe(true);
      } else {
        const r = index.byKey.get(`releases/${stage![1]}`) as Release;
        expect(r, event.uid).toBeDefined();
        const at = r.data.rollout[Number(stage![2]) - 1]!;
        expect(at.regions.includes('global') || at.regions.includes(stage![3]!)).toBe(true);
        expect(iso(event.start)).toBe(at.at);
        expect(event.end!.getTime()).toBeGreaterThan(event.start.getTime());
        expect(event.status).toBe('CONFIRMED');
        expect(String(event.url)).toBe(`${index.site.url}/releases/${r.id}/`);
        if (code) expect(stage![3]).toBe(code);
      }
      expect(event.end!.getTime()).toBeGreaterThanOrEqual(cutoff);
    }
  });

  it('a region calendar lists every window and release stage of that region that ended within 90 days or later', () => {
    for (const region of index.regions) {
      const hits = (regions: readonly string[]) => regions.includes('global') || regions.includes(region.code);
      const expected = [
        ...index.maintenance.filter((m) => hits(m.data.regions) && Date.parse(m.data.window.end) >= cutoff).map((m) => `maintenance/${m.id}@${host}`),
        ...index.releases.flatMap((r) =>
          releaseArrivals(r.data, index.regions.map((x) => x.code))
            .filter((a) => a.region === region.code)
            .map((a) => ({ uid: `releases/${r.id}/stage-${a.stage + 1}/${a.region}@${host}`, at: a.at })),
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
    expect(index.byKey.has('maintenance/2026/apj-search-upgrade')).toBe(true);
    expect(uids).not.toContain(`maintenance/2026/apj-search-upgrade@${host}`);
    expect(uids).toContain(`maintenance/2026/nam-can-database-upgrade@${host}`);
  });
});
