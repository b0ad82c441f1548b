import { describe, expect, it } from 'vitest';
import { emptyState, withRecord } from '../../../src/lib/notify/delivery-state.ts';
import { duePlan } from '../../../src/lib/notify/due.ts';
import { reaches } from '../../../src/lib/notify/filter.ts';
import { change, email, OPENED } from './changes.ts';

const HOUR = 3_600_000;

describe('reaches', () => {
  it('matches regions, with global entries reaching every region', () => {
    expect(reaches(change(), email('eu', { regions: ['GBR'] }))).toBe(true);
    expect(reaches(change(), email('nam', { regions: ['NAM'] }))).toBe(false);
    expect(reaches(change({ regions: ['global'] }), email('nam', { regions: ['NAM'] }))).toBe(true);
    expect(reaches(change(), email('all'))).toBe(true);
  });

  it('matches components; a change naming none concerns every component', () => {
    expect(reaches(change(), email('api', { components: ['api'] }))).toBe(false);
    expect(reaches(change(), email('si', { components: ['api', 'sign-in'] }))).toBe(true);
    expect(reaches(change({ components: [] }), email('api', { components: ['api'] }))).toBe(true);
  });

  it('matches a kind family or one exact kind', () => {
    expect(reaches(change(), email('i', { kinds: ['incident'] }))).toBe(true);
    expect(reaches(change(), email('r', { kinds: ['incident.resolved'] }))).toBe(false);
    expect(reaches(change({ kind: 'incident.resolved' }), email('r', { kinds: ['incident.resolved'] }))).toBe(true);
    expect(reaches(change({ kind: 'maintenance.started' }), email('i', { kinds: ['incident'] }))).toBe(false);
  });

  it('filters by severity only changes that have one', () => {
    expect(reaches(change({ severity: 'minor' }), email('m', { severity: ['major'] }))).toBe(false);
    expect(reaches(change(), email('m', { severity: ['major'] }))).toBe(true);
    expect(reaches(change({ kind: 'maintenance.started', severity: undefined }), email('m', { severity: ['major'] }))).toBe(true);
  });
});

describe('duePlan', () => {
  const now = '2026-11-21T10:00:00.000Z';

  it('sends each matching pair not in the state, oldest change first, subscribers in file order', () => {
    const subs = [email('b'), email('a', { regions: ['NAM'] }), email('c')];
    const plan = duePlan([change(), OPENED], subs, emptyState(), now, 24 * HOUR);
    expect(plan.send.map((d) => [d.change.kind, d.subscriber.id])).toEqual([
      ['incident.opened', 'b'],
      ['incident.opened', 'c'],
      ['incident.updated', 'b'],
      ['incident.updated', 'c'],
    ]);
    expect(plan.record).toEqual([]);
  });

  it('leaves out what the state holds, sent or recorded', () => {
    let state = withRecord(emptyState(), 'b', OPENED.id, { outcome: 'sent', at: now });
    state = withRecord(state, 'c', change().id, { outcome: 'recorded', at: now });
    const plan = duePlan([change(), OPENED], [email('b'), email('c')], state, now, 24 * HOUR);
    expect(plan.send.map((d) => [d.change.kind, d.subscriber.id])).toEqual([
      ['incident.opened', 'c'],
      ['incident.updated', 'b'],
    ]);
  });

  it('records instead of sending what is older than the age limit (the first run sends nothing from the past)', () => {
    // OPENED is 1 h 55 min old, the update 1 h old.
    const plan = duePlan([change(), OPENED], [email('b')], emptyState(), now, 90 * 60_000);
    expect(plan.record.map((d) => d.change.kind)).toEqual(['incident.opened']);
    expect(plan.send.map((d) => d.change.kind)).toEqual(['incident.updated']);
    expect(duePlan([change()], [email('b')], emptyState(), '2026-11-22T09:00:00.001Z', 24 * HOUR).record).toHaveLength(1);
    expect(duePlan([change()], [email('b')], emptyState(), '2026-11-22T09:00:00.000Z', 24 * HOUR).send).toHaveLength(1);
  });

  it('never sends a change from after now', () => {
    expect(duePlan([change()], [email('b')], emptyState(), '2026-11-21T08:59:59.000Z', 24 * HOUR)).toEqual({ send: [], record: [] });
  });
});
