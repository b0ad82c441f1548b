import { describe, expect, it } from 'vitest';
import { bodyHtml, MAX_BODY_CHARS } from '../../../src/lib/feeds/body-html.ts';

describe('bodyHtml', () => {
  it('renders Markdown and escapes raw HTML instead of passing it through', () => {
    const html = bodyHtml('## Root cause\n\nA <script>alert(1)</script> and <img src=x onerror=alert(1)>.', 'https://s/x/');
    expect(html).toContain('<h2>Root cause</h2>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|<img/);
  });

  it('drops javascript: links', () => {
    expect(bodyHtml('[x](javascript:alert(1))', 'https://s/x/')).not.toContain('javascript:');
  });

  it('cuts a very long body at a paragraph break and links to the entry', () => {
    const body = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} ${'word '.repeat(20)}`).join('\n\n');
    const html = bodyHtml(body, 'https://s/x/');
    expect(body.length).toBeGreaterThan(MAX_BODY_CHARS);
    expect(html.length).toBeLessThan(MAX_BODY_CHARS * 1.3);
    expect(html).toContain('<a href="https://s/x/">Read the full entry</a>');
    expect(html).not.toContain('Paragraph 399');
  });

  it('keeps a short body whole', () => {
    expect(bodyHtml('Short.', 'https://s/x/')).toBe('<p>Short.</p>');
  });
});
