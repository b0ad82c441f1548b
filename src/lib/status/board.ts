import type { Component, Region } from '../content/schema.ts';
import { GLOBAL } from '../content/schema.ts';
import type { Incident, Maintenance } from '../content/types.ts';
import type { ComponentStatus } from './impact.ts';
import { statusRank, worstStatus } from './impact.ts';

/** What is happening now: the incidents and maintenance active at `now`. */
export interface Active {
  incidents: readonly Incident[];
  maintenance: readonly Maintenance[];
}

export interface Cell {
  status: ComponentStatus;
  /** The active entries behind the status, worst first. */
  causes: (Incident | Maintenance)[];
}

/** Status of every component in every region: worst active impact wins. */
export interface Board {
  cells: Map<string, Map<string, Cell>>;
  byRegion: Map<string, ComponentStatus>;
  byComponent: Map<string, ComponentStatus>;
  overall: ComponentStatus;
}

export function affects(entryRegions: readonly string[], region: string): boolean {
  return entryRegions.includes(GLOBAL) || entryRegions.includes(region);
}

/**
 * The regions an entry names, with `global` read as every region of `codes`
 * (in their order); otherwise the entry's own list, in its own order. The
 * one reading of `global` for every list of regions that is expanded rather
 * than filtered (affectedRegions filters `codes`).
 */
export function namedRegions(entryRegions: readonly string[], codes: readonly string[]): readonly string[] {
  return entryRegions.includes(GLOBAL) ? codes : entryRegions;
}

/** The regions of `codes` an entry affects (those `affects` says yes to), in the order of `codes`. */
export function affectedRegions(entryRegions: readonly string[], codes: readonly string[]): readonly string[] {
  return entryRegions.includes(GLOBAL) ? codes : codes.filter((code) => entryRegions.includes(code));
}

export function buildBoard(regions: readonly Region[], components: readonly Component[], active: Active): Board {
  const cells = new Map<string, Map<string, Cell>>();
  for (const region of regions) {
    const row = new Map<string, Cell>();
    for (const component of components) row.set(component.id, { status: 'operational', causes: [] });
    cells.set(region.code, row);
  }
  const apply = (entry: Incident | Maintenance, status: ComponentStatus, componentIds: readonly string[]) => {
    for (const region of regions) {
      if (!affects(entry.data.regions, region.code)) continue;
      const row = cells.get(region.code)!;
      for (const id of componentIds) {
        const cell = row.get(id);
        if (!cell) continue;
        cell.causes.push(entry);
        if (statusRank(status) > statusRank(cell.status)) cell.status = status;
      }
    }
  };
  for (const incident of active.incidents) apply(incident, incident.data.impact, incident.data.components);
  for (const work of active.maintenance) apply(work, work.data.impact, work.data.components ?? components.map((c) => c.id));

  const byRegion = new Map<string, ComponentStatus>();
  const byComponent = new Map<string, ComponentStatus>(components.map((c) => [c.id, 'operational']));
  for (const [code, row] of cells) {
    byRegion.set(code, worstStatus([...row.values()].map((c) => c.status)));
    for (const [id, cell] of row) byComponent.set(id, worstStatus([byComponent.get(id)!, cell.status]));
  }
  return { cells, byRegion, byComponent, overall: worstStatus(byRegion.values()) };
}

/** Worst status over the components of one group in one region. */
export function groupStatus(board: Board, region: string, componentIds: readonly string[]): ComponentStatus {
  const row = board.cells.get(region);
  return worstStatus(componentIds.map((id) => row?.get(id)?.status ?? 'operational'));
}

/** Where one status holds: the regions whose worst status it is, and the components at it there. */
export interface Scope {
  status: ComponentStatus;
  /** Region codes, in the configured order. */
  regions: string[];
  /** Component ids at `status` in at least one of those regions, in the configured order. */
  components: string[];
}

/** The scope of every status present on the board, worst first; operational regions are left out. */
export function boardScopes(board: Board): Scope[] {
  const scopes = new Map<ComponentStatus, Scope>();
  for (const [code, status] of board.byRegion) {
    if (status === 'operational') continue;
    let scope = scopes.get(status);
    if (!scope) scopes.set(status, (scope = { status, regions: [], components: [] }));
    scope.regions.push(code);
    for (const [id, cell] of board.cells.get(code)!) {
      if (cell.status === status && !scope.components.includes(id)) scope.components.push(id);
    }
  }
  const order = [...board.byComponent.keys()];
  for (const scope of scopes.values()) scope.components.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return [...scopes.values()].sort((a, b) => statusRank(b.status) - statusRank(a.status));
}
