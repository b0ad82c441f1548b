/** `https://status.example.com` + `/incidents/x/`, keeping any path in the site URL. */
export function absoluteUrl(site: { url: string }, path: string): string {
  return `${site.url.replace(/\/+$/, '')}${path}`;
}
