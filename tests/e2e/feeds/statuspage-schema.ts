/**
 * Statuspage's public v2 API, field for field (strict: no missing, no extra
 * fields): the site-wide files and every region's are checked against it.
 */
import { z } from 'zod';

export const time = z.iso.datetime({ offset: true });
export const componentStatus = z.enum(['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance']);
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

export const STATUSPAGE = {
  '/api/v2/summary.json': z.strictObject({ page, components: z.array(component), incidents: z.array(incident), scheduled_maintenances: z.array(scheduledMaintenance), status }),
  '/api/v2/status.json': z.strictObject({ page, status }),
  '/api/v2/components.json': z.strictObject({ page, components: z.array(component) }),
  '/api/v2/incidents.json': z.strictObject({ page, incidents: z.array(incident).max(50) }),
  '/api/v2/incidents/unresolved.json': z.strictObject({ page, incidents: z.array(incident) }),
  '/api/v2/scheduled-maintenances.json': z.strictObject({ page, scheduled_maintenances: z.array(scheduledMaintenance).max(50) }),
  '/api/v2/scheduled-maintenances/upcoming.json': z.strictObject({ page, scheduled_maintenances: z.array(scheduledMaintenance).max(50) }),
  '/api/v2/scheduled-maintenances/active.json': z.strictObject({ page, scheduled_maintenances: z.array(scheduledMaintenance) }),
} as const;
