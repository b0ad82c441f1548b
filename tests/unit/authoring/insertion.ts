/**
 * For "only the new lines changed" assertions: the lines of `after` that are
 * not in `before`, or undefined when `after` is not `before` with lines
 * inserted (a line changed, moved or removed).
 */
export function addedLines(before: string, after: string): string[] | undefined {
  const old = before.split('\n');
  const added: string[] = [];
  let i = 0;
  for (const line of after.split('\n')) {
    if (i < old.length && line === old[i]) i++;
    else added.push(line);
  }
  return i === old.length ? added : undefined;
}
