/** `/maintenance.ics`, `/regions/<code>/maintenance.ics` and their `maintenance-only.ics` without release stages. */
import type { SiteIndex } from '../index/site-index.ts';
import type { CalendarEvent, CalendarOptions, CalendarScope } from './events.ts';
import { calendarEvents } from './events.ts';
import type { IcsComponent } from './ics.ts';
import { escapeText, formatUtcDateTime, safeValue, serializeIcs } from './ics.ts';

export function eventComponent(e: CalendarEvent): IcsComponent {
  return {
    type: 'VEVENT',
    lines: [
      ['UID', safeValue(e.uid)],
      ['DTSTAMP', formatUtcDateTime(e.stamp)],
      ['LAST-MODIFIED', formatUtcDateTime(e.stamp)],
      ['DTSTART', formatUtcDateTime(e.start)],
      ['DTEND', formatUtcDateTime(e.end)],
      ['SEQUENCE', String(e.sequence)],
      ['STATUS', e.status],
      ['SUMMARY', escapeText(e.summary)],
      ['DESCRIPTION', escapeText(e.description)],
      ['URL', safeValue(e.url)],
      ['TRANSP', 'OPAQUE'],
    ],
  };
}

export function buildCalendar(index: SiteIndex, scope: CalendarScope, options: CalendarOptions = { releaseStages: true }): string {
  const region = scope.kind === 'region' ? index.regionByCode.get(scope.code) : undefined;
  const only = options.releaseStages ? '' : ' only';
  const name = region ? `${index.site.title}: maintenance${only} in ${region.name} (${region.code})` : `${index.site.title}: maintenance${only}`;
  return serializeIcs({
    type: 'VCALENDAR',
    lines: [
      ['VERSION', '2.0'],
      ['PRODID', '-//Heliograph//Maintenance calendar//EN'],
      ['CALSCALE', 'GREGORIAN'],
      ['METHOD', 'PUBLISH'],
      ['NAME', escapeText(name)],
      ['X-WR-CALNAME', escapeText(name)],
      ['X-WR-CALDESC', escapeText(options.releaseStages ? 'Maintenance windows and release stages, in UTC.' : 'Maintenance windows only, in UTC.')],
      ['REFRESH-INTERVAL;VALUE=DURATION', 'PT1H'],
      ['X-PUBLISHED-TTL', 'PT1H'],
    ],
    components: calendarEvents(index, scope, options).map(eventComponent),
  });
}
