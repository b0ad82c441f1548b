/** public/_headers read as Netlify and Cloudflare Pages read it: a path pattern, then indented `Name: value` lines. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.ts';

export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

export function headerRules(text: string = readFileSync(path.join(ROOT, 'public/_headers'), 'utf8')): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      // `*` matches anything, `:name` one path segment.
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:[a-z]+/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers.push([name!.toLowerCase(), value.join(':').trim()]);
    }
  }
  return rules;
}

/** Every Cache-Control value the rules give a URL path. */
export function cacheControlOf(rules: HeaderRule[], url: string): string[] {
  return rules.filter((r) => r.pattern.test(url)).flatMap((r) => r.headers.filter(([n]) => n === 'cache-control').map(([, v]) => v));
}
