/**
 * A published change: one thing subscribers are told about. The same list
 * drives feed items (one item per change) and notifications (one message per
 * change and subscriber). Built by `publishedChanges` (changes.ts).
 */
import type { Collection, Entry } from '../content/types.ts';

export type ChangeKind =
  | 'incident.opened'
  | 'incident.updated'
  | 'incident.resolved'
  | 'incident.pir_published'
  | 'maintenance.announced'
  | 'maintenance.updated'
  | 'maintenance.started'
  | 'maintenance.overran'
  | 'maintenance.completed'
  | 'maintenance.cancelled'
  | 'release.announced'
  | 'release.notice'
  | 'release.stage_reached'
  | 'notice.published';

/** Which banner (and email colour) a change belongs to, from DOMAIN.md. */
export type ChangeTone = 'major_incident' | 'maintenance' | 'restored' | 'awareness' | 'readiness';

export interface Change {
  /**
   * Stable across builds: derived from the entry key, the change's kind and
   * time and a digest of its text, so it changes only when that change's
   * content changes — never because the build ran again or later.
   */
  id: string;
  kind: ChangeKind;
  /** UTC ISO time of the change (the update's `at`, the window start, …). */
  at: string;
  /** True for changes that happen by the clock alone (a window starting, a notice date reached). */
  timeDriven: boolean;
  entry: Entry;
  collection: Collection;
  /** State in words: "Resolved", "Identified", "In progress", "Running past its window". */
  state: string;
  /** `${state}: ${entry title} (${regions})`. */
  title: string;
  /** What changed, first: the update text or a sentence for time-driven changes. */
  summary: string;
  /** Key facts after it: impact, window, regions, components. */
  facts: string[];
  /** Anchor on the entry page (without `#`) for this change, e.g. `update-3`. */
  anchor: string;
  /** Region codes the change reaches (`global` kept as is). */
  regions: string[];
  /** Component ids (empty: every component). */
  components: string[];
  severity?: 'minor' | 'major' | undefined;
  tone: ChangeTone;
}
