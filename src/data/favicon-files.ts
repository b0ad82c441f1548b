/**
 * getStaticPaths of the favicons, one per status (src/lib/display/favicon.ts).
 * Their SVG comes from the code alone, so a rebuild keeps each one the
 * previous build wrote (writtenFromData, src/data/incremental.ts); a page
 * picks which one its tab shows.
 */
import { faviconFiles, faviconPath, faviconSvg } from '../lib/display/favicon.ts';
import { writtenFromData } from './incremental.ts';

export function faviconPaths() {
  const paths = faviconFiles().map((f) => ({ params: { name: f.name }, props: { status: f.status } }));
  return writtenFromData(paths, (p) => faviconPath(p.props.status), (p) => faviconSvg(p.props.status));
}
