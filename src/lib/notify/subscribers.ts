/**
 * The subscriber file (not public content: it names people and secrets'
 * environment variables). A YAML list; each subscriber has an id, exactly one
 * channel (an email address, or a webhook whose URL lives in an environment
 * variable) and optional filters. Problems come back as `file:line: field`,
 * exactly like content problems.
 */
import { z } from 'zod';
import type { ChangeKind } from '../changes/change.ts';
import { problemAt, zodProblems } from '../content/load.ts';
import type { Problem } from '../content/problem.ts';
import { describeFound, sortProblems } from '../content/problem.ts';
import { isPlainObject, parseYamlSource } from '../content/source.ts';

export const CHANGE_KINDS: readonly ChangeKind[] = [
  'incident.opened',
  'incident.updated',
  'incident.resolved',
  'incident.pir_published',
  'maintenance.announced',
  'maintenance.updated',
  'maintenance.started',
  'maintenance.overran',
  'maintenance.completed',
  'maintenance.cancelled',
  'release.announced',
  'release.notice',
  'release.stage_reached',
  'notice.published',
];
/** A kind filter names a family (`incident`) or one change kind (`incident.resolved`). */
export const KIND_FILTERS = ['incident', 'maintenance', 'release', 'notice', ...CHANGE_KINDS] as const;
export const WEBHOOK_TYPES = ['slack', 'teams', 'generic'] as const;

const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

const envName = z
  .string({ error: 'the name of an environment variable, e.g. SLACK_OPS_URL' })
  .regex(ENV_NAME, { error: 'the name of an environment variable in upper case, e.g. SLACK_OPS_URL (the URL itself stays out of git)' });

const list = <T extends z.ZodType>(item: T, example: string) =>
  z.array(item, { error: `a list, e.g. ${example}` }).min(1, { error: `at least one value (leave the filter out to receive everything), e.g. ${example}` });

export const subscriberSchema = z
  .strictObject({
    id: z
      .string({ error: 'an id of lower-case letters, digits and "-", e.g. ops-europe' })
      .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'an id of lower-case letters, digits and "-", e.g. ops-europe' }),
    email: z.string({ error: 'an email address' }).regex(EMAIL, { error: 'an email address such as ops@example.com' }).optional(),
    webhook: z
      .strictObject(
        {
          type: z.enum(WEBHOOK_TYPES, { error: `one of ${WEBHOOK_TYPES.join(', ')}` }),
          url_env: envName,
          secret_env: envName.optional(),
        },
        { error: 'a mapping with type and url_env' },
      )
      .optional(),
    regions: list(z.string({ error: 'a region code' }), '[EUR, GBR]').optional(),
    components: list(z.string({ error: 'a component id' }), '[sign-in]').optional(),
    kinds: list(z.enum(KIND_FILTERS, { error: `one of incident, maintenance, release, notice, or a change kind such as incident.resolved` }), '[incident, maintenance]').optional(),
    severity: list(z.enum(['minor', 'major'], { error: 'one of minor, major' }), '[major]').optional(),
  })
  .superRefine((s, ctx) => {
    if ((s.email === undefined) === (s.webhook === undefined)) {
      ctx.addIssue({ code: 'custom', path: [], message: 'exactly one channel: email or webhook' });
    }
    if (s.webhook?.type === 'generic' && s.webhook.secret_env === undefined) {
      ctx.addIssue({ code: 'custom', path: ['webhook', 'secret_env'], message: 'the environment variable holding the HMAC-SHA256 signing secret (a generic webhook is always signed)' });
    }
    if (s.webhook && s.webhook.type !== 'generic' && s.webhook.secret_env !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['webhook', 'secret_env'], message: 'no secret_env: only generic webhooks are signed (Slack and Teams keep the secret in the URL)' });
    }
  });

export type Subscriber = z.output<typeof subscriberSchema>;
export type Channel = 'email' | (typeof WEBHOOK_TYPES)[number];

export function channelOf(s: Subscriber): Channel {
  return s.email !== undefined ? 'email' : s.webhook!.type;
}

