import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

const site = useSite();

/** One page of each type, and what its status reads in words. */
const PAGES: [string, RegExp][] = [
  ['/', /Major outage/],
  ['/regions/eur/', /Major outage/],
  ['/regions/nam/2026/10/', /Service restored/],
  ['/incidents/2026/eur-gbr-sign-in-failures/', /Identified/],
  ['/maintenance/2026/jpn-oce-storage-upgrade/', /In progress/],
  ['/releases/2026/2026-release-wave-2/', /Release wave/],
  ['/notices/2026/tls-1-0-1-1-retirement/', /Awareness/],
  ['/history/2026/11/', /Major incident/],
  ['/pirs/', /Published/],
  ['/history/2026/10/', /Service restored/],
  ['/components/sign-in/', /Major outage/],
];

describe('every page type is complete without JavaScript', () => {
  it.each(PAGES)('%s shows its status, UTC times and links', async (path, status) => {
    const page = await site.open(path, { javaScriptEnabled: false });
    const main = await page.locator('main').innerText();
    expect(main).toMatch(status);
    const times = await page.locator('main time[datetime*="T"]').allInnerTexts();
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time).toMatch(/^\d{1,2} \w{3} \d{4}(, \d\d:\d\d UTC)?$/);
    expect(await page.locator('main a[href^="/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.age').count()).toBe(0);
  });

  it('the script, when it runs, adds local times beside UTC and relative ages', async () => {
    const page = await site.open('/incidents/2026/eur-gbr-sign-in-failures/', { timezoneId: 'Asia/Tokyo', locale: 'en-GB' });
    const started = page.locator('dl.facts time').first();
    expect(await started.innerText()).toBe('21 Nov 2026, 10:05 UTC');
    expect((await page.locator('dl.facts .local-time').first().innerText()).trim()).toBe('· 19:05 in your time zone (Tokyo)');
    expect((await page.locator('dl.facts .age').first().innerText()).trim()).toBe('(1 hour ago)');
  });
});
