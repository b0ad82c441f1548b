import { describe, expect, it } from 'vitest';
import { sanitiseHtml } from '../../../src/lib/html/sanitise.ts';

describe('sanitiseHtml', () => {
  it.each([
    ['<p>a<script>window.x = 1</script>b</p>', '<p>ab</p>'],
    ['<img src="x" onerror="window.x = 1">', '<img src="x" alt="">'],
    ['<p>a<math><mtext><table><mglyph><style><img src=x onerror=x()></style></mglyph></table></mtext></math>b</p>', '<p>a</p><table></table>b<p></p>'],
    ['<svg onload="window.x = 1"><script>window.x = 1</script></svg>', ''],
    ['<iframe src="javascript:parent.x = 1"></iframe>', ''],
    ['<object data="data:text/html,x"></object><embed src="javascript:x">', ''],
    ['<details open ontoggle="window.x = 1"><summary>S</summary>D</details>', '<details open><summary>S</summary>D</details>'],
    ['<div style="background: url(javascript:window.x = 1)">D</div>', '<div>D</div>'],
    ['<form action="javascript:x"><button formaction="javascript:x">Go</button></form>', 'Go'],
    ['<input type="checkbox" disabled checked>', ''],
    ['<a href="https://example.com/" onclick="x()" target="_blank">ok</a>', '<a href="https://example.com/">ok</a>'],
    ['<!-- a prompt --><p>text</p>', '<p>text</p>'],
    ['<base href="javascript:x//"><meta http-equiv="refresh" content="0;url=javascript:x"><link rel="stylesheet" href="x.css"><style>p{}</style>', ''],
  ])('%s → %s', (input, expected) => {
    expect(sanitiseHtml(input)).toBe(expected);
  });

  it.each([
    'javascript:window.x = 1',
    'JaVaScRiPt:window.x = 1',
    '  javascript:window.x = 1',
    '&#x09;&#x0A;javascript:window.x = 1',
    '\u0001javascript:window.x = 1',
    'jav&#x09;ascript:window.x = 1',
    '&#106;avascript:window.x = 1',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
  ])('drops the link URL %j', (href) => {
    expect(sanitiseHtml(`<a href="${href}">x</a>`)).toBe('<a>x</a>');
  });

  it('keeps relative, http(s) and mailto links', () => {
    for (const href of ['/incidents/', '#user-content-summary', '?q=1', 'http://example.com/', 'https://example.com/a:b', 'mailto:ops@example.com']) {
      expect(sanitiseHtml(`<a href="${href}">x</a>`)).toBe(`<a href="${href}">x</a>`);
    }
  });

  it('keeps images over https (and relative ones), never over http or data:', () => {
    expect(sanitiseHtml('<img src="https://img.example/a.png" alt="a">')).toBe('<img src="https://img.example/a.png" alt="a">');
    expect(sanitiseHtml('<img src="/a.png" alt="a">')).toBe('<img src="/a.png" alt="a">');
    // A refused image becomes its alt text.
    expect(sanitiseHtml('<img src="http://img.example/a.png" alt="a">')).toBe('a');
    expect(sanitiseHtml('<p><img src="data:image/svg+xml,<svg onload=x()>"></p>')).toBe('<p></p>');
    expect(sanitiseHtml('<picture><source srcset="http://img.example/a.png"><img src="https://img.example/b.png"></picture>')).toBe(
      '<img src="https://img.example/b.png" alt="">',
    );
  });

  it('keeps tables, code and headings; prefixes ids so a body cannot repeat a page id', () => {
    const html = '<h2 id="rollout">Rollout</h2><table><thead><tr><th>a</th></tr></thead><tbody><tr><td><code class="language-js">x</code></td></tr></tbody></table>';
    expect(sanitiseHtml(html)).toBe(
      '<h2 id="user-content-rollout">Rollout</h2><table><thead><tr><th>a</th></tr></thead><tbody><tr><td><code class="language-js">x</code></td></tr></tbody></table>',
    );
  });

  it('shows escaped markup as text, and never turns it back into markup', () => {
    expect(sanitiseHtml('<p>&lt;script&gt;x&lt;/script&gt;</p>')).toBe('<p>&#x3C;script>x&#x3C;/script></p>');
  });
});
