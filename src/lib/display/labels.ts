/** Words for the enumerations of the content format, as customers read them. */
import type { Collection } from '../content/types.ts';

/** Worded once, beside the other state wordings. */
export { UPDATE_STATUS_LABEL } from '../status/wording.ts';

export const SEVERITY_LABEL = { minor: 'Minor', major: 'Major' } as const;

export const COLLECTION_LABEL: Record<Collection, string> = {
  incidents: 'Incident',
  maintenance: 'Maintenance',
  releases: 'Release',
  notices: 'Notice',
};

export const NOTICE_TYPE_LABEL = { awareness: 'General awareness', readiness: 'Launch readiness' } as const;
export const RELEASE_TYPE_LABEL = { major: 'Major release wave', minor: 'Minor service update' } as const;
