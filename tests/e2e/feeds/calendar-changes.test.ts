/**
 * Calendars that follow changes. The calendars fixture is built twice at the
 * same "now": as it is, and after two windows moved (one later, one earlier,
 * each with the update that tells customers) and a release stage inserted.
 * A calendar client replaces an event only when SEQUENCE rises, so the moved
 * events must keep their UID with a higher SEQUENCE and LAST-MODIFIED, and
 * the unmoved ones must come out identical. Expected values are hand-written
 * from docs/feeds.md's rule: SEQUENCE = revisions × 2^24 + minutes from
 * 2024-01-01 to the start + minutes to the end.
 *
 * The same fixture shows that one state reads the same on its page, in its
 * feed item and in its calendar event.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ical from 'node-ical';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../support/browser.ts';
import { runBuild } from '../../support/build.ts';
import { FIXTURES, ROOT } from '../../support/paths.ts';
import { cacheDirFor } from '../../../src/build/build-site.ts';
import { findOutputs, read, xmlParser } from './outputs.ts';

const FIXTURE = path.join(FIXTURES, 'calendars');
const NOW = '2026-11-21T12:00:00Z';
const HOST = 'status.calendars.example';
const STEP = 2 ** 24;
/** Days from 2024-01-01: 366 (2024) + 365 (2025) + day of 2026, counted by hand. */
const DAY_NOV_22 = 731 + 304 + 21;
const DAY_NOV_23 = 731 + 304 + 22;
const DAY_NOV_24 = 731 + 304 + 23;
const DAY_NOV_27 = 731 + 304 + 26;
const minutes = (day: number, hh: number, mm = 0) => day * 1440 + hh * 60 + mm;

let root: string;
let before: string;
let after: string;
let browser: Browser;
let page: Page;

/** Replaces one exact piece of a copied fixture file; fails loudly when the text is not there. */
function edit(content: string, file: string, from: string, to: string) {
  const full = path.join(content, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(full, text.replace(from, to));
}

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'heliograph-calendars-'));
  const changed = path.join(root, 'content');
  cpSync(FIXTURE, changed, { recursive: true });
  edit(
    changed,
    'maintenance/2026/nam-moved-later.md',
    '  start: 2026-11-24T03:00:00Z\n  end: 2026-11-24T07:00:00Z\n',
    '  start: 2026-11-24T05:00:00Z\n  end: 2026-11-24T09:00:00Z\n',
  );
  edit(
    changed,
    'maintenance/2026/nam-moved-later.md',
    '    text: Scheduled for 24 November, 03:00 to 07:00 UTC.\n',
    '    text: Scheduled for 24 November, 03:00 to 07:00 UTC.\n  - at: 2026-11-20T10:00:00Z\n    status: scheduled\n    text: Moved two hours later, to 05:00-09:00 UTC.\n',
  );
  edit(
    changed,
    'maintenance/2026/eur-moved-earlier.md',
    '  start: 2026-11-27T19:00:00Z\n  end: 2026-11-27T23:00:00Z\n',
    '  start: 2026-11-22T19:00:00Z\n  end: 2026-11-22T23:00:00Z\n',
  );
  edit(
    changed,
    'maintenance/2026/eur-moved-earlier.md',
    '    text: Scheduled for 27 November, 19:00 to 23:00 UTC.\n',
    '    text: Scheduled for 27 November, 19:00 to 23:00 UTC.\n  - at: 2026-11-20T11:00:00Z\n    status: scheduled\n    text: Moved five days earlier, to 22 November.\n',
  );
  edit(
    changed,
    'releases/2026/9.9.2611.5.md',
    '  - regions: [NAM]\n',
    '  - regions: [JPN]\n    at: 2026-11-24T10:00:00Z\n  - regions: [NAM]\n',
  );
  before = path.join(root, 'before');
  after = path.join(root, 'after');
  for (const [content, out] of [
    [FIXTURE, before],
    [changed, after],
  ] as const) {
    const run = runBuild({ content, now: NOW, out });
    if (run.status !== 0) throw new Error(`calendars build failed:\n${run.stdout}\n${run.stderr}`);
  }
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  if (root) {
    rmSync(root, { recursive: true, force: true });
    // Its build caches go with it (they are kept per content folder).
    rmSync(path.join(ROOT, cacheDirFor(path.join(root, 'content'))), { recursive: true, force: true });
  }
});

