import { composeOverdueList } from '../src/core/usecases/compose-overdue-list.ts';
import { loadTaskViews } from '../src/core/usecases/load-task-views.ts';
import { noArgs } from './args.ts';
import type { CommandDefinition } from './types.ts';

export const overdueCommand: CommandDefinition<undefined> = {
  name: 'quahan',
  aliases: ['overdue'],
  help: { vi: 'Các nhiệm vụ quá hạn, đơn vị chủ trì và số ngày quá hạn.', en: 'Overdue tasks with the lead unit and days overdue.' },
  usage: { vi: '/quahan', en: '/quahan' },
  menu: true,
  args: noArgs,
  async handle(ctx) {
    const unitId = ctx.chat.kind === 'unit' && ctx.chat.unitId !== null ? ctx.chat.unitId : undefined;
    const tasks = await ctx.deps.stores.tasks.listTasks(unitId === undefined ? {} : { unitId });
    await ctx.reply({ html: composeOverdueList(await loadTaskViews(ctx.deps.stores.reports, tasks, ctx.now), ctx.now, ctx.locale, unitId) });
  },
};
