/**
 * The rendered body of an entry, for its page: the Markdown renderer of the
 * site's Astro configuration (Sätteri unless astro.config.mjs names another),
 * then the one sanitiser every output uses. A body is rendered when its page
 * is, so a build renders the bodies of the pages it renders and no others: a
 * page kept from the previous build (src/data/incremental.ts) costs none.
 *
 * Astro hands its renderer only to content loaders, and a build no longer
 * runs the content layer (src/build/build-site.ts), so the integration below
 * takes the same factory from the resolved configuration and makes the
 * renderer with the same options the content layer would. The integration
 * runs in the process the pages render in, so the renderer is kept once per
 * process (per-process.ts), for both module graphs.
 */
import type { AstroConfig, AstroIntegration } from 'astro';
import type { Entry } from '../lib/content/types.ts';
import { entryKey } from '../lib/index/site-index.ts';
import { sanitiseHtml } from '../lib/html/sanitise.ts';
import { perProcess } from './per-process.ts';

export type Renderer = { render: (markdown: string, options: { frontmatter: Record<string, unknown> }) => Promise<{ code: string }> };

/** The options Astro's content layer makes its loaders' renderer with (renderMarkdown); the thread of src/build/bodies-ahead.ts makes its own with the same. */
export function rendererOptions(config: Pick<AstroConfig, 'markdown' | 'image'>) {
  const { markdown, image } = config;
  return { image, syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants };
}

/** A body's HTML rendered ahead by the build (src/build/bodies-ahead.ts), or undefined when this page must render it. */
type Ahead = (entry: Pick<Entry, 'collection' | 'id' | 'body'>) => Promise<string | undefined> | undefined;

interface MarkdownSetting {
  config: AstroConfig | undefined;
  renderer: Promise<Renderer> | undefined;
  ahead?: Ahead | undefined;
}

function setting(): MarkdownSetting {
  return perProcess('markdown', () => ({ config: undefined, renderer: undefined }));
}

/** Registers the site's Markdown renderer for entry bodies; astro.config.mjs lists it. */
export function entryBodies(): AstroIntegration {
  return {
    name: 'heliograph-entry-bodies',
    hooks: {
      'astro:config:done': ({ config }) => {
        const current = setting();
        current.config = config;
        current.renderer = undefined;
      },
    },
  };
}

function renderer(): Promise<Renderer> {
  const current = setting();
  if (!current.config) throw new Error('no Markdown renderer: the entryBodies() integration is missing from astro.config.mjs');
  const { processor } = current.config.markdown;
  current.renderer ??= processor.createRenderer(rendererOptions(current.config) as Parameters<typeof processor.createRenderer>[0]) as Promise<Renderer>;
  return current.renderer;
}

/** Lets the build hand in bodies rendered on the other core with this same renderer and sanitiser; undefined: none. */
export function bodiesRenderedAhead(ahead: Ahead | undefined): void {
  setting().ahead = ahead;
}

/** The sanitised HTML of an entry's body, for its page. */
export async function bodyHtml(entry: Pick<Entry, 'collection' | 'id' | 'body'>): Promise<string> {
  const ahead = await setting().ahead?.(entry);
  if (ahead !== undefined) return ahead;
  try {
    const { code } = await (await renderer()).render(entry.body, { frontmatter: {} });
    return sanitiseHtml(code);
  } catch (error) {
    throw new Error(`${entryKey(entry)}: the body could not be rendered: ${error instanceof Error ? error.message : String(error)}`);
  }
}
