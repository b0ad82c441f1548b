/**
 * Runs on every page as it is rendered (at build time: the site is static).
 * Content texts reach templates in many places; this is the one place that
 * removes the code points HTML forbids from the finished page.
 */
import { defineMiddleware } from 'astro:middleware';
import { withoutForbiddenCodePoints } from './lib/html/code-points.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(withoutForbiddenCodePoints(await response.text()), response);
});
