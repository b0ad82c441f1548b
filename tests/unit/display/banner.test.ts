import { describe, expect, it } from 'vitest';
import { entryBanner, statusBanner } from '../../../src/lib/display/banner.ts';
import { STATUS_ORDER } from '../../../src/lib/status/impact.ts';
import { sampleIndex } from './sample.ts';

const index = sampleIndex();
const banner = (key: string) => entryBanner(index.byKey.get(key)!, index.now);

describe('entryBanner', () => {
  it('gives each kind the colour the policy uses, with a word and an icon', () => {
    expect(banner('incidents/2026/eur-gbr-sign-in-failures')).toMatchObject({ tone: 'major', word: 'Major incident' });
    expect(banner('incidents/2026/nam-cannot-save-records')).toMatchObject({ tone: 'restored', word: 'Service restored' });
    expect(banner('maintenance/2026/jpn-oce-storage-upgrade')).toMatchObject({ tone: 'maintenance', word: 'Planned maintenance' });
    expect(banner('releases/2026/2026-release-wave-2')).toMatchObject({ tone: 'awareness' });
    expect(banner('notices/2026/tls-1-0-1-1-retirement')).toMatchObject({ tone: 'awareness', word: 'Awareness' });
    expect(banner('notices/2026/2027-release-wave-1-readiness')).toMatchObject({ tone: 'readiness', word: 'Readiness' });
    for (const entry of index.byKey.values()) {
      const b = entryBanner(entry, index.now);
      expect(b.icon.length).toBeGreaterThan(0);
      expect(b.word.length).toBeGreaterThan(0);
    }
  });

  it('gives every component status its own icon', () => {
    const icons = STATUS_ORDER.map((s) => statusBanner(s).icon);
    expect(new Set(icons).size).toBe(STATUS_ORDER.length);
  });
});
