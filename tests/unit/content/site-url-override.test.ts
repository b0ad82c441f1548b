import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { siteUrlOverrideProblem } from '../../../src/lib/content/site-url-override.ts';

describe('siteUrlOverrideProblem', () => {
  it('accepts no override and absolute http(s) URLs', () => {
    expect(siteUrlOverrideProblem(undefined)).toBeUndefined();
    expect(siteUrlOverrideProblem('')).toBeUndefined();
    expect(siteUrlOverrideProblem('https://status.example.com/')).toBeUndefined();
    expect(siteUrlOverrideProblem('http://localhost:4321/preview/')).toBeUndefined();
  });

  it('refuses anything else with the variable, what was found and what is expected', () => {
    for (const bad of ['not a url', 'status.example.com', 'ftp://status.example.com/', 'https://', '/status/']) {
      const problem = siteUrlOverrideProblem(bad);
      expect(problem, bad).toBeDefined();
      expect(formatProblem(problem!)).toBe(`environment: SITE_URL: found ${JSON.stringify(bad)}, expected an absolute http(s) URL such as https://status.example.com/ (it replaces url in site.yaml)`);
    }
  });
});
