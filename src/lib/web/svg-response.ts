/** An SVG file as a route returns it: the badges and favicons. */
export function svgResponse(svg: string): Response {
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
}
