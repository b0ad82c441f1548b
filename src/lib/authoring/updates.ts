/**
 * Posting to an incident or a maintenance event: append an update, resolve,
 * complete. Each function takes the file's text and returns the new text;
 * only the added lines are new.
 */
import { INCIDENT_STATUSES, MAINTENANCE_STATUSES } from '../content/schema.ts';
import { joinEntryText, splitEntryText } from './entry-text.ts';
import { AuthoringError } from './errors.ts';
import { frontMatterData } from './front-matter.ts';
import { appendListItem, insertPair } from './yaml-edit.ts';

export interface UpdateInput {
  /** `2026-11-21T12:00:00Z` */
  at: string;
  status: string;
  text: string;
}

export type Postable = 'incidents' | 'maintenance';

/** Where `resolved`, `completed` and a new `updates` list go, by the contract's field order. */
const AFTER = {
  resolved: ['started'],
  completed: ['expected_impact', 'announced'],
  updates: ['workaround', 'tracking_id', 'cancelled', 'completed', 'expected_impact', 'announced', 'resolved', 'started'],
} as const;

function checkText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new AuthoringError('--text: found empty text, expected what customers should know, e.g. --text "We are investigating."');
  return trimmed;
}

function withYaml(raw: string, edit: (yaml: string, data: Record<string, unknown>) => string): string {
  const entry = splitEntryText(raw);
  const yaml = edit(entry.yaml, frontMatterData(entry.yaml));
  return joinEntryText({ ...entry, yaml });
}

function addUpdate(yaml: string, update: UpdateInput): string {
  return appendListItem(yaml, 'updates', { at: update.at, status: update.status, text: checkText(update.text) }, AFTER.updates);
}

/**
 * Appends an update. An incident takes investigating | identified | monitoring
 * (resolving is `resolveIncident`); maintenance takes scheduled | in_progress |
 * verifying | completed, and `completed` also records the `completed:` time.
 */
export function postUpdate(raw: string, collection: Postable, update: UpdateInput): string {
  return withYaml(raw, (yaml, data) => {
    if (collection === 'incidents') {
      if (update.status === 'resolved') throw new AuthoringError('--status resolved: resolve an incident with npm run resolve, which also sets resolved:');
      const open = INCIDENT_STATUSES.filter((s) => s !== 'resolved');
      if (!(open as readonly string[]).includes(update.status)) {
        throw new AuthoringError(`--status: found ${JSON.stringify(update.status)}, expected one of ${open.join(', ')} for an incident`);
      }
      if (data['resolved'] !== undefined) {
        throw new AuthoringError(`the incident is already resolved (resolved: ${String(data['resolved'])}); an update after resolution would contradict it`);
      }
      return addUpdate(yaml, update);
    }
    if (!(MAINTENANCE_STATUSES as readonly string[]).includes(update.status)) {
      throw new AuthoringError(`--status: found ${JSON.stringify(update.status)}, expected one of ${MAINTENANCE_STATUSES.join(', ')} for maintenance`);
    }
    if (data['cancelled'] === true) throw new AuthoringError('the maintenance is cancelled; remove cancelled: true first if the work is going ahead');
    let next = yaml;
    if (update.status === 'completed' && data['completed'] === undefined) next = insertPair(next, 'completed', update.at, AFTER.completed);
    return addUpdate(next, update);
  });
}

/** Adds the final `resolved` update and `resolved:`; refuses an incident that is already resolved. */
export function resolveIncident(raw: string, update: Omit<UpdateInput, 'status'>): string {
  return withYaml(raw, (yaml, data) => {
    if (data['resolved'] !== undefined) {
      throw new AuthoringError(`the incident is already resolved (resolved: ${String(data['resolved'])}); nothing was changed`);
    }
    const text = checkText(update.text);
    return addUpdate(insertPair(yaml, 'resolved', update.at, AFTER.resolved), { at: update.at, status: 'resolved', text });
  });
}
