import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SAMPLE_CONTENT, SAMPLE_DIST, SAMPLE_NOW } from '../../support/paths.ts';
import { readRawContent, touches } from '../../support/raw-content.ts';
import { findOutputs, read } from './outputs.ts';
import { componentStatus, STATUSPAGE, time } from './statuspage-schema.ts';

// Expected values come from the sample files themselves, not from the lib that wrote the JSON.
const raw = readRawContent(SAMPLE_CONTENT);
const siteUrl = raw.site.url as string;
const ofKind = (collection: string) => raw.entries.filter((e) => e.collection === collection);
const json = (sitePath: string) => JSON.parse(read(SAMPLE_DIST, sitePath)) as unknown;

describe('Statuspage v2 JSON', () => {
  it('has exactly the documented files', () => {
    expect(findOutputs(SAMPLE_DIST, (name) => name.endsWith('.json')).filter((p) => p.startsWith('/api/v2/'))).toEqual(Object.keys(STATUSPAGE).sort());
  });

  it.each(Object.entries(STATUSPAGE))('%s matches the Statuspage shape field by field', (file, schema) => {
    const result = schema.safeParse(json(file));
    expect(result.success, result.success ? '' : z.prettifyError(result.error)).toBe(true);
  });

  const summary = STATUSPAGE['/api/v2/summary.json'].parse(json('/api/v2/summary.json'));

  it('shows each region as a component group holding every site component', () => {
    const groups = summary.components.filter((c) => c.group);
    expect(groups.map((g) => g.name)).toEqual(raw.regions.map((r) => `${r.name} (${r.code})`));
    const ids = new Set(summary.components.map((c) => c.id));
    expect(ids.size).toBe(summary.components.length);
    for (const g of groups) {
      expect(g.components).toHaveLength(raw.components.length);
      for (const id of g.components!) expect(summary.components.find((c) => c.id === id)?.group_id).toBe(g.id);
    }
    for (const c of summary.components.filter((x) => !x.group)) expect(groups.map((g) => g.id)).toContain(c.group_id);
    expect(summary.components.find((c) => c.id === 'eur.sign-in')?.status).toBe('major_outage');
    expect(summary.components.find((c) => c.id === 'eur')?.status).toBe('major_outage');
  });

  it('maps the sample’s state: critical indicator, the open incident, overran work in progress, cancelled work left out', () => {
    expect(summary.status.indicator).toBe('critical');
    expect(summary.page.url).toBe(siteUrl);
    expect(summary.incidents.map((i) => i.id)).toContain('incidents/2026/eur-gbr-sign-in-failures');
    const active = STATUSPAGE['/api/v2/scheduled-maintenances/active.json'].parse(json('/api/v2/scheduled-maintenances/active.json'));
    expect(active.scheduled_maintenances.find((m) => m.id === 'maintenance/2026/fra-ger-reporting-migration')?.status).toBe('in_progress');
    expect(active.scheduled_maintenances.find((m) => m.id === 'maintenance/2026/jpn-oce-storage-upgrade')?.status).toMatch(/^(in_progress|verifying)$/);
    const upcoming = STATUSPAGE['/api/v2/scheduled-maintenances/upcoming.json'].parse(json('/api/v2/scheduled-maintenances/upcoming.json'));
    expect(upcoming.scheduled_maintenances.map((m) => m.id)).toContain('maintenance/2026/nam-can-database-upgrade');
    expect(upcoming.scheduled_maintenances.every((m) => m.status === 'scheduled' && m.scheduled_for > SAMPLE_NOW)).toBe(true);
    const cancelled = ofKind('maintenance').filter((m) => m.data.cancelled).map((m) => `maintenance/${m.id}`);
    expect(cancelled.length).toBeGreaterThan(0);
    for (const list of [active, upcoming, summary]) for (const m of list.scheduled_maintenances) expect(cancelled).not.toContain(m.id);
  });

  it('lists incidents newest first with their updates newest first, statuses from the content', () => {
    const { incidents } = STATUSPAGE['/api/v2/incidents.json'].parse(json('/api/v2/incidents.json'));
    expect(incidents.length).toBe(Math.min(50, ofKind('incidents').length));
    expect(incidents.map((i) => i.started_at)).toEqual([...incidents.map((i) => i.started_at)].sort().reverse());
    const complete = incidents.find((i) => i.id === 'incidents/2026/nam-cannot-save-records')!;
    expect(complete.status).toBe('postmortem');
    const due = incidents.find((i) => i.id === 'incidents/2026/apj-api-errors')!;
    expect(due.status).toBe('resolved');
    for (const i of incidents) {
      expect(i.incident_updates.map((u) => u.display_at)).toEqual([...i.incident_updates.map((u) => u.display_at)].sort().reverse());
      expect(i.shortlink).toBe(`${siteUrl}/${i.id}/`);
    }
  });
});

