/**
 * The banner each kind of communication carries (shared/DOMAIN.md): a tone
 * that picks the colour, an icon and a word, so colour is never the only signal.
 */
import type { Component, Region } from '../content/schema.ts';
import type { Entry } from '../content/types.ts';
import type { Board } from '../status/board.ts';
import { boardScopes } from '../status/board.ts';
import type { ComponentStatus } from '../status/impact.ts';
import { OVERALL_LABEL } from '../status/impact.ts';
import { incidentStatus } from '../status/incident.ts';
import { maintenanceStatus } from '../status/maintenance.ts';
import { countOf, listInWords, regionInSentence } from './words.ts';

/**
 * Entries: major: orange; maintenance: light orange; restored: light green;
 * awareness: light blue; readiness: green. Component statuses get their own
 * tones so that a major outage (deep red), a partial outage (orange),
 * degraded performance (yellow) and maintenance (light orange) never look alike.
 */
export type Tone =
  | 'major'
  | 'incident'
  | 'maintenance'
  | 'restored'
  | 'awareness'
  | 'readiness'
  | 'neutral'
  | 'outage'
  | 'partial'
  | 'degraded';

export interface Banner {
  tone: Tone;
  /** A text-presentation symbol, shown with aria-hidden beside the word. */
  icon: string;
  word: string;
}

const TEXT = '\uFE0E';
export const ICON = {
  warning: `⚠${TEXT}`,
  tools: `⚙${TEXT}`,
  check: '✓',
  info: `ℹ${TEXT}`,
  star: '★',
  cross: '✕',
  minus: '−',
  clock: '◷',
} as const;

export function entryBanner(entry: Entry, now: string): Banner {
  switch (entry.collection) {
    case 'incidents': {
      const { phase } = incidentStatus(entry.data, now);
      if (phase === 'resolved') return { tone: 'restored', icon: ICON.check, word: 'Service restored' };
      return entry.data.severity === 'major'
        ? { tone: 'major', icon: ICON.warning, word: 'Major incident' }
        : { tone: 'incident', icon: ICON.warning, word: 'Incident' };
    }
    case 'maintenance': {
      const { state } = maintenanceStatus(entry.data, now);
      if (state === 'cancelled') return { tone: 'neutral', icon: ICON.cross, word: 'Maintenance cancelled' };
      const word = entry.data.security ? 'Security update' : entry.data.type === 'unplanned' ? 'Unplanned maintenance' : 'Planned maintenance';
      return { tone: 'maintenance', icon: ICON.tools, word };
    }
    case 'releases':
      return entry.data.type === 'major'
        ? { tone: 'awareness', icon: ICON.clock, word: 'Release wave' }
        : { tone: 'neutral', icon: ICON.info, word: 'Service update' };
    case 'notices':
      return entry.data.type === 'readiness'
        ? { tone: 'readiness', icon: ICON.star, word: 'Readiness' }
        : { tone: 'awareness', icon: ICON.info, word: 'Awareness' };
  }
}

/** Icon and tone of a component status, for the grid and status lists. */
export function statusBanner(status: ComponentStatus): Pick<Banner, 'tone' | 'icon'> {
  switch (status) {
    case 'operational':
      return { tone: 'restored', icon: ICON.check };
    case 'under_maintenance':
      return { tone: 'maintenance', icon: ICON.tools };
    case 'degraded_performance':
      return { tone: 'degraded', icon: ICON.minus };
    case 'partial_outage':
      return { tone: 'partial', icon: ICON.warning };
    case 'major_outage':
      return { tone: 'outage', icon: ICON.cross };
  }
}

/** The site's status in words: what is wrong, where, and how many regions. */
export interface Headline extends Pick<Banner, 'tone' | 'icon'> {
  status: ComponentStatus;
  /** "Major outage: Sign-in in Europe and the United Kingdom", "All systems operational". */
  text: string;
  /** Regions not operational, and all regions. */
  affected: number;
  total: number;
  /** "2 of 17 regions affected · 15 operational"; empty when all is well. */
  count: string;
  /** The lesser statuses elsewhere: "Maintenance in progress in 4 regions". */
  also: string[];
}

type Names = { regions: readonly Region[]; components: readonly Component[] };

/** Names up to this many regions or components; beyond, a count reads better. */
const MAX_NAMED = 3;

export function boardHeadline(board: Board, names: Names): Headline {
  const total = names.regions.length;
  const scopes = boardScopes(board);
  const affected = scopes.reduce((n, s) => n + s.regions.length, 0);
  const phrase = (scope: (typeof scopes)[number]) => {
    const label = OVERALL_LABEL[scope.status];
    const where =
      scope.regions.length === total
        ? 'in all regions'
        : scope.regions.length <= MAX_NAMED
          ? `in ${listInWords(scope.regions.map((code) => regionInSentence(names.regions.find((r) => r.code === code)?.name ?? code)))}`
          : `in ${countOf(scope.regions.length, 'region')}`;
    // Maintenance usually covers whole regions; for faults, name what is broken.
    const what =
      scope.status !== 'under_maintenance' && scope.components.length <= MAX_NAMED && scope.components.length < names.components.length
        ? listInWords(scope.components.map((id) => names.components.find((c) => c.id === id)?.name ?? id))
        : '';
    return what ? `${label}: ${what} ${where}` : `${label} ${where}`;
  };
  const worst = scopes[0];
  return {
    status: board.overall,
    ...statusBanner(board.overall),
    text: worst ? phrase(worst) : OVERALL_LABEL.operational,
    affected,
    total,
    count: affected === 0 ? '' : `${affected} of ${countOf(total, 'region')} affected · ${total - affected} operational`,
    also: scopes.slice(1).map(phrase),
  };
}
