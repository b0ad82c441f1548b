/**
 * Runs on every page as it is rendered (at build time: the site is static).
 * Content texts reach templates in many places; this is the one place that
 * removes the code points HTML forbids from the finished page. It reads the
 * page as bytes and hands the same bytes on when there is nothing to remove
 * (almost always): decoding and encoding every page again cost a 10k-entry
 * cold build about half a second.
 */
import { defineMiddleware } from 'astro:middleware';
import { withoutForbiddenCodePointsInUtf8 } from './lib/html/code-points.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const clean = withoutForbiddenCodePointsInUtf8(bytes);
  if (clean === bytes) return new Response(bytes, response);
  const headers = new Headers(response.headers);
  headers.set('content-length', String(clean.byteLength));
  return new Response(clean, { status: response.status, statusText: response.statusText, headers });
});
