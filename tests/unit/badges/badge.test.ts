import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS, renderBadge } from '../../../src/lib/badges/badge.ts';
import { componentBadge, regionBadge, siteBadge } from '../../../src/lib/badges/status-badges.ts';
import { buildIndex } from '../../../src/lib/index/site-index.ts';
import { content, HOSTILE, NOW } from '../feeds/sample-content.ts';

/** WCAG 2 contrast ratio of two #rgb or #rrggbb colours. */
function contrast(a: string, b: string): number {
  const long = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex);
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(long(hex).slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

interface Node {
  [key: string]: unknown;
}
const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, trimValues: false });

/** What a reader of the SVG sees: the text nodes outside aria-hidden groups, the rect fills, the text colour, the size and the name. */
function read(svg: string) {
  const texts: string[] = [];
  const fills: string[] = [];
  const textFills = new Set<string>();
  const walk = (nodes: Node[], hidden: boolean, fill: string | undefined) => {
    for (const node of nodes) {
      const attrs = (node[':@'] ?? {}) as Record<string, string>;
      const name = Object.keys(node).find((k) => k !== ':@')!;
      const isHidden = hidden || attrs['@_aria-hidden'] === 'true';
      const colour = attrs['@_fill'] ?? fill;
      if (name === 'rect' && attrs['@_fill']?.startsWith('#')) fills.push(attrs['@_fill']);
      if (name === 'text' && !isHidden) {
        texts.push((node['text'] as Node[]).map((t) => t['#text']).join(''));
        textFills.add(colour!);
      }
      if (Array.isArray(node[name])) walk(node[name] as Node[], isHidden, colour);
    }
  };
  const root = (parser.parse(svg) as Node[]).find((n) => 'svg' in n)!;
  walk(root['svg'] as Node[], false, undefined);
  const attrs = root[':@'] as Record<string, string>;
  const title = ((root['svg'] as Node[]).find((n) => 'title' in n)!['title'] as Node[])[0]!['#text'];
  return { texts, fills, textFills: [...textFills], width: Number(attrs['@_width']), role: attrs['@_role'], name: attrs['@_aria-label'], title };
}

describe('renderBadge', () => {
  it('says the status in words, with an accessible name, on the status colour', () => {
    const badge = read(renderBadge('status', 'partial_outage'));
    expect(badge.role).toBe('img');
    expect(badge.name).toBe('status: Partial outage');
    expect(badge.title).toBe('status: Partial outage');
    expect(badge.texts).toEqual(['status', 'Partial outage']);
    expect(badge.fills).toEqual(['#30363d', '#b03a00']);
    expect(badge.textFills).toEqual(['#fff']);
  });

  it.each([
    ['operational', 'Operational', '#1a7f37'],
    ['under_maintenance', 'Under maintenance', '#0550ae'],
    ['degraded_performance', 'Degraded performance', '#8a5a00'],
    ['partial_outage', 'Partial outage', '#b03a00'],
    ['major_outage', 'Major outage', '#b3141e'],
  ] as const)('%s reads "%s" in white on %s, at ≥ 4.5:1 like the label', (status, words, colour) => {
    const badge = read(renderBadge('NAM', status));
    expect(badge.texts).toEqual(['NAM', words]);
    expect(badge.fills).toEqual(['#30363d', colour]);
    for (const background of badge.fills) expect(contrast(badge.textFills[0]!, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('checks contrast correctly', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#fff', '#ffff00')).toBeLessThan(4.5);
  });

  it('grows with the text', () => {
    expect(read(renderBadge('a much longer label here', 'operational')).width).toBeGreaterThan(read(renderBadge('short', 'operational')).width);
    expect(read(renderBadge('WWWW', 'operational')).width).toBeGreaterThan(read(renderBadge('iiii', 'operational')).width);
  });

  it('cuts very long labels on the badge, never inside a surrogate pair and never in its accessible name', () => {
    const long = '🔥'.repeat(MAX_TEXT_CHARS + 10);
    const badge = read(renderBadge(long, 'operational'));
    expect(badge.texts[0]).toBe(`${'🔥'.repeat(39)}…`);
    expect(badge.name).toBe(`${long}: Operational`);
    expect(badge.title).toBe(`${long}: Operational`);
  });

  it('escapes hostile labels and drops XML-forbidden characters', () => {
    const svg = renderBadge(HOSTILE, 'major_outage');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/[\u0001\u0008\u000B]/);
    expect(svg).not.toContain('<script>');
    const badge = read(svg);
    // 39 code points of the hostile text, then the ellipsis.
    expect(badge.texts[0]).toBe('<script>alert(1)</script> & ]]> "double…');
    expect(badge.name).toBe('<script>alert(1)</script> & ]]> "double" \'single\' 🔥👩‍💻 العربية עברית  end: Major outage');
  });
});

describe('status badges', () => {
  const index = buildIndex(content(), NOW);
  it('show the site, a region and a component', () => {
    expect(read(siteBadge(index)).texts).toEqual(['status', 'Major outage']);
    expect(read(regionBadge(index, 'NAM')).name).toBe('NAM: Under maintenance');
    expect(read(regionBadge(index, 'GCC-HIGH')).name).toBe('GCC-HIGH: Operational');
    expect(read(componentBadge(index, 'sign-in')).name).toBe('Sign-in: Major outage');
    expect(() => regionBadge(index, 'XXX')).toThrow();
  });
});
