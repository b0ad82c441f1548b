import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problem.ts';
import { emptyState, withRecord } from '../../../src/lib/notify/delivery-state.ts';
import { readStateFile, writeStateFile } from '../../../src/lib/notify/state-file.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const temp = () => (dir = mkdtempSync(path.join(os.tmpdir(), 'heliograph-state-')));

describe('state file', () => {
  it('starts empty when missing, and reads back what was written, leaving no temporary file', () => {
    const file = path.join(temp(), 'sub', 'state.json');
    expect(readStateFile(file)).toEqual({ ok: true, state: emptyState(), existed: false });
    const state = withRecord(emptyState(), 'ops', 'tag:x', { outcome: 'sent', at: '2026-11-21T10:00:00.000Z' });
    writeStateFile(file, state);
    expect(readStateFile(file)).toEqual({ ok: true, state, existed: true });
    expect(readdirSync(path.dirname(file))).toEqual(['state.json']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, deliveries: { ops: { 'tag:x': { outcome: 'sent', at: '2026-11-21T10:00:00.000Z' } } } });
  });

  it('reports a broken or foreign file as file: field: found, expected', () => {
    const file = path.join(temp(), 'state.json');
    writeFileSync(file, '{"version": 1, "deliveries": {');
    const broken = readStateFile(file);
    expect(broken.ok ? '' : formatProblem(broken.problem)).toBe(`${file}:1: -: found text that is not JSON, expected the notify state file (JSON written by npm run notify)`);
    writeFileSync(file, '{"version": 2, "deliveries": {}}');
    const foreign = readStateFile(file);
    expect(foreign.ok ? '' : formatProblem(foreign.problem)).toBe(`${file}: version: found a value that does not fit, expected version 1 (a notify state file, version 1)`);
  });
});
