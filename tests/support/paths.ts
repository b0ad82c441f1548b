import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** The documented sample time the sample content is written against. */
export const SAMPLE_NOW = '2026-11-21T12:00:00Z';
/** The sample site, built once per test run by global-setup.ts, pinned to SAMPLE_NOW. */
export const SAMPLE_DIST = path.join(ROOT, '.heliograph/test/sample-dist');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
/**
 * A copy of the sample content the tests are written against. Tests never read
 * `content/`: a team replaces it with its own and `npm test` stays green.
 */
export const SAMPLE_CONTENT = path.join(FIXTURES, 'sample');
/** Texts and bodies that try to break every output (tests/fixtures/hostile). */
export const HOSTILE_CONTENT = path.join(FIXTURES, 'hostile');
/** The hostile fixture, built once per test run by global-setup.ts, pinned to SAMPLE_NOW. */
export const HOSTILE_DIST = path.join(ROOT, '.heliograph/test/hostile-dist');
