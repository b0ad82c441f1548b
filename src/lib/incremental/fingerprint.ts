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

/**
 * A hash of a value's JSON, to stand for the value among a page's inputs:
 * data that several files are made from (a feed's items for its RSS, Atom and
 * JSON files; an SLA report for its page, CSV and JSON) is serialised once.
 */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value) ?? 'undefined').digest('base64url');
}

const digests = new WeakMap<object, string>();

/** `digestOf(value())`, made once per `key` object however many files ask (a feed's content, an SLA report). */
export function digestOnce(key: object, value: () => unknown): string {
  let digest = digests.get(key);
  if (digest === undefined) digests.set(key, (digest = digestOf(value())));
  return digest;
}
