/**
 * Every status chip's text against its tone reaches WCAG AA (4.5:1), and the
 * four non-operational statuses use four different colours. The colours are
 * read from the stylesheet itself; the contrast formula is WCAG 2.2's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../support/paths.ts';

const css = readFileSync(path.join(ROOT, 'src/styles/global.css'), 'utf8');
const variable = (name: string) => css.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i'))![1]!;

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('status tones', () => {
  const tones = { outage: '#ffffff', partial: '#111111', degraded: '#111111', maintenance: '#111111', restored: '#111111' };

  it.each(Object.entries(tones))('%s chip text reaches 4.5:1', (tone, text) => {
    expect(contrast(variable(tone), text)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives major outage, partial outage, degraded and maintenance four different colours', () => {
    expect(new Set(['outage', 'partial', 'degraded', 'maintenance'].map(variable)).size).toBe(4);
    expect(css).toMatch(/\.chip\.t-outage\s*\{\s*color:\s*#fff;/);
  });
});
