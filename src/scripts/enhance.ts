/**
 * The only script: it enhances, never completes, a page. `<time>` elements
 * switch from UTC to the visitor's zone (UTC stays in the tooltip) and gain a
 * relative age that keeps ticking; windows shown in UTC gain their local times
 * beside them; time-dependent parts follow the clock (clock.ts).
 */
import { localWindow } from '../lib/display/local-window.ts';
import { relativeAge } from '../lib/display/relative-age.ts';
import { clockNow, onPartChanged, onTick, update } from './clock.ts';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const zone = new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' });
const zoneName = (ms: number) => zone.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';

const local = (ms: number) => `${dateTime.format(ms)} ${zoneName(ms)}`;

function enhance(root: ParentNode, now: number): void {
  for (const el of root.querySelectorAll<HTMLTimeElement>('time[datetime*="T"]')) {
    const ms = Date.parse(el.dateTime);
    if (Number.isNaN(ms)) continue;
    if (!el.hasAttribute('data-utc')) {
      el.title = el.textContent ?? '';
      el.textContent = el.hasAttribute('data-date') ? dateOnly.format(ms) : local(ms);
    }
  }
  // Shown beside a UTC time that stays: "(your time: …)".
  for (const el of root.querySelectorAll<HTMLElement>('[data-local]')) {
    const ms = Date.parse(el.dataset['local'] ?? '');
    if (Number.isNaN(ms)) continue;
    el.textContent = `(your time: ${local(ms)})`;
    el.hidden = false;
  }
  for (const el of root.querySelectorAll<HTMLElement>('[data-window]')) {
    const [start, length] = (el.dataset['window'] ?? '').split(' ').map(Number);
    if (start === undefined || length === undefined) continue;
    const w = localWindow(start, length, now);
    el.textContent = `${w.start}–${w.end}${w.endsNextDay ? ' (next day)' : ''} your time, ${w.zone}`;
    el.hidden = false;
  }
  ages(root, now);
}

/** "(12 minutes ago)" after every `time[data-age]`, written again at each tick. */
function ages(root: ParentNode, now: number): void {
  for (const el of root.querySelectorAll<HTMLTimeElement>('time[data-age]')) {
    const ms = Date.parse(el.dateTime);
    if (Number.isNaN(ms)) continue;
    let age = el.nextElementSibling;
    if (!(age instanceof HTMLSpanElement && age.classList.contains('age'))) {
      age = document.createElement('span');
      age.className = 'age';
      el.after(age);
    }
    age.textContent = ` (${relativeAge(ms, now)})`;
  }
}

onPartChanged((root, now) => enhance(root, now));
onTick((now) => ages(document, now));
enhance(document, clockNow());
update();