// ─── the native format ───────────────────────────────────────────────────────

const entryRef = { id: z.string(), collection: z.enum(['incidents', 'maintenance', 'releases', 'notices']), title: z.string(), url: z.url(), published: time, updated: time };
const pir = { state: z.enum(['not_required', 'pending', 'due', 'overdue', 'published']), due_at: time.nullable(), published_at: time.nullable(), late: z.boolean() };
const timelineItem = z.strictObject({ ...entryRef, kind: z.enum(['incident', 'maintenance', 'notice', 'release', 'database-update']), at: time, stage: z.number().int().positive().optional() });
const feeds = z.strictObject({ rss: z.url(), atom: z.url(), calendar: z.url() });
const nativeMaintenance = z.strictObject({
  ...entryRef,
  type: z.enum(['planned', 'unplanned']),
  security: z.boolean(),
  impact: z.string(),
  regions: z.array(z.string()),
  components: z.array(z.string()).nullable(),
  window: z.strictObject({ start: time, end: time }),
  state: z.enum(['scheduled', 'in_progress', 'completed', 'overran', 'cancelled']),
  state_label: z.string().min(1),
  overrun_minutes: z.number().int().min(0),
  completed: time.nullable(),
  cancelled: z.boolean(),
  expected_impact: z.string().nullable(),
});
const uptimeFigure = z.strictObject({ availability_percent: z.number().min(0).max(100).nullable(), downtime_minutes: z.number().min(0).nullable() });
const uptimeSummary = z.strictObject({
  target_percent: z.number(),
  current_month: z.string().regex(/^\d{4}-\d{2}$/),
  regions: z.array(
    z.strictObject({
      region: z.string(),
      daily: z.url(),
      components: z.array(z.strictObject({ component: z.string(), last_30_days: uptimeFigure, last_90_days: uptimeFigure, current_month: uptimeFigure })),
    }),
  ),
});
const native = z.strictObject({
  schema_version: z.literal(1),
  now: time,
  generated_at: time,
  valid_until: time,
  horizon_end: time,
  transitions: z.array(z.strictObject({ at: time, overall: componentStatus, entries: z.array(z.string()) })),
  updated: time,
  site: z.strictObject({ title: z.string(), url: z.url(), description: z.string().nullable(), sla: z.number(), pir_business_days: z.number(), maintenance_notice_days: z.number() }),
  status: z.strictObject({ status: componentStatus, label: z.string() }),
  regions: z.array(
    z.strictObject({
      code: z.string(),
      name: z.string(),
      host: z.string(),
      url: z.url(),
      window: z.strictObject({ daily: z.string().regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/), crosses_midnight: z.boolean(), length_minutes: z.number().int().positive() }),
      status: componentStatus,
      label: z.string(),
      components: z.array(z.strictObject({ id: z.string(), status: componentStatus })),
      feeds,
      timeline: z.strictObject({ recent: z.array(timelineItem).max(20), upcoming: z.array(timelineItem).max(10) }),
    }),
  ),
  components: z.array(z.strictObject({ id: z.string(), name: z.string(), group: z.string(), description: z.string().nullable(), url: z.url(), status: componentStatus, label: z.string() })),
  open_incidents: z.array(
    z.strictObject({
      ...entryRef,
      severity: z.enum(['minor', 'major']),
      impact: componentStatus,
      regions: z.array(z.string()),
      components: z.array(z.string()),
      started: time,
      resolved: time.nullable(),
      phase: z.enum(['upcoming', 'open', 'resolved']),
      state_label: z.string().min(1),
      latest_update: z.strictObject({ at: time, status: z.string(), text: z.string() }).nullable(),
      workaround: z.string().nullable(),
      tracking_id: z.string().nullable(),
      pir: z.strictObject(pir),
    }),
  ),
  active_maintenance: z.array(nativeMaintenance),
  upcoming_maintenance: z.array(nativeMaintenance).max(50),
  active_notices: z.array(z.strictObject({ ...entryRef, type: z.enum(['awareness', 'readiness']), regions: z.array(z.string()), expires: time.nullable() })),
  pir: z.array(z.strictObject({ ...entryRef, severity: z.enum(['minor', 'major']), resolved: time.nullable(), ...pir })).max(50),
  feeds,
  uptime: uptimeSummary,
});

