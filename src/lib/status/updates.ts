/**
 * Which of an entry's updates customers can see at `now`: those posted by
 * then. Asked of every entry at many instants per build (its state, its last
 * change, each of its changes, its calendar event), so each update's time is
 * parsed once per list rather than at every asking; a list is never changed
 * after loading (a list of another length is parsed again).
 */
type Timed = { at: string };

const parsedTimes = new WeakMap<readonly Timed[], number[]>();

function updateTimes(updates: readonly Timed[]): number[] {
  let times = parsedTimes.get(updates);
  if (times === undefined || times.length !== updates.length) parsedTimes.set(updates, (times = updates.map((u) => Date.parse(u.at))));
  return times;
}

/** The updates customers can see at `now`: those posted by then, oldest first. */
export function postedUpdates<U extends Timed>(updates: readonly U[], now: string): U[] {
  const t = Date.parse(now);
  const times = updateTimes(updates);
  return updates.filter((_, k) => times[k]! <= t);
}

/** The last of postedUpdates(updates, now) (in the list's order), without listing the others. */
export function latestPosted<U extends Timed>(updates: readonly U[], now: string): U | undefined {
  const t = Date.parse(now);
  const times = updateTimes(updates);
  for (let k = updates.length - 1; k >= 0; k--) if (times[k]! <= t) return updates[k];
  return undefined;
}
