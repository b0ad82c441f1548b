/**
 * The only script: it enhances, never completes, a page. `<time>` elements
 * keep their UTC text and gain the visitor's local time beside it (see
 * time-zone.ts) and a relative age that keeps ticking; windows shown in UTC
 * gain their local times beside them; time-dependent parts follow the clock
 * (clock.ts). Everything is formatted in the page's language.
 */
import { localWindow } from '../lib/display/local-window.ts';
import { relativeAge } from '../lib/display/relative-age.ts';
import { clockNow, onPartChanged, onTick, update } from './clock.ts';
import { addLocalTimes, enhanceTimes } from './time-zone.ts';

const lang = document.documentElement.lang || 'en';
const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' });
const zone = new Intl.DateTimeFormat(lang, { timeZoneName: 'short' });
const zoneName = (ms: number) => zone.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';

const local = (ms: number) => `${dateTime.format(ms)} ${zoneName(ms)}`;

/** "(12 minutes ago)" after every `time[data-age]` (and its local time), written again at each tick. */
function ages(root: ParentNode, now: number): void {
  for (const el of root.querySelectorAll<HTMLTimeElement>('time[datetime*="T"][data-age]')) {
    const ms = Date.parse(el.dateTime);
    if (Number.isNaN(ms)) continue;
    const anchor = el.nextElementSibling?.classList.contains('local-time') ? el.nextElementSibling : el;
    let age = anchor.nextElementSibling;
    if (!(age instanceof HTMLSpanElement && age.classList.contains('age'))) {
      age = document.createElement('span');
      age.className = 'age';
      anchor.after(age);
    }
    age.textContent = ` (${relativeAge(ms, now, lang)})`;
  }
}

function windows(root: ParentNode, now: number): void {
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
}

enhanceTimes();
windows(document, clockNow());
ages(document, clockNow());
onPartChanged((root, now) => {
  addLocalTimes(root);
  windows(root, now);
  ages(root, now);
});
onTick((now) => ages(document, now));
update();