const events = (dist: string, calendar = '/maintenance.ics') =>
  new Map(
    Object.values(ical.sync.parseICS(read(dist, calendar)))
      .filter((c): c is ical.VEvent => c?.type === 'VEVENT')
      .map((e) => [e.uid, e]),
  );
const iso = (d: Date | undefined) => d?.toISOString();

describe('calendars after a change', () => {
  it('keep a window moved later under its UID, with a higher SEQUENCE and LAST-MODIFIED', () => {
    const uid = `maintenance/2026/nam-moved-later@${HOST}`;
    const old = events(before).get(uid)!;
    const moved = events(after).get(uid)!;
    expect([iso(old.start), iso(old.end), Number(old.sequence), iso(old.lastmodified), iso(old.dtstamp)]).toEqual([
      '2026-11-24T03:00:00.000Z',
      '2026-11-24T07:00:00.000Z',
      2 * STEP + minutes(DAY_NOV_24, 3) + minutes(DAY_NOV_24, 7),
      '2026-11-16T09:00:00.000Z',
      '2026-11-16T09:00:00.000Z',
    ]);
    expect([iso(moved.start), iso(moved.end), Number(moved.sequence), iso(moved.lastmodified), iso(moved.dtstamp)]).toEqual([
      '2026-11-24T05:00:00.000Z',
      '2026-11-24T09:00:00.000Z',
      3 * STEP + minutes(DAY_NOV_24, 5) + minutes(DAY_NOV_24, 9),
      '2026-11-20T10:00:00.000Z',
      '2026-11-20T10:00:00.000Z',
    ]);
    expect(moved.description).toContain('Latest update: Moved two hours later, to 05:00-09:00 UTC.');
  });

  it('keep a window moved five days earlier under its UID, with a higher SEQUENCE and LAST-MODIFIED', () => {
    const uid = `maintenance/2026/eur-moved-earlier@${HOST}`;
    const old = events(before).get(uid)!;
    const moved = events(after).get(uid)!;
    expect([iso(old.start), Number(old.sequence), iso(old.lastmodified)]).toEqual([
      '2026-11-27T19:00:00.000Z',
      2 * STEP + minutes(DAY_NOV_27, 19) + minutes(DAY_NOV_27, 23),
      '2026-11-16T09:00:00.000Z',
    ]);
    expect([iso(moved.start), Number(moved.sequence), iso(moved.lastmodified)]).toEqual([
      '2026-11-22T19:00:00.000Z',
      3 * STEP + minutes(DAY_NOV_22, 19) + minutes(DAY_NOV_22, 23),
      '2026-11-20T11:00:00.000Z',
    ]);
    expect(Number(moved.sequence)).toBeGreaterThan(Number(old.sequence));
  });

  it('give an inserted stage a new event and leave the other stages untouched, UIDs included', () => {
    const stage = (region: string) => `releases/2026/9.9.2611.5/${region}@${HOST}`;
    const oldEvents = events(before);
    const newEvents = events(after);
    expect([...oldEvents.keys()].filter((u) => u.startsWith('releases/')).sort()).toEqual([stage('EUR'), stage('NAM')]);
    expect([...newEvents.keys()].filter((u) => u.startsWith('releases/')).sort()).toEqual([stage('EUR'), stage('JPN'), stage('NAM')]);
    for (const region of ['EUR', 'NAM']) {
      const [a, b] = [oldEvents.get(stage(region))!, newEvents.get(stage(region))!];
      expect([iso(b.start), iso(b.end), b.sequence, iso(b.lastmodified), b.summary, b.description]).toEqual([
        iso(a.start),
        iso(a.end),
        a.sequence,
        iso(a.lastmodified),
        a.summary,
        a.description,
      ]);
    }
    // EUR's stage runs from 19:00 to the end of EUR's daily window, 03:00 the next day.
    expect(Number(oldEvents.get(stage('EUR'))!.sequence)).toBe(STEP + minutes(DAY_NOV_23, 19) + minutes(DAY_NOV_24, 3));
    expect(iso(newEvents.get(stage('JPN'))!.start)).toBe('2026-11-24T10:00:00.000Z');
    expect(iso(newEvents.get(stage('JPN'))!.end)).toBe('2026-11-24T19:00:00.000Z');
  });

  it('mark release stages TRANSPARENT (never busy) and maintenance windows OPAQUE', () => {
    const transp = Object.fromEntries([...events(after)].map(([uid, e]) => [uid, e.transparency]));
    expect(transp).toEqual({
      [`maintenance/2026/eur-done-late@${HOST}`]: 'OPAQUE',
      [`maintenance/2026/eur-moved-earlier@${HOST}`]: 'OPAQUE',
      [`maintenance/2026/nam-moved-later@${HOST}`]: 'OPAQUE',
      [`maintenance/2026/nam-untouched@${HOST}`]: 'OPAQUE',
      [`releases/2026/9.9.2611.5/EUR@${HOST}`]: 'TRANSPARENT',
      [`releases/2026/9.9.2611.5/JPN@${HOST}`]: 'TRANSPARENT',
      [`releases/2026/9.9.2611.5/NAM@${HOST}`]: 'TRANSPARENT',
    });
  });

  it('show no update dated after now, and leave an unchanged window exactly as it was', () => {
    for (const dist of [before, after]) {
      for (const calendar of findOutputs(dist, (name) => name.endsWith('.ics'))) expect(read(dist, calendar), calendar).not.toContain('Written ahead');
    }
    const uid = `maintenance/2026/nam-untouched@${HOST}`;
    const [a, b] = [events(before).get(uid)!, events(after).get(uid)!];
    expect(a.description).toContain('Latest update: Scheduled.');
    // Only the announcement and the first update are posted at now.
    expect([Number(b.sequence), iso(b.lastmodified)]).toEqual([2 * STEP + minutes(DAY_NOV_24 + 2, 3) + minutes(DAY_NOV_24 + 2, 5), '2026-11-16T09:00:00.000Z']);
    expect(b.description).toBe(a.description);
  });
});

