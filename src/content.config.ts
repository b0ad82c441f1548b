import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { entryLoader } from './data/loader.ts';

/**
 * One collection per kind. Their loaders render the entries' bodies and the
 * store stays empty (see src/data/loader.ts). The entries are validated by
 * Heliograph's own pass against src/lib/content/schema.ts, and reach the pages
 * from it.
 */
const nothing = z.object({});

export const collections = {
  incidents: defineCollection({ loader: entryLoader('incidents'), schema: nothing }),
  maintenance: defineCollection({ loader: entryLoader('maintenance'), schema: nothing }),
  releases: defineCollection({ loader: entryLoader('releases'), schema: nothing }),
  notices: defineCollection({ loader: entryLoader('notices'), schema: nothing }),
};
