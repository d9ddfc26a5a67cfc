import type { UnitRecord } from '../model/records.ts';
import { resolveUnit } from '../units/resolve-unit.ts';
import { buildUnitDirectory } from '../units/unit-directory.ts';

/** A unit the user typed (code, alias or name), or null when it is unknown or ambiguous. */
export function findUnit(units: readonly UnitRecord[], query: string): UnitRecord | null {
  const directory = buildUnitDirectory(units.map((u) => ({ code: u.code, name: u.name, aliases: u.aliases })));
  const resolution = resolveUnit(query, directory);
  if (resolution.kind !== 'unit') return null;
  return units.find((u) => u.code === resolution.unitCode) ?? null;
}
