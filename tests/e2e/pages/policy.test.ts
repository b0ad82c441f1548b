/**
 * The policy ledger as a reader sees it, without JavaScript: the
 * tests/fixtures/policy-ledger site built at its fixed time, figures
 * hand-computed (see tests/unit/policy/ledger.test.ts for the arithmetic).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { launchChromium } from '../../support/browser.ts';
import { runBuild } from '../../support/build.ts';
import { serve } from '../../support/serve.ts';

const NOW = '2026-12-20T12:00:00Z';
let root: string;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'heliograph-policy-'));
  const dist = path.join(root, 'dist');
  const run = runBuild({ content: 'tests/fixtures/policy-ledger', now: NOW, out: dist });
  if (run.status !== 0) throw new Error(`policy-ledger build failed:\n${run.stdout}\n${run.stderr}`);
  server = await serve(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

async function open(sitePath: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, timezoneId: 'UTC' });
  const page = await context.newPage();
  const response = await page.goto(server.url + sitePath);
  expect(response?.status()).toBe(200);
  return page;
}

const rowTexts = (page: Page, table: string) =>
  page.locator(`${table} tbody tr`).evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim())));

// The schema docs/policy.md documents, strict: no missing, no extra fields.
const time = z.iso.datetime({ offset: true });
const rate = z.strictObject({ kept: z.number().int().min(0), of: z.number().int().min(0) });
const entry = { id: z.string().min(1), title: z.string().min(1), url: z.url() };
const policySchema = z.strictObject({
  schema_version: z.literal(1),
  now: time,
  promises: z.strictObject({ first_update_minutes: z.number(), pir_business_days: z.number(), maintenance_notice_days: z.number(), release_notice_days: z.number() }),
  quarters: z
    .array(
      z.strictObject({
        id: z.string().regex(/^\d{4}-q[1-4]$/),
        label: z.string(),
        start: time,
        end: time,
        url: z.url(),
        rates: z.strictObject({ first_updates: rate, pirs: rate, maintenance_notice: rate, maintenance_window: rate, release_notice: rate }),
        incidents: z.array(
          z.strictObject({
            ...entry,
            started: time,
            first_update_at: time,
            first_update_minutes: z.number(),
            first_update_on_time: z.boolean(),
            pir: z.strictObject({
              state: z.enum(['on_time', 'late', 'due', 'overdue', 'pending', 'not_required']),
              due_at: time.nullable(),
              published_at: time.nullable(),
              business_days_late: z.number().int().min(0),
            }),
          }),
        ),
        maintenance: z.array(
          z.strictObject({
            ...entry,
            announced: time,
            window: z.strictObject({ start: time, end: time }),
            notice_days: z.number(),
            notice_kept: z.boolean(),
            outcome: z.enum(['within', 'overran', 'open']),
            overrun_minutes: z.number().int().min(0),
            still_running: z.boolean(),
          }),
        ),
        releases: z.array(
          z.strictObject({
            ...entry,
            announced: time,
            first_stage: time,
            notice_days: z.number(),
            notice_kept: z.boolean(),
            notices: z.array(z.strictObject({ days_before: z.number().int(), at: time, kept: z.boolean(), passed: z.boolean() })).length(5),
          }),
        ),
      }),
    )
    .max(8),
});

describe('/policy/', () => {
  it('has the rates per quarter, newest first, each quarter linking its page', async () => {
    const page = await open('/policy/');
    expect(await page.locator('h1').textContent()).toBe('Policy ledger');
    expect(await rowTexts(page, 'table')).toEqual([
      ['2027 Q2', 'none yet', 'none yet', 'none yet', 'none yet', '1 of 1'],
      ['2027 Q1', 'none yet', 'none yet', '1 of 1', 'none yet', 'none yet'],
      ['2026 Q4', '2 of 5', '1 of 3', '1 of 2', '1 of 2', '0 of 1'],
    ]);
    expect(await page.locator('tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/policy/2027-q2/', '/policy/2027-q1/', '/policy/2026-q4/']);
    expect(await page.locator('footer a[href="/policy/"]').count()).toBe(1);
  });

  it('a quarter lists every entry with its figures, linking the entry', async () => {
    const page = await open('/policy/2026-q4/');
    await expect(page.locator('main').textContent()).resolves.toContain('PIRs on time: 1 of 3');
    const incidents = await rowTexts(page, '[aria-labelledby=incidents] table');
    expect(incidents.map((r) => [r[0], r[2], r[3]])).toEqual([
      ['Open, first update after 16 minutes', '16 min: Missed', 'Incident still open'],
      ['First update after 20 minutes, PIR still due', '20 min: Missed', 'Due by 25 Dec 2026, 00:00 UTC'],
      ['First update after 16 minutes, PIR on the 6th business day', '16 min: Missed', 'Late by 1 business day'],
      ['First update after 14 minutes, PIR on the 5th business day', '14 min: Kept', 'On time'],
      ['No PIR, long overdue', '5 min: Kept', 'Overdue by 29 business days'],
    ]);
    const maintenance = await rowTexts(page, '[aria-labelledby=maintenance] table');
    expect(maintenance.map((r) => [r[0], r[2], r[3]])).toEqual([
      ['Announced 4 days ahead', '4 days: Missed', 'Finished within its window'],
      ['Announced 5 days ahead, overran by 70 minutes', '5 days: Kept', 'Overran by 1 h 10 min'],
    ]);
    const releases = await rowTexts(page, '[aria-labelledby=releases] table');
    expect(releases).toHaveLength(1);
    expect(releases[0]![2]).toBe('89 days: Missed');
    expect(releases[0]![3]).toContain('90 days before: missed');
    expect(releases[0]![3]).toContain('30 days before: reached');
    for (const href of await page.locator('tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect((await fetch(server.url + href)).status, href).toBe(200);
    }
    expect(await page.locator('nav[aria-label=Quarters] a[rel=next]').getAttribute('href')).toBe('/policy/2027-q1/');
  });

  it('/api/policy.json carries the same figures', async () => {
    const response = await fetch(`${server.url}/api/policy.json`);
    const json = (await response.json()) as any;
    const result = policySchema.safeParse(json);
    expect(result.success, result.success ? '' : z.prettifyError(result.error)).toBe(true);
    expect(json.schema_version).toBe(1);
    expect(json.quarters.map((q: any) => q.id)).toEqual(['2027-q2', '2027-q1', '2026-q4']);
    expect(json.quarters[2].rates).toEqual({
      first_updates: { kept: 2, of: 5 },
      pirs: { kept: 1, of: 3 },
      maintenance_notice: { kept: 1, of: 2 },
      maintenance_window: { kept: 1, of: 2 },
      release_notice: { kept: 0, of: 1 },
    });
    expect(json.quarters[2].releases[0]).toMatchObject({ id: 'releases/2026/announced-89-days', notice_days: 89, notice_kept: false });
    expect(json.quarters[2].maintenance.find((m: any) => m.id === 'maintenance/2026/announced-4-days')).toMatchObject({ notice_days: 4, notice_kept: false, outcome: 'within' });
  });
});
