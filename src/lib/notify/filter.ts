/**
 * Whether a change reaches a subscriber. Each filter the subscriber sets must
 * match; a filter left out matches everything.
 * - regions: a change for `global` reaches every region's subscribers;
 * - components: a change naming no component concerns every component;
 * - kinds: a family (`maintenance`) or one change kind (`maintenance.started`);
 * - severity: restricts changes that have one (incidents); others pass.
 */
import type { Change } from '../changes/change.ts';
import { affects } from '../status/board.ts';
import type { Subscriber } from './subscribers.ts';

export function reaches(change: Change, s: Subscriber): boolean {
  if (s.regions && !s.regions.some((region) => affects(change.regions, region))) return false;
  if (s.components && change.components.length > 0 && !change.components.some((c) => s.components!.includes(c))) return false;
  if (s.kinds && !s.kinds.some((k) => change.kind === k || change.kind.startsWith(`${k}.`))) return false;
  if (s.severity && change.severity !== undefined && !s.severity.includes(change.severity)) return false;
  return true;
}
