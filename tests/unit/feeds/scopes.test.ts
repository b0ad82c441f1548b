import { describe, expect, it } from 'vitest';
import { badgePath, calendarPath, feedLinks, maintenanceOnlyCalendarPath, webcalUrl } from '../../../src/lib/feeds/scopes.ts';

describe('scope paths', () => {
  it('are the documented public paths', () => {
    expect(feedLinks({ kind: 'all' })).toEqual({ title: 'Everything', rss: '/rss.xml', atom: '/atom.xml', json: '/feed.json' });
    expect(feedLinks({ kind: 'region', code: 'GCC-HIGH' }, { region: 'GCC High' })).toEqual({ title: 'GCC High', rss: '/regions/gcc-high/rss.xml', atom: '/regions/gcc-high/atom.xml', json: '/regions/gcc-high/feed.json' });
    expect(feedLinks({ kind: 'region-incidents', code: 'EUR' }, { region: 'Europe' })).toEqual({ title: 'Europe: incidents', rss: '/regions/eur/incidents/rss.xml', atom: '/regions/eur/incidents/atom.xml', json: '/regions/eur/incidents/feed.json' });
    expect(feedLinks({ kind: 'collection', collection: 'notices' }).json).toBe('/notices/feed.json');
    expect(feedLinks({ kind: 'collection', collection: 'maintenance' }).atom).toBe('/maintenance/atom.xml');
    expect(feedLinks({ kind: 'component', id: 'sign-in' }).rss).toBe('/components/sign-in/rss.xml');
    expect(calendarPath({ kind: 'all' })).toBe('/maintenance.ics');
    expect(calendarPath({ kind: 'region', code: 'EUR' })).toBe('/regions/eur/maintenance.ics');
    expect(maintenanceOnlyCalendarPath({ kind: 'all' })).toBe('/maintenance-only.ics');
    expect(maintenanceOnlyCalendarPath({ kind: 'region', code: 'EUR' })).toBe('/regions/eur/maintenance-only.ics');
    expect(webcalUrl('https://status.example.com/regions/eur/maintenance.ics')).toBe('webcal://status.example.com/regions/eur/maintenance.ics');
    expect(webcalUrl('http://localhost:4321/maintenance.ics')).toBe('webcal://localhost:4321/maintenance.ics');
    expect(badgePath({ kind: 'all' })).toBe('/badge.svg');
    expect(badgePath({ kind: 'region', code: 'NAM' })).toBe('/regions/nam/badge.svg');
    expect(badgePath({ kind: 'component', id: 'api' })).toBe('/components/api/badge.svg');
  });
});
