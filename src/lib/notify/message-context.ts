import type { Change } from '../changes/change.ts';
import type { SiteConfig } from '../content/schema.ts';

/** What every channel's message is made from: the change, the site, and the entry's first change (thread root). */
export interface MessageContext {
  change: Change;
  site: Pick<SiteConfig, 'url' | 'title' | 'notifications'>;
  /** The entry's first change; equal to `change` for the first message of an entry. */
  root: Change;
}
