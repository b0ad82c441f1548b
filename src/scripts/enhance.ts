/**
 * The only script: it enhances, never completes, a page. `<time>` elements
 * switch from UTC to the visitor's zone (UTC stays in the tooltip) and gain a
 * relative age; windows shown in UTC gain their local times beside them.
 */
import { localWindow } from '../lib/display/local-window.ts';
import { relativeAge } from '../lib/display/relative-age.ts';

// The visitor's clock, but never earlier than the build: a slow clock must not
// show past events as "in 2 hours".
const built = Date.parse(document.body.dataset['built'] ?? '');
const now = Number.isNaN(built) ? Date.now() : Math.max(Date.now(), built);
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const zone = new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' });
const zoneName = (ms: number) => zone.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';

const local = (ms: number) => `${dateTime.format(ms)} ${zoneName(ms)}`;

for (const el of document.querySelectorAll<HTMLTimeElement>('time[datetime*="T"]')) {
  const ms = Date.parse(el.dateTime);
  if (Number.isNaN(ms)) continue;
  if (!el.hasAttribute('data-utc')) {
    el.title = el.textContent ?? '';
    el.textContent = el.hasAttribute('data-date') ? dateOnly.format(ms) : local(ms);
  }
  if (el.hasAttribute('data-age')) {
    const age = document.createElement('span');
    age.className = 'age';
    age.textContent = ` (${relativeAge(ms, now)})`;
    el.after(age);
  }
}

// Shown beside a UTC time that stays: "(your time: …)".
for (const el of document.querySelectorAll<HTMLElement>('[data-local]')) {
  const ms = Date.parse(el.dataset['local'] ?? '');
  if (Number.isNaN(ms)) continue;
  el.textContent = `(your time: ${local(ms)})`;
  el.hidden = false;
}

for (const el of document.querySelectorAll<HTMLElement>('[data-window]')) {
  const [start, length] = (el.dataset['window'] ?? '').split(' ').map(Number);
  if (start === undefined || length === undefined) continue;
  const w = localWindow(start, length, now);
  el.textContent = `${w.start}–${w.end}${w.endsNextDay ? ' (next day)' : ''} your time, ${w.zone}`;
  el.hidden = false;
}
