/**
 * Each folder of src/lib says in its README what it may import ("May
 * import: `status/`, `time/`."); this keeps the code to it, and keeps the
 * lib free of Astro, so a new arrow between folders is a decision someone
 * writes down, not an accident.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/paths.ts';

const LIB = path.join(ROOT, 'src/lib');
const folders = readdirSync(LIB).filter((name) => statSync(path.join(LIB, name)).isDirectory());

function sources(folder: string): string[] {
  return readdirSync(path.join(LIB, folder))
    .filter((name) => /\.(ts|mjs)$/.test(name))
    .map((name) => path.join(LIB, folder, name));
}

function allowed(folder: string): Set<string> {
  const readme = readFileSync(path.join(LIB, folder, 'README.md'), 'utf8');
  // The paragraph after "May import:", naming folders as `status/`, `../status/x.ts` or `src/lib/status`.
  const line = /^May import: ([\s\S]*?)(?:\n\n|(?![\s\S]))/m.exec(readme);
  if (!line) throw new Error(`src/lib/${folder}/README.md has no "May import:" line`);
  return new Set([...line[1]!.matchAll(/`(?:\.\.\/|src\/lib\/)?([a-z-]+)(?:\/[^`]*)?`/g)].map((m) => m[1]!));
}

describe('src/lib import directions', () => {
  it('has folders to check', () => expect(folders.length).toBeGreaterThan(10));

  it.each(folders)('src/lib/%s/ imports only what its README allows, and nothing of Astro', (folder) => {
    const may = allowed(folder);
    for (const file of sources(folder)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/from '\.\.\/([a-z-]+)\//g)) {
        expect(may.has(m[1]!), `${path.relative(ROOT, file)} imports ${m[1]}/`).toBe(true);
      }
      expect(text, path.relative(ROOT, file)).not.toMatch(/from 'astro(:|\/|')/);
      // Nothing in the lib reaches out of it into the site's own layers.
      expect(text, path.relative(ROOT, file)).not.toMatch(/from '\.\.\/\.\.\/(data|pages|components|layouts|scripts)\//);
    }
  });
});