describe('/api/heliograph.json', () => {
  const result = native.safeParse(json('/api/heliograph.json'));

  it('matches its schema', () => {
    expect(result.success, result.success ? '' : z.prettifyError(result.error)).toBe(true);
  });

  it('says when its states were computed and until when they hold: the next transition of the sample', () => {
    const data = native.parse(json('/api/heliograph.json'));
    expect(data.generated_at).toBe('2026-11-21T12:00:00.000Z');
    // The Japan and Oceania storage upgrade's window ends at 15:00 with no completion recorded.
    expect(data.valid_until).toBe('2026-11-21T15:00:00.000Z');
    expect(data.horizon_end).toBe('2026-12-05T12:00:00.000Z');
    expect(data.transitions[0]).toEqual({ at: '2026-11-21T15:00:00.000Z', overall: 'major_outage', entries: ['maintenance/2026/jpn-oce-storage-upgrade'] });
    const nam = data.transitions.find((t) => t.at === '2026-11-24T03:00:00.000Z');
    expect(nam?.entries).toContain('maintenance/2026/nam-can-database-upgrade');
    expect(data.transitions.every((t) => t.at > data.generated_at && t.at <= data.horizon_end)).toBe(true);
  });

  it('carries regions with windows and bounded timelines, open incidents, maintenance and PIR states', () => {
    const data = native.parse(json('/api/heliograph.json'));
    expect(data.regions.map((r) => r.code)).toEqual(raw.regions.map((r) => r.code));
    const eur = data.regions.find((r) => r.code === 'EUR')!;
    expect(eur.window).toMatchObject({ daily: '18:00-03:00', crosses_midnight: true });
    expect(eur.status).toBe('major_outage');
    expect(eur.timeline.recent[0]!.at <= SAMPLE_NOW.replace('Z', '.000Z')).toBe(true);
    expect(eur.timeline.upcoming.every((i) => i.at > SAMPLE_NOW)).toBe(true);
    expect(data.open_incidents.map((i) => i.id)).toContain('incidents/2026/eur-gbr-sign-in-failures');
    expect(data.active_maintenance.find((m) => m.id === 'maintenance/2026/fra-ger-reporting-migration')?.state).toBe('overran');
    expect(data.active_maintenance.find((m) => m.id === 'maintenance/2026/fra-ger-reporting-migration')?.state_label).toBe(
      'Running past its window (the window ended 2026-11-21 02:00 UTC)',
    );
    expect(data.open_incidents.find((i) => i.id === 'incidents/2026/eur-gbr-sign-in-failures')?.state_label).toBe('Identified');
    expect(data.upcoming_maintenance.map((m) => m.id)).toContain('maintenance/2026/nam-can-database-upgrade');
    const pirOf = (id: string) => data.pir.find((p) => p.id === `incidents/2026/${id}`)?.state;
    expect(pirOf('apj-api-errors')).toBe('due');
    expect(pirOf('ind-reporting-outage')).toBe('overdue');
    expect(pirOf('nam-cannot-save-records')).toBe('published');
  });

  it('never grows with the whole history', () => {
    const data = native.parse(json('/api/heliograph.json'));
    const timelineItems = data.regions.reduce((n, r) => n + r.timeline.recent.length + r.timeline.upcoming.length, 0);
    // At least one timeline item per region for every entry that touches it.
    const regionsOf = (e: (typeof raw.entries)[number]): string[] => (e.collection === 'releases' ? e.data.rollout.flatMap((s: { regions: string[] }) => s.regions) : e.data.regions);
    const allTimelineItems = raw.regions.reduce((n, r) => n + raw.entries.filter((e) => touches(regionsOf(e), r.code)).length, 0);
    expect(timelineItems).toBeLessThanOrEqual(raw.regions.length * 30);
    expect(timelineItems).toBeLessThan(allTimelineItems);
  });
});
