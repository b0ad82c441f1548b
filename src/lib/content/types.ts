import type {
  Component,
  IncidentData,
  MaintenanceData,
  NoticeData,
  Region,
  ReleaseData,
  SiteConfig,
} from './schema.ts';

export type Collection = 'incidents' | 'maintenance' | 'releases' | 'notices';
export const COLLECTIONS: readonly Collection[] = ['incidents', 'maintenance', 'releases', 'notices'];

interface EntryOf<C extends Collection, D> {
  collection: C;
  /** Path inside the collection folder without `.md`, e.g. `2026/eur-sign-in`. */
  id: string;
  /** Path relative to the project, e.g. `content/incidents/2026/eur-sign-in.md`. */
  file: string;
  data: D;
  /** Markdown body after the front matter. */
  body: string;
}

export type Incident = EntryOf<'incidents', IncidentData>;
export type Maintenance = EntryOf<'maintenance', MaintenanceData>;
export type Release = EntryOf<'releases', ReleaseData>;
export type Notice = EntryOf<'notices', NoticeData>;
export type Entry = Incident | Maintenance | Release | Notice;

export interface Content {
  site: SiteConfig;
  regions: Region[];
  components: Component[];
  incidents: Incident[];
  maintenance: Maintenance[];
  releases: Release[];
  notices: Notice[];
}

export type { Component, Region, SiteConfig };
