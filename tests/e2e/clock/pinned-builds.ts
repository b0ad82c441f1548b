/** The sample built again pinned to later instants, to compare a page left running with a fresh build. */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { runBuild } from '../../support/build.ts';
import { ROOT, SAMPLE_CONTENT } from '../../support/paths.ts';

export function pinnedBuild(now: string): string {
  const out = path.join(ROOT, '.heliograph/test', `clock-${now.replace(/[^0-9TZ]/g, '')}`);
  rmSync(out, { recursive: true, force: true });
  const result = runBuild({ content: SAMPLE_CONTENT, now, out });
  if (result.status !== 0) throw new Error(`build at ${now} failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}

/** A page whose clock stands at `time` and moves only when the test says (`page.clock.runFor`). */
export async function openAt(browser: Browser, url: string, time: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ timezoneId: 'UTC', locale: 'en-GB', ...options });
  if (options.javaScriptEnabled !== false) {
    await context.clock.install({ time: new Date(Date.parse(time) - 1000) });
    await context.clock.pauseAt(new Date(time));
  }
  const page = await context.newPage();
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
  return page;
}

/**
 * What the page's main content says, without the notice about the page's age,
 * the build time and the uptime figures, which are as of the build (they
 * rightly differ between an old page and a fresh build; docs/clock.md).
 */
export function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    for (const el of main.querySelectorAll('#page-age, [data-build-time], [data-as-of-build], template')) el.remove();
    document.body.append(main);
    main.hidden = false;
    const text = main.innerText;
    main.remove();
    return text.replace(/\s+/g, ' ').trim();
  });
}
