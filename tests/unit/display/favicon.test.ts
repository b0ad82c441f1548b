import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { faviconFiles, faviconPath, faviconSvg } from '../../../src/lib/display/favicon.ts';

describe('favicons', () => {
  it('gives every status its own well-formed SVG, coloured and shaped differently', () => {
    const files = faviconFiles();
    expect(files.map((f) => f.name)).toEqual(['operational', 'under-maintenance', 'degraded-performance', 'partial-outage', 'major-outage']);
    const svgs = files.map((f) => faviconSvg(f.status));
    expect(new Set(svgs).size).toBe(5);
    const fills = svgs.map((s) => new XMLParser({ ignoreAttributes: false }).parse(s).svg.circle);
    expect(new Set(fills.map((c: unknown) => JSON.stringify(c))).size).toBe(5);
    expect(faviconPath('major_outage')).toBe('/favicons/major-outage.svg');
  });
});
