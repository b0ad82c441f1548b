import { describe, expect, it } from 'vitest';
import { checkSlug, entryId, slugify } from '../../../src/lib/authoring/slug.ts';

describe('slugify', () => {
  it('lower-cases, drops accents and joins words with hyphens', () => {
    expect(slugify("Users in Europe can't sign in")).toBe('users-in-europe-can-t-sign-in');
    expect(slugify('Réseau indisponible à Zürich 🔥')).toBe('reseau-indisponible-a-zurich');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Reports dashboards scheduled exports and the analytics warehouse are unavailable in India and the UAE');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^reports-dashboards-.*[a-z0-9]$/);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('gives nothing for a title without letters or digits', () => {
    expect(slugify('🔥 — !!')).toBe('');
  });
});

describe('entryId', () => {
  it('is the UTC year of the entry, then the slug', () => {
    expect(entryId('2026-12-31T23:30:00Z', 'eur-sign-in')).toBe('2026/eur-sign-in');
    expect(entryId('2027-01-04T18:00:00Z', '9.2.2701.1')).toBe('2027/9.2.2701.1');
  });

  it('refuses slugs the content format does not allow', () => {
    expect(() => checkSlug('')).toThrow(/--slug/);
    expect(() => checkSlug('EUR-sign-in')).toThrow(/lower-case/);
    expect(() => checkSlug('index')).toThrow(/not "index"/);
    expect(() => checkSlug('a/b')).toThrow(/--slug/);
  });
});
