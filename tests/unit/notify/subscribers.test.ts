import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { environmentProblems, parseSubscribers } from '../../../src/lib/notify/subscribers.ts';

const known = { regions: ['NAM', 'EUR', 'GBR'], components: ['sign-in', 'api'] };
const parse = (text: string) => parseSubscribers('subscribers.yaml', new TextEncoder().encode(text), known);
const lines = (text: string) => {
  const r = parse(text);
  if (r.ok) throw new Error('expected problems');
  return r.problems.map(formatProblem);
};

describe('parseSubscribers', () => {
  it('reads email and webhook subscribers with their filters', () => {
    const r = parse(`- id: ops-europe
  email: ops@example.com
  regions: [EUR, GBR]
  kinds: [incident, maintenance.started]
  severity: [major]
- id: chat
  webhook: { type: slack, url_env: SLACK_OPS_URL }
  components: [api]
- id: hook
  webhook: { type: generic, url_env: HOOK_URL, secret_env: HOOK_SECRET }
`);
    expect(r).toEqual({
      ok: true,
      subscribers: [
        { id: 'ops-europe', email: 'ops@example.com', regions: ['EUR', 'GBR'], kinds: ['incident', 'maintenance.started'], severity: ['major'] },
        { id: 'chat', webhook: { type: 'slack', url_env: 'SLACK_OPS_URL' }, components: ['api'] },
        { id: 'hook', webhook: { type: 'generic', url_env: 'HOOK_URL', secret_env: 'HOOK_SECRET' } },
      ],
    });
  });

  it('names the file, line and field of a typo in a filter region', () => {
    expect(lines(`- id: ops
  email: ops@example.com
  regions:
    - EUR
    - GRB
`)).toEqual(['subscribers.yaml:5: 0.regions.1: found "GRB", expected a region code from regions.yaml: NAM, EUR, GBR (leave regions out for every region)']);
  });

  it('refuses unknown components and kinds, two channels, none, and a generic webhook without a secret', () => {
    expect(lines(`- id: a
  email: a@example.com
  components: [sing-in]
- id: b
  email: b@example.com
  kinds: [incidnt]
- id: c
  email: c@example.com
  webhook: { type: slack, url_env: X }
- id: d
- id: e
  webhook: { type: generic, url_env: E_URL }
- id: f
  webhook: { type: teams, url_env: "https://hooks.example/x" }
`)).toEqual([
      'subscribers.yaml:3: 0.components.0: found "sing-in", expected a component id from components.yaml: sign-in, api',
      'subscribers.yaml:6: 1.kinds.0: found "incidnt", expected one of incident, maintenance, release, notice, or a change kind such as incident.resolved',
      'subscribers.yaml:7: 2: found a mapping, expected exactly one channel: email or webhook',
      'subscribers.yaml:10: 3: found a mapping, expected exactly one channel: email or webhook',
      'subscribers.yaml:12: 4.webhook.secret_env: missing, expected the environment variable holding the HMAC-SHA256 signing secret (a generic webhook is always signed)',
      'subscribers.yaml:14: 5.webhook.url_env: found "https://hooks.example/x", expected the name of an environment variable in upper case, e.g. SLACK_OPS_URL (the URL itself stays out of git)',
    ]);
  });

  it('reports a region typo even when another field of the subscriber is wrong too', () => {
    expect(lines(`- id: ops
  email: ops@example.com
  regions: [GRB]
  kinds: [incidnt]
`)).toEqual([
      'subscribers.yaml:3: 0.regions.0: found "GRB", expected a region code from regions.yaml: NAM, EUR, GBR (leave regions out for every region)',
      'subscribers.yaml:4: 0.kinds.0: found "incidnt", expected one of incident, maintenance, release, notice, or a change kind such as incident.resolved',
    ]);
  });

  it('refuses a repeated id, unknown keys, and a file that is not a list', () => {
    expect(lines(`- id: a
  email: a@example.com
- id: a
  email: b@example.com
  region: [EUR]
`)).toEqual(['subscribers.yaml:5: 1.region: found an unknown key, expected one of: id, email, webhook, regions, components, kinds, severity']);
    expect(lines(`- id: a
  email: a@example.com
- id: a
  email: b@example.com
`)).toEqual(['subscribers.yaml:3: 1.id: found "a" again (first on line 1), expected each subscriber id once (the state file is keyed by it)']);
    expect(lines('subscribers: []\n')).toEqual(['subscribers.yaml:1: -: found a mapping, expected a YAML list of subscribers']);
  });
});

describe('environmentProblems', () => {
  it('names the url_env and secret_env lines whose variables are unset or not URLs, never their values', () => {
    const text = `- id: chat
  webhook: { type: slack, url_env: SLACK_URL }
- id: hook
  webhook:
    type: generic
    url_env: HOOK_URL
    secret_env: HOOK_SECRET
`;
    const bytes = new TextEncoder().encode(text);
    const r = parseSubscribers('subscribers.yaml', bytes, known);
    if (!r.ok) throw new Error('valid');
    expect(environmentProblems('subscribers.yaml', bytes, r.subscribers, { SLACK_URL: 'not a url', HOOK_URL: 'https://hook.example/x' }).map(formatProblem)).toEqual([
      'subscribers.yaml:2: 0.webhook.url_env: found SLACK_URL holding something that is not an http(s) URL, expected the webhook URL',
      'subscribers.yaml:7: 1.webhook.secret_env: found HOOK_SECRET unset, expected it to hold the signing secret',
    ]);
    expect(environmentProblems('subscribers.yaml', bytes, r.subscribers, { SLACK_URL: 'https://hooks.slack.com/x', HOOK_URL: 'https://h/x', HOOK_SECRET: 's' })).toEqual([]);
  });
});
