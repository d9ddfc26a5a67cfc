import { composeAllTaskList, composeUnitTaskList } from '../src/core/usecases/compose-task-list.ts';
import { loadTaskViews } from '../src/core/usecases/load-task-views.ts';
import { noArgs } from './args.ts';
import { unboundGroupHint } from './unbound-hint.ts';
import type { CommandDefinition } from './types.ts';

export const tasksCommand: CommandDefinition<undefined> = {
  name: 'nhiemvu',
  aliases: ['tasks'],
  help: {
    vi: 'Danh sách nhiệm vụ theo nhóm: quá hạn, sắp đến hạn, vướng mắc, bị trả lại, đang thực hiện, chờ xác nhận, hoàn thành.',
    en: 'Tasks by bucket: overdue, due soon, blocked, returned, in progress, awaiting confirmation, done.',
  },
  usage: { vi: '/nhiemvu', en: '/nhiemvu' },
  menu: true,
  args: noArgs,
  async handle(ctx) {
    const { stores } = ctx.deps;
    if (ctx.chat.kind === 'unit' && ctx.chat.unitId !== null) {
      const unit = await stores.directory.getUnit(ctx.chat.unitId);
      const tasks = await stores.tasks.listTasks({ unitId: ctx.chat.unitId });
      const [views, pendingExtensions] = await Promise.all([loadTaskViews(stores.reports, tasks, ctx.now), stores.extensions.listPending()]);
      await ctx.reply({ html: composeUnitTaskList(views, { id: ctx.chat.unitId, name: unit?.name ?? '' }, ctx.now, ctx.locale, { pendingExtensions }) });
      return;
    }
    if (ctx.chat.kind === 'steering') {
      const [views, pendingExtensions] = await Promise.all([
        loadTaskViews(stores.reports, await stores.tasks.listTasks(), ctx.now),
        stores.extensions.listPending(),
      ]);
      await ctx.reply({ html: composeAllTaskList(views, ctx.now, ctx.locale, { pendingExtensions }) });
      return;
    }
    await ctx.reply({ html: await unboundGroupHint(ctx) });
  },
};
