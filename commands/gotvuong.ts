import { t } from '../src/core/i18n/translate.ts';
import { formatDateTimeVi } from '../src/core/time/zone.ts';
import { resolveBlocker } from '../src/core/usecases/resolve-blocker.ts';
import { codeAndRest } from './args.ts';
import { actorOf, portsOf, replyRefusal } from './context-helpers.ts';
import { findTaskOrReply } from './submit-report.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

/** Shared by /gotvuong and the [Gỡ vướng] button on a blocker notice. */
export async function resolveTaskBlocker(ctx: CommandContext, taskId: number, note: string | null): Promise<void> {
  const result = await resolveBlocker(portsOf(ctx), { taskId, note, chat: ctx.chat, isSecretariat: ctx.isSecretariat, actor: actorOf(ctx), now: ctx.now });
  if (!result.ok) return replyRefusal(ctx, result);
  const html = t(ctx.locale, 'resolve.ok', {
    code: result.task.code,
    units: result.units.map((a) => a.unitShortName ?? a.unitName).join(', '),
    who: ctx.user.name,
    at: formatDateTimeVi(ctx.now),
    note: note?.trim() ? t(ctx.locale, 'resolve.note', { note: note.trim() }) : '',
  });
  await ctx.answerButton?.(html.replace(/<[^>]+>/g, ''));
  await ctx.reply({ html });
}

export const resolveBlockerCommand: CommandDefinition<{ code: string; rest: string }> = {
  name: 'gotvuong',
  secretariatOnly: true,
  aliases: ['resolve'],
  help: {
    vi: 'Thường trực ghi nhận đã gỡ vướng mắc của một nhiệm vụ (báo cho đơn vị).',
    en: 'Secretariat: mark a task’s blocker resolved (the unit is told).',
  },
  usage: { vi: '/gotvuong <mã> [ghi chú]', en: '/gotvuong <code> [note]' },
  menu: true,
  args: codeAndRest,
  async handle(ctx, { code, rest }) {
    const task = await findTaskOrReply(ctx, code);
    if (task) await resolveTaskBlocker(ctx, task.id, rest || null);
  },
};
