/**
 * Every change subscribers are told about, as of `index.now`: the list feed
 * items and notifications are made from. States come from the state functions
 * in src/lib/status and their labels; this file only decides *which* moments
 * are changes and what each says.
 */
import { hash } from 'node:crypto';
import { excerpt } from '../content/markdown.ts';
import type { Entry, Incident, Maintenance, Notice, Release } from '../content/types.ts';
import { NOTICE_TYPE_LABEL, RELEASE_TYPE_LABEL, UPDATE_STATUS_LABEL } from '../display/labels.ts';
import { entryFacts, formatFeedTime } from '../feeds/entry-state.ts';
import type { SiteIndex } from '../index/site-index.ts';
import { entryKey } from '../index/site-index.ts';
import { incidentStatus, pirState } from '../status/incident.ts';
import { MAINTENANCE_STATE_LABEL, maintenanceStatus } from '../status/maintenance.ts';
import { noticeSchedule, releaseArrivals } from '../status/release.ts';
import { postedUpdates } from '../status/updates.ts';
import type { Change, ChangeKind, ChangeTone } from './change.ts';

/** Words for moments no state function names: a release being announced, its notice dates, a stage. */
export const RELEASE_ANNOUNCED_STATE = 'Announced';
export const PIR_PUBLISHED_STATE = 'Post-incident report published';

/** Anchor of an entry page's n-th update (1 = oldest); Updates.astro writes the same ids. */
export function updateAnchor(n: number): string {
  return `update-${n}`;
}

/** Anchor of a release page's n-th rollout stage (1 = first). */
export function stageAnchor(n: number): string {
  return `stage-${n}`;
}

/** A change before it is published; a summary that costs something to word (a time formatted, a body excerpted) may be made only if read. */
type Draft = Omit<Change, 'id' | 'title' | 'entry' | 'collection' | 'facts' | 'summary'> & { summary: string | (() => string) };

/** `tag:` URI, valid as an Atom id, RSS guid and JSON Feed id; built from content only, never from `now`. */
export function changeId(entry: Pick<Entry, 'collection' | 'id'>, kind: ChangeKind, at: string, text: string): string {
  const digest = hash('sha256', text, 'hex').slice(0, 12);
  return `tag:heliograph,2026:${entryKey(entry)}/${kind}/${at}/${digest}`;
}

const where = (codes: readonly string[]) => (codes.includes('global') ? 'all regions' : codes.join(', '));

/** Replaces a getter of `target` by the value it worked out, and returns that value. */
function keep<T>(target: object, key: string, value: T): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

/** What decides which feeds a change belongs in (feeds/items.ts `inScope`), known before the change is made. */
export type ChangeScopeFields = Pick<Change, 'kind' | 'collection' | 'regions' | 'components'>;

/**
 * The published changes, newest first, each made into a `Change` only when it
 * is read and then kept: a feed reads the newest few of its scope, and at
 * 50k entries making and sorting all ~150k changes as objects cost a rebuild
 * ~1 s for the few hundred the feeds show.
 */
export interface ChangeList {
  readonly length: number;
  /** The `n`-th change, newest first (0 is the newest). */
  get(n: number): Change;
  /** The `n`-th change's kind, collection, regions and components, without making the change. */
  scopeOf(n: number): ChangeScopeFields;
}

/** Every change with `at <= index.now`, newest first; at the same instant by entry, kind and regions, so the order is stable. */
export function publishedChanges(index: SiteIndex): Change[] {
  const list = publishedChangeList(index);
  return Array.from({ length: list.length }, (_, n) => list.get(n));
}

