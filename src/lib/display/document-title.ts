/**
 * The page title a browser tab shows: the status first whenever something is
 * wrong, so a customer with many tabs sees it without switching.
 */
import type { Headline } from './banner.ts';
import { STATUS_LABEL } from '../status/impact.ts';

/** Home: "Major outage: Sign-in in Europe … · Site"; other pages: "Major outage · Page · Site". */
export function documentTitle(pageTitle: string, siteTitle: string, headline: Pick<Headline, 'status' | 'text'>): string {
  const isHome = pageTitle === siteTitle;
  const page = isHome ? siteTitle : `${pageTitle} · ${siteTitle}`;
  if (headline.status === 'operational') return page;
  return `${isHome ? headline.text : STATUS_LABEL[headline.status]} · ${page}`;
}
