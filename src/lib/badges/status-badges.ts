/** The three badge scopes: the whole site, a region, a component (its worst status over regions). */
import type { SiteIndex } from '../index/site-index.ts';
import { renderBadge } from './badge.ts';

export function siteBadge(index: SiteIndex): string {
  return renderBadge('status', index.board.overall);
}

export function regionBadge(index: SiteIndex, code: string): string {
  const region = index.regionByCode.get(code);
  if (!region) throw new Error(`no such region: ${code}`);
  return renderBadge(region.code, index.board.byRegion.get(code) ?? 'operational');
}

export function componentBadge(index: SiteIndex, id: string): string {
  const component = index.componentById.get(id);
  if (!component) throw new Error(`no such component: ${id}`);
  return renderBadge(component.name, index.board.byComponent.get(id) ?? 'operational');
}