/** publishedChanges as a list whose changes are made as they are read. */
export function publishedChangeList(index: SiteIndex): ChangeList {
  const t = Date.parse(index.now);
  const entries: Entry[] = [];
  const drafts: Draft[] = [];
  const times: number[] = [];
  const add = (entry: Entry, draft: Draft) => {
    const at = Date.parse(draft.at);
    if (at > t) return;
    entries.push(entry);
    drafts.push(draft);
    times.push(at);
  };
  for (const entry of index.incidents) for (const d of incidentChanges(entry, index)) add(entry, d);
  for (const entry of index.maintenance) for (const d of maintenanceChanges(entry, index)) add(entry, d);
  for (const entry of index.releases) for (const d of releaseChanges(entry, index)) add(entry, d);
  for (const entry of index.notices) for (const d of noticeChanges(entry)) add(entry, d);

  const made: (Change | undefined)[] = new Array(drafts.length);
  const make = (i: number): Change => (made[i] ??= madeChange(entries[i]!, drafts[i]!, index));
  // Stored times all have one form (toISOString's), so newest first is the order of the instants, compared as numbers.
  // At the same instant, `compare` (localeCompare's own order) on a tie key made only then, and on the id (which makes
  // the change) only when those are equal too. Each run of one instant is sorted in the order the changes were listed
  // (a stable sort), so the order is the one a single sort of all the changes by these keys gives.
  const order = Array.from({ length: drafts.length }, (_, i) => i).sort((a, b) => times[b]! - times[a]! || a - b);
  const { compare } = new Intl.Collator();
  const ties = new Map<number, string>();
  const tie = (i: number) => {
    let key = ties.get(i);
    if (key === undefined) ties.set(i, (key = `${entryKey(entries[i]!)} ${drafts[i]!.kind} ${drafts[i]!.regions.join(',')}`));
    return key;
  };
  for (let start = 0, end = 1; start < order.length; start = end, end = start + 1) {
    while (end < order.length && times[order[end]!] === times[order[start]!]) end++;
    if (end - start === 1) continue;
    const run = order.slice(start, end).sort((a, b) => compare(drafts[b]!.at, drafts[a]!.at) || compare(tie(a), tie(b)) || compare(make(a).id, make(b).id));
    for (let k = 0; k < run.length; k++) order[start + k] = run[k]!;
  }
  return {
    length: order.length,
    get: (n) => make(order[n]!),
    scopeOf: (n) => {
      const i = order[n]!;
      const draft = drafts[i]!;
      return { kind: draft.kind, collection: entries[i]!.collection, regions: draft.regions, components: draft.components };
    },
  };
}

/**
 * A change from its draft. The summary, id and facts are worked out when first read, then kept as plain properties
 * (as content/lazy-field.ts does; written as getters of one literal with its fields listed, which is far cheaper than
 * defining them on 30k changes one by one or spreading the draft). Most are never read: a feed shows the newest few
 * changes of its scope.
 */
function madeChange(entry: Entry, draft: Draft, index: SiteIndex): Change {
  const { summary } = draft;
  return {
    kind: draft.kind,
    at: draft.at,
    timeDriven: draft.timeDriven,
    state: draft.state,
    get summary() {
      return keep(this, 'summary', typeof summary === 'function' ? summary() : summary);
    },
    anchor: draft.anchor,
    regions: draft.regions,
    components: draft.components,
    severity: draft.severity,
    tone: draft.tone,
    get id() {
      return keep(this, 'id', changeId(entry, draft.kind, draft.at, `${this.state}\n${this.summary}`));
    },
    title: `${draft.state}: ${entry.data.title} (${where(draft.regions)})`,
    entry,
    collection: entry.collection,
    get facts() {
      return keep(this, 'facts', entryFacts(entry, index, draft.at));
    },
  };
}

