/** How the policy ledger's figures read on /policy/ pages: words, never colour alone. */
import { formatDuration } from '../status/incident.ts';
import type { WindowOutcome } from '../policy/maintenance-notice.ts';
import type { PirTimeliness } from '../policy/pir-timeliness.ts';
import type { Rate } from '../policy/ledger.ts';
import { formatUtc } from './format.ts';

/** `11 of 12`, or `none yet` when nothing counted. */
export function rateText(r: Rate): string {
  return r.of === 0 ? 'none yet' : `${r.kept} of ${r.of}`;
}

/** `14 min`, `16.5 min` */
export function minutesText(minutes: number): string {
  const rounded = Math.round(minutes * 10) / 10;
  return `${rounded} min`;
}

/** Whole days, rounded down as `check` reports them: 4.9 days of notice are `4 days`. */
export function noticeDaysText(days: number): string {
  const whole = Math.floor(days);
  return whole === 1 ? '1 day' : `${whole} days`;
}

const businessDays = (n: number) => (n === 1 ? '1 business day' : `${n} business days`);

export function pirText(pir: PirTimeliness): string {
  switch (pir.kind) {
    case 'not_required':
      return 'No deadline';
    case 'pending':
      return 'Incident still open';
    case 'due':
      return `Due by ${formatUtc(pir.dueAt)}`;
    case 'overdue':
      return `Overdue by ${businessDays(pir.businessDaysLate)}`;
    case 'on_time':
      return 'On time';
    case 'late':
      return `Late by ${businessDays(pir.businessDaysLate)}`;
  }
}

export function windowText(outcome: WindowOutcome): string {
  switch (outcome.kind) {
    case 'within':
      return 'Finished within its window';
    case 'overran':
      return outcome.stillRunning
        ? `Running past its window (${formatDuration(outcome.minutes * 60_000)} so far)`
        : `Overran by ${formatDuration(outcome.minutes * 60_000)}`;
    case 'open':
      return outcome.state === 'cancelled' ? 'Cancelled' : outcome.state === 'in_progress' ? 'In progress' : 'Not started';
  }
}

/** `Kept` / `Missed` for a promise whose outcome is known. */
export const keptText = (kept: boolean) => (kept ? 'Kept' : 'Missed');
