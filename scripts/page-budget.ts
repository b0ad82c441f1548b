/**
 * `npm run budget [dist] [page]`: the home page's HTML + CSS + JS, gzipped,
 * against its 15 KB budget. Reads the built site; exits 1 when over budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 15 * 1024;

export interface PageWeight {
  files: { file: string; raw: number; gzip: number }[];
  gzip: number;
}

/** The page and every stylesheet and script it loads from the site itself. */
export function measurePage(dist: string, page = 'index.html'): PageWeight {
  const html = readFileSync(path.join(dist, page), 'utf8');
  const assets = [
    ...html.matchAll(/<link\b[^>]*\brel="?stylesheet"?[^>]*\bhref="?([^"\s>]+)/g),
    ...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g),
  ].map((m) => m[1]!);
  const files = [page, ...new Set(assets.filter((href) => href.startsWith('/')).map((href) => href.slice(1)))].map((file) => {
    const full = path.join(dist, file);
    if (!existsSync(full)) throw new Error(`${page} loads ${file}, which is not in ${dist}`);
    const bytes = readFileSync(full);
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const weight = measurePage(dist, process.argv[3]);
  for (const f of weight.files) console.log(`${f.file.padEnd(40)} ${kb(f.raw).padStart(9)} raw ${kb(f.gzip).padStart(9)} gzip`);
  const over = weight.gzip > BUDGET_BYTES;
  console.log(`Total ${kb(weight.gzip)} gzipped of a ${kb(BUDGET_BYTES)} budget: ${over ? 'OVER BUDGET' : 'within budget'}.`);
  process.exitCode = over ? 1 : 0;
}
