/**
 * Browsing the history: an index with the months of the newest years and a
 * line per earlier year, one page per year, and month pages that filter by
 * kind or region through plain links (one static page per filter) and split
 * into pages of HISTORY_PAGE_SIZE, so no page grows with the history.
 */
import type { Region } from '../content/schema.ts';
import type { Collection, Entry } from '../content/types.ts';
import type { Dated } from '../index/site-index.ts';
import { affectedRegions } from '../status/board.ts';
import type { MonthGroup } from '../status/timeline.ts';
import { formatMonth } from './format.ts';
import { monthPath } from './months.ts';

export const HISTORY_PAGE_SIZE = 25;
/** `/history/` lists the months of this many of the newest years; earlier years get a line each, their months on their own pages. */
export const HISTORY_INDEX_YEARS = 2;

export const KINDS: readonly Collection[] = ['incidents', 'maintenance', 'releases', 'notices'];

export type KindCounts = Record<Collection, number>;

export interface MonthSummary {
  month: string;
  /** "November 2026" */
  label: string;
  href: string;
  counts: KindCounts;
  total: number;
}

export interface YearSummary {
  year: string;
  href: string;
  counts: KindCounts;
  total: number;
  /** Newest first; only months with entries. */
  months: MonthSummary[];
}

const zero = (): KindCounts => ({ incidents: 0, maintenance: 0, releases: 0, notices: 0 });

/** "3 incidents, 1 maintenance, 2 releases" — the kinds present only. */
export function countsInWords(counts: KindCounts): string {
  const words: Record<Collection, [string, string]> = {
    incidents: ['incident', 'incidents'],
    maintenance: ['maintenance', 'maintenance'],
    releases: ['release', 'releases'],
    notices: ['notice', 'notices'],
  };
  return KINDS.filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${words[k][counts[k] === 1 ? 0 : 1]}`)
    .join(', ');
}

export function yearPath(year: string): string {
  return `/history/${year}/`;
}

/** Every year of a newest-first month list, newest first, with counts per kind. */
export function historyYears(history: readonly MonthGroup<Dated>[]): YearSummary[] {
  const years: YearSummary[] = [];
  for (const group of history) {
    const counts = zero();
    for (const item of group.items) counts[item.kind]++;
    const month: MonthSummary = { month: group.month, label: formatMonth(group.month), href: monthPath('/history/', group.month), counts, total: group.items.length };
    const year = group.month.slice(0, 4);
    let summary = years.at(-1);
    if (summary?.year !== year) years.push((summary = { year, href: yearPath(year), counts: zero(), total: 0, months: [] }));
    summary.months.push(month);
    summary.total += month.total;
    for (const k of KINDS) summary.counts[k] += counts[k];
  }
  return years;
}

/**
 * What `/history/` shows: the newest years with their months, and the earlier
 * years with their counts alone. A line per earlier year rather than twelve,
 * so the index grows by a line a year, not with the history.
 */
export function historyIndex(years: readonly YearSummary[], recentYears = HISTORY_INDEX_YEARS): { recent: YearSummary[]; earlier: YearSummary[] } {
  return { recent: years.slice(0, recentYears), earlier: years.slice(recentYears) };
}

export type HistoryFilter = { by: 'all' } | { by: 'kind'; kind: Collection } | { by: 'region'; code: string };

export interface FilterLink {
  label: string;
  href: string;
  current: boolean;
}

export interface HistoryPage {
  /** `/history/2026/11/regions/eur/page/2/` */
  path: string;
  /** The part after the month: `regions/eur/page/2`, undefined for the month itself. */
  rest: string | undefined;
  month: string;
  filter: HistoryFilter;
  /** "All", "Incidents", "Europe (EUR)" */
  filterLabel: string;
  page: number;
  pages: number;
  items: Dated[];
  /** Neighbouring months with entries (unfiltered). */
  older: string | undefined;
  newer: string | undefined;
  prevPage: string | undefined;
  nextPage: string | undefined;
  kindLinks: FilterLink[];
  regionLinks: FilterLink[];
}

/** The regions an entry concerns: its regions, or for a release every region of its rollout. */
export function entryRegions(entry: Entry, all: readonly string[]): string[] {
  const codes = entry.collection === 'releases' ? entry.data.rollout.flatMap((s) => s.regions) : entry.data.regions;
  return [...affectedRegions(codes, all)];
}

/** What follows `/history/yyyy/mm/`: `regions/eur/page/2/`, or '' for the month itself. */
function filterSegments(filter: HistoryFilter, page = 1): string {
  const seg = filter.by === 'all' ? '' : filter.by === 'kind' ? `${filter.kind}/` : `regions/${filter.code.toLowerCase()}/`;
  return `${seg}${page > 1 ? `page/${page}/` : ''}`;
}

function filterPath(month: string, filter: HistoryFilter, page = 1): string {
  return `${monthPath('/history/', month)}${filterSegments(filter, page)}`;
}

const PLURAL_LABEL: Record<Collection, string> = { incidents: 'Incidents', maintenance: 'Maintenance', releases: 'Releases', notices: 'Notices' };

/** Every month page: unfiltered, per kind present and per region present, each paginated. */
export function historyPages(history: readonly MonthGroup<Dated>[], regions: readonly Region[], pageSize = HISTORY_PAGE_SIZE): HistoryPage[] {
  const codes = regions.map((r) => r.code);
  const pages: HistoryPage[] = [];
  history.forEach((group, i) => {
    const older = history[i + 1]?.month;
    const newer = history[i - 1]?.month;
    const byRegion = new Map<string, Dated[]>();
    for (const item of group.items) for (const code of entryRegions(item.entry, codes)) {
      if (!byRegion.has(code)) byRegion.set(code, []);
      byRegion.get(code)!.push(item);
    }
    const filters: { filter: HistoryFilter; label: string; items: Dated[] }[] = [
      { filter: { by: 'all' } as HistoryFilter, label: 'All', items: group.items },
      ...KINDS.map((kind) => ({ filter: { by: 'kind', kind } as HistoryFilter, label: PLURAL_LABEL[kind], items: group.items.filter((d) => d.kind === kind) })),
      ...regions.map((r) => ({ filter: { by: 'region', code: r.code } as HistoryFilter, label: r.name, items: byRegion.get(r.code) ?? [] })),
    ].filter((f) => f.items.length > 0);
    // Each filter is one object of this month's list, so the current one is the one the page is of.
    const hrefs = new Map(filters.map((f) => [f, filterPath(group.month, f.filter)]));
    const link = (f: (typeof filters)[number], current: (typeof filters)[number]): FilterLink => ({ label: f.label, href: hrefs.get(f)!, current: f === current });
    for (const f of filters) {
      const count = Math.max(1, Math.ceil(f.items.length / pageSize));
      for (let page = 1; page <= count; page++) {
        pages.push({
          path: filterPath(group.month, f.filter, page),
          rest: filterSegments(f.filter, page).replace(/\/$/, '') || undefined,
          month: group.month,
          filter: f.filter,
          filterLabel: f.label,
          page,
          pages: count,
          items: f.items.slice((page - 1) * pageSize, page * pageSize),
          older,
          newer,
          prevPage: page > 1 ? filterPath(group.month, f.filter, page - 1) : undefined,
          nextPage: page < count ? filterPath(group.month, f.filter, page + 1) : undefined,
          kindLinks: filters.filter((x) => x.filter.by !== 'region').map((x) => link(x, f)),
          regionLinks: filters.filter((x) => x.filter.by === 'region').map((x) => link(x, f)),
        });
      }
    }
  });
  return pages;
}
