/** The shapes of Statuspage's public v2 API (https://<page>/api/v2/), field for field. */
import type { ComponentStatus } from '../status/impact.ts';

export type Indicator = 'none' | 'minor' | 'major' | 'critical';
export type IncidentImpact = Indicator;
export type IncidentStatusValue = 'investigating' | 'identified' | 'monitoring' | 'resolved' | 'postmortem';
export type MaintenanceStatusValue = 'scheduled' | 'in_progress' | 'verifying' | 'completed';

export interface SpPage {
  id: string;
  name: string;
  url: string;
  time_zone: string;
  updated_at: string;
}

export interface SpStatus {
  indicator: Indicator;
  description: string;
}

export interface SpComponent {
  id: string;
  name: string;
  status: ComponentStatus;
  created_at: string;
  updated_at: string;
  position: number;
  description: string | null;
  showcase: boolean;
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
  /** Ids of the member components; groups only. */
  components?: string[];
}

export interface SpIncidentUpdate {
  id: string;
  status: IncidentStatusValue | MaintenanceStatusValue;
  body: string;
  incident_id: string;
  created_at: string;
  updated_at: string;
  display_at: string;
  affected_components: { code: string; name: string; old_status: ComponentStatus; new_status: ComponentStatus }[] | null;
  deliver_notifications: boolean;
  custom_tweet: string | null;
  tweet_id: string | null;
}

export interface SpIncident {
  id: string;
  name: string;
  status: IncidentStatusValue;
  created_at: string;
  updated_at: string;
  monitoring_at: string | null;
  resolved_at: string | null;
  impact: IncidentImpact;
  shortlink: string;
  started_at: string;
  page_id: string;
  incident_updates: SpIncidentUpdate[];
  components: SpComponent[];
}

export interface SpScheduledMaintenance extends Omit<SpIncident, 'status' | 'impact'> {
  status: MaintenanceStatusValue;
  impact: 'maintenance';
  scheduled_for: string;
  scheduled_until: string;
}
