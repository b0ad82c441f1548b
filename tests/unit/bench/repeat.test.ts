import { describe, expect, it } from 'vitest';
import { maxRuns, medianRun } from '../../../scripts/bench/repeat.ts';

const run = (seconds: number, peakMiB: number, tag: string) => ({ seconds, peakMiB, tag });

describe('medianRun', () => {
  it('shows the middle run by wall time, with the highest peak of all runs and every wall time in run order', () => {
    expect(medianRun([run(7.1, 650, 'a'), run(5.2, 700, 'b'), run(6.0, 640, 'c')])).toEqual({ seconds: 6.0, peakMiB: 700, tag: 'c', all: [7.1, 5.2, 6.0] });
  });

  it('takes the lower of the middle two for an even count, so the row is a run that happened', () => {
    expect(medianRun([run(9, 1, 'a'), run(3, 2, 'b'), run(5, 3, 'c'), run(7, 4, 'd')]).tag).toBe('c');
  });

  it('is the run itself when there is one', () => {
    expect(medianRun([run(2.5, 300, 'only')])).toEqual({ seconds: 2.5, peakMiB: 300, tag: 'only', all: [2.5] });
  });
});

describe('maxRuns', () => {
  it('leaves the first and the middle entry and one to delete per run', () => {
    expect(maxRuns(3)).toBe(1);
    expect(maxRuns(6)).toBe(2);
    expect(maxRuns(10_000)).toBe(4_999);
  });
});
