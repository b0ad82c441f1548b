/**
 * Times nobody misreads: every `<time>` keeps its UTC text and gains the
 * visitor's local time beside it ("11:47 UTC · 12:47 in your time zone
 * (Berlin)"); a control switches the page between UTC only and UTC with local
 * times, and the choice is remembered. Without JavaScript the page shows UTC.
 */
import { isUtcZone, localTimeText, timeMode } from '../lib/display/local-time.ts';
import type { TimeMode } from '../lib/display/local-time.ts';

const KEY = 'heliograph-times';
const lang = document.documentElement.lang || 'en';
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

function stored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function apply(mode: TimeMode, buttons: HTMLButtonElement[]): void {
  document.documentElement.dataset['times'] = mode;
  for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset['mode'] === mode));
}

/** The local time beside every UTC time under `root` (again for a part the clock swapped in). */
export function addLocalTimes(root: ParentNode): void {
  if (!zone || isUtcZone(zone)) return;
  for (const el of root.querySelectorAll<HTMLTimeElement>('time[datetime*="T"]:not([data-date]):not([data-utc])')) {
    const ms = Date.parse(el.dateTime);
    if (Number.isNaN(ms) || el.nextElementSibling?.classList.contains('local-time')) continue;
    const local = document.createElement('span');
    local.className = 'local-time';
    local.textContent = ` · ${localTimeText(ms, lang, zone)}`;
    el.after(local);
  }
}

export function enhanceTimes(): void {
  if (!zone || isUtcZone(zone)) return;
  addLocalTimes(document);
  const slot = document.querySelector<HTMLElement>('.time-toggle');
  if (!slot) return;
  const label = document.createElement('span');
  label.id = 'time-toggle-label';
  label.textContent = 'Show times in:';
  const button = (mode: TimeMode, text: string) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset['mode'] = mode;
    b.textContent = text;
    return b;
  };
  const buttons = [button('utc', 'UTC only'), button('local', 'UTC and your time zone')];
  const group = document.createElement('span');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-labelledby', label.id);
  group.append(...buttons);
  slot.replaceChildren(label, ' ', group);
  for (const b of buttons) {
    b.addEventListener('click', () => {
      const mode = timeMode(b.dataset['mode'] ?? null);
      try {
        localStorage.setItem(KEY, mode);
      } catch {
        // Private browsing: the choice lasts for this page only.
      }
      apply(mode, buttons);
    });
  }
  apply(timeMode(stored()), buttons);
  slot.hidden = false;
}
