/**
 * The contract's rules across fields and files: references, ordering, state
 * contradictions (errors) and policy deadlines (warnings). Runs on content the
 * schema accepted; `now` decides what is due.
 *
 * Every warning must be one that can be cleared: a warning stands only while
 * it still calls for action (a PIR to publish, a window still ahead to move,
 * a `completed:` to record). A policy miss that is over and done — a late
 * notice for work that has started, a PIR published late — is reported only
 * for a file being changed (`whenChanged`, `check --changed`), so the change
 * that makes it hears of it and nothing nags forever after.
 */
import { namedRegions } from '../status/board.ts';
import { incidentStatus, pirState } from '../status/incident.ts';
import { maintenanceStatus } from '../status/maintenance.ts';
import { FIRST_UPDATE_MINUTES, firstUpdateDelayMinutes, lateFirstUpdateNeedsAction } from '../policy/first-update.ts';
import { maintenanceAnnouncedLate } from '../policy/maintenance-notice.ts';
import { pirTimeliness } from '../policy/pir-timeliness.ts';
import { MAJOR_RELEASE_NOTICE_DAYS, releaseAnnouncedLate, releaseNoticeDays } from '../policy/release-notice.ts';
import { fitsDailyWindow, parseDailyWindow } from '../time/daily-window.ts';
import type { DailyWindow } from '../time/daily-window.ts';
import { readableDeadline, readableTime } from '../time/readable.ts';
import type { LoadResult } from '../content/load.ts';
import { problemAt } from '../content/load.ts';
import { isOnlyPrompts, PIR_SECTIONS } from '../content/markdown.ts';
import { entryPirSections } from '../content/entry-pir.ts';
import { bodyHasComment } from '../content/entry-source.ts';
import type { Problem } from '../content/problem.ts';
import { GLOBAL } from '../content/schema.ts';
import { BODY_LINE } from '../content/source.ts';
import type { Entry, Incident, Maintenance, Notice, Release } from '../content/types.ts';


