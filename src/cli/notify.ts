/**
 * `npm run notify -- --subscribers FILE [--state FILE] [--dry-run] ...`:
 * sends every published change that is due to every subscriber whose filter
 * matches, exactly once (docs/notifications.md). Exit 0: everything due was
 * delivered; 1: something due was not (it is due again next run); 2: bad
 * input (content, subscriber file, state file, environment or arguments),
 * and then nothing is sent.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { publishedChanges } from '../lib/changes/changes.ts';
import type { Problem } from '../lib/content/problem.ts';
import { formatProblem } from '../lib/content/problem.ts';
import { validateContent } from '../lib/check/validate.ts';
import { buildIndex } from '../lib/index/site-index.ts';
import { DEFAULT_MAX_AGE_HOURS, duePlan } from '../lib/notify/due.ts';
import type { Delivery } from '../lib/notify/due.ts';
import { threadRoots } from '../lib/notify/links.ts';
import { describeDelivery, outgoing } from '../lib/notify/outgoing.ts';
import type { OutgoingOptions } from '../lib/notify/outgoing.ts';
import { DEFAULT_RETRY } from '../lib/notify/retry.ts';
import type { Outcome } from '../lib/notify/retry.ts';
import { runDeliveries } from '../lib/notify/run.ts';
import { createMailer } from '../lib/notify/send-email.ts';
import type { Mailer } from '../lib/notify/send-email.ts';
import { postWebhook } from '../lib/notify/send-webhook.ts';
import { readStateFile, writeStateFile } from '../lib/notify/state-file.ts';
import { environmentProblems, parseSubscribers } from '../lib/notify/subscribers.ts';
import { resolveNow } from '../lib/time/now.ts';
import { runCli, UsageError } from './run.ts';

const DEFAULT_STATE = '.heliograph/notify-state.json';
const DEFAULT_TIMEOUT_MS = 10_000;

const HELP = `Usage: npm run notify -- --subscribers FILE [options]

Sends every published change (incident updates, maintenance starting,
running past its window and completing, release notices and stages, notices)
to every subscriber whose filter matches, exactly once. Run it after a build.

  --subscribers FILE  the subscriber file (YAML, not in the public content);
                      default: $HELIOGRAPH_SUBSCRIBERS
  --state FILE        what was delivered to whom (JSON, written after each
                      delivery); default: $HELIOGRAPH_NOTIFY_STATE or ${DEFAULT_STATE}
  --content DIR       the content folder; default: $HELIOGRAPH_CONTENT or content
  --max-age HOURS     changes older than this are recorded, not sent (default ${DEFAULT_MAX_AGE_HOURS});
                      the first run on an existing site sends nothing from the past
  --dry-run           print exactly what would be sent and recorded; send and write nothing
  --timeout MS        per attempt (default ${DEFAULT_TIMEOUT_MS})
  --attempts N        attempts per message within this run (default ${DEFAULT_RETRY.attempts})
  --backoff MS        pause before the second attempt, doubled after (default ${DEFAULT_RETRY.backoffMs})
  --help              this text

Environment: SMTP_URL (smtp://user:pass@host:587 or smtps://…) for email
subscribers; the webhook URL and secret variables the subscriber file names;
HELIOGRAPH_NOW pins "now"; SITE_URL overrides url in site.yaml.

Exit status: 0 everything due was delivered; 1 something due was not (it
stays due for the next run); 2 bad input, and nothing was sent.`;

class InputProblems extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super('bad input');
    this.problems = problems;
  }
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      subscribers: { type: 'string' },
      state: { type: 'string' },
      content: { type: 'string' },
      'max-age': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      timeout: { type: 'string' },
      attempts: { type: 'string' },
      backoff: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const env = process.env;
  const maxAgeHours = numberArgument('--max-age', values['max-age'], DEFAULT_MAX_AGE_HOURS, 'a number of hours ≥ 0');
  const timeoutMs = numberArgument('--timeout', values.timeout, DEFAULT_TIMEOUT_MS, 'a number of milliseconds > 0', 1);
  const attempts = numberArgument('--attempts', values.attempts, DEFAULT_RETRY.attempts, 'a whole number ≥ 1', 1, true);
  const backoffMs = numberArgument('--backoff', values.backoff, DEFAULT_RETRY.backoffMs, 'a number of milliseconds ≥ 0');
  const subscribersFile = values.subscribers ?? env['HELIOGRAPH_SUBSCRIBERS'];
  if (!subscribersFile) throw new UsageError('--subscribers: missing, expected the subscriber file (or set HELIOGRAPH_SUBSCRIBERS)');
  const stateFile = values.state ?? (env['HELIOGRAPH_NOTIFY_STATE'] || DEFAULT_STATE);
  const contentDir = values.content ?? (env['HELIOGRAPH_CONTENT'] || 'content');
  const dryRun = values['dry-run'];
  const now = resolveNow();

  try {
    // ─── everything is read and checked before anything is sent ───
    const validation = validateContent(contentDir, now);
    const contentErrors = validation.problems.filter((p) => p.severity === 'error');
    if (contentErrors.length > 0) throw new InputProblems(contentErrors);
    const content = validation.content;
    if (env['SITE_URL']) content.site = { ...content.site, url: env['SITE_URL'] };

    let bytes: Uint8Array;
    try {
      bytes = readFileSync(subscribersFile);
    } catch {
      throw new InputProblems([{ severity: 'error', file: subscribersFile, field: '-', message: 'found no such file, expected the subscriber file (YAML list)' }]);
    }
    const parsed = parseSubscribers(subscribersFile, bytes, { regions: content.regions.map((r) => r.code), components: content.components.map((c) => c.id) });
    if (!parsed.ok) throw new InputProblems(parsed.problems);
    const subscribers = parsed.subscribers;

    const setup: Problem[] = environmentProblems(subscribersFile, bytes, subscribers, env);
    const emails = subscribers.some((s) => s.email !== undefined);
    const from = content.site.notifications?.from;
    if (emails && !from) {
      setup.push({ severity: 'error', file: `${contentDir}/site.yaml`, field: 'notifications.from', message: 'missing, expected the sender of notification emails, e.g. "Contoso Status <status@example.com>"' });
    }
    const smtpUrl = env['SMTP_URL'];
    if (emails && (!smtpUrl || !/^smtps?:\/\//.test(smtpUrl) || !URL.canParse(smtpUrl))) {
      setup.push({ severity: 'error', file: 'environment', field: 'SMTP_URL', message: `found ${smtpUrl ? 'something that is not an smtp:// or smtps:// URL' : 'nothing'}, expected the SMTP server, e.g. smtps://user:password@smtp.example.com:465` });
    }
    // A dry run shows what would go out even where secrets are not available.
    if (setup.length > 0 && !dryRun) throw new InputProblems(setup);
    for (const p of setup) console.log(formatProblem({ ...p, severity: 'warning' }));

    const stateRead = readStateFile(stateFile);
    if (!stateRead.ok) throw new InputProblems([stateRead.problem]);

    // ─── what is due ───
    const changes = publishedChanges(buildIndex(content, now));
    const plan = duePlan(changes, subscribers, stateRead.state, now, maxAgeHours * 3_600_000);
    const options: OutgoingOptions = { site: content.site, roots: threadRoots(changes), env };
    const describe = (d: Delivery) => describeDelivery(d, outgoing(d, options));

    if (dryRun) {
      for (const d of plan.send) console.log(`would send   ${describe(d)}`);
      console.log(`dry run at ${now}: ${plan.send.length} to send, ${plan.record.length} older than ${maxAgeHours} h to record without sending; nothing sent or written`);
      return 0;
    }

    // ─── send ───
    let mailer: Mailer | undefined;
    const deliver = async (d: Delivery): Promise<Outcome> => {
      const out = outgoing(d, options);
      if (out.channel === 'email') {
        mailer ??= createMailer(smtpUrl!, from!, timeoutMs);
        return mailer.send(out.to, out.email);
      }
      return postWebhook(env[out.urlEnv]!, out.body, out.headers, timeoutMs);
    };
    try {
      const report = await runDeliveries({
        plan,
        state: stateRead.state,
        now,
        deliver,
        save: (state) => writeStateFile(stateFile, state),
        retry: { attempts, backoffMs },
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        log: (line) => console.log(line),
        describe,
      });
      const permanent = report.failed.filter((f) => f.failure === 'permanent').length;
      const transient = report.failed.length - permanent;
      console.log(
        `notify at ${now}: ${report.sent} sent, ${report.recorded} recorded without sending, ${transient} left for the next run, ${permanent} rejected`,
      );
      return report.failed.length === 0 ? 0 : 1;
    } finally {
      mailer?.close();
    }
  } catch (error) {
    if (!(error instanceof InputProblems)) throw error;
    for (const p of error.problems) console.error(formatProblem(p));
    console.error(`notify stopped: ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}; nothing was sent`);
    return 2;
  }
});

function numberArgument(flag: string, text: string | undefined, fallback: number, expected: string, min = 0, whole = false): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < min || (whole && !Number.isInteger(n))) {
    throw new UsageError(`${flag}: found ${JSON.stringify(text)}, expected ${expected}`);
  }
  return n;
}
