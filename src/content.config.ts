import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { entryLoader, settingsLoader } from './data/loader.ts';
import { ENTRY_SCHEMAS } from './lib/content/schema.ts';

export const collections = {
  incidents: defineCollection({ loader: entryLoader('incidents'), schema: ENTRY_SCHEMAS.incidents }),
  maintenance: defineCollection({ loader: entryLoader('maintenance'), schema: ENTRY_SCHEMAS.maintenance }),
  releases: defineCollection({ loader: entryLoader('releases'), schema: ENTRY_SCHEMAS.releases }),
  notices: defineCollection({ loader: entryLoader('notices'), schema: ENTRY_SCHEMAS.notices }),
  /** site.yaml, regions.yaml and components.yaml as three entries, already validated. */
  settings: defineCollection({ loader: settingsLoader(), schema: z.record(z.string(), z.unknown()) }),
};
