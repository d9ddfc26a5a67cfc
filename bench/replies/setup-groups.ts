/**
 * Many bound unit groups for the replies benchmark: each sandbox group is bound to a unit of the seed
 * plan directly through the stores, with one bot "task message" per task of that unit linked in the
 * database, so a user's reply to it is a status report the real bot reads.
 */
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { createStores } from '../../src/db/stores.ts';
import type { SandboxServer } from '../../src/sandbox/index.ts';
import { loadPlanFile } from '../../src/plan-import/load-plan-file.ts';
import { SEED_PLAN_FILE } from '../../src/app/start-sandbox.ts';

export interface TaskMessage {
  messageId: number;
  role: 'lead' | 'support';
}

export interface BenchGroup {
  chatId: number;
  userIds: number[];
  taskMessages: TaskMessage[];
}

/** A Sunday 03:00 in Asia/Ho_Chi_Minh: no digest or nudge is due, so only replies load the bot. */
export const QUIET_SUNDAY = vietnamInstant(2023, 12, 3, 3, 0);

export async function setupGroups(server: SandboxServer, databaseUrl: string, options: { groups: number; usersPerGroup: number }): Promise<BenchGroup[]> {
  const loaded = await loadPlanFile(SEED_PLAN_FILE);
  if (!loaded.ok) throw new Error('the seed plan does not load');
  const db = await openDatabase(databaseUrl);
  try {
    const stores = createStores(db);
    const actor = { id: '1', name: 'bench' };
    const summary = await stores.plans.importPlan(loaded.plan, { actor, at: QUIET_SUNDAY, sourceFile: SEED_PLAN_FILE });
    await stores.tasks.activatePlan(summary.planId, actor, QUIET_SUNDAY);
    const tasks = await stores.tasks.listTasks({ planId: summary.planId });
    const byUnit = new Map<number, { taskId: number; role: 'lead' | 'support' }[]>();
    for (const task of tasks) {
      for (const a of task.assignments) {
        const list = byUnit.get(a.unitId) ?? [];
        list.push({ taskId: task.id, role: a.role });
        byUnit.set(a.unitId, list);
      }
    }
    const units = [...byUnit.keys()];
    if (units.length === 0) throw new Error('the seed plan has no assignments');
    const groups: BenchGroup[] = [];
    for (let g = 0; g < options.groups; g++) {
      const unitId = units[g % units.length]!;
      const userIds: number[] = [];
      for (let u = 0; u < options.usersPerGroup; u++) userIds.push(server.createUser({ first_name: `Cán bộ ${g}-${u}` }).id);
      const sandboxChat = server.createChat({ title: `Nhóm đơn vị ${g}`, type: 'supergroup', members: userIds.map((userId) => ({ userId })) });
      const chatId = sandboxChat.chat.id;
      const chat = await stores.chats.ensureChat({ platform: 'telegram', externalId: String(chatId), title: sandboxChat.chat.title ?? null });
      await stores.chats.bindChat(chat.id, { kind: 'unit', unitId }, actor);
      const taskMessages: TaskMessage[] = [];
      for (const { taskId, role } of byUnit.get(unitId)!) {
        const stored = server.state.appendMessage(chatId, { from: server.bot, text: `Nhiệm vụ ${taskId}` }, { fromBot: true });
        await stores.tasks.recordTaskMessage({ taskId, chatId: chat.id, messageId: String(stored.message.message_id), unitId });
        taskMessages.push({ messageId: stored.message.message_id, role });
      }
      groups.push({ chatId, userIds, taskMessages });
    }
    return groups;
  } finally {
    await db.close();
  }
}
