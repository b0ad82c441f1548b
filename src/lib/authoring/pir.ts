/**
 * The post-incident report: a skeleton of the four sections with prompts as
 * HTML comments (they never show on the site and do not count as content),
 * and publishing once every section is filled in.
 */
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { PIR_SECTIONS, pirSections } from '../content/markdown.ts';
import type { PirSectionKey } from '../content/markdown.ts';
import { joinEntryText, splitEntryText } from './entry-text.ts';
import { AuthoringError } from './errors.ts';
import { frontMatterData } from './front-matter.ts';
import { insertPair } from './yaml-edit.ts';

export const PIR_PROMPTS: Record<PirSectionKey, string> = {
  summary: 'What happened, in two or three sentences: what failed, where, and for how long. Start and resolution times come from the front matter.',
  user_experience: 'What customers saw: errors, affected features and regions, and any workaround.',
  root_cause: 'What happened and how it was fixed; what contributed (triggers, conditions, dependencies).',
  next_steps: 'Corrective and preventive actions, with dates, and how the lessons are shared.',
};

const parser = unified().use(remarkParse);
const normalise = (heading: string) => heading.trim().toLowerCase().replace(/\s+/g, ' ');

function skeletonSection(key: PirSectionKey): string {
  const heading = PIR_SECTIONS.find((s) => s.key === key)!.heading;
  return `## ${heading}\n\n<!-- ${PIR_PROMPTS[key]} -->\n`;
}

/** Offsets of the PIR headings the body already has. */
function headingOffsets(body: string): Partial<Record<PirSectionKey, number>> {
  const offsets: Partial<Record<PirSectionKey, number>> = {};
  for (const node of parser.parse(body).children) {
    if (node.type !== 'heading' || node.depth > 2) continue;
    const section = PIR_SECTIONS.find((s) => normalise(s.heading) === normalise(toString(node)));
    if (section && offsets[section.key] === undefined) offsets[section.key] = node.position!.start.offset!;
  }
  return offsets;
}

/**
 * Adds the PIR sections the body lacks, each before the next section it
 * already has, or at the end. Returns the new body and the headings added.
 */
export function addPirSkeleton(body: string): { body: string; added: string[] } {
  const offsets = headingOffsets(body);
  const missing = PIR_SECTIONS.filter((s) => offsets[s.key] === undefined);
  if (missing.length === 0) return { body, added: [] };
  const inserts = new Map<number, string[]>();
  for (const section of missing) {
    const index = PIR_SECTIONS.indexOf(section);
    const next = PIR_SECTIONS.slice(index + 1).find((s) => offsets[s.key] !== undefined);
    const at = next ? offsets[next.key]! : body.length;
    inserts.set(at, [...(inserts.get(at) ?? []), skeletonSection(section.key)]);
  }
  let out = '';
  let from = 0;
  for (const at of [...inserts.keys()].sort((a, b) => a - b)) {
    const before = out + body.slice(from, at);
    const sections = inserts.get(at)!.join('\n');
    const lead = before === '' ? '' : before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    out = before + lead + sections + (at < body.length ? '\n' : '');
    from = at;
  }
  return { body: out + body.slice(from), added: missing.map((s) => s.heading) };
}

/** The skeleton step on a whole entry file. */
export function addPirSkeletonToFile(raw: string): { text: string; added: string[] } {
  const entry = splitEntryText(raw);
  const { body, added } = addPirSkeleton(entry.body);
  return { text: joinEntryText({ ...entry, body }), added };
}

/** What is still missing or empty, e.g. `"## Root cause" is empty`. */
export function pirGaps(body: string): string[] {
  const { sections, incomplete } = pirSections(body);
  return incomplete.map((key) => {
    const heading = `"## ${PIR_SECTIONS.find((s) => s.key === key)!.heading}"`;
    return sections[key] === undefined ? `${heading} is missing` : `${heading} is empty`;
  });
}

/** Sets `pir_published`; refuses an open incident, a published PIR, or one with a missing or empty section. */
export function publishPir(raw: string, at: string): string {
  const entry = splitEntryText(raw);
  const data = frontMatterData(entry.yaml);
  if (data['resolved'] === undefined) throw new AuthoringError('the incident is still open; resolve it first (npm run resolve), then publish its PIR');
  if (data['pir_published'] !== undefined) {
    throw new AuthoringError(`the PIR is already published (pir_published: ${String(data['pir_published'])}); nothing was changed`);
  }
  const gaps = pirGaps(entry.body);
  if (gaps.length > 0) {
    throw new AuthoringError(`the PIR is not complete: ${gaps.join(', ')}; write every section (the <!-- prompts --> do not count), then publish again`);
  }
  return joinEntryText({ ...entry, yaml: insertPair(entry.yaml, 'pir_published', at) });
}
