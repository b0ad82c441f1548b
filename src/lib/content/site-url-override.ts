/**
 * SITE_URL replaces `url` in site.yaml (for a preview deploy, say). It is
 * checked like that field, before anything is built: Astro would otherwise
 * refuse it halfway through with its own configuration error.
 */
import type { Problem } from './problem.ts';
import { siteSchema } from './schema.ts';

export function siteUrlOverrideProblem(value: string | undefined): Problem | undefined {
  if (value === undefined || value === '') return undefined;
  if (siteSchema.shape.url.safeParse(value).success) return undefined;
  return { severity: 'error', file: 'environment', field: 'SITE_URL', message: `found ${JSON.stringify(value)}, expected an absolute http(s) URL such as https://status.example.com/ (it replaces url in site.yaml)` };
}
