/**
 * The content contract (shared/spec/content-format.md) as zod schemas.
 * One definition serves the Astro content collections, the build's validation
 * pass and the CLI. Objects are strict: an unknown key is an error.
 * Each `error` text says what was expected; the reporter adds what was found.
 */
import { z } from 'zod';
import { isCalendarDate, parseIsoTime } from '../time/iso.ts';
import { WINDOW } from '../time/daily-window.ts';

export const TIME_EXPECTED = 'an ISO 8601 time with a zone, e.g. 2026-11-03T08:12:00Z';

/** A time as source text, normalised to UTC (`2026-11-03T08:12:00.000Z`). */
export const time = z.string({ error: TIME_EXPECTED }).transform((text, ctx) => {
  const parsed = parseIsoTime(text);
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: `${TIME_EXPECTED}; this is ${parsed.reason}` });
    return z.NEVER;
  }
  return parsed.iso;
});

const text = z.string({ error: 'text' }).trim().min(1, { error: 'non-empty text' });

export const REGION_CODE = /^[A-Z][A-Z0-9-]*$/;
export const COMPONENT_ID = /^[a-z0-9][a-z0-9-]*$/;
export const GLOBAL = 'global';

const regionCode = z
  .string({ error: 'a region code such as NAM' })
  .refine((code) => code === GLOBAL || REGION_CODE.test(code), {
    error: 'an upper-case region code such as NAM or GCC-HIGH, or global',
  });

const regionList = z
  .array(regionCode, { error: 'a list of region codes, e.g. [EUR, GBR] or [global]' })
  .min(1, { error: 'at least one region code, or [global]' })
  .refine((codes) => !codes.includes(GLOBAL) || codes.length === 1, {
    error: 'global alone ([global]) or a list of region codes without it',
  });

const componentId = z.string({ error: 'a component id' }).regex(COMPONENT_ID, {
  error: 'a lower-case component id such as sign-in',
});

const componentList = z.array(componentId, { error: 'a list of component ids, e.g. [sign-in]' });


const dailyWindow = z
  .string({ error: 'a daily UTC window "HH:MM-HH:MM"' })
  .regex(WINDOW, { error: 'a daily UTC window "HH:MM-HH:MM" (00:00-23:59, ASCII hyphen), e.g. "02:00-11:00"' })
  .refine((w) => w.slice(0, 5) !== w.slice(6), { error: 'a window whose start and end differ' });

// ─── site.yaml, regions.yaml, components.yaml ────────────────────────────────

export const siteSchema = z.strictObject({
  title: text,
  url: z
    .string({ error: 'an absolute http(s) URL' })
    .refine((u) => /^https?:\/\/[^\s/]+/.test(u) && URL.canParse(u), { error: 'an absolute http(s) URL' }),
  description: text.optional(),
  sla: z
    .number({ error: 'a percentage above 0 and at most 100, e.g. 99.9' })
    .gt(0, { error: 'a percentage above 0 and at most 100' })
    .lte(100, { error: 'a percentage above 0 and at most 100' })
    .default(99.9),
  pir_business_days: z.number({ error: 'a whole number ≥ 0' }).int({ error: 'a whole number ≥ 0' }).min(0, { error: 'a whole number ≥ 0' }).default(5),
  maintenance_notice_days: z.number({ error: 'a whole number ≥ 0' }).int({ error: 'a whole number ≥ 0' }).min(0, { error: 'a whole number ≥ 0' }).default(5),
  holidays: z
    .array(z.string({ error: 'a date yyyy-mm-dd' }).refine(isCalendarDate, { error: 'a real calendar date yyyy-mm-dd' }), {
      error: 'a list of dates yyyy-mm-dd',
    })
    .default([]),
  horizon_days: z
    .number({ error: 'a whole number of days from 1 to 60' })
    .int({ error: 'a whole number of days from 1 to 60' })
    .min(1, { error: 'a whole number of days from 1 to 60' })
    .max(60, { error: 'a whole number of days from 1 to 60' })
    .optional(),
  stale_after_minutes: z
    .number({ error: 'a whole number of minutes ≥ 1' })
    .int({ error: 'a whole number of minutes ≥ 1' })
    .min(1, { error: 'a whole number of minutes ≥ 1' })
    .optional(),
  repo: z
    .string({ error: 'the repository URL, e.g. https://github.com/org/status' })
    .refine((u) => /^https?:\/\//.test(u) && URL.canParse(u), { error: 'an absolute http(s) URL' })
    .optional(),
  // For `npm run notify` (docs/notifications.md): who emails come from and how to unsubscribe.
  notifications: z
    .strictObject(
      {
        from: z
          .string({ error: 'a sender such as "Contoso Status <status@example.com>"' })
          .refine((s) => /^[^<>@\s]+@[^<>@\s]+\.[^<>@\s]+$|<[^<>@\s]+@[^<>@\s]+>$/.test(s.trim()), {
            error: 'a sender address such as status@example.com or "Contoso Status <status@example.com>"',
          }),
        unsubscribe: z
          .string({ error: 'a mailto: address or an https URL' })
          .refine((u) => /^(mailto:[^\s@]+@[^\s@]+|https?:\/\/\S+)$/.test(u) && URL.canParse(u), {
            error: 'a mailto: address or an absolute http(s) URL, e.g. mailto:status-unsubscribe@example.com',
          }),
      },
      { error: 'a mapping with from and unsubscribe' },
    )
    .optional(),
});

export const regionSchema = z.strictObject({
  code: z.string({ error: 'an upper-case region code' }).regex(REGION_CODE, {
    error: 'an upper-case region code such as NAM or GCC-HIGH',
  }).refine((c) => c !== GLOBAL, { error: 'a code other than the reserved global' }),
  name: text,
  host: text,
  window: dailyWindow,
});
export const regionsSchema = z.array(regionSchema, { error: 'a list of regions' });

export const componentSchema = z.strictObject({
  id: componentId,
  name: text,
  group: text,
  description: text.optional(),
});
export const componentsSchema = z.array(componentSchema, { error: 'a list of components' });

// ─── entries ─────────────────────────────────────────────────────────────────

export const INCIDENT_STATUSES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export const MAINTENANCE_STATUSES = ['scheduled', 'in_progress', 'verifying', 'completed'] as const;
export const INCIDENT_IMPACTS = ['degraded_performance', 'partial_outage', 'major_outage'] as const;
export const MAINTENANCE_IMPACTS = ['under_maintenance', 'degraded_performance', 'major_outage'] as const;

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `one of ${values.join(', ')}` });

