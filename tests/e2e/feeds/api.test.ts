import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SAMPLE_CONTENT, SAMPLE_DIST, SAMPLE_NOW } from '../../support/paths.ts';
import { findOutputs, indexOf, read } from './outputs.ts';

const index = indexOf(SAMPLE_CONTENT, SAMPLE_NOW);
const json = (sitePath: string) => JSON.parse(read(SAMPLE_DIST, sitePath)) as unknown;

// ─── Statuspage v2, field for field (strict: no missing, no extra fields) ──────

const time = z.iso.datetime({ offset: true });
const componentStatus = z.enum(['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance']);
const page = z.strictObject({ id: z.string().min(1), name: z.string().min(1), url: z.url(), time_zone: z.string().min(1), updated_at: time });
const component = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  status: componentStatus,
  created_at: time,
  updated_at: time,
  position: z.number().int().positive(),
  description: z.string().nullable(),
  showcase: z.boolean(),
  start_date: z.string().nullable(),
  group_id: z.string().nullable(),
  page_id: z.string().min(1),
  group: z.boolean(),
  only_show_if_degraded: z.boolean(),
  components: z.array(z.string()).optional(),
});
const incidentStatus = z.enum(['investigating', 'identified', 'monitoring', 'resolved', 'postmortem']);
const maintenanceStatus = z.enum(['scheduled', 'in_progress', 'verifying', 'completed']);
const update = (status: z.ZodType) =>
  z.strictObject({
    id: z.string().min(1),
    status,
    body: z.string().min(1),
    incident_id: z.string().min(1),
    created_at: time,
    updated_at: time,
    display_at: time,
    affected_components: z.array(z.strictObject({ code: z.string(), name: z.string(), old_status: componentStatus, new_status: componentStatus })).nullable(),
    deliver_notifications: z.boolean(),
    custom_tweet: z.string().nullable(),
    tweet_id: z.string().nullable(),
  });
const incidentFields = {
  id: z.string().min(1),
  name: z.string().min(1),
  created_at: time,
  updated_at: time,
  monitoring_at: time.nullable(),
  resolved_at: time.nullable(),
  shortlink: z.url(),
  started_at: time,
  page_id: z.string().min(1),
  components: z.array(component),
};
const incident = z.strictObject({
  ...incidentFields,
  status: incidentStatus,
  impact: z.enum(['none', 'minor', 'major', 'critical']),
  incident_updates: z.array(update(incidentStatus)),
});
const scheduledMaintenance = z.strictObject({
  ...incidentFields,
  status: maintenanceStatus,
  impact: z.enum(['none', 'maintenance', 'minor', 'major', 'critical']),
  incident_updates: z.array(update(maintenanceStatus)),
  scheduled_for: time,
  scheduled_until: time,
});
const status = z.strictObject({ indicator: z.enum(['none', 'minor', 'major', 'critical']), description: z.string().min(1) });

