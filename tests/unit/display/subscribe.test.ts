import { describe, expect, it } from 'vitest';
import { calendarLinks, subscribeView } from '../../../src/lib/display/subscribe.ts';
import { buildIndex } from '../../../src/lib/index/site-index.ts';
import { content, NOW } from '../feeds/sample-content.ts';

const view = subscribeView(buildIndex(content(), NOW));

describe('subscribeView', () => {
  it('lists everything, each kind, each component and each region’s two feeds, each with what it brings', () => {
    expect(view.everything.links.rss).toBe('/rss.xml');
    expect(view.kinds.map((k) => k.links.json)).toEqual(['/incidents/feed.json', '/maintenance/feed.json', '/releases/feed.json', '/notices/feed.json']);
    expect(view.components.map((c) => c.links.atom)).toEqual(['/components/sign-in/atom.xml', '/components/api/atom.xml', '/components/database/atom.xml']);
    expect(view.regions.map((r) => r.anchor)).toEqual(['region-nam', 'region-eur', 'region-gcc-high']);
    expect(view.regions[1]!.feeds.map((f) => f.links.rss)).toEqual(['/regions/eur/incidents/rss.xml', '/regions/eur/rss.xml']);
    for (const row of [view.everything, ...view.kinds, ...view.components, ...view.regions.flatMap((r) => r.feeds)]) expect(row.gets.length).toBeGreaterThan(20);
  });

  it('gives each region a maintenance-only calendar and one with release stages', () => {
    expect(view.regions[1]!.calendars.map((c) => c.path)).toEqual(['/regions/eur/maintenance-only.ics', '/regions/eur/maintenance.ics']);
    expect(view.calendars.map((c) => c.path)).toEqual(['/maintenance-only.ics', '/maintenance.ics']);
  });

  it('has badge snippets that point at the badge and its page', () => {
    expect(view.badge.markdown).toBe('[![Status status](https://status.example.com/badge.svg)](https://status.example.com/)');
    expect(view.regions[0]!.badge.html).toBe('<a href="https://status.example.com/regions/nam/"><img src="https://status.example.com/regions/nam/badge.svg" alt="North America (NAM) status"></a>');
  });
});

describe('calendarLinks', () => {
  it('subscribes by webcal, through Google’s cid and Outlook’s addfromweb, all to the same .ics', () => {
    const links = calendarLinks({ site: { url: 'https://status.example.com/' } } as never, '/regions/eur/maintenance-only.ics', 'Status: maintenance in Europe');
    expect(links.webcal).toBe('webcal://status.example.com/regions/eur/maintenance-only.ics');
    const google = new URL(links.google);
    expect(`${google.origin}${google.pathname}`).toBe('https://calendar.google.com/calendar/render');
    expect(google.searchParams.get('cid')).toBe('webcal://status.example.com/regions/eur/maintenance-only.ics');
    const outlook = new URL(links.outlook);
    expect(`${outlook.origin}${outlook.pathname}`).toBe('https://outlook.live.com/calendar/0/addfromweb');
    expect(outlook.searchParams.get('url')).toBe('https://status.example.com/regions/eur/maintenance-only.ics');
    expect(outlook.searchParams.get('name')).toBe('Status: maintenance in Europe');
  });
});
