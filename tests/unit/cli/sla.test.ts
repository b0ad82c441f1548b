import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { oneLineError, tempContent } from './temp-content.ts';

// Hand-computed from the sample: NAM × Web API had a partial outage on 14 Oct
// 2026 for 206 min, 30 % of which counts: 61.8 min of 44 640, 99.86 % < 99.9 %.
describe('npm run sla', { timeout: 60_000 }, () => {
  const tmp = tempContent();
  afterAll(() => tmp.remove());
  const sla = (...args: string[]) => tmp.run('sla.ts', args);

  it('prints the month as a table, one region', () => {
    const run = sla('--month', '2026-10', '--region', 'NAM');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('SLA 2026-10: target 99.9 %');
    expect(lines.slice(2)).toHaveLength(12);
    expect(lines.find((l) => l.startsWith('NAM     api '))!.split(/\s{2,}/)).toEqual([
      'NAM',
      'api',
      '99.86 %',
      '99.9 %',
      'missed, credit eligible',
      '61.8 min',
      'incidents/2026/nam-cannot-save-records',
    ]);
  });

  it('prints CSV and JSON with the same figures', () => {
    const csv = parse(sla('--month', '2026-10', '--format', 'csv').stdout, { columns: true }) as Record<string, string>[];
    expect(csv).toHaveLength(17 * 12);
    expect(csv.find((r) => r['region'] === 'NAM' && r['component'] === 'database')).toMatchObject({
      availability_percent: '99.86',
      met: 'false',
      credit_eligible: 'true',
      downtime_minutes: '61.8',
      measured_minutes: '44640',
      final: 'true',
    });
    const json = JSON.parse(sla('--month', '2026-10', '--region', 'EUR', '--format', 'json').stdout) as { rows: { component: string; availability_percent: number; met: boolean }[] };
    expect(json.rows.find((r) => r.component === 'sign-in')).toMatchObject({ availability_percent: 100, met: true });
  });

  it('says when the month is still running', () => {
    expect(sla('--month', '2026-11', '--region', 'EUR').stdout.split('\n')[0]).toBe('SLA 2026-11: target 99.9 % (month still running: figures up to 2026-11-21T12:00:00.000Z)');
  });

  it.each([
    [['--month', '2026-13'], '--month: found "2026-13", expected a month YYYY-MM with 01–12, e.g. 2026-10'],
    [[], '--month: found nothing, expected a month YYYY-MM, e.g. --month 2026-10'],
    [['--month', '2027-01'], '--month: found 2027-01, expected a month up to the current one (2026-11)'],
    [['--month', '2026-10', '--format', 'xml'], '--format: found "xml", expected one of table, csv, json'],
  ])('refuses %j in one line, exit 2', (args, message) => {
    const run = sla(...args);
    expect(run.status).toBe(2);
    expect(oneLineError(run)).toBe(`error: ${message}`);
  });

  it('refuses an unknown region with a hint', () => {
    const run = sla('--month', '2026-10', '--region', 'eur');
    expect(run.status).toBe(2);
    expect(oneLineError(run)).toMatch(/^error: --region: found "eur" \(codes are upper case: EUR\), expected a code from regions\.yaml: NAM, /);
  });

  it('refuses broken content with file:line: field errors, no stack trace', () => {
    const file = 'incidents/2026/nam-cannot-save-records.md';
    tmp.write(file, tmp.read(file).replace('impact: partial_outage', 'impact: total_outage'));
    const run = sla('--month', '2026-10');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/nam-cannot-save-records\.md:\d+: impact: found "total_outage"/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
