import { describe, expect, it } from 'vitest';
import { entryPirSections, withPirSections } from '../../../src/lib/content/entry-pir.ts';
import { loadContent } from '../../../src/lib/content/load.ts';
import { MemoryParseCache } from '../../../src/lib/content/parse-cache.ts';
import { SAMPLE_CONTENT } from '../../support/paths.ts';

const ID = '2026/nam-cannot-save-records';

describe('entryPirSections', () => {
  it('goes into the parse cache with an incident, and comes back from it without parsing the body again', () => {
    const first = new MemoryParseCache();
    loadContent(SAMPLE_CONTENT, process.cwd(), first);
    const stored = [...first.used].find(([key, value]) => key.startsWith('incidents:') && value.pir?.sections.root_cause !== undefined && value.pir.incomplete.length === 0);
    expect(stored).toBeDefined();
    // The sample's published PIR: all four sections, none missing.
    expect(stored![1].pir?.incomplete).toEqual([]);
    expect(Object.keys(stored![1].pir!.sections).sort()).toEqual(['next_steps', 'root_cause', 'summary', 'user_experience']);
    // Only incidents carry them.
    expect([...first.used].filter(([key, value]) => !key.startsWith('incidents:') && value.pir !== undefined)).toEqual([]);

    // A second run reads the sections the cache holds, whatever they say: here a marker put in their place.
    const marker = { sections: {}, incomplete: ['summary' as const], promptOnly: [], lines: {} };
    const second = new MemoryParseCache(new Map([...first.used].map(([key, value]) => [key, { ...value, pir: marker }])));
    const entry = loadContent(SAMPLE_CONTENT, process.cwd(), second).content.incidents.find((e) => e.id === ID)!;
    expect(entryPirSections(entry)).toBe(marker);
  });

  it('without a cache, parses the body when first asked, and is never part of the entry as data', () => {
    const entry = loadContent(SAMPLE_CONTENT).content.incidents.find((e) => e.id === ID)!;
    const pir = entryPirSections(entry);
    expect(pir.incomplete).toEqual([]);
    expect(entryPirSections(entry)).toBe(pir);
    const plain = withPirSections({ body: 'x' }, pir);
    expect(JSON.stringify(plain)).toBe('{"body":"x"}');
    expect(entryPirSections({ body: '## Summary\n\nIt broke.\n' }).sections).toEqual({ summary: 'It broke.' });
  });
});
