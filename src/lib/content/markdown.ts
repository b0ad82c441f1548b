/**
 * What the tooling needs from a Markdown body's syntax tree: the PIR sections
 * and a plain-text excerpt. Pages render Markdown with Astro's own processor.
 */
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root, RootContent } from 'mdast';

export const PIR_SECTIONS = [
  { key: 'summary', heading: 'Summary' },
  { key: 'user_experience', heading: 'User experience' },
  { key: 'root_cause', heading: 'Root cause' },
  { key: 'next_steps', heading: 'Next steps' },
] as const;

export type PirSectionKey = (typeof PIR_SECTIONS)[number]['key'];

export interface PirSections {
  /** Plain text of each section found (possibly empty); absent when the heading is missing. */
  sections: Partial<Record<PirSectionKey, string>>;
  /** Sections missing or empty: the PIR is complete when this is empty. */
  incomplete: PirSectionKey[];
}

const parser = unified().use(remarkParse);

function parse(body: string): Root {
  return parser.parse(body);
}

/** A node's text; HTML comments (the prompts `npm run pir` writes) are not content. */
const plainText = (node: RootContent) => (node.type === 'html' ? node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, '') : toString(node));

const normalise = (heading: string) => heading.trim().toLowerCase().replace(/\s+/g, ' ');

/** The four PIR sections: `## Summary`, `## User experience`, `## Root cause`, `## Next steps`. */
export function pirSections(body: string): PirSections {
  const tree = parse(body);
  const sections: Partial<Record<PirSectionKey, string>> = {};
  let current: PirSectionKey | undefined;
  let collected: RootContent[] = [];
  const flush = () => {
    if (current !== undefined) sections[current] = collected.map(plainText).join('\n').trim();
  };
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      flush();
      const title = normalise(toString(node));
      current = PIR_SECTIONS.find((s) => normalise(s.heading) === title)?.key;
      collected = [];
    } else if (current !== undefined) {
      collected.push(node);
    }
  }
  flush();
  return { sections, incomplete: PIR_SECTIONS.filter((s) => !sections[s.key]).map((s) => s.key) };
}

export function hasPirSections(body: string): boolean {
  return Object.keys(pirSections(body).sections).length > 0;
}

/** The first paragraph as plain text, cut at a word boundary. */
export function excerpt(body: string, maxLength = 240): string {
  const paragraph = parse(body).children.find((n) => n.type === 'paragraph');
  const text = paragraph ? toString(paragraph).replace(/\s+/g, ' ').trim() : '';
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxLength / 2))}…`;
}
