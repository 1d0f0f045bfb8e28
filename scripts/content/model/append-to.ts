/** Add `value` to the list `map` keeps under `key`, starting the list if there is none (in place: a copy per value would make grouping n items cost n²). */
export function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
