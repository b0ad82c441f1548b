/**
 * A build renders the bodies of the entry pages it is about to render on
 * another thread (src/build/bodies-ahead.ts); a page takes its body from
 * there (src/data/bodies.ts). That must never change a page: the thread's
 * HTML is the page's own rendering, sanitised by the same sanitiser.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroConfig } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { aheadFrom, aheadPlan, bodiesAhead, type BodiesAhead } from '../../../src/build/bodies-ahead.ts';
import { bodiesRenderedAhead, bodyHtml, entryBodies } from '../../../src/data/bodies.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import type { Entry } from '../../../src/lib/content/types.ts';
import { HOSTILE_CONTENT, SAMPLE_CONTENT } from '../../support/paths.ts';

/** Astro's resolved Markdown settings when astro.config.mjs names none (its defaults), and an image section. */
function config(processor = satteri(), shikiTransformers: unknown[] = []) {
  return {
    markdown: {
      processor,
      syntaxHighlight: { type: 'shiki', excludeLangs: ['math'] },
      shikiConfig: { langs: [], langAlias: {}, theme: 'github-dark', themes: {}, wrap: false, transformers: shikiTransformers },
    },
    image: { endpoint: { route: '/_image' }, service: { entrypoint: 'astro/assets/services/sharp', config: {} }, domains: [], remotePatterns: [] },
  } as unknown as AstroConfig;
}

/** Starts `ahead` as Astro would, once its configuration is resolved; the pages' own renderer gets the same configuration. */
function start(ahead: BodiesAhead, astro = config()): void {
  const done = (hooks: BodiesAhead['integration']['hooks']) => hooks['astro:config:done'] as unknown as (options: { config: AstroConfig }) => void;
  done(entryBodies().hooks)({ config: astro });
  done(ahead.integration.hooks)({ config: astro });
}

const entry = (id: string, body: string) => ({ collection: 'incidents', id, body }) as unknown as Entry;

const running: BodiesAhead[] = [];
afterEach(async () => {
  for (const ahead of running.splice(0)) await ahead.stop();
  bodiesRenderedAhead(undefined);
});

describe('aheadPlan', () => {
  it("goes ahead with Astro's Sätteri processor and plain options", () => {
    const plan = aheadPlan(config());
    expect(plan).toBeDefined();
    expect(plan!.shared).toMatchObject({ syntaxHighlight: { type: 'shiki' }, shikiConfig: { theme: 'github-dark' } });
  });

  it('does not when the renderer could not be made the same in another thread', () => {
    // Plugins are functions; so is a Shiki transformer's hook; another processor is not Sätteri.
    expect(aheadPlan(config(satteri({ hastPlugins: [() => {}] } as never)))).toBeUndefined();
    expect(aheadPlan(config(satteri({ mdastPlugins: [() => {}] } as never)))).toBeUndefined();
    expect(aheadPlan(config(satteri(), [{ name: 'mark', code: () => {} }]))).toBeUndefined();
    expect(aheadPlan(config({ ...satteri(), name: 'remark' } as never))).toBeUndefined();
  });
});

describe('aheadFrom (HELIOGRAPH_BODIES_AHEAD_FROM)', () => {
  it('is 5000 entry pages unless set, and any whole number when set', () => {
    expect(aheadFrom(undefined)).toEqual({ from: 5000 });
    expect(aheadFrom('')).toEqual({ from: 5000 });
    expect(aheadFrom('0')).toEqual({ from: 0 });
    expect(aheadFrom('240')).toEqual({ from: 240 });
  });

  it('names the variable, what it found and what it expects for anything else', () => {
    for (const value of ['lots', '-1', '1e3', ' 5', '2.5', '9999999999']) {
      const result = aheadFrom(value);
      expect('problem' in result, value).toBe(true);
      if (!('problem' in result)) continue;
      expect(result.problem).toMatchObject({ severity: 'error', file: 'environment', field: 'HELIOGRAPH_BODIES_AHEAD_FROM' });
      expect(result.problem.message).toContain(`found ${JSON.stringify(value)}, expected a whole number`);
    }
  });
});

