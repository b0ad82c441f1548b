/**
 * The text of a new entry file: front matter in the contract's field order,
 * lists of codes in flow style (`regions: [EUR, GBR]`), versions quoted, and a
 * body that prompts the author in HTML comments the site does not show.
 */
import { Document, isMap, isPair, isScalar, isSeq, Scalar, visit } from 'yaml';
import type { Collection } from '../content/types.ts';

/** Fields in the order they should appear; `undefined` values are left out. */
export type Fields = Record<string, unknown>;

const FLOW_KEYS = new Set(['regions', 'components']);

export function frontMatterText(fields: Fields): string {
  const data = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const doc = new Document(data);
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (FLOW_KEYS.has(key) && isSeq(pair.value)) pair.value.flow = true;
      if (key === 'version' && isScalar(pair.value)) pair.value.type = Scalar.QUOTE_DOUBLE;
      if (key === 'window' && isMap(pair.value)) pair.value.flow = false;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export const BODY_PROMPTS: Record<Collection, string> = {
  incidents: 'Optional: what is affected, who is not, and what customers should do now. Updates go in the front matter (npm run update).',
  maintenance: 'What changes, what customers will notice during the window, and what they should do.',
  releases: 'Release notes: new features, fixes, and what admins must do.',
  notices: 'What is changing, who is affected, and what to do by when.',
};

export function newEntryText(collection: Collection, fields: Fields, body?: string): string {
  const text = body?.trim() ? `${body.trim()}\n` : `<!-- ${BODY_PROMPTS[collection]} -->\n`;
  return `---\n${frontMatterText(fields)}---\n${text}`;
}
