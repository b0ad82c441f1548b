/**
 * The reading thread of src/build/content-prefetch.ts: lists every kind folder
 * as the validation pass would and hashes each Markdown file's bytes.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { fileDigest } from '../lib/content/parse-cache.ts';
import { kindFolders } from '../lib/content/walk.ts';

const { contentDir } = workerData as { contentDir: string };
const listings = new Map<string, string[]>();
const digests = new Map<string, string>();
// Each folder named as loadContent names it, so its listing is found under the same string.
for (const { dir, files } of kindFolders(contentDir)) {
  listings.set(dir, files);
  for (const file of files) {
    if (!/\.md$/i.test(file)) continue;
    try {
      digests.set(file, fileDigest(readFileSync(file)));
    } catch {
      // Unreadable here: the validation pass reads it itself and reports what it finds.
    }
  }
}
parentPort!.postMessage({ listings, digests });
