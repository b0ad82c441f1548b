import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { el, escapeXml, serializeXml, stripXmlForbidden, xmlDocument } from '../../../src/lib/web/xml.ts';
import { HOSTILE } from '../feeds/sample-content.ts';

describe('stripXmlForbidden', () => {
  it('drops the control characters XML 1.0 forbids and keeps tab, newline, emoji and RTL text', () => {
    expect(stripXmlForbidden('a\u0001b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg')).toBe('abcdefg');
    expect(stripXmlForbidden('tab\there\nnew\r\n')).toBe('tab\there\nnew\r\n');
    expect(stripXmlForbidden('🔥👩‍💻 العربية עברית')).toBe('🔥👩‍💻 العربية עברית');
  });

  it('drops lone surrogates but keeps pairs', () => {
    expect(stripXmlForbidden('a\uD83Db\uDD25c🔥')).toBe('abc🔥');
  });
});

describe('escapeXml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeXml(`<a href="x">&'</a>]]>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;]]&gt;');
  });
});

describe('serializeXml', () => {
  it('writes hostile text and attributes that parse back to the same text, minus forbidden characters', () => {
    const xml = xmlDocument(el('root', { title: HOSTILE }, el('a', {}, HOSTILE), el('b', {}, el('c', {}, 'x'))));
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false }).parse(xml);
    const expected = HOSTILE.replace(/[\u0001\u0008\u000B]/g, '');
    expect(parsed.root.a).toBe(expected);
    expect(parsed.root['@_title']).toBe(expected);
    expect(xml).not.toMatch(/[\u0001\u0008\u000B]/);
    expect(xml).not.toContain('<script>');
  });

  it('skips undefined attributes and self-closes empty elements', () => {
    expect(serializeXml(el('link', { href: 'h', rel: undefined }))).toBe('<link href="h"/>');
  });
});
