/**
 * `/maintenance.ics`, `/regions/<code>/maintenance.ics` and their
 * `maintenance-only.ics` without release stages, written by
 * ical-generator (escaping, UTC date-times, folding at 75 octets, CRLF).
 */
import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { ICalCalendar } from 'ical-generator';
import type { SiteIndex } from '../index/site-index.ts';
import type { CalendarEvent, CalendarOptions, CalendarScope } from './events.ts';
import { calendarEvents } from './events.ts';

/**
 * Control characters and lone surrogates iCalendar cannot carry (tab and
 * newlines are allowed: the library escapes newlines). ical-generator
 * passes them through, so they are dropped before.
 */
const ICS_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function icsSafe(text: string): string {
  return text.replace(ICS_FORBIDDEN, '');
}

/** Calendar-level TEXT (NAME, X-WR-CALNAME, X-WR-CALDESC), which ical-generator writes unescaped. */
function calendarText(text: string): string {
  return icsSafe(text).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

export function addEvent(calendar: ICalCalendar, e: CalendarEvent): void {
  calendar.createEvent({
    id: icsSafe(e.uid),
    start: new Date(e.start),
    end: new Date(e.end),
    timezone: null,
    stamp: new Date(e.stamp),
    lastModified: new Date(e.stamp),
    sequence: e.sequence,
    status: e.status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    transparency: e.transparency === 'TRANSPARENT' ? ICalEventTransparency.TRANSPARENT : ICalEventTransparency.OPAQUE,
    summary: icsSafe(e.summary),
    description: icsSafe(e.description),
    url: icsSafe(e.url),
  });
}

/** `events`: what calendarEvents gives the scope at `index.now` (a rebuild hands over the events it fingerprinted, src/data/feed-files.ts). */
export function buildCalendar(index: SiteIndex, scope: CalendarScope, options: CalendarOptions = { releaseStages: true }, events = calendarEvents(index, scope, options)): string {
  const region = scope.kind === 'region' ? index.regionByCode.get(scope.code) : undefined;
  const only = options.releaseStages ? '' : ' only';
  const name = region ? `${index.site.title}: maintenance${only} in ${region.name} (${region.code})` : `${index.site.title}: maintenance${only}`;
  const calendar = ical({
    prodId: { company: 'Heliograph', product: 'Maintenance calendar', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    scale: 'GREGORIAN',
    name: calendarText(name),
    description: calendarText(options.releaseStages ? 'Maintenance windows and release stages, in UTC.' : 'Maintenance windows only, in UTC.'),
    ttl: 3600,
  });
  for (const event of events) addEvent(calendar, event);
  // RFC 5545 ends every content line, the last one too, with CRLF.
  return `${calendar.toString()}\r\n`;
}