describe('bodiesAhead', () => {
  it('hands a page its body rendered and sanitised on the other thread', async () => {
    const body = [
      'The **primary** database failed over; see [the runbook](https://example.com/runbook).',
      '',
      '[Click](javascript:alert(1)) <script>alert(2)</script> <b onclick="steal()">now</b>',
    ].join('\n');
    const ahead = bodiesAhead([entry('a', body)], 1);
    running.push(ahead);
    start(ahead);
    const html = await bodyHtml(entry('a', body));
    expect(ahead.taken).toBe(1);
    expect(html).toContain('<p>The <strong>primary</strong> database failed over; see <a href="https://example.com/runbook">the runbook</a>.</p>\n');
    expect(html).toContain('<a>Click</a>');
    expect(html).toContain('<b>now</b>');
    for (const unsafe of ['javascript:', '<script', 'alert(2)', 'onclick']) expect(html).not.toContain(unsafe);
  });

  it('gives every body of the sample and the hostile fixtures exactly the HTML the page renders itself', async () => {
    const all = [SAMPLE_CONTENT, HOSTILE_CONTENT].flatMap((dir) => {
      const { content } = loadContent(dir);
      return [...content.incidents, ...content.maintenance, ...content.releases, ...content.notices];
    });
    // One entry per collection and id: a build's entries never share one.
    const entries = [...new Map(all.map((e) => [`${e.collection}/${e.id}`, e])).values()];
    expect(entries.length).toBeGreaterThan(20);
    // Rendered here first, with nothing ahead: each page's own rendering.
    start(bodiesAhead([], 1));
    const own = await Promise.all(entries.map((e) => bodyHtml(e)));
    const ahead = bodiesAhead(entries, 1);
    running.push(ahead);
    start(ahead);
    const fromThread = await Promise.all(entries.map((e) => bodyHtml(e)));
    expect(ahead.taken).toBe(entries.length);
    fromThread.forEach((html, i) => expect(html, `${entries[i]!.collection}/${entries[i]!.id}`).toBe(own[i]));
  });

  it('is not asked for a body it was not sent, nor twice for one: the page renders those itself', async () => {
    const ahead = bodiesAhead([entry('a', 'Sent *as is*.')], 1);
    running.push(ahead);
    start(ahead);
    expect(await bodyHtml(entry('a', 'Sent *as is*, then edited.'))).toBe('<p>Sent <em>as is</em>, then edited.</p>\n');
    expect(ahead.taken).toBe(0);
    expect(await bodyHtml(entry('a', 'Sent *as is*.'))).toBe('<p>Sent <em>as is</em>.</p>\n');
    expect(await bodyHtml(entry('a', 'Sent *as is*.'))).toBe('<p>Sent <em>as is</em>.</p>\n');
    expect(await bodyHtml(entry('b', 'Never sent.'))).toBe('<p>Never sent.</p>\n');
    expect(ahead.taken).toBe(1);
  });

  it('runs no further ahead of the pages than its window: a body asked for past it is rendered by its page', async () => {
    const bodies = ['Zero.', 'One.', 'Two.', 'Three.', 'Four.'];
    const ahead = bodiesAhead(bodies.map((b, i) => entry(String(i), b)), 1, 2);
    running.push(ahead);
    start(ahead);
    // Bodies 0 and 1 are in the window; 4 is not, so its page renders it, and the thread leaves it out.
    expect(await bodyHtml(entry('4', 'Four.'))).toBe('<p>Four.</p>\n');
    expect(ahead.outOfTurn).toBe(1);
    expect(ahead.taken).toBe(0);
    // Each body taken lets the thread go one further: 0 and 1 open the way to 2 and 3.
    for (const [i, b] of bodies.slice(0, 4).entries()) expect(await bodyHtml(entry(String(i), b))).toBe(`<p>${b}</p>\n`);
    expect(ahead.taken).toBe(4);
    expect(ahead.outOfTurn).toBe(1);
  });

  it('posts bodies a few to a message, and a body still waiting to be posted when its page asks goes at once', async () => {
    const bodies = ['Zero.', 'One.', 'Two.', 'Three.', 'Four.'];
    // A window of 3 and batches of 2: 0 and 1 go together, 2 alone at the start; taking 0 queues 3.
    const ahead = bodiesAhead(bodies.map((b, i) => entry(String(i), b)), 1, 3, 2);
    running.push(ahead);
    start(ahead);
    expect(await bodyHtml(entry('0', 'Zero.'))).toBe('<p>Zero.</p>\n');
    // 3 is queued, not posted: asking for it posts it, and the thread renders it (else its page would render it itself, out of turn).
    expect(await bodyHtml(entry('3', 'Three.'))).toBe('<p>Three.</p>\n');
    for (const i of [1, 2, 4]) expect(await bodyHtml(entry(String(i), bodies[i]!))).toBe(`<p>${bodies[i]}</p>\n`);
    expect(ahead.taken).toBe(5);
    expect(ahead.outOfTurn).toBe(0);
  });

  it('starts no thread for fewer bodies than it is worth, nor once stopped', async () => {
    const few = bodiesAhead([entry('a', 'One.')], 2);
    start(few);
    expect(await bodyHtml(entry('a', 'One.'))).toBe('<p>One.</p>\n');
    expect(few.taken).toBe(0);
    const stopped = bodiesAhead([entry('b', 'Two.')], 1);
    start(stopped);
    await stopped.stop();
    expect(await bodyHtml(entry('b', 'Two.'))).toBe('<p>Two.</p>\n');
    expect(stopped.taken).toBe(0);
  });
});
