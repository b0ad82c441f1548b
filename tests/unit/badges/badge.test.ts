import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { LABEL_BACKGROUND, MAX_TEXT_CHARS, renderBadge, STATUS_BACKGROUND, TEXT_COLOUR, textWidth } from '../../../src/lib/badges/badge.ts';
import { componentBadge, regionBadge, siteBadge } from '../../../src/lib/badges/status-badges.ts';
import { buildIndex } from '../../../src/lib/index/site-index.ts';
import { STATUS_ORDER } from '../../../src/lib/status/impact.ts';
import { content, HOSTILE, NOW } from '../feeds/sample-content.ts';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const parse = (svg: string) => new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'rect' || name === 'text' }).parse(svg).svg;

describe('badge colours', () => {
  it('give the text at least 4.5:1 contrast on every background, so the badge reads on light and dark pages', () => {
    expect(contrast(TEXT_COLOUR, LABEL_BACKGROUND)).toBeGreaterThanOrEqual(4.5);
    for (const status of STATUS_ORDER) expect(contrast(TEXT_COLOUR, STATUS_BACKGROUND[status]), status).toBeGreaterThanOrEqual(4.5);
  });

  it('checks contrast correctly', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffff00')).toBeLessThan(4.5);
  });
});

describe('renderBadge', () => {
  it('says the status in words, with an accessible name', () => {
    const svg = parse(renderBadge('status', 'partial_outage'));
    expect(svg['@_role']).toBe('img');
    expect(svg['@_aria-label']).toBe('status: Partial outage');
    expect(svg.g.text.map((t: { '#text': string }) => t['#text'])).toEqual(['status', 'Partial outage']);
    expect(svg.rect[1]['@_fill']).toBe(STATUS_BACKGROUND.partial_outage);
  });

  it('grows with the text', () => {
    const width = (label: string) => Number(parse(renderBadge(label, 'operational'))['@_width']);
    expect(width('a much longer label here')).toBeGreaterThan(width('short'));
    expect(textWidth('🔥🔥')).toBeGreaterThan(textWidth('ii'));
  });

  it('cuts very long labels, never inside a surrogate pair', () => {
    const label = parse(renderBadge('🔥'.repeat(MAX_TEXT_CHARS + 10), 'operational')).g.text[0]['#text'] as string;
    expect([...label]).toHaveLength(MAX_TEXT_CHARS);
    expect(label.endsWith('🔥…')).toBe(true);
  });

  it('escapes hostile labels and drops XML-forbidden characters', () => {
    const svg = renderBadge(HOSTILE, 'major_outage');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/[\u0001\u0008\u000B]/);
    expect(svg).not.toContain('<script>');
    expect(parse(svg).g.text[0]['#text']).toBe(HOSTILE.replace(/[\u0001\u0008\u000B]/g, '').trim().slice(0, 39).trimEnd() + '…');
  });
});

describe('status badges', () => {
  const index = buildIndex(content(), NOW);
  it('show the site, a region and a component', () => {
    expect(parse(siteBadge(index))['@_aria-label']).toBe('status: Major outage');
    expect(parse(regionBadge(index, 'NAM'))['@_aria-label']).toBe('NAM: Under maintenance');
    expect(parse(regionBadge(index, 'GCC-HIGH'))['@_aria-label']).toBe('GCC-HIGH: Operational');
    expect(parse(componentBadge(index, 'sign-in'))['@_aria-label']).toBe('Sign-in: Major outage');
    expect(() => regionBadge(index, 'XXX')).toThrow();
  });
});
