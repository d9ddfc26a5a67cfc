/** A value as Prisma's SQLite adapter binds it (dates as ISO text with '+00:00', booleans as 0/1), for statements run below Prisma. */
export function bindable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value ?? null;
}
