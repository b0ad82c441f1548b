/** `/maintenance.ics` and `/regions/<code>/maintenance.ics`. */
import type { SiteIndex } from '../index/site-index.ts';
import type { CalendarEvent, CalendarScope } from './events.ts';
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

export function buildCalendar(index: SiteIndex, scope: CalendarScope): string {
  const region = scope.kind === 'region' ? index.regionByCode.get(scope.code) : undefined;
  const name = region ? `${index.site.title}: maintenance in ${region.name} (${region.code})` : `${index.site.title}: maintenance`;
  return serializeIcs({
    type: 'VCALENDAR',
    lines: [
      ['VERSION', '2.0'],
      ['PRODID', '-//Heliograph//Maintenance calendar//EN'],
      ['CALSCALE', 'GREGORIAN'],
      ['METHOD', 'PUBLISH'],
      ['NAME', escapeText(name)],
      ['X-WR-CALNAME', escapeText(name)],
      ['X-WR-CALDESC', escapeText('Maintenance windows and release stages, in UTC.')],
      ['REFRESH-INTERVAL;VALUE=DURATION', 'PT1H'],
      ['X-PUBLISHED-TTL', 'PT1H'],
    ],
    components: calendarEvents(index, scope).map(eventComponent),
  });
}
