/**
 * The parsing thread of src/build/parse-ahead.ts: lists the entry files in
 * the order the validation pass visits them and parses them from the last
 * one back, until it meets the validation pass coming the other way, posting
 * what the parse cache would keep of each file that parsed cleanly.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type MessagePort, workerData } from 'node:worker_threads';
import { parseEntryFile } from '../lib/content/load.ts';
import { parseKey, type ParsedEntry } from '../lib/content/parse-cache.ts';
import { kindFolders } from '../lib/content/walk.ts';
import { MEETING, type AheadResult } from './parse-ahead.ts';

const { contentDir, cwd, port, progress } = workerData as { contentDir: string; cwd: string; port: MessagePort; progress: SharedArrayBuffer };
const visited = new Int32Array(progress);

const files = kindFolders(contentDir).flatMap(({ collection, files }) => files.filter((abs) => /\.md$/i.test(abs)).map((abs) => ({ collection, abs })));

let batch: AheadResult[] = [];
for (let i = files.length - 1; i >= 0; i--) {
  const ahead = i - Atomics.load(visited, 0);
  // The validation pass has reached this file, or is about to: it parses the rest itself.
  if (ahead < 1) break;
  const { collection, abs } = files[i]!;
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch {
    continue;
  }
  // The file as the validation pass names it; a file with problems is left to it, to report.
  const parsed = parseEntryFile(collection, path.relative(cwd, abs).split(path.sep).join('/'), bytes, true);
  if (!parsed.ok) continue;
  const result: ParsedEntry = { ...parsed.result, body: parsed.body };
  batch.push([parseKey(collection, bytes), result]);
  // Near the meeting point each result goes at once, or the validation pass would parse it again.
  if (batch.length >= 16 || ahead < MEETING) {
    port.postMessage(batch);
    batch = [];
  }
}
if (batch.length > 0) port.postMessage(batch);
port.close();