export function checkContent(load: LoadResult, now: string): Problem[] {
  const { content } = load;
  const problems: Problem[] = [];
  const windows = new Map<string, DailyWindow>(content.regions.map((r) => [r.code, parseDailyWindow(r.window)]));
  const componentIds = new Set(content.components.map((c) => c.id));

  for (const entry of [...content.incidents, ...content.maintenance, ...content.releases, ...content.notices]) {
    const lines = load.lines.get(entry.file) ?? {};
    const report: Report = (fieldPath, message, severity = 'error', whenChanged = false) =>
      problems.push({ ...problemAt(entry.file, lines, fieldPath, message, severity), ...(whenChanged ? { whenChanged: true } : {}) });

    if (load.referencesKnown) checkReferences(entry, report);
    checkPrompts(entry, lines[BODY_LINE]);
    switch (entry.collection) {
      case 'incidents':
        checkIncident(entry, report);
        break;
      case 'maintenance':
        checkMaintenance(entry, report);
        break;
      case 'releases':
        checkRelease(entry, report);
        break;
      case 'notices':
        checkNotice(entry, report);
        break;
    }
  }
  return problems;

  /**
   * The prompts `npm run new` and `npm run pir` write are never shown: a body
   * or PIR section that is only prompts reads as empty to every reader.
   */
  function checkPrompts(entry: Entry, bodyLine: number | undefined) {
    if (!bodyHasComment(entry)) return; // most bodies: no syntax tree needed, nor the body read
    const at = (offset: number) => (bodyLine === undefined ? {} : { line: bodyLine + offset - 1 });
    const notYetPublished = entry.collection === 'notices' && Date.parse(entry.data.published) > Date.parse(now);
    if (!notYetPublished && isOnlyPrompts(entry.body)) {
      problems.push({ severity: 'warning', file: entry.file, ...at(1), field: 'body', message: 'found only authoring prompts (<!-- … -->), expected text for readers: prompts are never shown' });
    }
    if (entry.collection !== 'incidents' || entry.data.pir_published !== undefined) return; // published: an incomplete PIR is an error
    const pir = entryPirSections(entry);
    for (const key of pir.promptOnly) {
      const heading = PIR_SECTIONS.find((s) => s.key === key)!.heading;
      problems.push({ severity: 'warning', file: entry.file, ...at(pir.lines[key] ?? 1), field: 'body', message: `found only the prompt under "## ${heading}", expected the section written before the PIR is published` });
    }
  }

  function checkReferences(entry: Entry, report: Report) {
    const checkRegions = (codes: string[], at: (string | number)[]) =>
      codes.forEach((code, i) => {
        if (code !== GLOBAL && !windows.has(code)) {
          const hint = windows.has(code.toUpperCase()) ? ` (codes are upper case: ${code.toUpperCase()})` : '';
          report([...at, i], `found unknown region ${JSON.stringify(code)}${hint}, expected a code from regions.yaml or global`);
        }
      });
    if (entry.collection === 'releases') entry.data.rollout.forEach((stage, s) => checkRegions(stage.regions, ['rollout', s, 'regions']));
    else checkRegions(entry.data.regions, ['regions']);
    if (entry.collection !== 'notices') {
      (entry.data.components ?? []).forEach((id, i) => {
        if (!componentIds.has(id)) report(['components', i], `found unknown component ${JSON.stringify(id)}, expected an id from components.yaml`);
      });
    }
  }

  function checkUpdates(updates: readonly { at: string }[], notBefore: string | undefined, notBeforeField: string, report: Report) {
    updates.forEach((u, i) => {
      const previous = updates[i - 1];
      if (previous && u.at < previous.at) {
        report(['updates', i, 'at'], `found ${readableTime(u.at)}, expected a time at or after the previous update (${readableTime(previous.at)}): updates are oldest first`);
      } else if (notBefore !== undefined && u.at < notBefore) {
        report(['updates', i, 'at'], `found ${readableTime(u.at)}, expected a time at or after ${notBeforeField} (${readableTime(notBefore)})`);
      }
    });
  }

  function checkIncident(entry: Incident, report: Report) {
    const i = entry.data;
    if (i.resolved !== undefined && i.resolved < i.started) {
      report(['resolved'], `found ${readableTime(i.resolved)}, expected a time at or after started (${readableTime(i.started)})`);
    }
    checkUpdates(i.updates, i.started, 'started', report);
    const last = i.updates.at(-1)!;
    const lastIndex = i.updates.length - 1;
    if (i.resolved === undefined) {
      const resolvedUpdate = i.updates.findIndex((u) => u.status === 'resolved');
      if (resolvedUpdate >= 0) {
        report(['updates', resolvedUpdate, 'status'], 'found a resolved update on an open incident, expected a resolved: time as well (or another status)');
      }
      if (i.pir_published !== undefined) report(['pir_published'], 'found a PIR on an open incident, expected resolved: to be set first');
    } else {
      if (last.status !== 'resolved') {
        report(['updates', lastIndex, 'status'], `found ${JSON.stringify(last.status)} as the last update of a resolved incident, expected resolved`);
      } else if (last.at < i.resolved) {
        report(['updates', lastIndex, 'at'], `found ${readableTime(last.at)}, expected the resolved update at or after resolved (${readableTime(i.resolved)})`);
      }
    }
    if (incidentStatus(i, now).phase === 'upcoming') {
      report(['started'], `${readableTime(i.started)} is after now (${readableTime(now)}); the incident is not shown as active until then — check the date and zone`, 'warning');
    }
    const pir = entryPirSections(entry);
    if (i.pir_published !== undefined) {
      if (pir.incomplete.length > 0) {
        const names = pir.incomplete.map((k) => `"## ${PIR_SECTIONS.find((s) => s.key === k)!.heading}"`).join(', ');
        report(['pir_published'], `found pir_published with missing or empty sections ${names}, expected all four PIR sections in the body`);
      }
      if (i.resolved !== undefined && i.pir_published < i.resolved) {
        report(['pir_published'], `found ${readableTime(i.pir_published)}, expected a time at or after resolved (${readableTime(i.resolved)})`);
      }
    }
    const state = pirState(i, content.site, now);
    if (state.kind === 'due') report(['resolved'], `PIR due by ${readableDeadline(state.dueAt)} (${content.site.pir_business_days} business days after resolution)`, 'warning');
    if (state.kind === 'overdue') report(['resolved'], `PIR overdue since ${readableDeadline(state.dueAt)}, expected pir_published and the four PIR sections`, 'warning');
    const timeliness = pirTimeliness(i, content.site, now);
    // Nothing left to do once it is published: heard by the change that publishes it (or edits the entry).
    if (timeliness.kind === 'late') {
      const days = timeliness.businessDaysLate;
      report(['pir_published'], `PIR published late: due by ${readableDeadline(timeliness.dueAt)}, published ${days} business day${days === 1 ? '' : 's'} after`, 'warning', true);
    }
    if (lateFirstUpdateNeedsAction(i, content.site, now)) {
      report(['updates', 0, 'at'], `first update posted ${Math.round(firstUpdateDelayMinutes(i))} minutes after started (${readableTime(i.started)}); the policy gives a major incident's first update ${FIRST_UPDATE_MINUTES} minutes`, 'warning');
    }
  }

  function checkMaintenance(entry: Maintenance, report: Report) {
    const m = entry.data;
    if (m.window.end <= m.window.start) {
      report(['window', 'end'], `found ${readableTime(m.window.end)}, expected a time after window.start (${readableTime(m.window.start)})`);
      return;
    }
    if (m.cancelled && m.completed !== undefined) report(['completed'], 'found completed on cancelled work, expected one or the other');
    if (m.completed !== undefined && m.completed < m.window.start) {
      report(['completed'], `found ${readableTime(m.completed)}, expected a time after window.start (${readableTime(m.window.start)})`);
    }
    checkUpdates(m.updates, undefined, '', report);
    // Notice and window placement can be acted on (moved) only while the work is still ahead.
    const past = Date.parse(m.window.start) <= Date.parse(now);
    if (maintenanceAnnouncedLate(m, content.site)) {
      report(['announced'], `planned maintenance announced ${readableTime(m.announced)}, less than ${content.site.maintenance_notice_days} days before its start (${readableTime(m.window.start)})`, 'warning', past);
    }
    regionsOf(m.regions).forEach((code) => {
      const w = windows.get(code);
      if (w && !fitsDailyWindow(w, Date.parse(m.window.start), Date.parse(m.window.end))) {
        const where = m.regions.includes(GLOBAL) ? ['regions', 0] : ['regions', m.regions.indexOf(code)];
        report(where, `window ${readableTime(m.window.start)} to ${readableTime(m.window.end)} is outside ${code}'s daily window (${regionWindow(code)} UTC)`, 'warning', past);
      }
    });
    if (maintenanceStatus(m, now).state === 'overran') {
      report(['window', 'end'], `window ended ${readableTime(m.window.end)} and no completed: time is recorded; the site shows the work as running past its window`, 'warning');
    }
  }

  function checkRelease(entry: Release, report: Report) {
    const r = entry.data;
    r.rollout.forEach((stage, s) => {
      const previous = r.rollout[s - 1];
      if (previous && stage.at < previous.at) {
        report(['rollout', s, 'at'], `found ${readableTime(stage.at)}, expected a time at or after the previous stage (${readableTime(previous.at)}): stages are in rollout order`);
      }
      regionsOf(stage.regions).forEach((code) => {
        const w = windows.get(code);
        if (w && !fitsDailyWindow(w, Date.parse(stage.at))) {
          report(['rollout', s, 'at'], `stage at ${readableTime(stage.at)} is outside ${code}'s daily window (${regionWindow(code)} UTC)`, 'warning', Date.parse(stage.at) <= Date.parse(now));
        }
      });
    });
    if (releaseAnnouncedLate(r)) {
      const started = Date.parse(r.rollout[0]!.at) <= Date.parse(now);
      report(['announced'], `major release announced ${readableTime(r.announced)}, ${Math.floor(releaseNoticeDays(r))} days before its first stage; the policy gives ${MAJOR_RELEASE_NOTICE_DAYS}`, 'warning', started);
    }
  }

  function checkNotice(entry: Notice, report: Report) {
    const n = entry.data;
    if (n.expires !== undefined && n.expires < n.published) {
      report(['expires'], `found ${readableTime(n.expires)}, expected a time after published (${readableTime(n.published)})`);
    }
  }

  function regionsOf(codes: string[]): readonly string[] {
    return namedRegions(codes, [...windows.keys()]);
  }

  function regionWindow(code: string): string {
    return content.regions.find((r) => r.code === code)!.window;
  }
}

/** `whenChanged`: a warning about the past, reported only for a file being changed. */
type Report = (fieldPath: (string | number)[], message: string, severity?: Problem['severity'], whenChanged?: boolean) => void;
