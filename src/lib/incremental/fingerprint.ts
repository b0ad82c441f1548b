/**
 * A page's fingerprint: a hash of everything its bytes are made from. Two
 * builds that give a page the same fingerprint write the same bytes for it,
 * as long as every input is named — the code and the settings (in `build`),
 * the page's file and the data it shows (in `inputs`).
 */
import { createHash } from 'node:crypto';

export function fingerprint(build: string, file: string, inputs: unknown): string {
  return createHash('sha256').update(build).update('\0').update(file).update('\0').update(JSON.stringify(inputs) ?? 'undefined').digest('base64url');
}
