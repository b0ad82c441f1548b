import { parseDocument } from 'yaml';
import { isPlainObject } from '../content/source.ts';
import { AuthoringError } from './errors.ts';

/** The front matter of an entry as plain data (times stay source text). */
export function frontMatterData(yaml: string): Record<string, unknown> {
  const doc = parseDocument(yaml, { schema: 'core', uniqueKeys: true });
  if (doc.errors.length > 0) throw new AuthoringError(`found front matter that is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); fix it first`);
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  if (!isPlainObject(data)) throw new AuthoringError('found front matter that is not a mapping of fields');
  return data;
}
