/**
 * The banner each kind of communication carries (shared/DOMAIN.md): a tone
 * that picks the colour, an icon and a word, so colour is never the only signal.
 */
import type { Entry } from '../content/types.ts';
import type { ComponentStatus } from '../status/impact.ts';
import { incidentStatus } from '../status/incident.ts';
import { maintenanceStatus } from '../status/maintenance.ts';

/** major: orange; maintenance: light orange; restored: light green; awareness: light blue; readiness: green. */
export type Tone = 'major' | 'incident' | 'maintenance' | 'restored' | 'awareness' | 'readiness' | 'neutral';

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
      return { tone: 'incident', icon: ICON.minus };
    case 'partial_outage':
      return { tone: 'major', icon: ICON.warning };
    case 'major_outage':
      return { tone: 'major', icon: ICON.cross };
  }
}
