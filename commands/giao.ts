import { z } from 'zod';
import { html, t } from '../src/core/i18n/translate.ts';
import { describeUnitsWithoutGroup } from '../src/core/usecases/describe-units-without-group.ts';
import { reassignTask } from '../src/core/usecases/reassign-task.ts';
import { reasonText, splitWords } from './args.ts';
import { actorOf, portsOf, replyRefusal } from './context-helpers.ts';
import type { CommandDefinition } from './types.ts';

interface AssignArgs {
  code: string;
  lead: string;
  /** null: none typed, the task keeps its supporting units; [] after "không": none */
  support: string[] | null;
  reason: string;
}

/** "/giao P5-01 CAP5 không | …": the task keeps no supporting unit. */
const NO_SUPPORT = ['không', 'khong', '-'];

/** "<mã> <chủ trì> [phối hợp…] | <lý do>"; units are split by commas when there are any, else by spaces. */
const assignArgs = z
  .string()
  .transform((s) => {
    const bar = s.indexOf('|');
    const left = (bar === -1 ? s : s.slice(0, bar)).trim();
    const reason = bar === -1 ? '' : reasonText(s.slice(bar + 1));
    const [code = '', ...restWords] = splitWords(left);
    const rest = left.slice(left.indexOf(code) + code.length).trim();
    const units = rest.includes(',')
      ? rest
          .split(',')
          .map((u) => u.trim())
          .filter(Boolean)
      : restWords;
    const [lead = '', ...typed] = units;
    const support = typed.length === 0 ? null : typed.length === 1 && NO_SUPPORT.includes(typed[0]!.toLowerCase()) ? [] : typed;
    return { code, lead, support, reason };
  })
  .pipe(z.object({ code: z.string().min(1), lead: z.string().min(1), support: z.array(z.string()).nullable(), reason: z.string().min(1) }));

export const assignCommand: CommandDefinition<AssignArgs> = {
  name: 'giao',
  aliases: ['assign'],
  help: {
    vi: 'Thường trực giao lại nhiệm vụ: đơn vị chủ trì, các đơn vị phối hợp, kèm lý do.',
    en: 'Secretariat: reassign a task (lead, supporting units) with a reason.',
  },
  usage: {
    vi: '/giao <mã> <chủ trì> [phối hợp… | không] | <lý do> (không ghi phối hợp: giữ các đơn vị phối hợp đang có)',
    en: '/giao <code> <lead> [support… | không] | <reason> (no support given: the current ones are kept)',
  },
  args: assignArgs,
  async handle(ctx, args) {
    const result = await reassignTask(portsOf(ctx), {
      taskCode: args.code,
      lead: args.lead,
      support: args.support,
      reason: args.reason,
      chat: ctx.chat,
      isSecretariat: ctx.isSecretariat,
      actor: actorOf(ctx),
      now: ctx.now,
    });
    if (!result.ok) return replyRefusal(ctx, result);
    const units = result.support.map((u) => u.name).join(', ');
    const support = units ? t(ctx.locale, result.supportKept ? 'assign.support_kept' : 'assign.support_list', { units }) : t(ctx.locale, 'assign.support_none');
    const done = t(ctx.locale, 'assign.ok', { code: result.task.code, lead: result.lead.name, support: html(support) });
    // the same warning as the plan import's: a unit with no group never sees the task until it connects one
    await ctx.reply({ html: done + describeUnitsWithoutGroup(ctx.locale, result.unitsWithoutGroup) });
  },
};
