/**
 * The home page's region × component-group grid. Every cell states its status
 * in words and, when not operational, names the components affected; regions
 * with a problem come first, and the operational rest is also summarised in
 * one line ("15 regions operational") for small screens.
 */
import type { SiteIndex } from '../index/site-index.ts';
import { regionPath } from '../index/entry-time.ts';
import { groupStatus } from '../status/board.ts';
import type { ComponentStatus } from '../status/impact.ts';
import { STATUS_LABEL, statusRank } from '../status/impact.ts';
import type { Banner } from './banner.ts';
import { statusBanner } from './banner.ts';
import { countOf } from './words.ts';

export interface GridCell extends Pick<Banner, 'tone' | 'icon'> {
  group: string;
  status: ComponentStatus;
  label: string;
  /** Names of the group's components that are not operational, worst first. */
  components: string[];
}

export interface GridRow {
  code: string;
  name: string;
  href: string;
  /** The region's worst status. */
  status: ComponentStatus;
  affected: boolean;
  cells: GridCell[];
}

export interface StatusGrid {
  groups: string[];
  /** Affected regions first (worst first), then the rest, each in the configured order. */
  rows: GridRow[];
  /** "15 regions operational", with those regions. */
  operational: { text: string; regions: { code: string; name: string; href: string }[] };
}

export function statusGrid(index: Pick<SiteIndex, 'board' | 'groups' | 'regions'>): StatusGrid {
  const rows = index.regions.map((region, order) => {
    const status = index.board.byRegion.get(region.code) ?? 'operational';
    const row = index.board.cells.get(region.code);
    const cells = index.groups.map((group) => {
      const status = groupStatus(index.board, region.code, group.components.map((c) => c.id));
      const components = group.components
        .map((c) => ({ name: c.name, status: row?.get(c.id)?.status ?? 'operational' }))
        .filter((c) => c.status !== 'operational')
        .sort((a, b) => statusRank(b.status) - statusRank(a.status))
        .map((c) => c.name);
      return { group: group.name, status, label: STATUS_LABEL[status], components, ...statusBanner(status) };
    });
    return { order, row: { code: region.code, name: region.name, href: regionPath(region.code), status, affected: status !== 'operational', cells } };
  });
  rows.sort((a, b) => statusRank(b.row.status) - statusRank(a.row.status) || a.order - b.order);
  const ok = rows.filter((r) => !r.row.affected).map(({ row }) => ({ code: row.code, name: row.name, href: row.href }));
  return {
    groups: index.groups.map((g) => g.name),
    rows: rows.map((r) => r.row),
    operational: { text: `${countOf(ok.length, 'region')} operational`, regions: ok },
  };
}
