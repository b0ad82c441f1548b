import { describe, expect, it } from 'vitest';
import { badgePath, calendarPath, feedLinks } from '../../../src/lib/feeds/scopes.ts';

describe('scope paths', () => {
  it('are the documented public paths', () => {
    expect(feedLinks({ kind: 'all' })).toEqual({ title: 'Everything', rss: '/rss.xml', atom: '/atom.xml' });
    expect(feedLinks({ kind: 'region', code: 'GCC-HIGH' }, { region: 'GCC High' })).toEqual({ title: 'GCC High', rss: '/regions/gcc-high/rss.xml', atom: '/regions/gcc-high/atom.xml' });
    expect(feedLinks({ kind: 'collection', collection: 'maintenance' }).atom).toBe('/maintenance/atom.xml');
    expect(feedLinks({ kind: 'component', id: 'sign-in' }).rss).toBe('/components/sign-in/rss.xml');
    expect(calendarPath({ kind: 'all' })).toBe('/maintenance.ics');
    expect(calendarPath({ kind: 'region', code: 'EUR' })).toBe('/regions/eur/maintenance.ics');
    expect(badgePath({ kind: 'all' })).toBe('/badge.svg');
    expect(badgePath({ kind: 'region', code: 'NAM' })).toBe('/regions/nam/badge.svg');
    expect(badgePath({ kind: 'component', id: 'api' })).toBe('/components/api/badge.svg');
  });
});
