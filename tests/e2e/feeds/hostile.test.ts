/**
 * The hostile fixture (tests/fixtures/hostile) puts <script>, &, ]]>, quotes,
 * emoji, right-to-left text and control characters into titles, bodies,
 * region and component names. Every machine-readable output must stay
 * well-formed and escaped: checked with Chromium's own XML parser, JSON.parse
 * and node-ical.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import ical from 'node-ical';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../support/browser.ts';
import { runBuild } from '../../support/build.ts';
import { validateContent } from '../../../src/lib/check/validate.ts';
import { ROOT, SAMPLE_NOW } from '../../support/paths.ts';
import { formatOf, readFeed } from '../../support/feed-reader.ts';
import { readRawContent } from '../../support/raw-content.ts';
import { findOutputs, read, XML_FORBIDDEN, xmlParser } from './outputs.ts';

const CONTENT = 'tests/fixtures/hostile';
const validated = validateContent(CONTENT, SAMPLE_NOW, ROOT).content;
const hostile = validated.incidents.find((i) => i.id === '2026/hostile')!;
const cancelled = validated.maintenance.find((m) => m.id === '2026/cancelled-upgrade')!;
// Expected text comes from the files themselves, not from what the loader made of them.
const raw = readRawContent(CONTENT);
const rawTitle = raw.entries.find((e) => e.collection === 'incidents' && e.id === '2026/hostile')!.data.title as string;
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

let root: string;
let dist: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'heliograph-hostile-'));
  dist = path.join(root, 'dist');
  const run = runBuild({ content: CONTENT, now: SAMPLE_NOW, out: dist });
  if (run.status !== 0) throw new Error(`hostile build failed:\n${run.stdout}\n${run.stderr}`);
  browser = await launchChromium();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the hostile fixture', () => {
  it('really is hostile: the validation pass kept the control characters, markup and RTL text', () => {
    expect(hostile.data.title).toMatch(/\u0001/);
    expect(hostile.data.title).toMatch(/\u000B/);
    expect(hostile.data.title).toContain('<script>alert(1)</script>');
    expect(hostile.data.title).toContain(']]>');
    expect(hostile.data.title).toMatch(/[\u0590-\u05FF]/);
    expect(hostile.data.title).toMatch(/[\u0600-\u06FF]/);
    expect(hostile.body).toMatch(/\u0001/);
    expect(cancelled.data.cancelled).toBe(true);
  });
});

describe('XML outputs (RSS, Atom, SVG)', () => {
  const xmlFiles = () => findOutputs(dist, (name) => name.endsWith('.xml') || name.endsWith('.svg'));

  it('are all well-formed for a real XML parser and free of forbidden characters', async () => {
    const files = xmlFiles();
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = read(dist, file);
      expect(text, file).not.toMatch(XML_FORBIDDEN);
      expect(XMLValidator.validate(text), file).toBe(true);
      const error = await page.evaluate(
        ([source, type]) => {
          const doc = new DOMParser().parseFromString(source, type as DOMParserSupportedType);
          return doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
        },
        [text, file.endsWith('.svg') ? 'image/svg+xml' : 'application/xml'] as [string, string],
      );
      expect(error, file).toBeNull();
    }
  });

  it('carry the hostile title as text, minus the forbidden characters', () => {
    const expected = rawTitle.replace(CONTROLS, '');
    expect(expected).toContain('<script>alert(1)</script>');
    // Item titles are "State: title (regions)"; a real feed parser reads them back as text.
    for (const [file, format] of [['/regions/eur/rss.xml', 'rss'], ['/incidents/atom.xml', 'atom'], ['/regions/eur/incidents/feed.json', 'json']] as const) {
      const titles = readFeed(read(dist, file), format).map((i) => i.title);
      expect(titles.some((t) => t.includes(format === 'json' ? rawTitle : expected)), file).toBe(true);
    }
    const channel = xmlParser.parse(read(dist, '/rss.xml')).rss.channel;
    expect(channel.title).toBe(raw.site.title);
  });

  it('never let markup from the content become HTML in feed content', async () => {
    for (const file of ['/rss.xml', '/atom.xml', '/feed.json', '/regions/eur/incidents/atom.xml', '/notices/rss.xml']) {
      const htmls = readFeed(read(dist, file), formatOf(file)).map((i) => i.html);
      for (const html of htmls) {
        const found = await page.evaluate((source) => {
          const template = document.createElement('template');
          template.innerHTML = source;
          // The pages' allowlist (src/lib/html/sanitise.ts) applies to feeds too: images stay, handlers and scripts never.
          const elements = template.content.querySelectorAll('script, iframe, object, embed, svg, form, base, meta, style, a[href^="javascript:" i]');
          const attributes = [...template.content.querySelectorAll('*')].filter((el) =>
            [...el.attributes].some((a) => a.name.startsWith('on') || a.name === 'style' || a.name === 'formaction'),
          );
          return { dangerous: elements.length + attributes.length, text: template.content.textContent ?? '' };
        }, html);
        expect(found.dangerous, file).toBe(0);
      }
      expect(htmls.length, file).toBeGreaterThan(0);
    }
  });

  it('escape hostile component and region names in badges', () => {
    const svg = read(dist, '/components/sign-in/badge.svg');
    expect(svg).not.toContain('<script>');
    const parsed = xmlParser.parse(svg).svg;
    expect(parsed['@_aria-label']).toContain('Sign-in <script>alert(1)</script> & "co" ]]>');
    expect(parsed['@_aria-label']).toMatch(/: Major outage$/);
    expect(read(dist, '/regions/uae/badge.svg')).toContain('UAE');
  });
});

describe('JSON outputs', () => {
  const files = () => findOutputs(dist, (name) => name.endsWith('.json'));

  it('all parse, and keep the exact text including control characters (escaped by JSON)', () => {
    // heliograph.json, policy.json, and the eight Statuspage files for the site and for each region.
    const api = files().filter((f) => !f.endsWith('/feed.json') && !f.startsWith('/api/uptime/') && !f.startsWith('/sla/'));
    expect(api).toHaveLength(2 + 8 * (1 + raw.regions.length));
    // A JSON Feed beside every RSS/Atom pair: everything, 4 kinds, each region twice, each component.
    expect(files().filter((f) => f.endsWith('/feed.json'))).toHaveLength(1 + 4 + 2 * raw.regions.length + raw.components.length);
    // The uptime series per region and the SLA months (docs/uptime.md).
    expect(files().filter((f) => f.startsWith('/api/uptime/')).length).toBeGreaterThan(0);
    expect(files().filter((f) => f.startsWith('/sla/')).length).toBeGreaterThan(0);
    for (const file of files()) {
      const text = read(dist, file);
      expect(text, file).not.toMatch(/[\u0000-\u001F]/); // raw control characters are never in JSON text
      JSON.parse(text);
    }
    const unresolved = JSON.parse(read(dist, '/api/v2/incidents/unresolved.json'));
    expect(unresolved.incidents[0].name).toBe(hostile.data.title);
    expect(unresolved.incidents[0].incident_updates.map((u: { body: string }) => u.body)).toContain(
      hostile.collection === 'incidents' ? hostile.data.updates[0]!.text : '',
    );
    const native = JSON.parse(read(dist, '/api/heliograph.json'));
    expect(native.open_incidents[0].title).toBe(hostile.data.title);
    expect(native.regions.map((r: { name: string }) => r.name)).toContain('الإمارات العربية المتحدة');
  });

  it('leave the cancelled maintenance out of upcoming and active', () => {
    const upcoming = JSON.parse(read(dist, '/api/v2/scheduled-maintenances/upcoming.json'));
    expect(upcoming.scheduled_maintenances.map((m: { id: string }) => m.id)).toEqual(['maintenance/2026/nam-upgrade']);
    const all = JSON.parse(read(dist, '/api/v2/scheduled-maintenances.json'));
    expect(all.scheduled_maintenances.find((m: { id: string }) => m.id === 'maintenance/2026/cancelled-upgrade').name).toMatch(/^Cancelled: /);
  });
});

describe('calendars', () => {
  const files = () => findOutputs(dist, (name) => name.endsWith('.ics'));

  it('fold every line within 75 octets on character boundaries, with CRLF only', () => {
    // With and without release stages, for everything and each region.
    expect(files()).toHaveLength(2 * (1 + raw.regions.length));
    let folded = 0;
    for (const file of files()) {
      const text = read(dist, file);
      expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
      const lines = text.slice(0, -2).split('\r\n');
      for (const line of lines) {
        expect(line).not.toMatch(/[\r\n]/);
        expect(Buffer.byteLength(line, 'utf8'), `${file}: ${line}`).toBeLessThanOrEqual(75);
        expect(line).not.toContain('\uFFFD');
        if (line.startsWith(' ')) folded++;
      }
    }
    expect(folded).toBeGreaterThan(10);
  });

  it('parse with node-ical and round-trip the hostile texts, UID, times and CANCELLED', () => {
    const text = read(dist, '/regions/eur/maintenance.ics');
    const events = Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
    const event = events.find((e) => e.uid === 'maintenance/2026/cancelled-upgrade@status.hostile.example')!;
    expect(event).toBeDefined();
    expect(event.status).toBe('CANCELLED');
    expect(event.start.toISOString()).toBe('2026-11-25T03:00:00.000Z');
    expect(event.end!.toISOString()).toBe('2026-11-25T07:00:00.000Z');
    expect(event.summary).toBe(`Cancelled: ${cancelled.data.title.replace(CONTROLS, '')} (NAM, EUR)`);
    expect(event.description).toContain('Latest update: Scheduled; see <details> & more, \\backslash\\ too.');
    expect(event.description).toContain('🔥👩‍💻🏳️‍🌈 with Arabic انقطاع الخدمة and Hebrew השירות אינו זמין');
    const uae = Object.values(ical.sync.parseICS(read(dist, '/regions/uae/maintenance.ics'))).filter((c): c is ical.VEvent => c?.type === 'VEVENT');
    expect(uae.map((e) => e.uid)).toEqual(['releases/2026/9.9.2611.1/UAE@status.hostile.example']);
    expect(uae[0]!.description).toContain('الإمارات العربية المتحدة (UAE)');
  });
});
