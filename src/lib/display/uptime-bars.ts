/**
 * The 90-day bars as data: one bar per UTC day, newest first, with its class
 * (the worst impact that day) and its accessible name; for each day with
 * anything reported a link to what happened (listed beside the bars: bars a
 * few pixels wide are too small to be touch targets, WCAG 2.5.8); and the
 * 30- and 90-day availability. Works on one pair or several pooled.
 */
import type { ComponentStatus } from '../status/impact.ts';
import { STATUS_LABEL, statusRank } from '../status/impact.ts';
import type { Availability } from '../uptime/availability.ts';
import { daySeconds, formatAvailability, pooledAvailability } from '../uptime/availability.ts';
import type { EntryRef, PairUptime, UptimeModel } from '../uptime/day-model.ts';
import { addDays } from '../uptime/utc-day.ts';
import { formatUtcDate } from './format.ts';
import { escapeHtml } from '../html/escape.ts';

export const BAR_DAYS = 90;

/** Short class names keep the home page small: no data, clean, maintenance, degraded, partial, major. */
export type BarClass = 'n' | 'o' | 'm' | 'd' | 'p' | 'x';
const CLASS: Record<ComponentStatus, BarClass> = {
  operational: 'o',
  under_maintenance: 'm',
  degraded_performance: 'd',
  partial_outage: 'p',
  major_outage: 'x',
};

/** The legend, worst first, with the word a non-colour reader gets. */
export const BAR_LEGEND: { cls: BarClass; label: string }[] = [
  { cls: 'x', label: STATUS_LABEL.major_outage },
  { cls: 'p', label: STATUS_LABEL.partial_outage },
  { cls: 'd', label: STATUS_LABEL.degraded_performance },
  { cls: 'm', label: 'Planned maintenance' },
  { cls: 'o', label: 'No incidents' },
  { cls: 'n', label: 'No data' },
];

const CLASS_WORD: Record<BarClass, string> = {
  n: 'no data',
  o: 'no incidents',
  m: 'maintenance',
  d: 'degraded performance',
  p: 'partial outage',
  x: 'major outage',
};

export interface BarDay {
  day: string;
  cls: BarClass;
  /** "21 Nov 2026: 95.83 % available, major outage; 1 incident: Users in Europe cannot sign in" */
  label: string;
  href?: string;
}

export interface BarRow {
  name: string;
  href?: string;
  /** Newest first. */
  days: BarDay[];
  /** The days as the bars' list items (`barsHtml`). */
  daysHtml: string;
  /** The days with anything reported, newest first: "14 Oct: partial outage". */
  links: { day: string; text: string; href: string }[];
  last30: string;
  last90: string;
}

/**
 * A region page shows a row per component and a component page a row per
 * region: each pair's row twice, under two names. Its days and figures are
 * worked out once per model.
 */
const pairRows = new WeakMap<UptimeModel, WeakMap<PairUptime, Omit<BarRow, 'name' | 'href'>>>();

export function barRow(model: UptimeModel, pairs: readonly PairUptime[], name: string, href?: string, days = BAR_DAYS): BarRow {
  if (pairs.length !== 1 || days !== BAR_DAYS) return { name, ...(href ? { href } : {}), ...rowFigures(model, pairs, days) };
  let byPair = pairRows.get(model);
  if (byPair === undefined) pairRows.set(model, (byPair = new WeakMap()));
  let figures = byPair.get(pairs[0]!);
  if (figures === undefined) byPair.set(pairs[0]!, (figures = rowFigures(model, pairs, days)));
  return { name, ...(href ? { href } : {}), ...figures };
}

function rowFigures(model: UptimeModel, pairs: readonly PairUptime[], days: number): Omit<BarRow, 'name' | 'href'> {
  const out: BarDay[] = [];
  for (let i = 0; i < days; i++) out.push(barDay(model, pairs, addDays(model.today, -i)));
  const since = (n: number) => formatAvailability(pooledAvailability(model, pairs, addDays(model.today, -(n - 1)), model.today));
  const links = out
    .filter((d): d is BarDay & { href: string } => d.href !== undefined)
    .map((d) => ({ day: d.day, text: `${formatUtcDate(`${d.day}T00:00:00Z`).slice(0, -5)}: ${CLASS_WORD[d.cls]}`, href: d.href }));
  return { days: out, daysHtml: barsHtml(out), links, last30: since(30), last90: since(BAR_DAYS) };
}

/**
 * The bars of a row as HTML list items, newest first: `<li class="x"><span>label</span></li>`, no class for a
 * day without incidents. The same markup the template would write, as one string: a region or component page
 * has 1,000–1,500 bars, and an element per bar through the template was most of the page's rendering.
 */
export function barsHtml(days: readonly Pick<BarDay, 'cls' | 'label'>[]): string {
  let html = '';
  for (const d of days) html += `<li${d.cls === 'o' ? '' : ` class="${d.cls}"`}><span>${escapeHtml(d.label)}</span></li>`;
  return html;
}

export function barDay(model: UptimeModel, pairs: readonly PairUptime[], day: string): BarDay {
  const date = formatUtcDate(`${day}T00:00:00Z`);
  if (!pairs.some((p) => daySeconds(p, day, model.nowSeconds) > 0)) return { day, cls: 'n', label: `${date}: no data` };
  let worst: ComponentStatus = 'operational';
  for (const p of pairs) {
    const rec = p.days.get(day);
    if (rec && statusRank(rec.worst) > statusRank(worst)) worst = rec.worst;
  }
  const a: Availability = pooledAvailability(model, pairs, day, day);
  // The worst first, the others in their order (a stable sort): the day's link and the first title its name gives.
  const worstFirst = [...a.entries].sort((x, y) => statusRank(y.status) - statusRank(x.status));
  const label = `${date}: ${formatAvailability(a)} available${worst === 'operational' ? '' : `, ${STATUS_LABEL[worst].toLowerCase()}`}${entriesText(worstFirst)}`;
  const first = worstFirst[0];
  return { day, cls: CLASS[worst], label, ...(first ? { href: first.path } : {}) };
}

/**
 * A bar's name gives the worst incident and the worst maintenance of the day by title, and the others by count.
 * Every title would make the home page's rows (all regions pooled) grow with how busy the site is: on the bench's
 * 50,000-entry corpus, five incidents a day named in each of four rows made the home page 97 KB of bars (15 KB
 * gzipped, the whole page's budget). The day's link below the row leads to the worst entry, the one named first.
 */
export const TITLES_PER_BAR = 1;

/** "; 1 incident: A; 3 maintenance: B and 2 more", from the day's entries worst first. */
function entriesText(worstFirst: readonly EntryRef[]): string {
  const named = (list: readonly EntryRef[]) =>
    `${list.slice(0, TITLES_PER_BAR).map((e) => e.title).join(', ')}${list.length > TITLES_PER_BAR ? ` and ${list.length - TITLES_PER_BAR} more` : ''}`;
  const incidents = worstFirst.filter((e) => e.key.startsWith('incidents/'));
  const work = worstFirst.filter((e) => e.key.startsWith('maintenance/'));
  let text = '';
  if (incidents.length > 0) text += `; ${incidents.length} incident${incidents.length === 1 ? '' : 's'}: ${named(incidents)}`;
  if (work.length > 0) text += `; ${work.length} maintenance: ${named(work)}`;
  return text;
}
