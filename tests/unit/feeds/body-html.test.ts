import { describe, expect, it } from 'vitest';
import { bodyHtml, MAX_BODY_CHARS } from '../../../src/lib/feeds/body-html.ts';

describe('bodyHtml', () => {
  it('renders Markdown and removes what the shared allowlist does not allow', () => {
    const html = bodyHtml('## Root cause\n\nA <script>alert(1)</script> and <img src=x onerror=alert(1)>.', 'https://s/x/');
    expect(html).toBe('<h2>Root cause</h2>\n<p>A  and <img src="x" alt="">.</p>');
    expect(bodyHtml('<iframe src="javascript:parent.x = 1"></iframe>\n\n<style>p { color: red }</style>\n\nText.', 'https://s/x/')).toBe('\n\n<p>Text.</p>');
  });

  it('renders tables and keeps details/summary, as pages do', () => {
    const html = bodyHtml('| a | b |\n| - | - |\n| 1 | 2 |\n\n<details><summary>More</summary>\n\nHidden.\n\n</details>', 'https://s/x/');
    expect(html).toContain('<table>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('<details><summary>More</summary>');
  });

  it('leaves the authoring prompts (HTML comments) out', () => {
    expect(bodyHtml('## Summary\n\n<!-- What happened, in two sentences. -->\n\nText.', 'https://s/x/')).toBe('<h2>Summary</h2>\n\n<p>Text.</p>');
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
