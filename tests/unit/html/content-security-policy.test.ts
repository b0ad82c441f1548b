import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER_CSP, META_CSP } from '../../../src/lib/html/content-security-policy.ts';
import { ROOT } from '../../support/paths.ts';

describe('the Content-Security-Policy', () => {
  it('allows scripts and styles only from the site, no plugins, frames, forms or base changes', () => {
    expect(META_CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(META_CSP).not.toMatch(/unsafe-inline|unsafe-eval|frame-ancestors/);
  });

  it('is sent by public/_headers for every path, with frame-ancestors, which only a header can carry', () => {
    const headers = readFileSync(path.join(ROOT, 'public/_headers'), 'utf8');
    const everyPath = headers.split(/\n(?=\S)/).find((block) => block.startsWith('/*\n'))!;
    expect(everyPath).toContain(`  Content-Security-Policy: ${HEADER_CSP}\n`);
    expect(HEADER_CSP).toBe(`${META_CSP}; frame-ancestors 'none'`);
  });
});
