import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hugoColdBuild, hugoVersion, writeHugoSite } from '../../../scripts/bench/hugo-reference.ts';
import { incident, plainContent, release } from '../display/plain.ts';
import { tempDir } from '../../support/temp-dir.ts';

const content = () =>
  plainContent({
    incidents: [{ ...incident('2026/eur-sign-in', { regions: ['global'] }), body: 'Sign-in *failed* for some users.\n' }],
    releases: [release('2026/9.2', [{ regions: ['JPN'], at: '2026-11-02T10:00:00.000Z' }, { regions: ['OCE'], at: '2026-11-03T11:00:00.000Z' }])],
  });

describe('the minimal Hugo site the bench measures against', () => {
  it('writes one content file per entry, with its title, time and regions (a global entry counts for every region)', () => {
    const dir = tempDir('heliograph-hugo-');
    expect(writeHugoSite(dir, content())).toBe(2);
    const incidentFile = readFileSync(path.join(dir, 'content/incidents/2026/eur-sign-in.md'), 'utf8');
    expect(incidentFile).toBe(
      '---\n{"title":"2026/eur-sign-in","date":"2026-11-21T10:00:00.000Z","regions":["EUR","GBR","JPN","OCE"]}\n---\nSign-in *failed* for some users.\n',
    );
    expect(readFileSync(path.join(dir, 'content/releases/2026/9.2.md'), 'utf8')).toContain('"date":"2026-11-02T10:00:00.000Z","regions":["JPN","OCE"]');
    expect(existsSync(path.join(dir, 'hugo.yaml'))).toBe(true);
  });

  // CI installs Debian's hugo (.ci/run); elsewhere the bench prints no ratios and this is skipped.
  it.skipIf(hugoVersion() === undefined)('builds cold with hugo: a page per entry, a page and a feed per region', () => {
    const dir = tempDir('heliograph-hugo-');
    writeHugoSite(dir, content());
    expect(hugoColdBuild(dir)).toBeGreaterThan(0);
    const out = path.join(dir, 'public-1');
    expect(readFileSync(path.join(out, 'incidents/2026/eur-sign-in/index.html'), 'utf8')).toContain('Sign-in <em>failed</em> for some users.');
    expect(existsSync(path.join(out, 'releases/2026/9.2/index.html'))).toBe(true);
    expect(readdirSync(path.join(out, 'regions')).filter((f) => !f.includes('.')).sort()).toEqual(['eur', 'gbr', 'jpn', 'oce']);
    expect(readFileSync(path.join(out, 'regions/jpn/index.xml'), 'utf8')).toContain('<title>2026/9.2</title>');
    expect(readFileSync(path.join(out, 'regions/eur/index.xml'), 'utf8')).not.toContain('2026/9.2');
  });
});
