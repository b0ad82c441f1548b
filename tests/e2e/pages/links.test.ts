import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheControlOf, headerRules } from '../../support/headers.ts';
import { SAMPLE_DIST } from '../../support/paths.ts';

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

function resolves(target: string): boolean {
  const file = path.join(SAMPLE_DIST, decodeURIComponent(target));
  if (target.endsWith('/')) return existsSync(path.join(file, 'index.html'));
  return existsSync(file) && (statSync(file).isFile() || existsSync(path.join(file, 'index.html')));
}

describe('link check over the built sample site', () => {
  const files = allFiles(SAMPLE_DIST).filter((f) => f.endsWith('.html'));

  it('has every page type', () => {
    const rel = files.map((f) => path.relative(SAMPLE_DIST, f));
    for (const page of ['index.html', '404.html', 'history/index.html', 'regions/gcc-high/index.html', 'releases/2026/9.2.2611.2/index.html']) {
      expect(rel).toContain(page);
    }
  });

  it('every internal href and src — pages, feeds, calendars, JSON, badges, assets — resolves to a file or a folder with index.html', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const [, target] of html.matchAll(/\s(?:href|src)="?([^"\s>]+)/g)) {
        if (!target!.startsWith('/') || target!.startsWith('//')) continue;
        const clean = target!.split(/[?#]/)[0]!;
        checked++;
        if (!resolves(clean)) broken.push(`${path.relative(SAMPLE_DIST, file)} → ${target}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    // The feeds, calendars and badges pages link to are among the links checked, not skipped.
    const linked = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\shref="(\/[^"]+\.(?:xml|ics|svg))"/g)].map((m) => m[1]));
    for (const kind of ['.xml', '.ics', '.svg']) expect(linked.some((l) => l!.endsWith(kind)), kind).toBe(true);
    expect(broken).toEqual([]);
  });

  it('makes no request to another site', () => {
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      expect(html).not.toMatch(/\s(?:src|href)="?https?:\/\/[^"\s>]+\.(?:css|js|woff2?)\b/);
      expect(html).not.toMatch(/<(?:script|link|img)\b[^>]*\s(?:src|href)="?(?:https?:)?\/\//);
    }
  });

  it('gives every built file exactly one Cache-Control from public/_headers', () => {
    const rules = headerRules();
    const short = 'public, max-age=60, stale-while-revalidate=600, stale-if-error=86400';
    for (const file of allFiles(SAMPLE_DIST)) {
      const url = `/${path.relative(SAMPLE_DIST, file).split(path.sep).join('/')}`;
      expect(cacheControlOf(rules, url), url).toEqual([url.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : short]);
    }
  });
});
