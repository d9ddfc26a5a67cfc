import type { UnitGroup } from '../../core/plan/plan-model.ts';
import type { DirectoryStore } from '../../core/ports/directory-store.ts';
import type { PrismaDb } from '../open-database.ts';
import { toUnit } from './mappers.ts';

export function createDirectoryRepository(prisma: PrismaDb): DirectoryStore {
  const include = { aliases: { orderBy: { id: 'asc' as const } } };
  return {
    async listUnits() {
      const rows = await prisma.unit.findMany({ include, orderBy: { code: 'asc' } });
      return rows.map(toUnit);
    },
    async findUnitByCode(code) {
      const row = await prisma.unit.findUnique({ where: { code: code.trim().toUpperCase() }, include });
      return row ? toUnit(row) : null;
    },
    async getUnit(id) {
      const row = await prisma.unit.findUnique({ where: { id }, include });
      return row ? toUnit(row) : null;
    },
    async listUnitGroups(planId) {
      const plan = await prisma.plan.findUnique({ where: { id: planId }, select: { configJson: true } });
      if (!plan?.configJson) return [];
      const config = JSON.parse(plan.configJson) as { groups?: UnitGroup[] };
      return config.groups ?? [];
    },
  };
}
