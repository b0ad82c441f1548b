/**
 * A deterministic synthetic corpus for scale tests: the sample's regions and
 * components, the same mix of kinds, ~300-word bodies, spread back from `now`.
 * The same size always gives the same files. Entries are valid and clean
 * (windows inside the regions' windows, PIRs published) so `check` is quiet.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const WORDS = (
  'service region users sign in request latency error rate database storage replica failover network ' +
  'certificate configuration deployment rollback monitoring alert capacity queue throughput timeout retry ' +
  'customers engineers mitigation workaround dashboard report export import email delivery search index ' +
  'cache connection pool upgrade maintenance window patch security update restart node cluster traffic'
).split(' ');

const DAY = 86_400_000;

/** Mulberry32: small, fast, seeded. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function writeCorpus(target: string, entries: number, now: string, sampleContent = 'content'): void {
  const rand = random(entries);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const sentence = (n: number) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words[0]![0]!.toUpperCase()}${words.join(' ').slice(1)}.`;
  };
  const paragraph = (sentences: number) => Array.from({ length: sentences }, () => sentence(8 + Math.floor(rand() * 8))).join(' ');
  const body = () => [paragraph(8), paragraph(8), paragraph(8)].join('\n\n');

  mkdirSync(target, { recursive: true });
  for (const file of ['site.yaml', 'regions.yaml', 'components.yaml']) copyFileSync(path.join(sampleContent, file), path.join(target, file));
  const regions = parse(readFileSync(path.join(sampleContent, 'regions.yaml'), 'utf8')) as { code: string; window: string }[];
  const components = (parse(readFileSync(path.join(sampleContent, 'components.yaml'), 'utf8')) as { id: string }[]).map((c) => c.id);

  const end = Date.parse(now) - DAY;
  const span = 10 * 365 * DAY;
  /** A start instant inside the region's daily window, on a day between `now` - 10 years and `now`. */
  const windowStart = (region: { window: string }, index: number) => {
    const day = Math.floor((end - span + (index / entries) * span) / DAY) * DAY;
    const [h, m] = region.window.slice(0, 5).split(':').map(Number);
    return day + (h! * 60 + m!) * 60_000;
  };
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

  for (let i = 0; i < entries; i++) {
    const kind = rand();
    const region = pick(regions);
    const start = windowStart(region, i);
    const year = new Date(start).getUTCFullYear();
    const slug = `e${String(i).padStart(6, '0')}`;
    const words = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`;
    let text: string;
    let folder: string;
    if (kind < 0.45) {
      folder = 'incidents';
      const major = rand() < 0.15;
      const resolved = start + (30 + Math.floor(rand() * 300)) * 60_000;
      text = `---
title: "Incident ${i}: ${words} in ${region.code}"
severity: ${major ? 'major' : 'minor'}
impact: ${pick(['degraded_performance', 'partial_outage', 'major_outage'])}
regions: [${region.code}]
components: [${pick(components)}]
started: ${iso(start)}
resolved: ${iso(resolved)}
updates:
  - at: ${iso(start + 10 * 60_000)}
    status: investigating
    text: ${sentence(12)}
  - at: ${iso(start + 25 * 60_000)}
    status: identified
    text: ${sentence(12)}
  - at: ${iso(resolved)}
    status: resolved
    text: ${sentence(10)}
${major ? `pir_published: ${iso(resolved + 2 * DAY)}\n` : ''}---
${major ? `## Summary\n${paragraph(3)}\n\n## User experience\n${paragraph(3)}\n\n## Root cause\n${paragraph(4)}\n\n## Next steps\n${paragraph(3)}\n` : body()}
`;
    } else if (kind < 0.7) {
      folder = 'maintenance';
      const hours = 1 + Math.floor(rand() * 4);
      text = `---
title: "Maintenance ${i}: ${words}"
type: planned
regions: [${region.code}]
components: [${pick(components)}]
window:
  start: ${iso(start)}
  end: ${iso(start + hours * 3_600_000)}
announced: ${iso(start - 7 * DAY)}
completed: ${iso(start + hours * 3_600_000 - 600_000)}
---
${body()}
`;
    } else if (kind < 0.9) {
      folder = 'releases';
      const stages = [...new Set([region, pick(regions), pick(regions)])];
      text = `---
title: "Service update ${i}"
type: minor
version: "9.${year % 100}.${i}.1"
announced: ${iso(start - 7 * DAY)}
components: [${pick(components)}]
rollout:
${stages.map((r, s) => `  - regions: [${r.code}]\n    at: ${iso(windowStart(r, i) + s * DAY)}`).join('\n')}
---
${body()}
`;
    } else {
      folder = 'notices';
      text = `---
title: "Notice ${i}: ${words}"
type: ${pick(['awareness', 'readiness'])}
published: ${iso(start)}
regions: [${rand() < 0.5 ? 'global' : region.code}]
expires: ${iso(start + 30 * DAY)}
---
${body()}
`;
    }
    const dir = path.join(target, folder, String(year));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${slug}.md`), text);
  }
}
