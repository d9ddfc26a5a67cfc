import type { Attachment } from '../src/core/model/outgoing.ts';
import { composePlanOverview } from '../src/core/usecases/compose-plan-overview.ts';
import { produceChartAttachment } from '../src/core/usecases/produce-chart-attachment.ts';
import { loadTaskViews } from '../src/core/usecases/load-task-views.ts';
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
    const html = composePlanOverview(plans, await loadTaskViews(reports, all, ctx.now), ctx.now, ctx.locale);
    // The units chart names every unit: only where the whole committee reads (as /baocao).
    const wholeCommittee = ctx.chat.kind === 'steering' || (ctx.chat.externalId === ctx.user.id && ctx.isSecretariat);
    const attachments: Attachment[] = [];
    if (wholeCommittee) {
      const deps = { tasks, reports, renderChart: ctx.deps.outputs.renderChart };
      for (const plan of plans) {
        const chart = await produceChartAttachment(deps, { planNumber: plan.number, kind: 'units', now: ctx.now, locale: ctx.locale });
        if (chart) attachments.push(chart);
      }
    }
    await ctx.reply({ html, ...(attachments.length > 0 ? { attachments } : {}) });
  },
};
