/**
 * The reference #14's targets are set against: a minimal Hugo site with the
 * same entries as the bench's corpus — one page per entry (title, date and
 * Markdown body), one page and one RSS feed per region (a Hugo taxonomy), the
 * home page and its feed — built cold by Debian's `hugo` (`apt-get install
 * hugo`). Timed in the same run as Heliograph's builds, so the ratios hold on
 * a busy machine as on a quiet one. Only the bench uses it; without `hugo` on
 * the PATH the bench prints its own figures and no ratios.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Content } from '../../src/lib/content/types.ts';
import { entryRegions } from '../../src/lib/display/history.ts';
import { entryTime } from '../../src/lib/index/entry-time.ts';
import { allEntries } from '../../src/lib/schedule/site-schedule.ts';

const LAYOUTS: Record<string, string> = {
  'layouts/_default/baseof.html':
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title>' +
    '{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}">{{ end }}</head>' +
    '<body><header><a href="/">{{ .Site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>\n',
  'layouts/_default/single.html':
    '{{ define "main" }}<h1>{{ .Title }}</h1><p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006 15:04 UTC" }}</time></p>' +
    '<p>{{ range .Params.regions }}<a href="/regions/{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>{{ .Content }}{{ end }}\n',
  'layouts/_default/list.html':
    '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range first 50 .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}\n',
  'layouts/_default/terms.html':
    '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}\n',
};

/** Writes the Hugo site for these entries into `dir`. */
export function writeHugoSite(dir: string, content: Content): number {
  rmSync(dir, { recursive: true, force: true });
  const all = content.regions.map((r) => r.code);
  write(
    path.join(dir, 'hugo.yaml'),
    [
      'baseURL: https://status.example.com/',
      'title: Status',
      'languageCode: en',
      'disableKinds: [sitemap, robotsTXT]',
      'taxonomies: { region: regions }',
      'markup: { goldmark: { renderer: { unsafe: false } } }',
      '',
    ].join('\n'),
  );
  for (const [file, text] of Object.entries(LAYOUTS)) write(path.join(dir, file), text);
  const entries = allEntries(content);
  for (const entry of entries) {
    const front = { title: entry.data.title, date: entryTime(entry), regions: entryRegions(entry, all) };
    write(path.join(dir, 'content', entry.collection, `${entry.id}.md`), `---\n${JSON.stringify(front)}\n---\n${entry.body}`);
  }
  return entries.length;
}

/** `hugo v0.111.3+extended` when a `hugo` is on the PATH. */
export function hugoVersion(): string | undefined {
  const run = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim().split(' ').slice(0, 2).join(' ') : undefined;
}

/**
 * One cold Hugo build of `dir` into new folders (`public-<run>`, `cache-<run>`):
 * its wall seconds. Nothing is deleted between runs: on a file system without
 * a journal (this machine's), ext4 passes over the inodes freed in the last
 * minute or more when it makes a file, so a build right after a large tree
 * was deleted pays for that deletion (perf: `recently_deleted`). The bench
 * removes its temp folder, these with it, at the end.
 */
export function hugoColdBuild(dir: string, run = 1): number {
  const out = path.join(dir, `public-${run}`);
  const cache = path.join(dir, `cache-${run}`);
  const started = performance.now();
  const hugo = spawnSync('hugo', ['--quiet', '--source', dir, '--destination', out, '--cacheDir', cache], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (hugo.status !== 0) throw new Error(`hugo failed (exit ${hugo.status}): ${hugo.stderr.trim()}`);
  return seconds;
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
