/**
 * The post-incident reports page: every published report and every one due
 * or overdue, newest incident first, with the incident's regions, duration
 * and the report's date (published, or due by).
 */
import type { Incident } from '../content/types.ts';
import type { SiteIndex } from '../index/site-index.ts';
import { entryPath } from '../index/entry-time.ts';
import type { PirState } from '../status/incident.ts';
import { formatDuration, incidentStatus, pirState } from '../status/incident.ts';
import type { Banner } from './banner.ts';
import { ICON } from './banner.ts';
import type { Link } from './entry-views.ts';
import { regionLinks } from './entry-views.ts';

export interface PirRow {
  entry: Incident;
  href: string;
  title: string;
  regions: Link[];
  started: string;
  duration: string;
  state: Extract<PirState, { kind: 'published' | 'due' | 'overdue' }>;
  /** "Published", "Due", "Overdue" with its tone. */
  banner: Banner;
  /** Published at, or due by. */
  date: string;
}

const BANNER: Record<PirRow['state']['kind'], Banner> = {
  published: { tone: 'restored', icon: ICON.check, word: 'Published' },
  due: { tone: 'incident', icon: ICON.clock, word: 'Due' },
  overdue: { tone: 'major', icon: ICON.warning, word: 'Overdue' },
};

export function pirList(index: Pick<SiteIndex, 'incidents' | 'site' | 'now' | 'regionByCode' | 'componentById' | 'regions'>): PirRow[] {
  const rows: PirRow[] = [];
  for (const entry of index.incidents) {
    const state = pirState(entry.data, index.site, index.now);
    if (state.kind !== 'published' && state.kind !== 'due' && state.kind !== 'overdue') continue;
    rows.push({
      entry,
      href: entryPath(entry),
      title: entry.data.title,
      regions: regionLinks(entry.data.regions, index),
      started: entry.data.started,
      duration: formatDuration(incidentStatus(entry.data, index.now).durationMs),
      state,
      banner: BANNER[state.kind],
      date: state.kind === 'published' ? state.publishedAt : state.dueAt,
    });
  }
  return rows;
}

/** Reports per page of /pirs/, so no page grows with the history. */
export const PIR_PAGE_SIZE = 50;

export interface PirPage {
  /** `/pirs/`, `/pirs/page/2/` */
  path: string;
  /** The route's rest parameter: undefined for the first page, `page/2` after. */
  rest: string | undefined;
  page: number;
  pages: number;
  /** The page's rows (`items`, as a month page's: a rebuild keeps the page while they stay the same, src/data/incremental.ts). */
  items: PirRow[];
  newer: string | undefined;
  older: string | undefined;
}

/** The rows split into pages of `size`, newest first; always at least one page (it says when there are none). */
export function pirPages(rows: readonly PirRow[], size = PIR_PAGE_SIZE): PirPage[] {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const pathOf = (n: number) => (n === 1 ? '/pirs/' : `/pirs/page/${n}/`);
  return Array.from({ length: pages }, (_, i) => ({
    path: pathOf(i + 1),
    rest: i === 0 ? undefined : `page/${i + 1}`,
    page: i + 1,
    pages,
    items: rows.slice(i * size, (i + 1) * size),
    newer: i === 0 ? undefined : pathOf(i),
    older: i + 1 < pages ? pathOf(i + 2) : undefined,
  }));
}
