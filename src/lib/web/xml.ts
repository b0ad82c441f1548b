/**
 * XML text for feeds and badges. Every value written into XML passes through
 * `escapeXml`, which also drops the characters XML 1.0 forbids.
 */

/**
 * Characters outside XML 1.0's `Char` production: C0 controls except tab,
 * newline and carriage return, lone surrogates, U+FFFE and U+FFFF.
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Safe as element text and as a double- or single-quoted attribute value. */
export function escapeXml(text: string): string {
  return stripXmlForbidden(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A tiny XML tree: elements hold escaped text or child elements, never raw markup. */
export interface XmlElement {
  name: string;
  attrs?: Record<string, string | undefined>;
  children?: (XmlElement | string)[];
}

export function el(name: string, attrs: XmlElement['attrs'] = {}, ...children: (XmlElement | string | undefined)[]): XmlElement {
  return { name, attrs, children: children.filter((c): c is XmlElement | string => c !== undefined) };
}

export function serializeXml(node: XmlElement | string, indent = ''): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.attrs ?? {})
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) return `${indent}<${node.name}${attrs}/>`;
  if (children.every((c) => typeof c === 'string')) {
    return `${indent}<${node.name}${attrs}>${children.map((c) => escapeXml(c as string)).join('')}</${node.name}>`;
  }
  const inner = children.map((c) => (typeof c === 'string' ? `${indent}  ${escapeXml(c)}` : serializeXml(c, `${indent}  `)));
  return `${indent}<${node.name}${attrs}>\n${inner.join('\n')}\n${indent}</${node.name}>`;
}

export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${serializeXml(root)}\n`;
}
