/**
 * The policy ledger: for every major incident, planned maintenance and major
 * release, the measured figure of each promise and whether it was kept,
 * grouped by the quarter the entry happened in (newest first), with rates.
 * Every figure comes from the functions `check` calls.
 */
import type { Content, Incident, Maintenance, Release } from '../content/types.ts';
import { entryPath, entryTime } from '../index/entry-time.ts';
import { incidentStatus } from '../status/incident.ts';
import { FIRST_UPDATE_MINUTES, firstUpdateDelayMinutes, firstUpdateOnTime } from './first-update.ts';
import type { WindowOutcome } from './maintenance-notice.ts';
import { maintenanceAnnouncedLate, maintenanceNoticeDays, maintenanceWindowOutcome } from './maintenance-notice.ts';
import type { PirTimeliness } from './pir-timeliness.ts';
import { pirTimeliness } from './pir-timeliness.ts';
import type { Quarter } from './quarter.ts';
import { quarterOf } from './quarter.ts';
import type { NoticeKept } from './release-notice.ts';
import { MAJOR_RELEASE_NOTICE_DAYS, releaseAnnouncedLate, releaseNoticeDays, releaseNoticesKept } from './release-notice.ts';

interface RowBase {
  /** `incidents/2026/eur-sign-in` */
  key: string;
  /** The entry page, `/incidents/2026/eur-sign-in/`. */
  path: string;
  title: string;
  /** When it happened: `started`, `window.start`, first stage. */
  at: string;
}

export interface IncidentRow extends RowBase {
  firstUpdateAt: string;
  firstUpdateMinutes: number;
  firstUpdateOnTime: boolean;
  pir: PirTimeliness;
}

export interface MaintenanceRow extends RowBase {
  announced: string;
  windowEnd: string;
  noticeDays: number;
  noticeKept: boolean;
  window: WindowOutcome;
}

export interface ReleaseRow extends RowBase {
  announced: string;
  noticeDays: number;
  noticeKept: boolean;
  notices: NoticeKept[];
}

/** "PIRs on time: 11 of 12" is `{ kept: 11, of: 12 }`. */
export interface Rate {
  kept: number;
  of: number;
}

export interface LedgerRates {
  /** Major incidents whose first update came within 15 minutes. */
  firstUpdates: Rate;
  /** PIRs published on time, of those published or overdue (due ones are not counted yet). */
  pirs: Rate;
  /** Planned maintenance announced at least `maintenance_notice_days` ahead. */
  maintenanceNotice: Rate;
  /** Planned maintenance finished inside its window, of those finished or running past it. */
  maintenanceWindow: Rate;
  /** Major releases announced at least 90 days before their first stage. */
  releaseNotice: Rate;
}

export interface LedgerQuarter extends Quarter {
  incidents: IncidentRow[];
  maintenance: MaintenanceRow[];
  releases: ReleaseRow[];
  rates: LedgerRates;
}

export interface Ledger {
  now: string;
  promises: { firstUpdateMinutes: number; pirBusinessDays: number; maintenanceNoticeDays: number; releaseNoticeDays: number };
  /** Newest quarter first; only quarters with at least one row. */
  quarters: LedgerQuarter[];
}

type LedgerContent = Pick<Content, 'site' | 'incidents' | 'maintenance' | 'releases'>;

const base = (e: Incident | Maintenance | Release): RowBase => ({ key: `${e.collection}/${e.id}`, path: entryPath(e), title: e.data.title, at: entryTime(e) });

export function incidentRow(e: Incident, content: Pick<Content, 'site'>, now: string): IncidentRow {
  return {
    ...base(e),
    firstUpdateAt: e.data.updates[0]!.at,
    firstUpdateMinutes: firstUpdateDelayMinutes(e.data),
    firstUpdateOnTime: firstUpdateOnTime(e.data),
    pir: pirTimeliness(e.data, content.site, now),
  };
}

export function maintenanceRow(e: Maintenance, content: Pick<Content, 'site'>, now: string): MaintenanceRow {
  return {
    ...base(e),
    announced: e.data.announced,
    windowEnd: e.data.window.end,
    noticeDays: maintenanceNoticeDays(e.data),
    noticeKept: !maintenanceAnnouncedLate(e.data, content.site),
    window: maintenanceWindowOutcome(e.data, now),
  };
}

export function releaseRow(e: Release, now: string): ReleaseRow {
  return {
    ...base(e),
    announced: e.data.announced,
    noticeDays: releaseNoticeDays(e.data),
    noticeKept: !releaseAnnouncedLate(e.data),
    notices: releaseNoticesKept(e.data, now),
  };
}

const rate = <R>(rows: readonly R[], counts: (row: R) => boolean, kept: (row: R) => boolean): Rate => {
  const counted = rows.filter(counts);
  return { kept: counted.filter(kept).length, of: counted.length };
};

export function ledgerRates(q: Pick<LedgerQuarter, 'incidents' | 'maintenance' | 'releases'>): LedgerRates {
  return {
    firstUpdates: rate(q.incidents, () => true, (r) => r.firstUpdateOnTime),
    pirs: rate(q.incidents, (r) => ['on_time', 'late', 'overdue'].includes(r.pir.kind), (r) => r.pir.kind === 'on_time'),
    maintenanceNotice: rate(q.maintenance, () => true, (r) => r.noticeKept),
    maintenanceWindow: rate(q.maintenance, (r) => r.window.kind !== 'open', (r) => r.window.kind === 'within'),
    releaseNotice: rate(q.releases, () => true, (r) => r.noticeKept),
  };
}

/**
 * Major incidents that have started, planned maintenance and major releases;
 * minor incidents, unplanned work and minor releases make no promise here.
 */
export function buildLedger(content: LedgerContent, now: string): Ledger {
  const quarters = new Map<string, LedgerQuarter>();
  const quarterFor = (at: string) => {
    const q = quarterOf(at);
    let entry = quarters.get(q.id);
    if (!entry) {
      entry = { ...q, incidents: [], maintenance: [], releases: [], rates: ledgerRates({ incidents: [], maintenance: [], releases: [] }) };
      quarters.set(q.id, entry);
    }
    return entry;
  };
  for (const e of content.incidents) {
    if (e.data.severity !== 'major' || incidentStatus(e.data, now).phase === 'upcoming') continue;
    const row = incidentRow(e, content, now);
    quarterFor(row.at).incidents.push(row);
  }
  for (const e of content.maintenance) {
    if (e.data.type !== 'planned') continue;
    const row = maintenanceRow(e, content, now);
    quarterFor(row.at).maintenance.push(row);
  }
  for (const e of content.releases) {
    if (e.data.type !== 'major') continue;
    const row = releaseRow(e, now);
    quarterFor(row.at).releases.push(row);
  }
  const newestFirst = <R extends RowBase>(rows: R[]) => rows.sort((a, b) => b.at.localeCompare(a.at) || a.key.localeCompare(b.key));
  const list = [...quarters.values()].sort((a, b) => b.start.localeCompare(a.start));
  for (const q of list) {
    newestFirst(q.incidents);
    newestFirst(q.maintenance);
    newestFirst(q.releases);
    q.rates = ledgerRates(q);
  }
  return {
    now,
    promises: {
      firstUpdateMinutes: FIRST_UPDATE_MINUTES,
      pirBusinessDays: content.site.pir_business_days,
      maintenanceNoticeDays: content.site.maintenance_notice_days,
      releaseNoticeDays: MAJOR_RELEASE_NOTICE_DAYS,
    },
    quarters: list,
  };
}
