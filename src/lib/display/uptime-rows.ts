/**
 * Which bars each page shows: the home page one row per component group (all
 * regions pooled, linking to each component), a region page one per
 * component, a component page one per region.
 */
import type { SiteIndex } from '../index/site-index.ts';
import { componentPath, regionPath } from '../index/entry-time.ts';
import { pairKey } from '../uptime/day-model.ts';
import type { BarRow } from './uptime-bars.ts';
import { barRow } from './uptime-bars.ts';
import { regionLabel } from './entry-views.ts';

type Index = Pick<SiteIndex, 'uptime' | 'groups' | 'regions' | 'components'>;

export function groupBarRows(index: Index): (BarRow & { components: { name: string; href: string }[] })[] {
  const m = index.uptime;
  return index.groups.map((g) => ({
    ...barRow(m, g.components.flatMap((c) => m.regions.map((r) => m.pairs.get(pairKey(r, c.id))!)), g.name),
    components: g.components.map((c) => ({ name: c.name, href: componentPath(c.id) })),
  }));
}

export function regionBarRows(index: Index, region: string): BarRow[] {
  const m = index.uptime;
  return index.components.map((c) => barRow(m, [m.pairs.get(pairKey(region, c.id))!], c.name, componentPath(c.id)));
}

export function componentBarRows(index: Index, component: string): BarRow[] {
  const m = index.uptime;
  return index.regions.map((r) => barRow(m, [m.pairs.get(pairKey(r.code, component))!], regionLabel(r.code, r.name), regionPath(r.code)));
}