const update = <const T extends readonly [string, ...string[]]>(statuses: T) =>
  z.strictObject({ at: time, status: oneOf(statuses), text });

export const incidentSchema = z.strictObject({
  title: text,
  severity: oneOf(['minor', 'major']),
  impact: oneOf(INCIDENT_IMPACTS),
  regions: regionList,
  components: componentList.min(1, { error: 'at least one component id' }),
  started: time,
  resolved: time.optional(),
  tracking_id: text.optional(),
  workaround: text.optional(),
  updates: z
    .array(update(INCIDENT_STATUSES), { error: 'a list of updates (at, status, text), oldest first' })
    .min(1, { error: 'at least one update' }),
  pir_published: time.optional(),
});

export const maintenanceSchema = z.strictObject({
  title: text,
  type: oneOf(['planned', 'unplanned']),
  security: z.boolean({ error: 'true or false' }).default(false),
  regions: regionList,
  components: componentList.optional(),
  impact: oneOf(MAINTENANCE_IMPACTS).default('under_maintenance'),
  window: z.strictObject({ start: time, end: time }, { error: 'a mapping with start and end times' }),
  announced: time,
  expected_impact: text.optional(),
  completed: time.optional(),
  cancelled: z.boolean({ error: 'true or false' }).default(false),
  updates: z
    .array(update(MAINTENANCE_STATUSES), { error: 'a list of updates (at, status, text), oldest first' })
    .default([]),
});

export const releaseSchema = z.strictObject({
  title: text,
  type: oneOf(['major', 'minor']),
  version: z
    .string({
      error: (issue) =>
        typeof issue.input === 'number'
          ? 'a quoted string such as "9.2.2611.3" (unquoted, YAML reads 9.20 as the number 9.2)'
          : 'a version string such as "9.2.2611.3"',
    })
    .trim()
    .min(1, { error: 'a version string such as "9.2.2611.3"' }),
  announced: time,
  components: componentList.min(1, { error: 'at least one component id' }),
  rollout: z
    .array(z.strictObject({ regions: regionList, at: time }), {
      error: 'a list of stages (regions, at), first stage first',
    })
    .min(1, { error: 'at least one stage' }),
  database_lag_hours: z.number({ error: 'a number of hours ≥ 0' }).min(0, { error: 'a number of hours ≥ 0' }).default(24),
});

export const noticeSchema = z.strictObject({
  title: text,
  type: oneOf(['awareness', 'readiness']),
  published: time,
  regions: regionList,
  expires: time.optional(),
});

export const ENTRY_SCHEMAS = {
  incidents: incidentSchema,
  maintenance: maintenanceSchema,
  releases: releaseSchema,
  notices: noticeSchema,
} as const;

export type SiteConfig = z.output<typeof siteSchema>;
export type Region = z.output<typeof regionSchema>;
export type Component = z.output<typeof componentSchema>;
export type IncidentData = z.output<typeof incidentSchema>;
export type MaintenanceData = z.output<typeof maintenanceSchema>;
export type ReleaseData = z.output<typeof releaseSchema>;
export type NoticeData = z.output<typeof noticeSchema>;
export type Impact = (typeof INCIDENT_IMPACTS)[number] | (typeof MAINTENANCE_IMPACTS)[number];
