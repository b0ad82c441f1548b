/**
 * The site's Content-Security-Policy: the second wall behind the sanitiser.
 * No inline script at all (the one enhancement script is a cached file under
 * /_astro/), no inline style, no plugins, frames or forms, images from the
 * site or over https. `public/_headers` sends the same policy plus
 * `frame-ancestors`, which a `<meta>` cannot carry; a test keeps them equal.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** For `<meta http-equiv="Content-Security-Policy">` in every page. */
export const META_CSP = CSP_DIRECTIVES.join('; ');

/** For the HTTP header: the same, plus what only a header can say. */
export const HEADER_CSP = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
