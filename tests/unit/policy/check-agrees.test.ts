/**
 * `check` and the ledger call the same measures, so on every fixture each
 * policy warning of check has its figure in the ledger and the other way round.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/lib/content/problem.ts';
import { validateContent } from '../../../src/lib/check/validate.ts';
import { buildLedger } from '../../../src/lib/policy/ledger.ts';
import { FIXTURES, ROOT, SAMPLE_CONTENT, SAMPLE_NOW } from '../../support/paths.ts';

const FIXTURE_RUNS: [string, string, string][] = [
  ['policy-ledger', path.join(FIXTURES, 'policy-ledger'), '2026-12-20T12:00:00Z'],
  ['policy', path.join(FIXTURES, 'policy'), SAMPLE_NOW],
  ['sample', SAMPLE_CONTENT, SAMPLE_NOW],
  // Later, when the sample's due PIR is overdue and its open incident resolved.
  ['sample, a month on', SAMPLE_CONTENT, '2026-12-21T12:00:00Z'],
];

describe.each(FIXTURE_RUNS)('check and the ledger agree on %s', (_name, dir, now) => {
  // As check reports to a change that touches each file: policy misses that are over and done are reported only for changed files.
  const files = validateContent(dir, now, ROOT).content;
  const every = new Set([...files.incidents, ...files.maintenance, ...files.releases].map((e) => e.file));
  const validation = validateContent(dir, now, ROOT, every);
  const ledger = buildLedger(validation.content, now);
  const fileOf = new Map([...validation.content.incidents, ...validation.content.maintenance, ...validation.content.releases].map((e) => [`${e.collection}/${e.id}`, e.file]));
  const warned = (key: string, field: string, words: string) =>
    validation.problems.some((p: Problem) => p.severity === 'warning' && p.file === fileOf.get(key) && p.field === field && p.message.includes(words));
  const incidents = ledger.quarters.flatMap((q) => q.incidents);
  const maintenance = ledger.quarters.flatMap((q) => q.maintenance);
  const releases = ledger.quarters.flatMap((q) => q.releases);

  it('has something to compare', () => expect(incidents.length + maintenance.length + releases.length).toBeGreaterThan(0));

  it('PIR late, due and overdue', () => {
    for (const r of incidents) {
      expect(warned(r.key, 'pir_published', 'PIR published late'), r.key).toBe(r.pir.kind === 'late');
      expect(warned(r.key, 'resolved', 'PIR due by'), r.key).toBe(r.pir.kind === 'due');
      expect(warned(r.key, 'resolved', 'PIR overdue'), r.key).toBe(r.pir.kind === 'overdue');
      if (r.pir.kind === 'late') {
        const days = r.pir.businessDaysLate;
        expect(warned(r.key, 'pir_published', `published ${days} business day${days === 1 ? '' : 's'} after`)).toBe(true);
      }
    }
  });

  it('late first updates, while the incident still calls for action', () => {
    for (const r of incidents) {
      const callsForAction = r.pir.kind === 'pending' || r.pir.kind === 'due';
      expect(warned(r.key, 'updates.0.at', `first update posted ${Math.round(r.firstUpdateMinutes)} minutes after started`), r.key).toBe(!r.firstUpdateOnTime && callsForAction);
    }
  });

  it('maintenance notice', () => {
    for (const r of maintenance) expect(warned(r.key, 'announced', 'planned maintenance announced'), r.key).toBe(!r.noticeKept);
  });

  it('major-release notice, with the same number of days', () => {
    for (const r of releases) expect(warned(r.key, 'announced', `, ${Math.floor(r.noticeDays)} days before its first stage`), r.key).toBe(!r.noticeKept);
  });
});