export interface Known {
  regions: readonly string[];
  components: readonly string[];
}

export type SubscribersResult = { ok: true; subscribers: Subscriber[] } | { ok: false; problems: Problem[] };

/** Parses and validates the file; region and component filters must name ones in the content. */
export function parseSubscribers(file: string, bytes: Uint8Array, known: Known): SubscribersResult {
  const parsed = parseYamlSource(file, bytes);
  if (!parsed.ok) return parsed;
  const problems: Problem[] = [];
  if (!Array.isArray(parsed.data)) {
    return { ok: false, problems: [{ severity: 'error', file, line: 1, field: '-', message: `found ${describeFound(parsed.data)}, expected a YAML list of subscribers` }] };
  }
  const subscribers: Subscriber[] = [];
  const firstLine = new Map<string, number | undefined>();
  parsed.data.forEach((raw, index) => {
    const result = subscriberSchema.safeParse(raw);
    let ok = result.success;
    if (!result.success) problems.push(...zodProblems(file, raw, parsed.lines, result.error, subscriberSchema as unknown as z.ZodType, [index]));
    // Checked on the raw data, so a typo in a region is reported even when another field is wrong too.
    const unknownValues = (field: 'regions' | 'components', allowed: readonly string[], what: string) => {
      const values = isPlainObject(raw) && Array.isArray(raw[field]) ? (raw[field] as unknown[]) : [];
      values.forEach((value, i) => {
        if (typeof value !== 'string' || allowed.includes(value)) return;
        ok = false;
        const hint = field === 'regions' ? ' (leave regions out for every region)' : '';
        problems.push(problemAt(file, parsed.lines, [index, field, i], `found ${describeFound(value)}, expected ${what}: ${allowed.join(', ')}${hint}`));
      });
    };
    unknownValues('regions', known.regions, 'a region code from regions.yaml');
    unknownValues('components', known.components, 'a component id from components.yaml');
    if (!result.success) return;
    const s = result.data;
    const line = parsed.lines[`${index}.id`];
    if (firstLine.has(s.id)) {
      const where = firstLine.get(s.id);
      problems.push(problemAt(file, parsed.lines, [index, 'id'], `found ${JSON.stringify(s.id)} again${where === undefined ? '' : ` (first on line ${where})`}, expected each subscriber id once (the state file is keyed by it)`));
      ok = false;
    } else firstLine.set(s.id, line);
    if (ok) subscribers.push(s);
  });
  return problems.length > 0 ? { ok: false, problems: sortProblems(problems) } : { ok: true, subscribers };
}

/** Environment variables the subscribers need that are unset or not usable. */
export function environmentProblems(file: string, bytes: Uint8Array, subscribers: readonly Subscriber[], env: Record<string, string | undefined>): Problem[] {
  const parsed = parseYamlSource(file, bytes);
  const lines = parsed.ok ? parsed.lines : {};
  const problems: Problem[] = [];
  subscribers.forEach((s) => {
    if (!s.webhook) return;
    // The index in the file, for the line: ids are unique once validated.
    const index = parsed.ok && Array.isArray(parsed.data) ? parsed.data.findIndex((raw) => (raw as { id?: unknown })?.id === s.id) : -1;
    const url = env[s.webhook.url_env];
    if (url === undefined || url === '') {
      problems.push(problemAt(file, lines, [index, 'webhook', 'url_env'], `found ${s.webhook.url_env} unset, expected it to hold the webhook URL`));
    } else if (!/^https?:\/\//.test(url) || !URL.canParse(url)) {
      problems.push(problemAt(file, lines, [index, 'webhook', 'url_env'], `found ${s.webhook.url_env} holding something that is not an http(s) URL, expected the webhook URL`));
    }
    const secretName = s.webhook.secret_env;
    if (secretName !== undefined && !env[secretName]) {
      problems.push(problemAt(file, lines, [index, 'webhook', 'secret_env'], `found ${secretName} unset, expected it to hold the signing secret`));
    }
  });
  return problems;
}
