/** The policy ledger, computed once per build from the site index. */
import { buildLedger } from '../lib/policy/ledger.ts';
import type { Ledger } from '../lib/policy/ledger.ts';
import { getSiteIndex } from './site-index.ts';

let ledger: Promise<Ledger> | undefined;

export function getLedger(): Promise<Ledger> {
  ledger ??= getSiteIndex().then((index) => buildLedger(index, index.now));
  return ledger;
}
