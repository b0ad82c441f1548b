import { validateContent } from '../../../src/lib/check/validate.ts';
import { buildIndex } from '../../../src/lib/index/site-index.ts';
import { ROOT, SAMPLE_CONTENT, SAMPLE_NOW } from '../../support/paths.ts';

/** The sample content indexed at the sample time, as the build sees it. */
export function sampleIndex() {
  const { content, errors } = validateContent(SAMPLE_CONTENT, SAMPLE_NOW, ROOT);
  if (errors > 0 || !content) throw new Error('sample content does not validate');
  return buildIndex(content, new Date(SAMPLE_NOW).toISOString());
}
