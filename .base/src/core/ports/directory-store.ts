import type { UnitRecord } from '../model/records.ts';

export interface DirectoryStore {
  listUnits(): Promise<UnitRecord[]>;
  findUnitByCode(code: string): Promise<UnitRecord | null>;
  getUnit(id: number): Promise<UnitRecord | null>;
}
