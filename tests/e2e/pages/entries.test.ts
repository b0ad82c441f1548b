import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/paths.ts';
import { useSite } from './site.ts';

const site = useSite();

describe('incident page', () => {
  it('shows the facts, the updates as a timeline and the PIR sections', async () => {
    const page = await site.open('/incidents/2026/nam-cannot-save-records/');
    const facts = await page.locator('dl.facts').innerText();
    for (const text of ['Resolved', 'Major incident', 'Partial outage', 'CC-2610-0982', '3 h 26 min', '14 Oct 2026, 14:22', 'mobile app offline mode']) {
      expect(facts).toContain(text);
    }
    expect(await page.locator('dl.facts').getByRole('link', { name: 'North America (NAM)' }).getAttribute('href')).toBe('/regions/nam/');
    expect(await page.locator('dl.facts').getByRole('link', { name: 'Database' }).getAttribute('href')).toBe('/components/database/');
    const updates = await page.locator('.updates li strong').allInnerTexts();
    expect(updates).toEqual(['Resolved', 'Monitoring', 'Identified', 'Investigating', 'Investigating']);
    const pir = page.locator('section[aria-labelledby="pir"]');
    expect(await pir.locator('h2').allInnerTexts()).toEqual(['Post-incident report', 'Summary', 'User experience', 'Root cause', 'Next steps']);
    expect(await pir.innerText()).toContain('index maintenance job');
  });

  it('says by when a major incident’s PIR is due', async () => {
    const page = await site.open('/incidents/2026/apj-api-errors/');
    expect(await page.locator('.callout').innerText()).toMatch(/^Post-incident report due by \d+ \w+ 2026, 00:00 UTC\.$/);
  });

  it('says since when a PIR is overdue', async () => {
    const page = await site.open('/incidents/2026/ind-reporting-outage/');
    expect(await page.locator('.callout').innerText()).toBe('Post-incident report overdue since 13 Nov 2026, 00:00 UTC.');
  });

  it('shows an open incident as open, with its workaround', async () => {
    const page = await site.open('/incidents/2026/eur-gbr-sign-in-failures/');
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toContain('Not yet resolved');
    expect(facts).toContain('1 h 55 min so far');
    expect(await page.locator('.chip').first().innerText()).toContain('Major incident');
  });

  it('says when the entry last changed: its last commit', async () => {
    const file = 'tests/fixtures/sample/incidents/2026/eur-gbr-sign-in-failures.md';
    const log = spawnSync('git', ['log', '-1', '--format=%cI', '--', file], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
    const page = await site.open('/incidents/2026/eur-gbr-sign-in-failures/');
    const shown = await page.locator('.entry-footer time').getAttribute('datetime');
    expect(shown).toBe(log ? new Date(log).toISOString() : '2026-11-21T11:47:00.000Z');
  });
});

describe('maintenance page', () => {
  it('shows kind, state, the window in UTC and local time, and each region’s window', async () => {
    const page = await site.open('/maintenance/2026/fra-ger-reporting-migration/', { timezoneId: 'Asia/Tokyo' });
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toContain('Running past its window (the window ended 2026-11-21 02:00 UTC)');
    expect(facts).toContain('Planned');
    expect(facts).toMatch(/\d+ Nov 2026, \d\d:\d\d UTC \(your time: .+GMT\+9\)/);
    const rows = await page.locator('table tbody tr').allInnerTexts();
    expect(rows).toEqual([expect.stringMatching(/France \(FRA\)\s+18:00–03:00 UTC \(ends next day\)/), expect.stringMatching(/Germany \(GER\)/)]);
  });

  it('shows updates and the expected impact', async () => {
    const page = await site.open('/maintenance/2026/jpn-oce-storage-upgrade/');
    expect(await page.locator('dl.facts').innerText()).toContain('Attachment uploads may fail');
    expect(await page.locator('.updates li strong').allInnerTexts()).toEqual(['In progress', 'In progress', 'Scheduled']);
  });
});

describe('release page', () => {
  it('tables the rollout with database updates and the notice schedule', async () => {
    const page = await site.open('/releases/2026/2026-release-wave-2/');
    const rows = await page.locator('table tbody tr').allInnerTexts();
    expect(rows).toHaveLength(9);
    expect(rows[0]).toMatch(/^1\s+France \(FRA\)\s+5 Oct 2026, 18:00 UTC Released\s+6 Oct 2026, 18:00 UTC Database updated$/);
    const schedule = await page.locator('section[aria-labelledby="notice-schedule"] li').allInnerTexts();
    expect(schedule.map((s) => s.split(':')[0])).toEqual(['90 days before', '30 days before', '15 days before', '7 days before', '0 days before']);
    expect(schedule.every((s) => s.endsWith('passed'))).toBe(true);
  });

  it('serves a release whose id has dots', async () => {
    const page = await site.open('/releases/2026/9.2.2611.2/');
    expect(await page.locator('dl.facts').innerText()).toContain('9.2.2611.2');
  });

  it('shows the notices of a coming wave as coming', async () => {
    const page = await site.open('/releases/2027/2027-release-wave-1/');
    const schedule = await page.locator('section[aria-labelledby="notice-schedule"] li').allInnerTexts();
    expect(schedule[0]).toBe('90 days before: 5 Jan 2027 · coming');
    expect(schedule.every((s) => s.endsWith('coming'))).toBe(true);
  });
});

describe('notice, history, component and 404 pages', () => {
  it('notice: type, published, expiry, regions', async () => {
    const page = await site.open('/notices/2026/tls-1-0-1-1-retirement/');
    const facts = await page.locator('dl.facts').innerText();
    for (const text of ['General awareness', '15 Nov 2026', '2 Mar 2027', 'All regions']) expect(facts).toContain(text);
  });

  it('history: a month, linked to its neighbours', async () => {
    const page = await site.open('/history/2026/11/');
    expect(await page.locator('h1').innerText()).toBe('History: November 2026');
    expect(await page.locator('.pager a[rel=prev]').getAttribute('href')).toBe('/history/2026/10/');
    const older = await site.open('/history/2026/10/');
    expect(await older.locator('.pager a[rel=next]').getAttribute('href')).toBe('/history/2026/11/');
  });

  it('component: status per region and recent entries', async () => {
    const page = await site.open('/components/sign-in/');
    const eur = page.locator('tr', { has: page.getByRole('link', { name: 'Europe (EUR)' }) });
    expect(await eur.innerText()).toContain('Major outage');
    expect(await page.locator('main').innerText()).toContain('Users in Europe and the United Kingdom cannot sign in');
    expect(await page.locator('link[type="application/atom+xml"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')))).toEqual([
      '/atom.xml',
      '/components/sign-in/atom.xml',
    ]);
  });

  it('404 links home', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${site.url}/no/such/page/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('link', { name: 'Go to the current status' }).getAttribute('href')).toBe('/');
    await context.close();
  });
});
