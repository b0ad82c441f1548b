/**
 * `npm run new -- incident|maintenance|release|notice [flags]`: writes a new,
 * valid entry file with the current UTC time where a time is due.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { newEntryText } from '../lib/authoring/new-entry.ts';
import type { Fields } from '../lib/authoring/new-entry.ts';
import { entryId, slugify } from '../lib/authoring/slug.ts';
import { nowText, parseTimeArgument, parseWindowArgument, windowText } from '../lib/authoring/time-text.ts';
import { formatProblem } from '../lib/content/problem.ts';
import { INCIDENT_IMPACTS, INCIDENT_STATUSES, MAINTENANCE_IMPACTS } from '../lib/content/schema.ts';
import type { Collection } from '../lib/content/types.ts';
import { resolveNow } from '../lib/time/now.ts';
import { asUsage, fillMissing, listArgument, oneOfArgument } from './authoring/args.ts';
import type { Wanted } from './authoring/args.ts';
import { relativeFile, writeEntry } from './authoring/entry-file.ts';
import { runCli, UsageError } from './run.ts';

const HELP = `Usage: npm run new -- <incident|maintenance|release|notice> [flags]

Writes content/<kind>/<yyyy>/<slug>.md with the fields the content format
requires and the current UTC time where a time is due. Missing flags are
asked for when run in a terminal; otherwise the command names them and exits.
It never overwrites a file, and writes nothing that would fail check.

Every kind
  --title TEXT              the headline customers see (required)
  --slug SLUG               file name (default: from the title; a minor release uses its version)
  --body MARKDOWN           the body (default: a prompt in an HTML comment)
  --content DIR             the content folder (default: content)
  --help                    this text

incident
  --severity minor|major    major owes a post-incident report (required)
  --impact degraded_performance|partial_outage|major_outage   (required)
  --regions NAM,EUR         region codes, or global (required)
  --components sign-in,api  component ids (required)
  --text TEXT               the first update customers read (required)
  --status STATUS           of the first update: investigating (default), identified, monitoring
  --started TIME            when it began (default: now)
  --tracking-id ID          reference customers quote to support
  --workaround TEXT         what customers can do meanwhile

maintenance
  --regions NAM,CAN         (required)
  --window START/END        e.g. 2026-11-24T03:00Z/2026-11-24T07:00Z (required)
  --type planned|unplanned  (default: planned)
  --components database    (default: every component in the regions)
  --impact under_maintenance|degraded_performance|major_outage   (default: under_maintenance)
  --security                a security update that needs downtime
  --announced TIME          when customers are told (default: now)
  --expected-impact TEXT    what customers will notice
  --text TEXT               the first "scheduled" update (default: the window in words)

release
  --type major|minor        (required)
  --version VERSION         e.g. 9.2.2612.1 (required)
  --components web-client   (required)
  --stage REGIONS@TIME      a rollout stage, e.g. FRA@2026-12-07T18:00Z; repeat in rollout order (required)
  --announced TIME          (default: now)
  --database-lag-hours N    database update after each stage (default: 24)

notice
  --type awareness|readiness   (required)
  --regions global          (required)
  --published TIME          (default: now)
  --expires TIME            when it leaves the home page

Times are ISO 8601 with a zone (2026-11-24T03:00Z). HELIOGRAPH_NOW pins "now".

Example
  npm run new -- incident --title "Users in Europe cannot sign in" --severity major \\
    --impact major_outage --regions EUR,GBR --components sign-in \\
    --text "We are investigating sign-in failures in Europe. Next update in 30 minutes."`;

const KINDS: Record<string, Collection> = {
  incident: 'incidents',
  incidents: 'incidents',
  maintenance: 'maintenance',
  release: 'releases',
  releases: 'releases',
  notice: 'notices',
  notices: 'notices',
};

const COMMON = ['title', 'slug', 'body', 'content', 'help'];
const FLAGS: Record<Collection, string[]> = {
  incidents: ['severity', 'impact', 'regions', 'components', 'text', 'status', 'started', 'tracking-id', 'workaround'],
  maintenance: ['regions', 'window', 'type', 'components', 'impact', 'security', 'announced', 'expected-impact', 'text'],
  releases: ['type', 'version', 'components', 'stage', 'announced', 'database-lag-hours'],
  notices: ['type', 'regions', 'published', 'expires'],
};

const REQUIRED: Record<Collection, Wanted[]> = {
  incidents: [
    { flag: 'title', hint: 'the headline customers see' },
    { flag: 'severity', hint: 'minor or major' },
    { flag: 'impact', hint: INCIDENT_IMPACTS.join(', ') },
    { flag: 'regions', hint: 'region codes such as NAM,EUR, or global' },
    { flag: 'components', hint: 'component ids such as sign-in,api' },
    { flag: 'text', hint: 'the first update customers read' },
  ],
  maintenance: [
    { flag: 'title', hint: 'the headline customers see' },
    { flag: 'regions', hint: 'region codes such as NAM,CAN, or global' },
    { flag: 'window', hint: 'START/END, e.g. 2026-11-24T03:00Z/2026-11-24T07:00Z' },
  ],
  releases: [
    { flag: 'title', hint: 'e.g. 2027 release wave 1, or Service update 9.2.2612.1' },
    { flag: 'type', hint: 'major or minor' },
    { flag: 'version', hint: 'e.g. 9.2.2612.1' },
    { flag: 'components', hint: 'component ids such as web-client,api' },
    { flag: 'stage', hint: 'REGIONS@TIME, e.g. FRA@2026-12-07T18:00Z' },
  ],
  notices: [
    { flag: 'title', hint: 'the headline customers see' },
    { flag: 'type', hint: 'awareness or readiness' },
    { flag: 'regions', hint: 'region codes, or global' },
  ],
};

const regionCodes = (text: string) => listArgument(text).map((c) => (c.toLowerCase() === 'global' ? 'global' : c.toUpperCase()));
const componentIds = (text: string) => listArgument(text).map((c) => c.toLowerCase());
const time = (flag: string, value: string | undefined, fallback: string) =>
  value === undefined ? fallback : asUsage(() => parseTimeArgument(`--${flag}`, value));

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      title: { type: 'string' },
      slug: { type: 'string' },
      body: { type: 'string' },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', default: false },
      severity: { type: 'string' },
      impact: { type: 'string' },
      regions: { type: 'string' },
      components: { type: 'string' },
      text: { type: 'string' },
      status: { type: 'string' },
      started: { type: 'string' },
      'tracking-id': { type: 'string' },
      workaround: { type: 'string' },
      window: { type: 'string' },
      type: { type: 'string' },
      security: { type: 'boolean' },
      announced: { type: 'string' },
      'expected-impact': { type: 'string' },
      version: { type: 'string' },
      stage: { type: 'string', multiple: true },
      'database-lag-hours': { type: 'string' },
      published: { type: 'string' },
      expires: { type: 'string' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const [kind, ...extra] = positionals;
  if (kind === undefined) throw new UsageError('missing the kind: npm run new -- incident|maintenance|release|notice --title ... (see --help)');
  const collection = KINDS[kind];
  if (collection === undefined) throw new UsageError(`found ${JSON.stringify(kind)}, expected incident, maintenance, release or notice`);
  if (extra.length > 0) throw new UsageError(`found unexpected arguments ${extra.map((e) => JSON.stringify(e)).join(' ')}; quote text with spaces`);
  const given = Object.keys(values).filter((k) => values[k as keyof typeof values] !== undefined && !['content', 'help'].includes(k));
  const foreign = given.filter((flag) => !COMMON.includes(flag) && !FLAGS[collection].includes(flag));
  if (foreign.length > 0) throw new UsageError(`${foreign.map((f) => `--${f}`).join(', ')} does not apply to ${kind}; see --help`);

  const answers: Record<string, unknown> = { ...values, stage: values.stage?.length ? values.stage : undefined };
  await fillMissing(answers, REQUIRED[collection]);
  const get = (flag: string) => answers[flag] as string | undefined;
  const now = nowText(resolveNow());
  const title = get('title')!;

  let fields: Fields;
  let when: string;
  let slugSource = title;
  switch (collection) {
    case 'incidents': {
      const started = time('started', get('started'), now);
      const status = oneOfArgument('--status', get('status') ?? 'investigating', INCIDENT_STATUSES.filter((s) => s !== 'resolved'));
      fields = {
        title,
        severity: oneOfArgument('--severity', get('severity')!, ['minor', 'major']),
        impact: oneOfArgument('--impact', get('impact')!, INCIDENT_IMPACTS),
        regions: regionCodes(get('regions')!),
        components: componentIds(get('components')!),
        started,
        tracking_id: get('tracking-id'),
        workaround: get('workaround'),
        updates: [{ at: started > now ? started : now, status, text: get('text')!.trim() }],
      };
      when = started;
      break;
    }
    case 'maintenance': {
      const window = asUsage(() => parseWindowArgument('--window', get('window')!));
      const announced = time('announced', get('announced'), now);
      fields = {
        title,
        type: oneOfArgument('--type', get('type') ?? 'planned', ['planned', 'unplanned']),
        security: values.security ?? false,
        regions: regionCodes(get('regions')!),
        components: get('components') === undefined ? undefined : componentIds(get('components')!),
        impact: oneOfArgument('--impact', get('impact') ?? 'under_maintenance', MAINTENANCE_IMPACTS),
        window,
        announced,
        expected_impact: get('expected-impact'),
        updates: [{ at: announced, status: 'scheduled', text: get('text')?.trim() || `Maintenance is scheduled for ${windowText(window.start, window.end)}.` }],
      };
      when = window.start;
      break;
    }
    case 'releases': {
      const stages = ((answers['stage'] as string[] | string) ?? []) as string[] | string;
      const rollout = (Array.isArray(stages) ? stages : [stages]).map((stage) => {
        const at = stage.lastIndexOf('@');
        if (at <= 0) throw new UsageError(`--stage: found ${JSON.stringify(stage)}, expected REGIONS@TIME, e.g. EUR,GBR@2026-12-14T18:00Z`);
        return { regions: regionCodes(stage.slice(0, at)), at: asUsage(() => parseTimeArgument('--stage', stage.slice(at + 1))) };
      });
      const lag = get('database-lag-hours');
      if (lag !== undefined && !/^\d+(\.\d+)?$/.test(lag)) throw new UsageError(`--database-lag-hours: found ${JSON.stringify(lag)}, expected a number of hours ≥ 0`);
      const type = oneOfArgument('--type', get('type')!, ['major', 'minor']);
      const version = get('version')!.trim();
      fields = {
        title,
        type,
        version,
        announced: time('announced', get('announced'), now),
        components: componentIds(get('components')!),
        rollout,
        database_lag_hours: lag === undefined ? undefined : Number(lag),
      };
      when = rollout[0]!.at;
      if (type === 'minor') slugSource = version;
      break;
    }
    case 'notices': {
      const published = time('published', get('published'), now);
      fields = {
        title,
        type: oneOfArgument('--type', get('type')!, ['awareness', 'readiness']),
        published,
        regions: regionCodes(get('regions')!),
        expires: get('expires') === undefined ? undefined : time('expires', get('expires'), now),
      };
      when = published;
      break;
    }
  }

  const slug = get('slug') ?? (collection === 'releases' && slugSource !== title ? slugSource.toLowerCase() : slugify(slugSource));
  const id = asUsage(() => entryId(when, slug));
  const contentDir = values.content;
  const abs = path.resolve(contentDir, collection, `${id}.md`);
  const warnings = writeEntry(contentDir, { collection, id, abs }, newEntryText(collection, fields, get('body')), resolveNow(), { create: true });
  const key = `${collection}/${id}`;
  console.log(`Wrote ${relativeFile(abs)} (${key}).`);
  for (const warning of warnings) console.log(formatProblem(warning));
  if (collection === 'incidents' || collection === 'maintenance') {
    console.log(`Next: commit and push it, then post updates with: npm run update -- ${key} --status <status> --text "..."`);
  } else {
    console.log('Next: fill in the body, then commit and push it.');
  }
  return 0;
});
