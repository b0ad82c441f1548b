/**
 * The one sanitiser for entry bodies: every page (Astro's rendered Markdown)
 * and every feed item passes its body HTML through `sanitiseHtml`, with the
 * one allowlist below. Entries come from many authors' pull requests, and a
 * status page is a phishing target during an outage.
 *
 * The allowlist is GitHub's (hast-util-sanitize's default schema), narrowed:
 * no `input`, `picture`/`source` (a `srcset` cannot be checked for its
 * scheme), no form attributes, images over https only. Everything not listed
 * is dropped: `script` (with its text), `style`, `iframe`, `svg`, `form`,
 * `object`, every `on*` attribute, `style` and `formaction` attributes, and
 * HTML comments (the authoring prompts). URLs are checked by scheme: a link
 * may be relative, http(s) or mailto; anything else — `javascript:` in any
 * case, after spaces or control characters, or entity-encoded — loses its
 * `href`. Ids and names get GitHub's `user-content-` prefix, so a body can
 * neither repeat a page's own ids nor clobber DOM globals.
 * Documented in docs/content-format.md, "HTML in bodies".
 */
import type { Element, Root, RootContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import type { Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';

/** Elements GitHub allows that bodies here do not: task-list inputs, and sources whose `srcset` cannot be checked. */
const DROPPED_TAGS = new Set(['input', 'picture', 'source']);
/** Form attributes: forms are not allowed, so these could only ever target someone else's form. */
const DROPPED_ATTRIBUTES = new Set(['accept', 'acceptCharset', 'action', 'encType', 'method']);

export const BODY_ALLOWLIST: Schema = {
  ...defaultSchema,
  tagNames: defaultSchema.tagNames!.filter((t) => !DROPPED_TAGS.has(t)),
  attributes: Object.fromEntries(
    Object.entries(defaultSchema.attributes!)
      .filter(([tag]) => !DROPPED_TAGS.has(tag))
      .map(([tag, list]) => [tag, list.filter((a) => !DROPPED_ATTRIBUTES.has(Array.isArray(a) ? a[0] : a))]),
  ),
  required: {},
  // Dropped with their text, which is code or markup, never prose.
  strip: ['script', 'style', 'template', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext'],
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto'],
    src: ['https'],
  },
  allowComments: false,
  allowDoctypes: false,
};

/**
 * Body HTML with everything outside BODY_ALLOWLIST removed. When the
 * sanitiser took an element away but kept what it held, the result is parsed
 * once more, as a browser would, so that what is left of broken nesting (a
 * `table` that was inside a removed `math` inside a `p`) becomes valid HTML
 * that reads back exactly as written. Removing attributes, comments or whole
 * elements cannot break nesting, so the usual body (Markdown's own HTML) is
 * parsed once (in a cold 10k-entry build, parse5's tokenizer 1.04 → 0.58 s).
 */
export function sanitiseHtml(html: string): string {
  const tree = parseHtmlFragment(html);
  const clean = sanitize(tree, BODY_ALLOWLIST) as Root;
  fixImages(clean);
  return unwrapsAny(tree) ? toHtml(parseHtmlFragment(toHtml(clean))) : toHtml(clean);
}

const ALLOWED_TAGS = new Set(BODY_ALLOWLIST.tagNames);
const STRIPPED_TAGS = new Set(BODY_ALLOWLIST.strip);
const REQUIRED_ANCESTORS = new Map(Object.entries(BODY_ALLOWLIST.ancestors ?? {}));

/**
 * Whether sanitising `tree` replaces an element by its children: an element
 * BODY_ALLOWLIST does not allow, or allows only inside an ancestor it is not
 * in (a `tr` outside a `table`), and does not strip with its content — the
 * rule hast-util-sanitize applies. A stripped element's content goes with it
 * and is not looked into.
 */
function unwrapsAny(node: Root | Element, ancestors: string[] = []): boolean {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const name = child.tagName;
    const required = REQUIRED_ANCESTORS.get(name);
    const allowed = ALLOWED_TAGS.has(name) && (required === undefined || required.some((tag) => ancestors.includes(tag)));
    if (!allowed) {
      if (STRIPPED_TAGS.has(name)) continue;
      return true;
    }
    ancestors.push(name);
    const inside = unwrapsAny(child, ancestors);
    ancestors.pop();
    if (inside) return true;
  }
  return false;
}

/**
 * HTML as a browser parses it inside an element (parse5, the WHATWG
 * algorithm), as a hast tree, without the source positions hast-util-from-html
 * always records: nothing here reads them, and they cost a third of the parse
 * (every body of a cold build goes through here twice). Scripting is off, as
 * for a reader without JavaScript: what a <noscript> holds is parsed as markup
 * and sanitised like the rest.
 */
function parseHtmlFragment(html: string): Root {
  return fromParse5(parseFragment(html, { scriptingEnabled: false })) as Root;
}

/**
 * An image whose URL was refused becomes its alt text; an image without alt
 * text gets an empty one (decorative), as valid HTML requires.
 */
function fixImages(node: Root | Element): void {
  node.children = node.children.flatMap((child): RootContent[] => {
    if (child.type !== 'element') return [child];
    if (child.tagName === 'img') {
      const alt = child.properties['alt'];
      if (child.properties['src'] === undefined) return alt ? [{ type: 'text', value: String(alt) }] : [];
      if (alt === undefined) child.properties['alt'] = '';
      return [child];
    }
    fixImages(child);
    return [child];
  });
}
