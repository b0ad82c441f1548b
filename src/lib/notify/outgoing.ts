/**
 * The exact message one delivery sends, as plain data: the email, or the
 * webhook body and headers. The senders (send-email.ts, send-webhook.ts) only
 * transmit it; `--dry-run` prints it.
 */
import type { Change } from '../changes/change.ts';
import { entryKey } from '../index/site-index.ts';
import type { Delivery } from './due.ts';
import type { EmailMessage } from './email.ts';
import { emailMessage } from './email.ts';
import { genericPayload, signature, SIGNATURE_HEADER } from './generic.ts';
import type { MessageContext } from './message-context.ts';
import { slackMessage } from './slack.ts';
import { teamsMessage } from './teams.ts';

export type Outgoing =
  | { channel: 'email'; to: string; email: EmailMessage }
  | { channel: 'slack' | 'teams' | 'generic'; urlEnv: string; body: string; headers: Record<string, string> };

export interface OutgoingOptions {
  site: MessageContext['site'];
  roots: Map<string, Change>;
  /** Environment values (webhook secrets); read by the CLI, passed in. */
  env: Record<string, string | undefined>;
}

export function outgoing({ change, subscriber }: Delivery, options: OutgoingOptions): Outgoing {
  const context: MessageContext = { change, site: options.site, root: options.roots.get(entryKey(change.entry)) ?? change };
  if (subscriber.email !== undefined) return { channel: 'email', to: subscriber.email, email: emailMessage(context) };
  const hook = subscriber.webhook!;
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'User-Agent': 'Heliograph-Notify/1',
  };
  if (hook.type === 'slack') return { channel: 'slack', urlEnv: hook.url_env, body: JSON.stringify(slackMessage(context)), headers };
  if (hook.type === 'teams') return { channel: 'teams', urlEnv: hook.url_env, body: JSON.stringify(teamsMessage(context)), headers };
  const body = JSON.stringify(genericPayload(context));
  return {
    channel: 'generic',
    urlEnv: hook.url_env,
    body,
    headers: {
      ...headers,
      'X-Heliograph-Event': change.kind,
      // The same for every attempt and every run: receivers can drop a repeat.
      'X-Heliograph-Delivery': `${change.id} ${subscriber.id}`,
      [SIGNATURE_HEADER]: signature(body, options.env[hook.secret_env!] ?? ''),
    },
  };
}

/** One line for logs and `--dry-run`: channel, subscriber, change, what it says. */
export function describeDelivery({ change, subscriber }: Delivery, out: Outgoing): string {
  const where = out.channel === 'email' ? out.to : `$${out.urlEnv}`;
  return `${out.channel.padEnd(7)} ${subscriber.id} (${where}) ${change.id}: ${out.channel === 'email' ? out.email.subject : change.title}`;
}
