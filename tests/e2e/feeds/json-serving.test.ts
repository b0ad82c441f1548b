/**
 * What Statuspage clients rely on beyond the shapes, for every Statuspage file
 * (site-wide and per region): served as application/json by `astro preview`,
 * declared as JSON readable from any origin in public/_headers for static
 * hosts, and reachable by appending /api/v2/summary.json to the page URL.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE_CONTENT, SAMPLE_DIST } from '../../support/paths.ts';
import { serve } from '../../support/serve.ts';
import { rawByKind } from '../../support/raw-content.ts';
import { findOutputs, read } from './outputs.ts';

// Expected values come from the sample files themselves, not from the lib that wrote the JSON.
const index = rawByKind(SAMPLE_CONTENT);
const statuspageFiles = findOutputs(SAMPLE_DIST, (n) => n.endsWith('.json')).filter((p) => /^(\/regions\/[^/]+)?\/api\/v2\//.test(p));
const allJson = findOutputs(SAMPLE_DIST, (n) => n.endsWith('.json'));

it('every region has its eight Statuspage files, and the site its own', () => {
  expect(statuspageFiles).toHaveLength(8 * (index.regions.length + 1));
});

it.each(allJson)('%s is valid JSON', (file) => {
  expect(() => JSON.parse(read(SAMPLE_DIST, file))).not.toThrow();
});

// ─── public/_headers, as Netlify and Cloudflare Pages read it ──────────────────

interface Rule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Rules of a _headers file: a path line, then indented `Name: value` lines; `*` matches anything, `:name` one segment. */
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:[A-Za-z]\w*/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers.push([name!.toLowerCase(), value.join(':').trim()]);
    }
  }
  return rules;
}

const headersFor = (rules: Rule[], sitePath: string) => rules.filter((r) => r.pattern.test(sitePath)).flatMap((r) => r.headers);

describe('public/_headers (copied into the build)', () => {
  const source = readFileSync(path.join(ROOT, 'public/_headers'), 'utf8');
  const rules = parseHeaders(source);

  it('is copied unchanged into the output', () => {
    expect(read(SAMPLE_DIST, '/_headers')).toBe(source);
  });

  it('the matcher used here reads placeholders and splats as the hosts do', () => {
    const [rule] = parseHeaders('/regions/:region/api/*\n  X: y\n');
    expect(rule!.pattern.test('/regions/eur/api/v2/summary.json')).toBe(true);
    expect(rule!.pattern.test('/regions/eur/rss.xml')).toBe(false);
    expect(rule!.pattern.test('/regions/eur/x/api/v2/summary.json')).toBe(false);
  });

  it.each([...statuspageFiles, '/api/heliograph.json', '/api/policy.json'])('%s: application/json, any origin, one Cache-Control', (file) => {
    const headers = headersFor(rules, file);
    expect(headers.filter(([n]) => n === 'content-type').map(([, v]) => v)).toEqual(['application/json; charset=utf-8']);
    expect(headers.filter(([n]) => n === 'access-control-allow-origin').map(([, v]) => v)).toEqual(['*']);
    expect(headers.filter(([n]) => n === 'cache-control')).toHaveLength(1);
  });

  it('declares no JSON type for HTML pages and feeds', () => {
    for (const file of ['/regions/eur/', '/regions/eur/rss.xml', '/index.html', '/policy/']) {
      expect(headersFor(rules, file).some(([n]) => n === 'content-type'), file).toBe(false);
    }
  });
});

// ─── the preview server ───────────────────────────────────────────────────────

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('npm run preview (astro preview) serves every Statuspage file as application/json', () => {
  let preview: ChildProcess;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    preview = spawn(path.join(ROOT, 'node_modules/.bin/astro'), ['preview', '--outDir', SAMPLE_DIST, '--host', '127.0.0.1', '--port', String(port)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PATH: `${path.join(ROOT, 'node_modules/.bin')}${path.delimiter}${process.env['PATH'] ?? ''}` },
    });
    // Ready once it prints its address.
    await new Promise<void>((resolve, reject) => {
      let out = '';
      preview.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes(`127.0.0.1:${port}`)) resolve();
      });
      preview.on('exit', (code) => reject(new Error(`astro preview exited with ${code}: ${out}`)));
    });
  });

  afterAll(() => {
    preview?.kill();
  });

  it.each(statuspageFiles)('%s', async (file) => {
    const response = await fetch(base + file);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(JSON.parse(read(SAMPLE_DIST, file)));
  });
});

// ─── page.url: a client appends /api/v2/summary.json ──────────────────────────

describe('page.url leads a client to the files', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve(SAMPLE_DIST);
  });
  afterAll(() => server.close());

  const pages = ['/api/v2/summary.json', ...index.regions.map((r) => `/regions/${r.code.toLowerCase()}/api/v2/summary.json`)];

  it.each(pages)('%s', async (file) => {
    const summary = JSON.parse(read(SAMPLE_DIST, file));
    const local = server.url + new URL(summary.page.url).pathname.replace(/\/$/, '');
    expect(summary.page.url.endsWith('/')).toBe(false);
    // Configured without a trailing slash, the client appends the path.
    const plain = await fetch(`${local}/api/v2/summary.json`);
    expect(plain.status).toBe(200);
    expect(await plain.json()).toEqual(summary);
    // Configured with one, it resolves the relative path against it.
    const slashed = await fetch(new URL('api/v2/summary.json', `${local}/`));
    expect(slashed.status).toBe(200);
    expect(await slashed.json()).toEqual(summary);
    // And the page URL itself, with or without the slash, is the region's page.
    for (const url of [local, `${local}/`]) expect((await fetch(url)).status).toBe(200);
  });
});
