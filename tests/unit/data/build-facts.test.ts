import { describe, expect, it } from 'vitest';
import { buildFacts } from '../../../src/data/build-facts.ts';

describe('buildFacts', () => {
  it('reads the content folder, the pinned time and the site URL, and follows them when they change', () => {
    const env = { HELIOGRAPH_CONTENT: 'a', HELIOGRAPH_NOW: '2026-11-21T13:00:00+01:00' };
    expect(buildFacts(env)).toEqual({ contentDir: 'a', now: '2026-11-21T12:00:00.000Z', siteUrl: undefined });
    expect(buildFacts(env)).toBe(buildFacts(env));
    expect(buildFacts({ ...env, HELIOGRAPH_NOW: '2026-11-22T00:00:00Z' }).now).toBe('2026-11-22T00:00:00.000Z');
    expect(buildFacts({ ...env, HELIOGRAPH_CONTENT: 'b' }).contentDir).toBe('b');
    expect(buildFacts({ ...env, SITE_URL: 'https://status.example.com/' }).siteUrl).toBe('https://status.example.com/');
    expect(buildFacts({ HELIOGRAPH_NOW: '2026-11-21T12:00:00Z' }).contentDir).toBe('content');
  });

  it('takes the clock when nothing is pinned, and refuses a pinned time without a zone', () => {
    const first = buildFacts({});
    expect(Date.parse(first.now)).toBeGreaterThan(Date.parse('2026-01-01T00:00:00Z'));
    expect(() => buildFacts({ HELIOGRAPH_NOW: '2026-11-21T12:00:00' })).toThrow(/expected an ISO 8601 time with a zone/);
  });
});
