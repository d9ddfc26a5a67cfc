/**
 * A lookup in a plain-object table by a key that came from a user (a word of a reply, a code in a
 * button): only the table's own entries count, never Object.prototype's ("constructor", "__proto__").
 */
export function ownEntry<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
