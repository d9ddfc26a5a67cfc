import { z } from 'zod';
import { composeCriteriaSummary } from '../src/core/criteria/compose-criteria-summary.ts';
import { splitWords } from './args.ts';
import { isPrivateChat } from './context-helpers.ts';
import { postUnitCriteria, reportCriterion } from './criterion-messages.ts';
import type { CommandDefinition } from './types.ts';

/**
 * /tieuchi <mã> <giá trị> [ghi chú]: a unit reports a criterion's measurement.
 * /tieuchi alone: in the steering group, every criterion đạt / chưa đạt / chưa đo and the overall verdict;
 * in a unit's group, the criteria that unit reports, one message each (a reply to one reports it).
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
        await postUnitCriteria(ctx);
        return;
      }
      await ctx.reply({
        html: vi
          ? 'Dùng /tieuchi trong nhóm Ban Chỉ đạo (xem kết quả) hoặc nhóm của đơn vị (báo số đo).'
          : 'Use /tieuchi in the steering group (results) or a unit group (measurements).',
      });
      return;
    }
    await reportCriterion(ctx, code, rest);
  },
};
