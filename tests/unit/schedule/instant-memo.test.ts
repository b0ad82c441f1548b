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

  it('are worked out again for other lead times or another site', () => {
    const out = run(`const a = one.entryInstantTimes(entry, site, { upcomingDays: 14, recentHours: 24 });
const b = two.entryInstantTimes(entry, site, { upcomingDays: 7, recentHours: 24 });
const c = two.entryInstantTimes(entry, { ...site }, { upcomingDays: 7, recentHours: 24 });
console.log(a === b, b === c);`);
    expect(out).toBe('false false');
  });
});
