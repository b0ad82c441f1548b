/** A temp copy of tests/fixtures/notify, with the incident written stage by stage, a subscriber file and a state file. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURES } from '../../support/paths.ts';

export function notifySite() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'heliograph-notify-'));
  const content = path.join(root, 'content');
  cpSync(path.join(FIXTURES, 'notify'), content, { recursive: true });
  mkdirSync(path.join(content, 'incidents/2026'), { recursive: true });
  const subscribers = path.join(root, 'subscribers.yaml');
  const state = path.join(root, 'state', 'notify-state.json');
  return {
    root,
    content,
    subscribers,
    state,
    writeIncident: (text: string) => writeFileSync(path.join(content, 'incidents/2026/eur-sign-in.md'), text),
    writeSubscribers: (text: string) => writeFileSync(subscribers, text),
    readState: (): { deliveries: Record<string, Record<string, { outcome: string }>> } =>
      existsSync(state) ? JSON.parse(readFileSync(state, 'utf8')) : { deliveries: {} },
    args: (...extra: string[]) => ['--content', content, '--subscribers', subscribers, '--state', state, ...extra],
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

const HEAD = `---
title: Users in Europe and the UK cannot sign in
severity: major
impact: major_outage
regions: [EUR, GBR]
components: [sign-in]
started: 2026-11-21T10:00:00Z
`;
const U1 = `  - at: 2026-11-21T10:05:00Z
    status: investigating
    text: We are investigating sign-in failures in Europe and the United Kingdom.
`;
const U2 = `  - at: 2026-11-21T10:35:00Z
    status: identified
    text: An expired certificate on the sign-in service; a new one is being deployed.
`;
const U3 = `  - at: 2026-11-21T11:20:00Z
    status: resolved
    text: Sign-in has worked normally since 11:15 UTC.
`;

/** The incident as its file reads after each stage of its life. */
export const INCIDENT_STAGES = {
  opened: `${HEAD}updates:\n${U1}---\nSign-in fails.\n`,
  identified: `${HEAD}updates:\n${U1}${U2}---\nSign-in fails.\n`,
  resolved: `${HEAD}resolved: 2026-11-21T11:20:00Z\nupdates:\n${U1}${U2}${U3}---\nSign-in fails.\n`,
};

/** The maintenance in the fixture moved to a window this morning, completed inside it. */
export const MAINTENANCE_TODAY = `---
title: Database upgrade in North America
type: planned
regions: [NAM]
components: [database]
window:
  start: 2026-11-21T10:30:00Z
  end: 2026-11-21T11:00:00Z
announced: 2026-11-10T09:00:00Z
completed: 2026-11-21T10:55:00Z
---
The database platform is upgraded.
`;
