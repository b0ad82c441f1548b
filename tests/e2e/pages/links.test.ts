import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DIST } from '../../support/paths.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

/** Feeds, calendars, JSON and badges are written by the feeds build; pages are checked strictly. */
const GENERATED = /\.(xml|ics|json|svg)$/;

function resolves(target: string): boolean {
  const file = path.join(SAMPLE_DIST, decodeURIComponent(target));
  if (target.endsWith('/')) return existsSync(path.join(file, 'index.html'));
  return existsSync(file) && (statSync(file).isFile() || existsSync(path.join(file, 'index.html')));
}

describe('link check over the built sample site', () => {
  const files = htmlFiles(SAMPLE_DIST);

  it('has every page type', () => {
    const rel = files.map((f) => path.relative(SAMPLE_DIST, f));
    for (const page of ['index.html', '404.html', 'history/index.html', 'regions/gcc-high/index.html', 'releases/2026/9.2.2611.2/index.html']) {
      expect(rel).toContain(page);
    }
  });

  it('every internal href and src resolves to a file or a folder with index.html', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const [, target] of html.matchAll(/\s(?:href|src)="?([^"\s>]+)/g)) {
        if (!target!.startsWith('/') || target!.startsWith('//')) continue;
        const clean = target!.split(/[?#]/)[0]!;
        checked++;
        if (GENERATED.test(clean) && !resolves(clean)) continue;
        if (!resolves(clean)) broken.push(`${path.relative(SAMPLE_DIST, file)} → ${target}`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  it('makes no request to another site', () => {
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      expect(html).not.toMatch(/\s(?:src|href)="?https?:\/\/[^"\s>]+\.(?:css|js|woff2?)\b/);
      expect(html).not.toMatch(/<(?:script|link|img)\b[^>]*\s(?:src|href)="?(?:https?:)?\/\//);
    }
  });
});
