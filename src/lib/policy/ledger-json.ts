/** `/api/policy.json`: the ledger's figures for tools (schema in docs/policy.md). */
import type { SiteConfig } from '../content/schema.ts';
import { absoluteUrl } from '../web/absolute-url.ts';
import type { IncidentRow, Ledger, LedgerQuarter, MaintenanceRow, Rate, ReleaseRow } from './ledger.ts';
import { quarterPath } from './ledger-pages.ts';

/** The JSON keeps the newest quarters only (two years), like every list that grows with history. */
export const POLICY_JSON_QUARTERS = 8;

const round = (n: number) => Math.round(n * 100) / 100;
const rate = (r: Rate) => ({ kept: r.kept, of: r.of });

function incident(r: IncidentRow, site: Pick<SiteConfig, 'url'>) {
  const pir = r.pir;
  return {
    id: r.key,
    title: r.title,
    url: absoluteUrl(site, r.path),
    started: r.at,
    first_update_at: r.firstUpdateAt,
    first_update_minutes: round(r.firstUpdateMinutes),
    first_update_on_time: r.firstUpdateOnTime,
    pir: {
      state: pir.kind,
      due_at: 'dueAt' in pir ? pir.dueAt : null,
      published_at: 'publishedAt' in pir ? pir.publishedAt : null,
      business_days_late: 'businessDaysLate' in pir ? pir.businessDaysLate : 0,
    },
  };
}

function maintenance(r: MaintenanceRow, site: Pick<SiteConfig, 'url'>) {
  return {
    id: r.key,
    title: r.title,
    url: absoluteUrl(site, r.path),
    announced: r.announced,
    window: { start: r.at, end: r.windowEnd },
    notice_days: round(r.noticeDays),
    notice_kept: r.noticeKept,
    outcome: r.window.kind,
    overrun_minutes: r.window.kind === 'overran' ? r.window.minutes : 0,
    still_running: r.window.kind === 'overran' && r.window.stillRunning,
  };
}

function release(r: ReleaseRow, site: Pick<SiteConfig, 'url'>) {
  return {
    id: r.key,
    title: r.title,
    url: absoluteUrl(site, r.path),
    announced: r.announced,
    first_stage: r.at,
    notice_days: round(r.noticeDays),
    notice_kept: r.noticeKept,
    notices: r.notices.map((n) => ({ days_before: n.daysBefore, at: n.at, kept: n.kept, passed: n.passed })),
  };
}

function quarter(q: LedgerQuarter, site: Pick<SiteConfig, 'url'>) {
  return {
    id: q.id,
    label: q.label,
    start: q.start,
    end: q.end,
    url: absoluteUrl(site, quarterPath(q.id)),
    rates: {
      first_updates: rate(q.rates.firstUpdates),
      pirs: rate(q.rates.pirs),
      maintenance_notice: rate(q.rates.maintenanceNotice),
      maintenance_window: rate(q.rates.maintenanceWindow),
      release_notice: rate(q.rates.releaseNotice),
    },
    incidents: q.incidents.map((r) => incident(r, site)),
    maintenance: q.maintenance.map((r) => maintenance(r, site)),
    releases: q.releases.map((r) => release(r, site)),
  };
}

export function policyJson(ledger: Ledger, site: Pick<SiteConfig, 'url'>) {
  return {
    schema_version: 1,
    now: ledger.now,
    promises: {
      first_update_minutes: ledger.promises.firstUpdateMinutes,
      pir_business_days: ledger.promises.pirBusinessDays,
      maintenance_notice_days: ledger.promises.maintenanceNoticeDays,
      release_notice_days: ledger.promises.releaseNoticeDays,
    },
    quarters: ledger.quarters.slice(0, POLICY_JSON_QUARTERS).map((q) => quarter(q, site)),
  };
}
