/**
 * The only script: it enhances, never completes, a page. `<time>` elements
 * keep their UTC text and gain the visitor's local time beside it (see
 * time-zone.ts) and a relative age; windows shown in UTC gain their local
 * times beside them. Everything is formatted in the page's language.
 */
import { localWindow } from '../lib/display/local-window.ts';
import { relativeAge } from '../lib/display/relative-age.ts';
import { enhanceTimes } from './time-zone.ts';

// The visitor's clock, but never earlier than the build: a slow clock must not
// show past events as "in 2 hours".
const built = Date.parse(document.body.dataset['built'] ?? '');
const now = Number.isNaN(built) ? Date.now() : Math.max(Date.now(), built);
const lang = document.documentElement.lang || 'en';
const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' });
const zone = new Intl.DateTimeFormat(lang, { timeZoneName: 'short' });
const zoneName = (ms: number) => zone.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';

const local = (ms: number) => `${dateTime.format(ms)} ${zoneName(ms)}`;

enhanceTimes();

for (const el of document.querySelectorAll<HTMLTimeElement>('time[datetime*="T"][data-age]')) {
  const ms = Date.parse(el.dateTime);
  if (Number.isNaN(ms)) continue;
  const age = document.createElement('span');
  age.className = 'age';
  age.textContent = ` (${relativeAge(ms, now, lang)})`;
  (el.nextElementSibling?.classList.contains('local-time') ? el.nextElementSibling : el).after(age);
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