function incidentChanges(entry: Incident, index: Pick<SiteIndex, 'now' | 'site'>): Draft[] {
  const d = entry.data;
  const base = { regions: d.regions, components: d.components, severity: d.severity } as const;
  // The type has one incident tone; a minor incident is still an incident, not an awareness notice.
  const tone: ChangeTone = 'major_incident';
  const drafts: Draft[] = postedUpdates(d.updates, index.now).map((u, i) => {
    // The state at the update's own time, from the one incident rule.
    const status = incidentStatus(d, u.at);
    const resolved = status.phase === 'resolved' && u.status === 'resolved';
    const kind: ChangeKind = resolved ? 'incident.resolved' : i === 0 ? 'incident.opened' : 'incident.updated';
    return {
      ...base,
      kind,
      at: u.at,
      timeDriven: false,
      state: UPDATE_STATUS_LABEL[status.latest?.status ?? u.status] ?? u.status,
      summary: resolved ? `Service restored. ${u.text}` : u.text,
      anchor: updateAnchor(i + 1),
      tone: resolved ? 'restored' : tone,
    };
  });
  const pir = pirState(d, index.site, index.now);
  if (pir.kind === 'published') {
    drafts.push({
      ...base,
      kind: 'incident.pir_published',
      at: pir.publishedAt,
      timeDriven: false,
      state: PIR_PUBLISHED_STATE,
      summary: 'The post-incident report is published: summary, user experience, root cause and next steps.',
      anchor: 'pir',
      tone: 'restored',
    });
  }
  return drafts;
}

function maintenanceChanges(entry: Maintenance, index: Pick<SiteIndex, 'now'>): Draft[] {
  const d = entry.data;
  const base = { regions: d.regions, components: d.components ?? [], tone: 'maintenance' as const, severity: undefined };
  // Cancellation carries no time of its own: the state at a moment is read as if it had not been cancelled.
  const uncancelled = { ...d, cancelled: false };
  const stateAt = (at: string) => maintenanceStatus(uncancelled, at);
  const posted = postedUpdates(d.updates, index.now);
  // An update posted at the announcement time is the announcement's own text, not a second item.
  const announcing = posted[0]?.at === d.announced ? posted[0] : undefined;
  const drafts: Draft[] = [
    {
      ...base,
      kind: 'maintenance.announced',
      at: d.announced,
      timeDriven: false,
      state: MAINTENANCE_STATE_LABEL[stateAt(d.announced).state],
      summary:
        announcing?.text ??
        (() => `${d.type === 'planned' ? 'Planned' : 'Unplanned'} ${d.security ? 'security update' : 'maintenance'} announced for ${formatFeedTime(d.window.start)} to ${formatFeedTime(d.window.end)}.`),
      anchor: announcing ? updateAnchor(1) : 'updates',
    },
  ];
  posted.forEach((u, i) => {
    // A cancelled maintenance's last update is where the cancellation was said.
    const cancelling = d.cancelled && i === d.updates.length - 1;
    if (u === announcing && !cancelling) return;
    // A "completed" update posted at the `completed` time is the completion itself.
    const completing = !cancelling && u.status === 'completed' && u.at === d.completed;
    drafts.push({
      ...base,
      kind: cancelling ? 'maintenance.cancelled' : completing ? 'maintenance.completed' : 'maintenance.updated',
      at: u.at,
      timeDriven: false,
      state: cancelling ? MAINTENANCE_STATE_LABEL.cancelled : completing ? MAINTENANCE_STATE_LABEL[stateAt(u.at).state] : (UPDATE_STATUS_LABEL[u.status] ?? u.status),
      summary: u.text,
      anchor: updateAnchor(i + 1),
    });
  });
  if (d.cancelled) {
    if (d.updates.length === 0) {
      drafts.push({ ...base, kind: 'maintenance.cancelled', at: d.announced, timeDriven: false, state: MAINTENANCE_STATE_LABEL.cancelled, summary: 'This maintenance is cancelled and will not take place.', anchor: 'updates' });
    }
    return drafts;
  }
  if (stateAt(d.window.start).state === 'in_progress') {
    drafts.push({ ...base, kind: 'maintenance.started', at: d.window.start, timeDriven: true, state: MAINTENANCE_STATE_LABEL.in_progress, summary: () => `The maintenance window has started; it is planned to end ${formatFeedTime(d.window.end)}.`, anchor: 'updates' });
  }
  if (stateAt(d.window.end).state === 'overran') {
    drafts.push({ ...base, kind: 'maintenance.overran', at: d.window.end, timeDriven: true, state: MAINTENANCE_STATE_LABEL.overran, summary: () => `The work is still going on after its window ended at ${formatFeedTime(d.window.end)}.`, anchor: 'updates' });
  }
  if (d.completed !== undefined && !posted.some((u) => u.status === 'completed' && u.at === d.completed)) {
    const done = stateAt(d.completed);
    drafts.push({
      ...base,
      kind: 'maintenance.completed',
      at: d.completed,
      timeDriven: false,
      state: MAINTENANCE_STATE_LABEL[done.state],
      summary: `The work is complete${done.overrunMinutes > 0 ? `, ${done.overrunMinutes} min past its window` : ''}.`,
      anchor: 'updates',
    });
  }
  return drafts;
}

