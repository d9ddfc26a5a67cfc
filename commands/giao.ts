import { z } from 'zod';
import { html, t } from '../src/core/i18n/translate.ts';
import { describeUnitsWithoutGroup } from '../src/core/usecases/describe-units-without-group.ts';
import { reassignTask, type TypedUnits } from '../src/core/usecases/reassign-task.ts';
import { NO_SUPPORT_WORDS } from '../src/core/usecases/segment-unit-words.ts';
import { reasonText, splitWords } from './args.ts';
import { actorOf, portsOf, replyRefusal } from './context-helpers.ts';
import type { CommandDefinition } from './types.ts';

interface AssignArgs {
  code: string;
  units: TypedUnits;
  reason: string;
}

/**
 * "<mã> <chủ trì> [phối hợp…] | <lý do>"; units are split by commas when there are any, else where
 * each unit's code or name ends (the use case knows the units), so "Công an phường 5" is one unit.
 */
function parseAssign(s: string): AssignArgs {
  const bar = s.indexOf('|');
  const left = (bar === -1 ? s : s.slice(0, bar)).trim();
  const reason = bar === -1 ? '' : reasonText(s.slice(bar + 1));
  const [code = '', ...words] = splitWords(left);
  const rest = left.slice(left.indexOf(code) + code.length).trim();
  if (!rest.includes(',')) return { code, units: { words }, reason };
  const [lead = '', ...typed] = rest
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  const support = typed.length === 0 ? null : typed.length === 1 && NO_SUPPORT_WORDS.includes(typed[0]!.toLowerCase()) ? [] : typed;
  return { code, units: { lead, support }, reason };
}

const assignArgs = z
  .string()
  .transform(parseAssign)
  .refine((a) => a.code !== '' && a.reason !== '' && ('words' in a.units ? a.units.words.length > 0 : a.units.lead !== ''));

export const assignCommand: CommandDefinition<AssignArgs> = {
  name: 'giao',
  secretariatOnly: true,
  aliases: ['assign'],
  help: {
    vi: 'Thường trực giao lại nhiệm vụ: đơn vị chủ trì, các đơn vị phối hợp, kèm lý do.',
    en: 'Secretariat: reassign a task (lead, supporting units) with a reason.',
  },
  usage: {
    vi: '/giao <mã> <chủ trì> [phối hợp… | không] | <lý do> (đơn vị ghi bằng mã hay tên; không ghi phối hợp: giữ các đơn vị phối hợp đang có)',
    en: '/giao <code> <lead> [support… | không] | <reason> (units by code or name; no support given: the current ones are kept)',
  },
  args: assignArgs,
  async handle(ctx, args) {
    const result = await reassignTask(portsOf(ctx), {
      taskCode: args.code,
      units: args.units,
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
