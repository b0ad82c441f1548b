/** Plain-data changes and subscribers for the notify unit tests (written by hand, not by publishedChanges). */
import type { Change } from '../../../src/lib/changes/change.ts';
import type { Incident } from '../../../src/lib/content/types.ts';
import type { Subscriber } from '../../../src/lib/notify/subscribers.ts';

export const SITE = { title: 'Contoso Cloud Status', url: 'https://status.example.com', notifications: { from: 'Contoso Status <status@example.com>', unsubscribe: 'mailto:unsubscribe@example.com' } };

export const INCIDENT: Incident = {
  collection: 'incidents',
  id: '2026/eur-sign-in',
  file: 'content/incidents/2026/eur-sign-in.md',
  body: '',
  data: {
    title: 'Users in Europe cannot sign in',
    severity: 'major',
    impact: 'major_outage',
    regions: ['EUR', 'GBR'],
    components: ['sign-in'],
    started: '2026-11-21T08:00:00.000Z',
    updates: [
      { at: '2026-11-21T08:05:00.000Z', status: 'investigating', text: 'We are investigating.' },
      { at: '2026-11-21T09:00:00.000Z', status: 'identified', text: 'A certificate expired.' },
    ],
  },
};

export function change(overrides: Partial<Change> = {}): Change {
  return {
    id: 'tag:heliograph,2026:incidents/2026/eur-sign-in/incident.updated/2026-11-21T09:00:00.000Z/abc',
    kind: 'incident.updated',
    at: '2026-11-21T09:00:00.000Z',
    timeDriven: false,
    entry: INCIDENT,
    collection: 'incidents',
    state: 'Identified',
    title: 'Identified: Users in Europe cannot sign in (EUR, GBR)',
    summary: 'A certificate expired.',
    facts: ['Impact: major outage', 'Regions: EUR, GBR'],
    anchor: 'update-2',
    regions: ['EUR', 'GBR'],
    components: ['sign-in'],
    severity: 'major',
    tone: 'major_incident',
    ...overrides,
  };
}

export const OPENED = change({
  id: 'tag:heliograph,2026:incidents/2026/eur-sign-in/incident.opened/2026-11-21T08:05:00.000Z/def',
  kind: 'incident.opened',
  at: '2026-11-21T08:05:00.000Z',
  state: 'Investigating',
  title: 'Investigating: Users in Europe cannot sign in (EUR, GBR)',
  summary: 'We are investigating.',
  anchor: 'update-1',
});

export const email = (id: string, extra: Partial<Subscriber> = {}): Subscriber => ({ id, email: `${id}@example.com`, ...extra });
