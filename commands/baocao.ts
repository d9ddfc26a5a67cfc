import { z } from 'zod';
import { composePeriodicReport } from '../src/core/digest/compose-periodic-report.ts';
import { digestUnits } from '../src/core/jobs/digest-tasks.ts';
import { parsePeriod, periodLabelIn } from '../src/core/reports/parse-period.ts';
import { issuedAfterPeriod, issuedAfterPeriodText } from '../src/core/reports/plan-in-period.ts';
import { loadReportViews } from '../src/core/usecases/load-report-views.ts';
import { produceReportAttachments } from '../src/core/usecases/produce-report-attachments.ts';
import { escapeHtml } from '../src/core/text/html.ts';
import type { CommandDefinition } from './types.ts';

/**
 * The report the committee sends upward, in the official buckets: a text summary with the .docx
 * (laid out by Nghị định 30/2020) and the .xlsx attached (default period: the current month).
 * Steering group (or the secretariat in private) only: it lists every unit.
 */
export const reportCommand: CommandDefinition<string> = {
  name: 'baocao',
  aliases: ['report'],
  help: { vi: 'Báo cáo kết quả thực hiện kế hoạch (để gửi cấp trên).', en: 'The progress report the committee sends upward.' },
  usage: { vi: '/baocao [kỳ báo cáo, ví dụ: tháng 3/2023]', en: '/baocao [period, e.g. Q1/2023]' },
  menu: true,
  args: z.string().transform((s) => s.trim()),
  async handle(ctx, periodLabel) {
    const vi = ctx.locale === 'vi';
    const private_ = ctx.chat.externalId === ctx.user.id;
    if (!(ctx.chat.kind === 'steering' || (private_ && ctx.isSecretariat))) {
      await ctx.reply({
        html: vi
          ? 'Báo cáo chỉ lập trong nhóm Ban Chỉ đạo (hoặc tin nhắn riêng của thường trực).'
          : 'Reports are made in the steering group (or the secretariat’s private chat).',
      });
      return;
    }
    // the same periods as `dieuphoi report` ("tháng 3/2023", "quý IV/2023", "năm 2023", "01/03/2023..31/05/2023")
    const period = periodLabel ? parsePeriod(periodLabel, ctx.now, ctx.locale) : null;
    if (period && !period.ok) {
      // already HTML: t() escaped the period typed
      await ctx.reply({ html: period.error });
      return;
    }
    const plans = await ctx.deps.stores.tasks.getActivePlans();
    if (plans.length === 0) {
      await ctx.reply({ html: vi ? 'Chưa có kế hoạch nào đang thực hiện.' : 'No active plan.' });
      return;
    }
    const tasks = await ctx.deps.stores.tasks.listTasks();
    const filePeriod = period ?? parsePeriod(undefined, ctx.now);
    const { stores, outputs } = ctx.deps;
    const fileDeps = {
      tasks: stores.tasks,
      reports: stores.reports,
      criteria: stores.criteria,
      files: stores.reportFiles,
      render: outputs.renderReport,
      hash: outputs.hash,
    };
    const label = filePeriod.ok ? periodLabelIn(filePeriod.period, ctx.locale) : undefined;
    const later = filePeriod.ok ? plans.filter((plan) => issuedAfterPeriod(plan, filePeriod.period)) : [];
    if (later.length > 0 && label) {
      await ctx.reply({ html: escapeHtml(later.map((plan) => issuedAfterPeriodText(plan, label, ctx.locale)).join('\n')) });
    }
    for (const plan of plans.filter((p) => !later.includes(p))) {
      const planTasks = tasks.filter((t) => t.planId === plan.id);
      // a period that has ended is judged as things stood at its end, as the .docx and .xlsx are
      const { views, asOf } = await loadReportViews(ctx.deps.stores.reports, planTasks, ctx.now, filePeriod.ok ? filePeriod.period : null);
      const text = composePeriodicReport({
        planNumber: plan.number,
        views,
        units: digestUnits(planTasks),
        now: asOf,
        locale: ctx.locale,
        // the title names the period, the current month included when none was typed
        ...(label ? { periodLabel: label } : {}),
        // the report's period (default: this month): a recurring duty is judged by its occurrences due within it
        ...(filePeriod.ok ? { period: filePeriod.period } : {}),
      });
      const attachments = filePeriod.ok ? await produceReportAttachments(fileDeps, { planNumber: plan.number, period: filePeriod.period, now: ctx.now }) : [];
      await ctx.reply({ html: escapeHtml(text), ...(attachments.length > 0 ? { attachments } : {}) });
    }
  },
};
