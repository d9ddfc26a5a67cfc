/** A database with the seed plan active, unit groups for CATP, CAP5 and BCD_TP and a steering group. */
import { renderChart } from '../../src/reports/charts/render-chart.ts';
import { DEFAULT_QUIET_HOURS } from '../../src/core/time/quiet-hours.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import type { Database } from '../../src/db/open-database.ts';
import { createStores, type Stores } from '../../src/db/stores.ts';
import type { JobDeps, JobLogger } from '../../jobs/types.ts';
import { FakeOutbox } from '../support/fake-outbox-jobs.ts';
import { loadSeedPlan } from '../support/stores.ts';

export const actor = { id: 'secretariat-1', name: 'Thường trực' };

export interface SeedWorld {
  stores: Stores;
  chatIds: Record<'CATP' | 'CAP5' | 'BCD_TP' | 'steering', number>;
}

export async function seedWorld(db: Database, at: Date): Promise<SeedWorld> {
  const stores = createStores(db);
  const summary = await stores.plans.importPlan(await loadSeedPlan(), { actor, at });
  await stores.tasks.activatePlan(summary.planId, actor, at);
  const chatIds = {} as SeedWorld['chatIds'];
  const groups = [
    { label: 'CATP', externalId: '-1001', focal: { id: '501', name: 'Trần Văn Bình' } },
    { label: 'CAP5', externalId: '-1002', focal: { id: '502', name: 'Lê Thị <Hoa>' } },
    { label: 'BCD_TP', externalId: '-1003', focal: null },
    { label: 'steering', externalId: '-1000', focal: null },
  ] as const;
  for (const group of groups) {
    const chat = await stores.chats.ensureChat({ platform: 'telegram', externalId: group.externalId, title: `Nhóm ${group.label}` });
    const unit = group.label === 'steering' ? null : await stores.directory.findUnitByCode(group.label);
    await stores.chats.bindChat(chat.id, { kind: unit ? 'unit' : 'steering', unitId: unit?.id ?? null }, actor, at);
    if (group.focal) {
      await stores.chats.upsertMember(chat.id, { externalUserId: group.focal.id, displayName: group.focal.name }, at);
      await stores.chats.setMemberRole(chat.id, group.focal.id, 'focal_point');
      await stores.chats.upsertMember(chat.id, { externalUserId: '900', displayName: 'Thành viên' }, at);
    }
    chatIds[group.label] = chat.id;
  }
  return { stores, chatIds };
}

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  data: object;
  message?: string;
}

export function memoryLogger(lines: LogLine[] = []): JobLogger & { lines: LogLine[] } {
  const push = (level: LogLine['level']) => (data: object, message?: string) => void lines.push({ level, data, ...(message ? { message } : {}) });
  return { lines, info: push('info'), warn: push('warn'), error: push('error') };
}

export function jobDeps(stores: Stores, outbox = new FakeOutbox(), logger = memoryLogger()): JobDeps & { outbox: FakeOutbox } {
  return { stores, outbox, logger, calendar: vietnamCalendar, quietHours: DEFAULT_QUIET_HOURS, renderChart };
}
