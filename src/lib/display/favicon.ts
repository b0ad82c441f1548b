/**
 * One small SVG favicon per component status, so the browser tab shows the
 * site's state: a coloured disc (the status tone) with a white glyph whose
 * shape differs per status, so colour is not the only signal there either.
 */
import type { ComponentStatus } from '../status/impact.ts';
import { STATUS_ORDER } from '../status/impact.ts';

const SHAPE: Record<ComponentStatus, { fill: string; glyph: string }> = {
  // A check mark.
  operational: { fill: '#15803d', glyph: '<path d="M9 16.5l5 5 9-10" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/>' },
  // A spanner-like bar and bolt: two strokes at an angle.
  under_maintenance: { fill: '#c2410c', glyph: '<path d="M10 22l12-12M19 10h3v3" fill="none" stroke="#fff" stroke-width="3.5" stroke-linecap="round"/>' },
  // A minus.
  degraded_performance: { fill: '#a16207', glyph: '<path d="M9 16h14" stroke="#fff" stroke-width="4" stroke-linecap="round"/>' },
  // An exclamation mark.
  partial_outage: { fill: '#ea580c', glyph: '<path d="M16 8v10" stroke="#fff" stroke-width="4" stroke-linecap="round"/><circle cx="16" cy="23.5" r="2.3" fill="#fff"/>' },
  // A cross.
  major_outage: { fill: '#b91c1c', glyph: '<path d="M10.5 10.5l11 11M21.5 10.5l-11 11" stroke="#fff" stroke-width="4" stroke-linecap="round"/>' },
};

/** `/favicons/major-outage.svg` */
export function faviconPath(status: ComponentStatus): string {
  return `/favicons/${status.replaceAll('_', '-')}.svg`;
}

export function faviconSvg(status: ComponentStatus): string {
  const { fill, glyph } = SHAPE[status];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="${fill}"/>${glyph}</svg>`;
}

/** Every favicon the build writes. */
export function faviconFiles(): { status: ComponentStatus; name: string }[] {
  return STATUS_ORDER.map((status) => ({ status, name: status.replaceAll('_', '-') }));
}
