/**
 * Entry ids: `<yyyy>/<slug>`, lower-case letters, digits, `-` and `.` per
 * segment (the content contract), made from a title or a version.
 */
import { AuthoringError } from './errors.ts';

const MAX_SLUG = 60;
const SEGMENT = /^[a-z0-9][a-z0-9.-]*$/;

/** "Users in Europe can't sign in" → `users-in-europe-can-t-sign-in`. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > MAX_SLUG / 2 ? cut.slice(0, boundary) : slug.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

/** Checks a slug given with --slug (or made from a title) against the contract. */
export function checkSlug(slug: string): string {
  if (slug === '') {
    throw new AuthoringError('the title gives no usable file name; pass --slug with lower-case letters, digits and "-", e.g. --slug eur-sign-in');
  }
  if (!SEGMENT.test(slug) || slug === 'index') {
    throw new AuthoringError(`--slug: found ${JSON.stringify(slug)}, expected lower-case letters, digits, "-" and "." (not "index"), e.g. eur-sign-in`);
  }
  return slug;
}

/** The id of a new entry: the UTC year of when it happens, then the slug. */
export function entryId(whenIso: string, slug: string): string {
  return `${whenIso.slice(0, 4)}/${checkSlug(slug)}`;
}
