import { z } from 'zod';
import { t } from '../src/core/i18n/translate.ts';
import { reassignTask } from '../src/core/usecases/reassign-task.ts';
import { splitWords } from './args.ts';
import { actorOf, portsOf, replyRefusal } from './context-helpers.ts';
import type { CommandDefinition } from './types.ts';

interface AssignArgs {
  code: string;
  lead: string;
  support: string[];
  reason: string;
}

/** "<mã> <chủ trì> [phối hợp…] | <lý do>"; units are split by commas when there are any, else by spaces. */
const assignArgs = z
  .string()
  .transform((s) => {
    const bar = s.indexOf('|');
    const left = (bar === -1 ? s : s.slice(0, bar)).trim();
    const reason = bar === -1 ? '' : s.slice(bar + 1).trim();
    const [code = '', ...restWords] = splitWords(left);
    const rest = left.slice(left.indexOf(code) + code.length).trim();
    const units = rest.includes(',')
      ? rest
          .split(',')
          .map((u) => u.trim())
          .filter(Boolean)
      : restWords;
    const [lead = '', ...support] = units;
    return { code, lead, support, reason };
  })
  .pipe(z.object({ code: z.string().min(1), lead: z.string().min(1), support: z.array(z.string()), reason: z.string().min(1) }));

export const assignCommand: CommandDefinition<AssignArgs> = {
  name: 'giao',
  aliases: ['assign'],
  help: {
    vi: 'Thường trực giao lại nhiệm vụ: đơn vị chủ trì, các đơn vị phối hợp, kèm lý do.',
    en: 'Secretariat: reassign a task (lead, supporting units) with a reason.',
  },
  usage: { vi: '/giao <mã> <chủ trì> [phối hợp…] | <lý do>', en: '/giao <code> <lead> [support…] | <reason>' },
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
    const support = result.support.map((u) => u.name).join(', ');
    await ctx.reply({
      html: t(ctx.locale, 'assign.ok', {
        code: result.task.code,
        lead: result.lead.name,
        support: support ? `; ${t(ctx.locale, 'role.support')}: ${support}` : '',
      }),
    });
  },
};
