import { describe, expect, it } from 'vitest';
import { relativeAge } from '../../../src/lib/display/relative-age.ts';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const MIN = 60_000;

describe('relativeAge', () => {
  it('counts in the largest whole unit', () => {
    expect(relativeAge(NOW - 12 * MIN, NOW, 'en')).toBe('12 minutes ago');
    expect(relativeAge(NOW - 115 * MIN, NOW, 'en')).toBe('1 hour ago');
    expect(relativeAge(NOW - 3 * 1440 * MIN, NOW, 'en')).toBe('3 days ago');
    expect(relativeAge(NOW - 400 * 1440 * MIN, NOW, 'en')).toBe('last year');
  });

  it('speaks of the future too', () => {
    expect(relativeAge(NOW + 3 * 1440 * MIN, NOW, 'en')).toBe('in 3 days');
    expect(relativeAge(NOW + 20_000, NOW, 'en')).toBe('in 1 minute');
  });

  it('calls the last minute "just now"', () => {
    expect(relativeAge(NOW - 20_000, NOW, 'en')).toBe('just now');
    expect(relativeAge(NOW, NOW, 'en')).toBe('just now');
  });
});
