import { describe, expect, it } from 'vitest';
import { listPagePaths } from '../../../src/data/incremental.ts';
import { pirList, pirPages } from '../../../src/lib/display/pir-list.ts';
import { incident, plainIndex } from '../display/plain.ts';

// Outside a build there is no previous output to keep from: every path comes back, each with whether it is timeless.
describe('listPagePaths over the pages of /pirs/', () => {
  const index = plainIndex({
    incidents: [
      // Resolved on Thursday 19 Nov: its report is due by the end of 26 Nov, so the row turns "Overdue" by the clock alone.
      incident('2026/major-due', { severity: 'major', started: '2026-11-19T08:00:00.000Z', resolved: '2026-11-19T10:30:00.000Z' }),
      incident('2026/major-overdue', { severity: 'major', started: '2026-10-01T08:00:00.000Z', resolved: '2026-10-01T09:00:00.000Z' }),
      incident('2026/major-published', {
        severity: 'major',
        started: '2026-09-01T08:00:00.000Z',
        resolved: '2026-09-01T08:45:00.000Z',
        pir_published: '2026-09-04T12:00:00.000Z',
      }),
    ],
  });

  it('makes a page timeless when every report on it is published or overdue, and not while one is still due', () => {
    const paths = pirPages(pirList(index), 1).map((page) => ({ params: { page: page.rest }, props: { page } }));
    const listed = listPagePaths(paths, ({ props }) => props.page.path, index);
    expect(listed.map((p) => [p.props.page.path, p.props.page.items.map((r) => r.entry.id), p.props.timeless])).toEqual([
      ['/pirs/', ['2026/major-due'], false],
      ['/pirs/page/2/', ['2026/major-overdue'], true],
      ['/pirs/page/3/', ['2026/major-published'], true],
    ]);
  });

  it('does not make a page of both kinds timeless', () => {
    const paths = pirPages(pirList(index), 2).map((page) => ({ params: { page: page.rest }, props: { page } }));
    expect(listPagePaths(paths, ({ props }) => props.page.path, index).map((p) => p.props.timeless)).toEqual([false, true]);
  });
});
