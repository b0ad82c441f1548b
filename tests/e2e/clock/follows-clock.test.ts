/**
 * The sample built at the sample time and opened later, with the browser's
 * clock moved on, shows what a build pinned to that later instant shows.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../support/browser.ts';
import { SAMPLE_DIST } from '../../support/paths.ts';
import { serve } from '../../support/serve.ts';
import { openAt, pinnedBuild, shownText } from './pinned-builds.ts';

/** Instants after the sample time (2026-11-21T12:00Z) with a fresh build to compare against. */
const PINNED = [
  '2026-11-21T18:00:00.000Z', // +6 h: the Japan and Oceania storage upgrade ran past its window at 15:00
  '2026-11-24T05:00:00.000Z', // the North America database upgrade in its window
  '2026-11-24T12:00:00.000Z', // +3 d: it ran past its window at 07:00; the APJ PIR is due
  '2026-12-04T12:00:00.000Z', // +13 d: the APJ PIR overdue since 26 Nov
];

/** A page of each time-dependent kind. */
const PATHS = [
  '/',
  '/regions/nam/',
  '/regions/jpn/',
  '/components/sign-in/',
  '/maintenance/2026/jpn-oce-storage-upgrade/',
  '/maintenance/2026/nam-can-database-upgrade/',
  '/incidents/2026/apj-api-errors/',
  '/releases/2026/9.2.2611.2/',
];

let browser: Browser;
const servers: { url: string; close: () => Promise<void> }[] = [];
let sample: string;
const pinned = new Map<string, string>();

beforeAll(async () => {
  const dists = PINNED.map((now) => [now, pinnedBuild(now)] as const);
  browser = await launchChromium();
  const own = await serve(SAMPLE_DIST);
  servers.push(own);
  sample = own.url;
  for (const [now, dist] of dists) {
    const server = await serve(dist);
    servers.push(server);
    pinned.set(now, server.url);
  }
}, 900_000);

afterAll(async () => {
  await browser?.close();
  for (const s of servers) await s.close();
});

describe('a page opened later shows what a build at that instant shows', () => {
  for (const now of PINNED) {
    it.each(PATHS)(`%s at ${now}`, async (path) => {
      const later = await openAt(browser, sample + path, now);
      const fresh = await openAt(browser, pinned.get(now)! + path, now);
      expect(await shownText(later)).toBe(await shownText(fresh));
      await later.context().close();
      await fresh.context().close();
    });
  }
});