const STATUSPAGE = {
  '/api/v2/summary.json': z.strictObject({ page, components: z.array(component), incidents: z.array(incident), scheduled_maintenances: z.array(scheduledMaintenance), status }),
  '/api/v2/status.json': z.strictObject({ page, status }),
  '/api/v2/components.json': z.strictObject({ page, components: z.array(component) }),
  '/api/v2/incidents.json': z.strictObject({ page, incidents: z.array(incident).max(50) }),
  '/api/v2/incidents/unresolved.json': z.strictObject({ page, incidents: z.array(incident) }),
  '/api/v2/scheduled-maintenances.json': z.strictObject({ page, scheduled_maintenances: z.array(scheduledMaintenance).max(50) }),
  '/api/v2/scheduled-maintenances/upcoming.json': z.strictObject({ page, scheduled_maintenances: z.array(scheduledMaintenance).max(50) }),
  '/api/v2/scheduled-maintenances/active.json': z.strictObject({ page, scheduled_maintenances: z.array(scheduledMaintenance) }),
} as const;

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
    expect(groups.map((g) => g.name)).toEqual(index.regions.map((r) => `${r.name} (${r.code})`));
    const ids = new Set(summary.components.map((c) => c.id));
    expect(ids.size).toBe(summary.components.length);
    for (const g of groups) {
      expect(g.components).toHaveLength(index.components.length);
      for (const id of g.components!) expect(summary.components.find((c) => c.id === id)?.group_id).toBe(g.id);
    }
    for (const c of summary.components.filter((x) => !x.group)) expect(groups.map((g) => g.id)).toContain(c.group_id);
    expect(summary.components.find((c) => c.id === 'eur.sign-in')?.status).toBe('major_outage');
    expect(summary.components.find((c) => c.id === 'eur')?.status).toBe('major_outage');
  });

  it('maps the sample’s state: critical indicator, the open incident, overran work in progress, cancelled work left out', () => {
    expect(summary.status.indicator).toBe('critical');
    expect(summary.page.url).toBe(index.site.url);
    expect(summary.incidents.map((i) => i.id)).toContain('incidents/2026/eur-gbr-sign-in-failures');
    const active = STATUSPAGE['/api/v2/scheduled-maintenances/active.json'].parse(json('/api/v2/scheduled-maintenances/active.json'));
    expect(active.scheduled_maintenances.find((m) => m.id === 'maintenance/2026/fra-ger-reporting-migration')?.status).toBe('in_progress');
    expect(active.scheduled_maintenances.find((m) => m.id === 'maintenance/2026/jpn-oce-storage-upgrade')?.status).toMatch(/^(in_progress|verifying)$/);
    const upcoming = STATUSPAGE['/api/v2/scheduled-maintenances/upcoming.json'].parse(json('/api/v2/scheduled-maintenances/upcoming.json'));
    expect(upcoming.scheduled_maintenances.map((m) => m.id)).toContain('maintenance/2026/nam-can-database-upgrade');
    expect(upcoming.scheduled_maintenances.every((m) => m.status === 'scheduled' && m.scheduled_for > SAMPLE_NOW)).toBe(true);
    const cancelled = index.maintenance.filter((m) => m.data.cancelled).map((m) => `maintenance/${m.id}`);
    expect(cancelled.length).toBeGreaterThan(0);
    for (const list of [active, upcoming, summary]) for (const m of list.scheduled_maintenances) expect(cancelled).not.toContain(m.id);
  });

  it('lists incidents newest first with their updates newest first, statuses from the content', () => {
    const { incidents } = STATUSPAGE['/api/v2/incidents.json'].parse(json('/api/v2/incidents.json'));
    expect(incidents.length).toBe(Math.min(50, index.incidents.length));
    expect(incidents.map((i) => i.started_at)).toEqual([...incidents.map((i) => i.started_at)].sort().reverse());
    const complete = incidents.find((i) => i.id === 'incidents/2026/nam-cannot-save-records')!;
    expect(complete.status).toBe('postmortem');
    const due = incidents.find((i) => i.id === 'incidents/2026/apj-api-errors')!;
    expect(due.status).toBe('resolved');
    for (const i of incidents) {
      expect(i.incident_updates.map((u) => u.display_at)).toEqual([...i.incident_updates.map((u) => u.display_at)].sort().reverse());
      expect(i.shortlink).toBe(`${index.site.url}/${i.id}/`);
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

  it('carries regions with windows and bounded timelines, open incidents, maintenance and PIR states', () => {
    const data = native.parse(json('/api/heliograph.json'));
    expect(data.regions.map((r) => r.code)).toEqual(index.regions.map((r) => r.code));
    const eur = data.regions.find((r) => r.code === 'EUR')!;
    expect(eur.window).toMatchObject({ daily: '18:00-03:00', crosses_midnight: true });
    expect(eur.status).toBe('major_outage');
    expect(eur.timeline.recent[0]!.at <= SAMPLE_NOW.replace('Z', '.000Z')).toBe(true);
    expect(eur.timeline.upcoming.every((i) => i.at > SAMPLE_NOW)).toBe(true);
    expect(data.open_incidents.map((i) => i.id)).toContain('incidents/2026/eur-gbr-sign-in-failures');
    expect(data.active_maintenance.find((m) => m.id === 'maintenance/2026/fra-ger-reporting-migration')?.state).toBe('overran');
    expect(data.upcoming_maintenance.map((m) => m.id)).toContain('maintenance/2026/nam-can-database-upgrade');
    const pirOf = (id: string) => data.pir.find((p) => p.id === `incidents/2026/${id}`)?.state;
    expect(pirOf('apj-api-errors')).toBe('due');
    expect(pirOf('ind-reporting-outage')).toBe('overdue');
    expect(pirOf('nam-cannot-save-records')).toBe('published');
  });

  it('never grows with the whole history', () => {
    const data = native.parse(json('/api/heliograph.json'));
    const timelineItems = data.regions.reduce((n, r) => n + r.timeline.recent.length + r.timeline.upcoming.length, 0);
    const allTimelineItems = [...index.timelines.values()].reduce((n, t) => n + t.length, 0);
    expect(timelineItems).toBeLessThanOrEqual(index.regions.length * 30);
    expect(timelineItems).toBeLessThan(allTimelineItems);
  });
});
