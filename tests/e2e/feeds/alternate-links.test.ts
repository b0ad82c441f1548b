import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DIST } from '../../support/paths.ts';
import { findOutputs, read } from './outputs.ts';

const pages = findOutputs(SAMPLE_DIST, (name) => name.endsWith('.html')).filter((p) => p !== '/404.html');
const alternates = (html: string) =>
  [...html.matchAll(/<link\b[^>]*\brel="alternate"[^>]*>/g)].map((m) => ({
    type: /\btype="([^"]*)"/.exec(m[0])?.[1],
    href: /\bhref="([^"]*)"/.exec(m[0])?.[1] ?? '',
  }));

describe('feed discovery', () => {
  it('every HTML page links the site-wide RSS, Atom and JSON feeds, and every linked feed exists', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const links = alternates(read(SAMPLE_DIST, page));
      expect(links, page).toContainEqual({ type: 'application/rss+xml', href: '/rss.xml' });
      expect(links, page).toContainEqual({ type: 'application/atom+xml', href: '/atom.xml' });
      expect(links, page).toContainEqual({ type: 'application/feed+json', href: '/feed.json' });
      for (const link of links) {
        expect(existsSync(path.join(SAMPLE_DIST, link.href)), `${page} → ${link.href}`).toBe(true);
        expect(link.type).toBe(link.href.endsWith('rss.xml') ? 'application/rss+xml' : link.href.endsWith('feed.json') ? 'application/feed+json' : 'application/atom+xml');
      }
    }
  });

  it('a region page links its own region feeds', () => {
    const links = alternates(read(SAMPLE_DIST, '/regions/eur/index.html')).map((l) => l.href);
    expect(links).toEqual(expect.arrayContaining(['/regions/eur/rss.xml', '/regions/eur/atom.xml', '/regions/eur/feed.json', '/regions/eur/incidents/rss.xml', '/regions/eur/incidents/atom.xml', '/regions/eur/incidents/feed.json']));
  });
});
