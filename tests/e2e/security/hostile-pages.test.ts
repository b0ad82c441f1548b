/**
 * Every page of the hostile fixture in real Chromium: the payloads in bodies
 * (tests/fixtures/hostile/incidents/2026/hostile.md, "## Payloads"), titles,
 * updates and workarounds each set a `window.__pwned_*` flag if they ever run.
 * The sanitiser must stop them before the Content-Security-Policy has to: no
 * flag, no `on*` attribute, no script URL in the DOM, and no CSP violation.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { micromark } from 'micromark';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../support/browser.ts';
import { HOSTILE_CONTENT, HOSTILE_DIST } from '../../support/paths.ts';
import { serve } from '../../support/serve.ts';
import { findOutputs } from '../feeds/outputs.ts';

let browser: Browser;
let context: BrowserContext;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serve(HOSTILE_DIST);
  browser = await launchChromium();
  context = await browser.newContext();
  // Before any page script: collect CSP violations, so a payload stopped only by the CSP still fails the test.
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Findings {
  flags: string[];
  handlers: string[];
  scriptUrls: string[];
  styles: number;
  foreignScripts: string[];
  embeds: number;
  violations: string[];
}

/** What a page's live DOM holds that the sanitiser should have removed. */
async function inspect(sitePath: string): Promise<Findings> {
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (m) => console.push(m.text()));
  await page.goto(`${server.url}${sitePath}`, { waitUntil: 'load' });
  // Give every handler a chance: open every details, hover and focus every element that could carry one.
  for (const summary of await page.locator('summary').all()) await summary.click();
  for (const el of await page.locator('main a, main p, main div, main img').all()) await el.hover({ trial: false, force: true }).catch(() => undefined);
  const found = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const attrs = all.flatMap((el) => [...el.attributes].map((a) => ({ el: el.tagName.toLowerCase(), name: a.name, value: a.value })));
    // Browsers ignore leading spaces and control characters, and tabs/newlines inside a scheme.
    const scheme = (v: string) => v.replace(/[\u0000-\u0020]/g, '').toLowerCase();
    return {
      flags: Object.keys(window).filter((k) => k.startsWith('__pwned')),
      handlers: attrs.filter((a) => a.name.startsWith('on')).map((a) => `${a.el}[${a.name}]`),
      scriptUrls: attrs.filter((a) => /^(javascript|vbscript|data:text\/html)/.test(scheme(a.value))).map((a) => `${a.el}[${a.name}=${a.value}]`),
      styles: attrs.filter((a) => a.name === 'style' || a.name === 'formaction' || a.name === 'srcdoc').length,
      foreignScripts: [...document.scripts].map((s) => s.getAttribute('src') ?? 'inline').filter((src) => !src.startsWith('/_astro/')),
      embeds: document.querySelectorAll('iframe, object, embed, svg script, form, base, main meta, main link, main style').length,
      violations: (window as unknown as { __violations: string[] }).__violations,
    };
  });
  await page.close();
  return { ...found, violations: [...found.violations, ...console.filter((t) => /Content Security Policy/i.test(t))] };
}

const pages = findOutputs(HOSTILE_DIST, (name) => name.endsWith('.html')).map((p) => p.replace(/index\.html$/, ''));

describe('the hostile fixture in Chromium', () => {
  it('has every page, including the entries that carry the payloads', () => {
    expect(pages).toContain('/incidents/2026/hostile/');
    expect(pages).toContain('/releases/2026/9.9.2611.1/');
    expect(pages).toContain('/notices/2026/hostile-notice/');
    expect(pages.length).toBeGreaterThanOrEqual(15);
  });

  it.each(pages)('%s runs no payload, holds no handler or script URL, needs no CSP to stop one', async (sitePath) => {
    const found = await inspect(sitePath);
    expect(found).toEqual({ flags: [], handlers: [], scriptUrls: [], styles: 0, foreignScripts: [], embeds: 0, violations: [] });
  });

  it('shows payloads in titles, updates and workarounds as text', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/incidents/2026/hostile/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('<img src=x onerror="window.__pwned_title=1">');
    expect(text).toContain('<script>window.__pwned_update=1</script>');
    expect(text).toContain('<svg onload="window.__pwned_workaround=1"></svg>');
    // What the allowlist keeps: tables, details/summary, code, images over https, safe links.
    const body = page.locator('.prose');
    expect(await body.locator('table td').first().innerText()).toBe('a table');
    expect(await body.locator('details > summary').innerText()).toBe('Details that toggle');
    expect(await body.locator('pre code').innerText()).toContain('<script>window.__pwned_code = 1</script>');
    expect(await body.locator('img[src="https://images.example/ok.png"]').count()).toBe(1);
    expect(await body.locator('img[src^="http:"]').count()).toBe(0);
    expect(await body.locator('a[href="https://status.hostile.example/safe/"]').count()).toBe(1);
    expect(await body.locator('[id="payloads"]').count()).toBe(0);
    expect(await body.locator('[id="user-content-payloads"]').count()).toBe(1);
    await page.close();
  });

  it('carries the Content-Security-Policy on every page', async () => {
    for (const sitePath of pages) {
      const html = readFileSync(path.join(HOSTILE_DIST, sitePath, sitePath.endsWith('.html') ? '' : 'index.html'), 'utf8');
      expect(html, sitePath).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self';`);
    }
  });
});

describe('the payloads themselves', () => {
  it('do run when the body is not sanitised (so the test above can fail)', async () => {
    const source = readFileSync(path.join(HOSTILE_CONTENT, 'incidents/2026/hostile.md'), 'utf8');
    const body = source.slice(source.indexOf('## Payloads'));
    const page = await browser.newPage();
    await page.setContent(micromark(body, { allowDangerousHtml: true }), { waitUntil: 'load' });
    await page.waitForFunction(() => '__pwned_toggle' in window);
    const flags = await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__pwned')));
    expect(flags).toEqual(expect.arrayContaining(['__pwned_script', '__pwned_img', '__pwned_svg', '__pwned_svg_script', '__pwned_toggle']));
    await page.close();
  });
});
