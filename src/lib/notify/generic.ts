/**
 * The generic JSON webhook, payload version 1 (docs/notifications.md): the
 * change itself, plus the Statuspage webhook shape (`meta`, `page`,
 * `incident` with `incident_updates`) where it fits, so receivers written
 * for Statuspage read incidents and maintenance unchanged. The body is
 * signed with HMAC-SHA256; the signature goes in `X-Heliograph-Signature`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Change } from '../changes/change.ts';
import { entryKey } from '../index/site-index.ts';
import { incidentStatus } from '../status/incident.ts';
import { maintenanceStatus } from '../status/maintenance.ts';
import { postedUpdates } from '../status/updates.ts';
import { entryUrl, subscribeUrl } from './links.ts';
import type { MessageContext } from './message-context.ts';

export const PAYLOAD_VERSION = 1;
export const SIGNATURE_HEADER = 'X-Heliograph-Signature';

export function genericPayload({ change, site, root }: MessageContext): Record<string, unknown> {
  const url = entryUrl(site, change);
  const payload: Record<string, unknown> = {
    version: PAYLOAD_VERSION,
    event: change.kind,
    meta: { unsubscribe: subscribeUrl(site), generated_at: change.at },
    page: { id: site.url, name: site.title, url: site.url },
    change: {
      id: change.id,
      kind: change.kind,
      at: change.at,
      time_driven: change.timeDriven,
      state: change.state,
      title: change.title,
      summary: change.summary,
      facts: change.facts,
      regions: change.regions,
      components: change.components,
      severity: change.severity ?? null,
      tone: change.tone,
      url,
      entry: entryKey(change.entry),
      thread: root.id,
    },
  };
  const incident = statuspageIncident(change, url);
  if (incident) payload['incident'] = incident;
  return payload;
}

/** The entry as Statuspage's `incident` object, as it stood at the change. */
function statuspageIncident(change: Change, shortlink: string): Record<string, unknown> | undefined {
  const entry = change.entry;
  if (entry.collection === 'incidents') {
    const d = entry.data;
    const status = incidentStatus(d, change.at);
    return {
      id: entryKey(entry),
      name: d.title,
      status: status.latest?.status ?? 'investigating',
      impact: d.severity === 'major' ? 'major' : 'minor',
      created_at: d.started,
      updated_at: status.latest?.at ?? d.started,
      resolved_at: status.phase === 'resolved' ? (d.resolved ?? null) : null,
      shortlink,
      components: d.components.map((id) => ({ id })),
      incident_updates: updatesNewestFirst(d.updates, change.at),
    };
  }
  if (entry.collection === 'maintenance') {
    const d = entry.data;
    const state = maintenanceStatus(d, change.at).state;
    // Statuspage's maintenance statuses; overran is still in progress there.
    const status = state === 'overran' ? 'in_progress' : state === 'cancelled' ? 'completed' : state;
    return {
      id: entryKey(entry),
      name: d.title,
      status,
      impact: 'maintenance',
      created_at: d.announced,
      scheduled_for: d.window.start,
      scheduled_until: d.window.end,
      resolved_at: state === 'completed' ? (d.completed ?? null) : null,
      shortlink,
      components: (d.components ?? []).map((id) => ({ id })),
      incident_updates: updatesNewestFirst(d.updates, change.at),
    };
  }
  return undefined;
}

function updatesNewestFirst(updates: readonly { at: string; status: string; text: string }[], at: string) {
  return postedUpdates(updates, at)
    .map((u) => ({ status: u.status, body: u.text, created_at: u.at }))
    .reverse();
}

/** `sha256=<hex>` of the exact body bytes. */
export function signature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** What a receiver does: recompute and compare in constant time. */
export function verifySignature(body: string, secret: string, header: string | undefined): boolean {
  if (header === undefined) return false;
  const expected = Buffer.from(signature(body, secret));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