describe('one wording per state', () => {
  /** The text of the `State` fact on an entry page, as Chromium reads it. */
  async function pageState(dist: string, sitePath: string): Promise<string> {
    await page.setContent(read(dist, `${sitePath}index.html`));
    return page.locator('dt:text-is("State") + dd').innerText();
  }

  /** The feed items (one per published change) about an entry, newest first. */
  function feedItems(dist: string, feed: string, title: string): { title: string; description: string }[] {
    const channel = xmlParser.parse(read(dist, feed)).rss.channel;
    const items = ([] as { title: string; description: string }[]).concat(channel.item ?? []);
    return items.filter((i) => i.title.includes(`: ${title} (`));
  }

  it('says "Completed, 25 min over its window" on the page and in the calendar event, "Completed" in the feed item', async () => {
    const wording = 'Completed, 25 min over its window';
    expect(await pageState(before, '/maintenance/2026/eur-done-late/')).toBe(wording);
    // Its newest feed item is the completion, titled with the same state word.
    expect(feedItems(before, '/maintenance/rss.xml', 'Storage firmware update in Europe')[0]!.title).toBe('Completed: Storage firmware update in Europe (EUR)');
    const event = events(before, '/regions/eur/maintenance.ics').get(`maintenance/2026/eur-done-late@${HOST}`)!;
    expect(String(event.description).split('\n')[0]).toBe(`${wording}.`);
  });

  it('says "Not started" for an incident whose start is after now, on its page and its region timeline, and has no feed item yet', async () => {
    expect(await pageState(before, '/incidents/2026/jpn-not-started/')).toBe('Not started');
    // Nothing is published about it before it starts: no feed item says otherwise.
    expect(feedItems(before, '/incidents/rss.xml', 'Scheduled failover test in Japan')).toEqual([]);
    await page.setContent(read(before, '/regions/jpn/index.html'));
    const line = page.locator('li', { has: page.locator('a:text-is("Scheduled failover test in Japan")') });
    expect(await line.innerText()).toContain('Degraded performance · Not started');
  });
});
