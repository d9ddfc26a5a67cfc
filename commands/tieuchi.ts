import { z } from 'zod';
import { composeCriteriaSummary, criterionStatusLabel, measuredValue, targetText } from '../src/core/criteria/compose-criteria-summary.ts';
import { escapeHtml } from '../src/core/text/html.ts';
import { recordCriterionMeasurement } from '../src/core/usecases/record-criterion-measurement.ts';
import { splitWords } from './args.ts';
import { actorOf, isPrivateChat } from './context-helpers.ts';
import type { CommandDefinition } from './types.ts';

/**
 * /tieuchi <mã> <giá trị> [ghi chú]: a unit reports a criterion's measurement.
 * /tieuchi alone: in the steering group, every criterion đạt / chưa đạt / chưa đo and the overall verdict;
 * in a unit's group, the criteria that unit reports.
 */
export const criteriaCommand: CommandDefinition<{ code: string; rest: string }> = {
  name: 'tieuchi',
  aliases: ['criteria'],
  help: {
    vi: 'Tiêu chí: đơn vị báo số đo; nhóm Ban Chỉ đạo xem đạt / chưa đạt.',
    en: 'Criteria: a unit reports a measurement; the steering group sees met / not met.',
  },
  usage: { vi: '/tieuchi [<mã> <giá trị> [ghi chú]]', en: '/tieuchi [<code> <value> [note]]' },
  menu: true,
  args: z.string().transform((s) => {
    const [code = '', ...rest] = splitWords(s);
    return { code, rest: rest.join(' ') };
  }),
  async handle(ctx, { code, rest }) {
    const vi = ctx.locale === 'vi';
    const criteria = ctx.deps.stores.criteria;
    if (!code) {
      if (ctx.chat.kind === 'steering' || (isPrivateChat(ctx) && ctx.isSecretariat)) {
        await ctx.reply({ html: composeCriteriaSummary(await criteria.listCriteria(), ctx.locale) });
        return;
      }
      if (ctx.chat.kind === 'unit') {
        const own = (await criteria.listCriteria()).filter((c) => c.unitId === ctx.chat.unitId || c.unitId === null);
        const lines = own.map(
          (c) => `• <b>${escapeHtml(c.code)}</b> ${escapeHtml(c.text)}${targetText(c) ? ` (${vi ? 'chỉ tiêu' : 'target'} ${escapeHtml(targetText(c))})` : ''}`,
        );
        const head = vi
          ? 'Tiêu chí đơn vị báo cáo (gửi /tieuchi <mã> <giá trị> [ghi chú]):'
          : 'Criteria this unit reports (send /tieuchi <code> <value> [note]):';
        await ctx.reply({ html: own.length ? [head, ...lines].join('\n') : vi ? 'Đơn vị không có tiêu chí phải báo cáo.' : 'This unit reports no criteria.' });
        return;
      }
      await ctx.reply({
        html: vi
          ? 'Dùng /tieuchi trong nhóm Ban Chỉ đạo (xem kết quả) hoặc nhóm của đơn vị (báo số đo).'
          : 'Use /tieuchi in the steering group (results) or a unit group (measurements).',
      });
      return;
    }
    const result = await recordCriterionMeasurement(
      { criteria, tasks: ctx.deps.stores.tasks },
      { code, text: rest, chat: ctx.chat, actor: actorOf(ctx), now: ctx.now },
    );
    if (!result.ok) {
      const name = escapeHtml(code);
      const texts: Record<typeof result.reason, [string, string]> = {
        not_unit_chat: ['Số đo tiêu chí chỉ báo trong nhóm của đơn vị.', 'Criterion measurements are reported in a unit’s group.'],
        unknown_criterion: [`Không có tiêu chí "${name}". Gửi /tieuchi để xem danh sách.`, `No criterion "${name}". Send /tieuchi for the list.`],
        not_responsible: [
          `Tiêu chí ${name} do ${escapeHtml(result.criterion?.unitName ?? 'đơn vị khác')} báo cáo, không phải đơn vị này.`,
          `Criterion ${name} is reported by ${escapeHtml(result.criterion?.unitName ?? 'another unit')}, not this one.`,
        ],
        missing_value: [`Thiếu giá trị. Ví dụ: /tieuchi ${name} 85 theo báo cáo tháng 11.`, `Missing value. E.g. /tieuchi ${name} 85 per the November report.`],
        bad_value: ['message' in result ? escapeHtml(result.message) : '', 'message' in result ? escapeHtml(result.message) : ''],
      };
      await ctx.reply({ html: texts[result.reason][vi ? 0 : 1] });
      return;
    }
    const { criterion, measurement, note } = result;
    const status = criterionStatusLabel(measurement.verdict, ctx.locale);
    const value = escapeHtml(measuredValue({ ...criterion, latest: { ...measurement, evidence: note, reportedBy: ctx.user.id, measuredAt: ctx.now } }));
    const target = targetText(criterion) ? ` (${vi ? 'chỉ tiêu' : 'target'} ${escapeHtml(targetText(criterion))})` : '';
    await ctx.reply({
      html: vi
        ? `Đã ghi nhận tiêu chí <b>${escapeHtml(criterion.code)}</b>: ${value}${target} — <b>${status}</b>.${note ? `\nGhi chú: ${escapeHtml(note)}` : ''}`
        : `Recorded criterion <b>${escapeHtml(criterion.code)}</b>: ${value}${target} — <b>${status}</b>.${note ? `\nNote: ${escapeHtml(note)}` : ''}`,
    });
  },
};
