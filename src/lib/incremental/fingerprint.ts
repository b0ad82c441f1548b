/**
 * A page's fingerprint: a hash of everything its bytes are made from. Two
 * builds that give a page the same fingerprint write the same bytes for it,
 * as long as every input is named — the code and the settings (in `build`),
 * the page's file and the data it shows (in `inputs`).
 */
import { hash } from 'node:crypto';

export function fingerprint(build: string, file: string, inputs: unknown): string {
  // One string, hashed at once (crypto.hash): the same digest as hashing the parts in turn, for less per call over ~15k pages.
  return hash('sha256', `${build}\0${file}\0${JSON.stringify(inputs) ?? 'undefined'}`, 'base64url');
}

/**
 * A hash of a value's JSON, to stand for the value among a page's inputs:
 * data that several files are made from (a feed's items for its RSS, Atom and
 * JSON files; an SLA report for its page, CSV and JSON) is serialised once.
 */
export function digestOf(value: unknown): string {
  return hash('sha256', JSON.stringify(value) ?? 'undefined', 'base64url');
}

const digests = new WeakMap<object, string>();

/** `digestOf(value())`, made once per `key` object however many files ask (a feed's content, an SLA report). */
export function digestOnce(key: object, value: () => unknown): string {
  let digest = digests.get(key);
  if (digest === undefined) digests.set(key, (digest = digestOf(value())));
  return digest;
}
