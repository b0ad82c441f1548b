/** The home page's region × component-group grid: every cell states its status in words. */
import type { SiteIndex } from '../index/site-index.ts';
import { regionPath } from '../index/entry-time.ts';
import { groupStatus } from '../status/board.ts';
import type { ComponentStatus } from '../status/impact.ts';
import { STATUS_LABEL } from '../status/impact.ts';
import type { Banner } from './banner.ts';
import { statusBanner } from './banner.ts';

export interface GridCell extends Pick<Banner, 'tone' | 'icon'> {
  group: string;
  status: ComponentStatus;
  label: string;
}

export interface GridRow {
  code: string;
  name: string;
  href: string;
  cells: GridCell[];
}

export interface StatusGrid {
  groups: string[];
  rows: GridRow[];
}

export function statusGrid(index: Pick<SiteIndex, 'board' | 'groups' | 'regions'>): StatusGrid {
  return {
    groups: index.groups.map((g) => g.name),
    rows: index.regions.map((region) => ({
      code: region.code,
      name: region.name,
      href: regionPath(region.code),
      cells: index.groups.map((group) => {
        const status = groupStatus(index.board, region.code, group.components.map((c) => c.id));
        return { group: group.name, status, label: STATUS_LABEL[status], ...statusBanner(status) };
      }),
    })),
  };
}
