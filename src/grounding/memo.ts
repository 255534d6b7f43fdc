/**
 * Memoization per analysed object (a source's analysis, a sentence, a token array): the checker searches the same
 * sources again for every claim, so work that depends on a source alone is done once per source.
 */

/**
 * `fn`, memoized by the identity of its argument (a WeakMap: entries go with their key). Results are shared between
 * callers, who must not change them; `undefined` results are remembered too.
 */
export function memoized<K extends object, V>(fn: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    // (one look-up for a remembered value; `has` only tells a remembered `undefined` from a miss)
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as V;
    const v = fn(key);
    cache.set(key, v);
    return v;
  };
}

/**
 * Appends `value` to the list of `key` in `index` (a list made on the key's first value): the one way the per-source
 * indexes that the memos build (positions by word, sentences by term or number) are filled.
 */
export function addTo<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const list = index.get(key);
  if (list) list.push(value);
  else index.set(key, [value]);
}