function releaseChanges(entry: Release, index: Pick<SiteIndex, 'now' | 'regions' | 'regionByCode'>): Draft[] {
  const d = entry.data;
  const listed = [...new Set(d.rollout.flatMap((s) => s.regions))];
  const stageRegions = listed.includes('global') ? ['global'] : listed;
  const base = { components: d.components, tone: 'awareness' as const, severity: undefined };
  const first = () => formatFeedTime(d.rollout[0]!.at);
  const drafts: Draft[] = [
    {
      ...base,
      kind: 'release.announced',
      at: d.announced,
      timeDriven: false,
      regions: stageRegions,
      state: RELEASE_ANNOUNCED_STATE,
      summary: () => `${RELEASE_TYPE_LABEL[d.type]} ${d.version} is announced: ${d.rollout.length} stage${d.rollout.length === 1 ? '' : 's'}, the first from ${first()}.`,
      anchor: 'rollout',
    },
  ];
  // Notice dates before the announcement never happened (a short-notice wave).
  for (const notice of noticeSchedule(d, index.now)) {
    if (!notice.passed || notice.at < d.announced) continue;
    drafts.push({
      ...base,
      kind: 'release.notice',
      at: notice.at,
      timeDriven: true,
      regions: stageRegions,
      state: notice.daysBefore === 0 ? 'Starts today' : `${notice.daysBefore} days to go`,
      summary: () =>
        notice.daysBefore === 0
          ? `${RELEASE_TYPE_LABEL[d.type]} ${d.version} starts rolling out today, from ${first()}.`
          : `${RELEASE_TYPE_LABEL[d.type]} ${d.version} starts rolling out in ${notice.daysBefore} days, from ${first()}.`,
      anchor: 'notice-schedule',
    });
  }
  for (const arrival of releaseArrivals(d, index.regions.map((r) => r.code))) {
    const name = index.regionByCode.get(arrival.region)?.name ?? arrival.region;
    drafts.push({
      ...base,
      kind: 'release.stage_reached',
      at: arrival.at,
      timeDriven: true,
      regions: [arrival.region],
      state: `Stage ${arrival.stage + 1} of ${d.rollout.length} reached`,
      summary: () => `${d.version} reaches ${name} (${arrival.region}); its database update follows at ${formatFeedTime(arrival.databaseAt)}.`,
      anchor: stageAnchor(arrival.stage + 1),
    });
  }
  return drafts;
}

function noticeChanges(entry: Notice): Draft[] {
  const d = entry.data;
  return [
    {
      kind: 'notice.published',
      at: d.published,
      timeDriven: false,
      regions: d.regions,
      components: [],
      state: NOTICE_TYPE_LABEL[d.type],
      // An excerpt of the body (a Markdown parse): made only if read.
      summary: () => noticeSummary(entry),
      anchor: 'notice',
      tone: d.type === 'readiness' ? 'readiness' : 'awareness',
      severity: undefined,
    },
  ];
}

function noticeSummary(entry: Notice): string {
  return excerpt(entry.body) || entry.data.title;
}
