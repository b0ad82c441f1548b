import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/build/site-config.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'heliograph-site-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('siteConfig', () => {
  it("is the project's astro.config.mjs, evaluated afresh for each build", async () => {
    const root = mkdtempSync(path.join(dir, 'mjs-'));
    writeFileSync(path.join(root, 'astro.config.mjs'), "export default { site: process.env.TEST_SITE_URL, trailingSlash: 'always' };\n");
    process.env['TEST_SITE_URL'] = 'https://status.example.com';
    expect(await siteConfig(root)).toEqual({ site: 'https://status.example.com', trailingSlash: 'always' });
    process.env['TEST_SITE_URL'] = 'https://status.example.org';
    expect((await siteConfig(root))?.site).toBe('https://status.example.org');
    delete process.env['TEST_SITE_URL'];
  });

  it('is undefined for a config that does not load, so Astro loads it and names the file and line of what is wrong', async () => {
    const root = mkdtempSync(path.join(dir, 'broken-'));
    writeFileSync(path.join(root, 'astro.config.mjs'), "export default {\n  site: 'https://status.example.com',,\n};\n");
    expect(await siteConfig(root)).toBeUndefined();
  });

  it('is undefined for a project configured by another file, which Astro then loads itself', async () => {
    const root = mkdtempSync(path.join(dir, 'ts-'));
    writeFileSync(path.join(root, 'astro.config.ts'), 'export default {};\n');
    expect(await siteConfig(root)).toBeUndefined();
  });
});
