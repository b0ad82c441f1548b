import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/paths.ts';

// A build runs src/lib/schedule/transitions.ts twice: in the build script's module graph and in the bundle Astro
// renders from. Two copies of the module are made here the way Node makes them, by two URLs for one file.
function run(body: string): string {
  const url = pathToFileURL(path.join(ROOT, 'src/lib/schedule/transitions.ts')).href;
  const script = `const one = await import(${JSON.stringify(`${url}?graph=one`)});
const two = await import(${JSON.stringify(`${url}?graph=two`)});
const site = { pir_business_days: 5, holidays: [] };
const entry = { collection: 'notices', id: '2026/n', data: { published: '2026-11-20T09:00:00.000Z', expires: '2026-12-20T09:00:00.000Z' } };
${body}`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  return child.stdout.trim();
}

describe("an entry's instants, worked out once per process", () => {
  it('are shared by two copies of the module, whose lead times are equal but not the same object', () => {
    const out = run(`const a = one.entryInstantTimes(entry, site, { upcomingDays: 14, recentHours: 24 });
const b = two.entryInstantTimes(entry, site, { upcomingDays: 14, recentHours: 24 });
console.log(a === b, JSON.stringify(b));`);
    expect(out).toBe(`true ${JSON.stringify([Date.parse('2026-11-20T09:00:00.000Z'), Date.parse('2026-12-20T09:00:00.000Z')])}`);
  });

  it('are worked out again for other lead times or other deadline settings, not for a copy of the site with another URL', () => {
    const out = run(`const a = one.entryInstantTimes(entry, site, { upcomingDays: 14, recentHours: 24 });
const b = two.entryInstantTimes(entry, site, { upcomingDays: 7, recentHours: 24 });
const c = two.entryInstantTimes(entry, { ...site, url: 'https://elsewhere.example' }, { upcomingDays: 7, recentHours: 24 });
const d = two.entryInstantTimes(entry, { ...site, holidays: ['2026-11-26'] }, { upcomingDays: 7, recentHours: 24 });
const e = two.entryInstantTimes(entry, { ...site, pir_business_days: 10 }, { upcomingDays: 7, recentHours: 24 });
console.log(a === b, b === c, c === d, d === e);`);
    // SITE_URL gives the pages a copy of the site with its own URL (src/data/site-index.ts): the same deadlines.
    expect(out).toBe('false true false false');
  });
});
