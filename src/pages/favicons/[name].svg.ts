import type { APIRoute } from 'astro';
import { faviconFiles, faviconSvg } from '../../lib/display/favicon.ts';
import type { ComponentStatus } from '../../lib/status/impact.ts';

export function getStaticPaths() {
  return faviconFiles().map((f) => ({ params: { name: f.name }, props: { status: f.status } }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(faviconSvg((props as { status: ComponentStatus }).status), { headers: { 'content-type': 'image/svg+xml' } });
