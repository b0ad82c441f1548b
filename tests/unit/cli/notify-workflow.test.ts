import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../support/paths.ts';

interface Step { name?: string; id?: string; run?: string; uses?: string; if?: string; with?: Record<string, string>; env?: Record<string, string> }

describe('deploy.yml: notify after a successful deploy', () => {
  const deploy = parse(readFileSync(path.join(ROOT, '.github/workflows/deploy.yml'), 'utf8'));
  const notify = deploy.jobs.notify as { needs: string[]; steps: Step[] };

  it('runs after the deploy, as of the moment before the build, with the subscriber file and secrets from repository secrets', () => {
    expect(notify.needs).toEqual(['build', 'deploy']);
    expect(deploy.jobs.build.outputs.now).toBe('${{ steps.now.outputs.now }}');
    const send = notify.steps.find((s) => s.run?.includes('npm run --silent notify'))!;
    expect(send.env).toMatchObject({
      SUBSCRIBERS_YAML: '${{ secrets.HELIOGRAPH_SUBSCRIBERS }}',
      SMTP_URL: '${{ secrets.SMTP_URL }}',
      HELIOGRAPH_NOW: '${{ needs.build.outputs.now }}',
    });
    expect(send.run).toContain('--state .heliograph/notify-state.json');
  });

  it('keeps the state in the Actions cache: newest restored, saved under a key unique to the run, even when notify failed', () => {
    const restore = notify.steps.find((s) => s.uses?.startsWith('actions/cache/restore') && s.with?.['path'] !== 'node_modules')!;
    const save = notify.steps.find((s) => s.uses?.startsWith('actions/cache/save'))!;
    const order = [restore, notify.steps.find((s) => s.run?.includes('notify --'))!, save].map((s) => notify.steps.indexOf(s));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(restore.with).toEqual({ path: '.heliograph/notify-state.json', key: 'notify-state-${{ github.run_id }}-${{ github.run_attempt }}', 'restore-keys': 'notify-state-\n' });
    expect(save.with).toEqual({ path: '.heliograph/notify-state.json', key: 'notify-state-${{ github.run_id }}-${{ github.run_attempt }}' });
    expect(save.if).toBe('always()');
  });

  it('installs from the dependencies the build job saved, with npm ci only when they are not there', () => {
    const build = deploy.jobs.build as { steps: Step[] };
    const deps = notify.steps.find((s) => s.uses?.startsWith('actions/cache/restore') && s.with?.['path'] === 'node_modules')!;
    const saved = build.steps.find((s) => s.uses?.startsWith('actions/cache/save') && s.with?.['path'] === 'node_modules')!;
    const builtWith = build.steps.find((s) => s.id === saved.with?.['key']?.match(/steps\.(\w+)\./)?.[1])!;
    expect(deps.with?.['key']).toBe(builtWith.with?.['key']);
    const install = notify.steps.find((s) => s.run === 'npm ci --no-audit --no-fund')!;
    expect(install.if).toBe(`steps.${deps.id}.outputs.cache-hit != 'true'`);
    expect(notify.steps.indexOf(deps)).toBeLessThan(notify.steps.indexOf(install));
    expect(notify.steps.some((s) => s.run?.startsWith('npm install'))).toBe(false);
  });
});
