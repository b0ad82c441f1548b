/**
 * How each tone of change looks in a message: the policy's banner colour
 * (DOMAIN.md), plus a word and an icon so colour is never the only signal.
 * Every colour is paired with its own text colour (contrast ≥ 7:1), so the
 * banner stays readable when a mail client switches to dark mode.
 */
import type { Change, ChangeTone } from '../changes/change.ts';
import { ICON } from '../display/banner.ts';

export interface ToneStyle {
  /** Banner background, `#rrggbb`. */
  background: string;
  /** Text on the banner. */
  foreground: string;
  /** A darker edge, so the banner shows even where backgrounds are dropped. */
  edge: string;
  icon: string;
  word: string;
  /** Adaptive Card container style (Teams). */
  teamsStyle: 'attention' | 'warning' | 'good' | 'accent' | 'emphasis';
}

export const TONE_STYLE: Record<ChangeTone, ToneStyle> = {
  major_incident: { background: '#f97316', foreground: '#111111', edge: '#9a3412', icon: ICON.warning, word: 'Major incident', teamsStyle: 'attention' },
  maintenance: { background: '#fed7aa', foreground: '#111111', edge: '#c2410c', icon: ICON.tools, word: 'Maintenance', teamsStyle: 'warning' },
  restored: { background: '#bbf7d0', foreground: '#111111', edge: '#15803d', icon: ICON.check, word: 'Service restored', teamsStyle: 'good' },
  awareness: { background: '#bfdbfe', foreground: '#111111', edge: '#1d4ed8', icon: ICON.info, word: 'Awareness', teamsStyle: 'accent' },
  readiness: { background: '#22c55e', foreground: '#111111', edge: '#166534', icon: ICON.star, word: 'Readiness', teamsStyle: 'good' },
};

/** The banner word: a minor incident is an "Incident", not a "Major incident"; releases say so. */
export function toneWord(change: Change): string {
  if (change.tone === 'major_incident' && change.severity === 'minor') return 'Incident';
  if (change.tone === 'awareness' && change.collection === 'releases') return 'Release';
  return TONE_STYLE[change.tone].word;
}
