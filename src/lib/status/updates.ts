/** The updates customers can see at `now`: those posted by then, oldest first. */
export function postedUpdates<U extends { at: string }>(updates: readonly U[], now: string): U[] {
  const t = Date.parse(now);
  return updates.filter((u) => Date.parse(u.at) <= t);
}
