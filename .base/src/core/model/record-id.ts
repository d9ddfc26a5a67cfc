/** The largest id the databases hold (PostgreSQL int4, the type of every autoincrement id here). */
export const MAX_RECORD_ID = 2_147_483_647;

/**
 * A record id taken from a button or a command: decimal digits only, a positive safe integer within
 * the database's range. Anything else (forged callback data, "abc", "1e3", "-1", 99999999999) is
 * null, so it is answered quietly and never reaches a query.
 */
export function parseRecordId(text: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(text)) return null;
  const id = Number(text);
  return id <= MAX_RECORD_ID ? id : null;
}
