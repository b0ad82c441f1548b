/** One static server and one Chromium for a test file, over the sample site pinned to the sample time. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../support/browser.ts';
import { SAMPLE_DIST, SAMPLE_NOW } from '../../support/paths.ts';
import { serve } from '../../support/serve.ts';

export interface Site {
  url: string;
  browser: Browser;
  /** A fresh page whose clock reads the sample time, so relative ages and "today" are fixed. */
  open: (path: string, options?: BrowserContextOptions) => Promise<Page>;
}

export function useSite(): Site {
  const site = {} as Site;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const server = await serve(SAMPLE_DIST);
    site.url = server.url;
    site.browser = await launchChromium();
    close = async () => {
      await site.browser.close();
      await server.close();
    };
    site.open = async (path, options = {}) => {
      const context = await site.browser.newContext({ timezoneId: 'UTC', locale: 'en-GB', ...options });
      if (options.javaScriptEnabled !== false) await context.clock.setFixedTime(new Date(SAMPLE_NOW));
      const page = await context.newPage();
      const response = await page.goto(site.url + path);
      if (!response?.ok()) throw new Error(`${path}: HTTP ${response?.status()}`);
      return page;
    };
  });
  afterAll(async () => close?.());
  return site;
}
