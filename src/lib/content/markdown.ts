/**
 * What the tooling needs from a Markdown body's syntax tree: the PIR sections
 * and a plain-text excerpt. This is the one place a body becomes text (for
 * calendars, excerpts and the PIR checks); src/lib/html/sanitise.ts is the one
 * place it becomes HTML (pages and feeds). Both leave out HTML comments: the
 * prompts `npm run new` and `npm run pir` write are never content.
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
  /** Sections present whose only content is an authoring prompt (an HTML comment). */
  promptOnly: PirSectionKey[];
  /** The body line (1-based) of each section's heading. */
  lines: Partial<Record<PirSectionKey, number>>;
}

const parser = unified().use(remarkParse);

function parse(body: string): Root {
  return parser.parse(body);
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** Raw HTML without its comments. */
const withoutComments = (html: string) => html.replace(COMMENT, '');

/**
 * A node's plain text. Raw HTML blocks count for what is outside their
 * comments; inside a paragraph, raw HTML tags and comments are not text.
 */
const plainText = (node: RootContent) => (node.type === 'html' ? withoutComments(node.value) : toString(node, { includeHtml: false }));

/** Whether a node is or holds an HTML comment. */
const hasComment = (node: RootContent): boolean =>
  node.type === 'html' ? /<!--/.test(node.value) : 'children' in node && (node.children as RootContent[]).some(hasComment);

const normalise = (heading: string) => heading.trim().toLowerCase().replace(/\s+/g, ' ');

/** A line that may be (or underline) a heading of level 1 or 2; anything it misses cannot be one. */
const MAYBE_TOP_HEADING = /^ {0,3}(?:#{1,2}(?:[ \t]|$)|=+[ \t]*$|-+[ \t]*$)/m;

/** The four PIR sections: `## Summary`, `## User experience`, `## Root cause`, `## Next steps`. */
export function pirSections(body: string): PirSections {
  // Most bodies have no heading of level 1 or 2 at all (no `#`/`##` line, no
  // setext underline): then no section can start, and the syntax tree is not needed.
  if (!MAYBE_TOP_HEADING.test(body)) return { sections: {}, incomplete: PIR_SECTIONS.map((s) => s.key), promptOnly: [], lines: {} };
  const tree = parse(body);
  const sections: Partial<Record<PirSectionKey, string>> = {};
  const promptOnly: PirSectionKey[] = [];
  const lines: Partial<Record<PirSectionKey, number>> = {};
  let current: PirSectionKey | undefined;
  let collected: RootContent[] = [];
  const flush = () => {
    if (current === undefined) return;
    const text = collected.map(plainText).join('\n').trim();
    sections[current] = text;
    if (text === '' && collected.some(hasComment)) promptOnly.push(current);
  };
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      flush();
      const title = normalise(toString(node));
      current = PIR_SECTIONS.find((s) => normalise(s.heading) === title)?.key;
      if (current !== undefined && node.position) lines[current] = node.position.start.line;
      collected = [];
    } else if (current !== undefined) {
      collected.push(node);
    }
  }
  flush();
  return { sections, incomplete: PIR_SECTIONS.filter((s) => !sections[s.key]).map((s) => s.key), promptOnly, lines };
}

/** Whether a body holds authoring prompts and nothing else a reader would see. */
export function isOnlyPrompts(body: string): boolean {
  const children = parse(body).children;
  return children.some(hasComment) && children.every((node) => plainText(node).trim() === '');
}

export function hasPirSections(body: string): boolean {
  return Object.keys(pirSections(body).sections).length > 0;
}

/** The first paragraph with text, as plain text, cut at a word boundary. */
export function excerpt(body: string, maxLength = 240): string {
  const text = firstParagraphText(body);
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxLength / 2))}…`;
}

const paragraphText = (node: RootContent) => plainText(node).replace(/\s+/g, ' ').trim();
const BLANK_LINE = /\n[ \t]*(?:\n|$)/g;

/**
 * The plain text of the first paragraph that has any. Most bodies open with a
 * plain paragraph, so that first block (up to the first blank line) is parsed
 * alone when it can tell: a paragraph closed by a blank line is the same
 * paragraph in the whole body, unless it contains "[" (a link reference or
 * footnote defined further down changes how it reads). Anything else — a
 * heading, code, a comment, a list first — parses the whole body.
 */
function firstParagraphText(body: string): string {
  const start = body.search(/\S/);
  if (start < 0) return '';
  BLANK_LINE.lastIndex = start;
  const end = BLANK_LINE.exec(body)?.index;
  if (end !== undefined) {
    const head = body.slice(0, end);
    if (!head.includes('[')) {
      const [only, ...rest] = parse(head).children;
      const text = only?.type === 'paragraph' && rest.length === 0 ? paragraphText(only) : '';
      if (text !== '') return text;
    }
  }
  return parse(body).children.filter((n) => n.type === 'paragraph').map(paragraphText).find((t) => t !== '') ?? '';
}
