/**
 * A view worked out once per index and key. A page's clock-dependent parts
 * (Timed.astro) each evaluate their view at every instant of the schedule, and
 * a page has several such parts showing the same view: the region page asks
 * for its region's view four times per instant. An index never changes once
 * built, so what a pure function makes of it can be kept with it; the memo
 * goes when the index does.
 */
export function perIndex<I extends object, K, V>(view: (index: I, key: K) => V): (index: I, key: K) => V {
  const memo = new WeakMap<I, Map<K, V>>();
  return (index, key) => {
    let views = memo.get(index);
    if (!views) memo.set(index, (views = new Map()));
    if (views.has(key)) return views.get(key) as V;
    const made = view(index, key);
    views.set(key, made);
    return made;
  };
}

/** `perIndex` for a view of the index alone. */
export function oncePerIndex<I extends object, V>(view: (index: I) => V): (index: I) => V {
  const kept = perIndex((index: I, _alone: undefined) => view(index));
  return (index) => kept(index, undefined);
}
