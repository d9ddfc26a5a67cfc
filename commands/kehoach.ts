import { composePlanOverview } from '../src/core/usecases/compose-plan-overview.ts';
import { loadTaskViews } from '../src/core/usecases/load-blocker-reports.ts';
import { noArgs } from './args.ts';
import type { CommandDefinition } from './types.ts';

export const planCommand: CommandDefinition<undefined> = {
  name: 'kehoach',
  aliases: ['plan'],
  help: { vi: 'Kế hoạch đang thực hiện: các giai đoạn, số ngày còn lại, số nhiệm vụ theo tình trạng.', en: 'Active plans: phases, days left, task counts.' },
  usage: { vi: '/kehoach', en: '/kehoach' },
  menu: true,
  args: noArgs,
  async handle(ctx) {
    const { tasks, reports } = ctx.deps.stores;
    const [plans, all] = await Promise.all([tasks.getActivePlans(), tasks.listTasks()]);
    await ctx.reply({ html: composePlanOverview(plans, await loadTaskViews(reports, all, ctx.now), ctx.now, ctx.locale) });
  },
};
