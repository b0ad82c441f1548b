/**
 * Keeps a built page true while it stays open and after it was built: every
 * time-dependent part carries the states the build computed for the instants
 * of its schedule (`<template data-from>` inside `[data-timed]`, see
 * src/components/Timed.astro); this script shows the one whose time has come
 * by the visitor's clock, at load, at each next instant and once a minute, and
 * keeps running counts (`[data-since]`) moving. It decides no state itself.
 */
import { formatDuration } from '../lib/display/duration.ts';

const MINUTE = 60_000;
const body = document.body;
const built = Date.parse(body.dataset['built'] ?? '');
const horizon = Date.parse(body.dataset['horizon'] ?? '');
const staleAfter = Number(body.dataset['staleAfter'] ?? '60') * MINUTE;

/** The visitor's clock, never earlier than the build (a slow clock must not undo what was published). */
export const clockNow = () => (Number.isNaN(built) ? Date.now() : Math.max(Date.now(), built));

interface Part {
  el: HTMLElement;
  live: HTMLElement;
  initial: DocumentFragment;
  variants: { from: number; content: DocumentFragment }[];
  shown: number;
}

const parts: Part[] = [...document.querySelectorAll<HTMLElement>('[data-timed]')].flatMap((el) => {
  const live = el.querySelector<HTMLElement>(':scope > [data-live]');
  if (!live) return [];
  const initial = document.createDocumentFragment();
  for (const node of live.childNodes) initial.append(node.cloneNode(true));
  const variants = [...el.querySelectorAll<HTMLTemplateElement>(':scope > template[data-from]')]
    .map((t) => ({ from: Date.parse(t.dataset['from'] ?? ''), content: t.content }))
    .filter((v) => !Number.isNaN(v.from))
    .sort((a, b) => a.from - b.from);
  return [{ el, live, initial, variants, shown: -1 }];
});

/** Listeners run on each part that changed (the time enhancement re-renders it). */
const changed: ((root: HTMLElement, now: number) => void)[] = [];
export function onPartChanged(listener: (root: HTMLElement, now: number) => void): void {
  changed.push(listener);
}

let movedSinceBuild = false;

function show(part: Part, now: number): void {
  let index = -1;
  for (let i = 0; i < part.variants.length; i++) if (part.variants[i]!.from <= now) index = i;
  if (index === part.shown) return;
  const first = part.shown === -1 && index === -1;
  part.shown = index;
  if (first) return; // the built state is already there
  if (index >= 0) movedSinceBuild = true;
  // Keep focus where it was when the focused link survives the change.
  const active = document.activeElement instanceof HTMLElement && part.live.contains(document.activeElement) ? document.activeElement : null;
  const href = active?.getAttribute('href');
  part.live.replaceChildren((index >= 0 ? part.variants[index]!.content : part.initial).cloneNode(true));
  if (href) part.live.querySelector<HTMLElement>(`[href="${CSS.escape(href)}"]`)?.focus({ preventScroll: true });
  for (const listener of changed) listener(part.live, now);
}

function tickCounts(now: number): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-since]')) {
    const since = Date.parse(el.dataset['since'] ?? '');
    if (!Number.isNaN(since)) el.textContent = formatDuration(now - since);
  }
}

function noticeAge(now: number): void {
  const notice = document.getElementById('page-age');
  if (!notice) return;
  const past = !Number.isNaN(horizon) && now > horizon;
  const old = now - built > staleAfter && movedSinceBuild;
  notice.hidden = !(past || old);
  const pastText = notice.querySelector<HTMLElement>('[data-age-past]');
  const oldText = notice.querySelector<HTMLElement>('[data-age-old]');
  if (pastText) pastText.hidden = !past;
  if (oldText) oldText.hidden = past;
}

let timer: number | undefined;

export function update(): void {
  const now = clockNow();
  for (const part of parts) show(part, now);
  tickCounts(now);
  noticeAge(now);
  for (const listener of ticks) listener(now);
  // Exactly at the next instant of the schedule, and at least once a minute.
  const next = parts.flatMap((p) => p.variants.map((v) => v.from)).filter((t) => t > now).sort((a, b) => a - b)[0];
  const nextMinute = (Math.floor(now / MINUTE) + 1) * MINUTE;
  window.clearTimeout(timer);
  timer = window.setTimeout(update, Math.max(0, Math.min(next ?? Infinity, nextMinute) - Date.now()));
}

/** Listeners run at every tick (relative ages). */
const ticks: ((now: number) => void)[] = [];
export function onTick(listener: (now: number) => void): void {
  ticks.push(listener);
}
