import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitEntryText } from '../../../src/lib/authoring/entry-text.ts';
import { postUpdate, resolveIncident } from '../../../src/lib/authoring/updates.ts';
import { addedLines } from './insertion.ts';

const incident = `---
title: Users in Europe cannot sign in
severity: major   # owes a PIR
impact: major_outage
regions: [EUR, GBR]
components: [sign-in]
started: 2026-11-21T10:05:00Z
tracking_id: "CC-2611-0417"
updates:
  - at: 2026-11-21T10:14:00Z
    status: investigating
    text: We are investigating. # not part of the text
---
Body stays.
`;

const maintenance = `---
title: Database upgrade
type: planned
regions: [NAM]
window:
  start: 2026-11-24T03:00:00Z
  end: 2026-11-24T07:00:00Z
announced: 2026-11-18T09:00:00Z
expected_impact: Read-only for ten minutes.
---
Body.
`;

const data = (raw: string) => parse(splitEntryText(raw).yaml);

describe('postUpdate', () => {
  it('appends an incident update and changes nothing else', () => {
    const after = postUpdate(incident, 'incidents', { at: '2026-11-21T11:12:00Z', status: 'identified', text: '  A certificate rotation broke sign-in.  ' });
    expect(addedLines(incident, after)).toEqual(['  - at: 2026-11-21T11:12:00Z', '    status: identified', '    text: A certificate rotation broke sign-in.']);
    expect(after.endsWith('---\nBody stays.\n')).toBe(true);
  });

  it('refuses resolved (that is resolve), unknown statuses, empty text and a resolved incident', () => {
    expect(() => postUpdate(incident, 'incidents', { at: '2026-11-21T11:12:00Z', status: 'resolved', text: 'x' })).toThrow(/npm run resolve/);
    expect(() => postUpdate(incident, 'incidents', { at: '2026-11-21T11:12:00Z', status: 'in_progress', text: 'x' })).toThrow(/investigating, identified, monitoring/);
    expect(() => postUpdate(incident, 'incidents', { at: '2026-11-21T11:12:00Z', status: 'identified', text: '  ' })).toThrow(/--text/);
    const resolved = resolveIncident(incident, { at: '2026-11-21T12:00:00Z', text: 'Fixed.' });
    expect(() => postUpdate(resolved, 'incidents', { at: '2026-11-21T12:10:00Z', status: 'monitoring', text: 'x' })).toThrow(/already resolved/);
  });

  it('starts the updates list of maintenance that has none, and records completed with a completed update', () => {
    const started = postUpdate(maintenance, 'maintenance', { at: '2026-11-24T03:00:00Z', status: 'in_progress', text: 'Started.' });
    expect(addedLines(maintenance, started)).toEqual(['updates:', '  - at: 2026-11-24T03:00:00Z', '    status: in_progress', '    text: Started.']);
    const done = postUpdate(started, 'maintenance', { at: '2026-11-24T06:10:00Z', status: 'completed', text: 'Done.' });
    expect(addedLines(started, done)).toEqual(['completed: 2026-11-24T06:10:00Z', '  - at: 2026-11-24T06:10:00Z', '    status: completed', '    text: Done.']);
    expect(Object.keys(data(done))).toEqual(['title', 'type', 'regions', 'window', 'announced', 'expected_impact', 'completed', 'updates']);
  });

  it('keeps an existing completed time and refuses cancelled work and incident statuses', () => {
    const withCompleted = maintenance.replace('expected_impact', 'completed: 2026-11-24T06:00:00Z\nexpected_impact');
    const after = postUpdate(withCompleted, 'maintenance', { at: '2026-11-24T06:10:00Z', status: 'completed', text: 'Done.' });
    expect(data(after).completed).toBe('2026-11-24T06:00:00Z');
    expect(() => postUpdate(maintenance.replace('type: planned', 'type: planned\ncancelled: true'), 'maintenance', { at: '2026-11-24T03:00:00Z', status: 'in_progress', text: 'x' })).toThrow(/cancelled/);
    expect(() => postUpdate(maintenance, 'maintenance', { at: '2026-11-24T03:00:00Z', status: 'identified', text: 'x' })).toThrow(/scheduled, in_progress, verifying, completed/);
  });
});

describe('resolveIncident', () => {
  it('adds resolved: after started and the final resolved update, nothing else', () => {
    const after = resolveIncident(incident, { at: '2026-11-21T12:40:00Z', text: 'Sign-in works again.' });
    expect(addedLines(incident, after)).toEqual([
      'resolved: 2026-11-21T12:40:00Z',
      '  - at: 2026-11-21T12:40:00Z',
      '    status: resolved',
      '    text: Sign-in works again.',
    ]);
    expect(after).toContain('started: 2026-11-21T10:05:00Z\nresolved: 2026-11-21T12:40:00Z\ntracking_id');
  });

  it('refuses an incident that is already resolved', () => {
    const once = resolveIncident(incident, { at: '2026-11-21T12:40:00Z', text: 'Fixed.' });
    expect(() => resolveIncident(once, { at: '2026-11-21T13:00:00Z', text: 'Again.' })).toThrow(
      'the incident is already resolved (resolved: 2026-11-21T12:40:00Z); nothing was changed',
    );
  });
});
