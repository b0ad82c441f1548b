import { describe, expect, it } from 'vitest';
import { boardHeadline } from '../../../src/lib/display/banner.ts';
import { documentTitle } from '../../../src/lib/display/document-title.ts';
import { countOf, listInWords, regionInSentence } from '../../../src/lib/display/words.ts';
import { incident, maintenance, plainIndex } from './plain.ts';

const headline = (index: ReturnType<typeof plainIndex>) => boardHeadline(index.board, index);

describe('boardHeadline: the status in words, scoped', () => {
  it('says all is well when it is', () => {
    expect(headline(plainIndex())).toMatchObject({ status: 'operational', text: 'All systems operational', affected: 0, count: '', also: [] });
  });

  it('names what and where for a major outage, with the count of regions', () => {
    const index = plainIndex({ incidents: [incident('2026/signin', { impact: 'major_outage', regions: ['EUR', 'GBR'] })] });
    expect(headline(index)).toMatchObject({
      status: 'major_outage',
      tone: 'outage',
      text: 'Major outage: Sign-in in Europe and the United Kingdom',
      affected: 2,
      total: 4,
      count: '2 of 4 regions affected · 2 operational',
    });
  });

  it('names maintenance by where only, and lists lesser statuses elsewhere', () => {
    const index = plainIndex({
      incidents: [incident('2026/api', { impact: 'partial_outage', regions: ['EUR'], components: ['api'] })],
      maintenance: [maintenance('2026/storage')],
    });
    const h = headline(index);
    expect(h.text).toBe('Partial outage: Web API in Europe');
    expect(h.also).toEqual(['Maintenance in progress in Japan and Oceania']);
    expect(h.count).toBe('3 of 4 regions affected · 1 operational');
  });

  it('counts regions instead of naming more than three, and says "all regions" for all', () => {
    const all = plainIndex({ incidents: [incident('2026/all', { regions: ['global'], components: ['sign-in', 'api', 'database', 'storage'] })] });
    expect(headline(all).text).toBe('Partial outage in all regions');
    const maintenanceOnly = plainIndex({ maintenance: [maintenance('2026/m', { regions: ['EUR', 'GBR', 'JPN'] })] });
    expect(headline(maintenanceOnly).text).toBe('Maintenance in progress in Europe, the United Kingdom and Japan');
  });
});

describe('documentTitle', () => {
  it('starts with the status unless operational', () => {
    expect(documentTitle('Status', 'Status', { status: 'operational', text: 'All systems operational' })).toBe('Status');
    expect(documentTitle('Europe (EUR)', 'Status', { status: 'operational', text: 'x' })).toBe('Europe (EUR) · Status');
    expect(documentTitle('Status', 'Status', { status: 'major_outage', text: 'Major outage: Sign-in in Europe' })).toBe('Major outage: Sign-in in Europe · Status');
    expect(documentTitle('Europe (EUR)', 'Status', { status: 'under_maintenance', text: 'x' })).toBe('Under maintenance · Europe (EUR) · Status');
  });
});

describe('words', () => {
  it('joins, counts and puts "the" before united names', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
    expect(regionInSentence('United Arab Emirates')).toBe('the United Arab Emirates');
    expect(regionInSentence('Europe')).toBe('Europe');
    expect(countOf(1, 'region')).toBe('1 region');
    expect(countOf(15, 'region')).toBe('15 regions');
  });
});
