/**
 * The policy ledger, computed once per build from the site index.
 *
 * A quarter's page is made from its rows and its neighbours' labels; once the
 * quarter is over and every entry in it is settled, nothing on it can change
 * by the clock, so it is timeless and a rebuild keeps it while its rows are
 * unchanged (src/data/incremental.ts).
 */
import type { SiteIndex } from '../lib/index/site-index.ts';
import { buildLedger } from '../lib/policy/ledger.ts';
import type { Ledger, LedgerQuarter } from '../lib/policy/ledger.ts';
import { quarterPath } from '../lib/policy/ledger-pages.ts';
import { entrySettled } from '../lib/schedule/site-schedule.ts';
import { renderOnlyChanged } from './incremental.ts';
import { getSiteIndex } from './site-index.ts';

let ledger: Promise<Ledger> | undefined;

export function getLedger(): Promise<Ledger> {
  ledger ??= getSiteIndex().then((index) => buildLedger(index, index.now));
  return ledger;
}

/** Whether a quarter is over and every incident, maintenance and release in it is settled. */
export function quarterSettled(q: LedgerQuarter, index: Pick<SiteIndex, 'site' | 'now' | 'byKey'>): boolean {
  if (Date.parse(q.end) > Date.parse(index.now)) return false;
  return [...q.incidents, ...q.maintenance, ...q.releases].every((row) => {
    const entry = index.byKey.get(row.key);
    return entry !== undefined && entrySettled(entry, index);
  });
}

/** `getStaticPaths` of /policy/<quarter>/: one page per quarter with rows, less those a rebuild keeps. */
export async function quarterPaths() {
  const [index, { quarters, promises }] = await Promise.all([getSiteIndex(), getLedger()]);
  const paths = quarters.map((q, i) => ({
    params: { quarter: q.id },
    props: { q, newer: quarters[i - 1], older: quarters[i + 1], timeless: quarterSettled(q, index) },
  }));
  return renderOnlyChanged(paths, ({ props: { q, newer, older, timeless } }) => ({
    url: quarterPath(q.id),
    timeless: () => timeless,
    // The pager shows the neighbours' labels only; the promises head the tables.
    inputs: () => ({ q, newer: newer && { id: newer.id, label: newer.label }, older: older && { id: older.id, label: older.label }, promises }),
  }));
}
