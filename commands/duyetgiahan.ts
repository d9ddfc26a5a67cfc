import { html, t } from '../src/core/i18n/translate.ts';
import { escapeMarkupChars } from '../src/core/text/html.ts';
import { formatDateVi } from '../src/core/time/zone.ts';
import { decideExtension } from '../src/core/usecases/decide-extension.ts';
import { codeAndRest, reasonText, splitWords } from './args.ts';
import { actorOf, portsOf, replyRefusal } from './context-helpers.ts';
import { findTaskOrReply } from './submit-report.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

/** Shared by [Đồng ý]/[Từ chối] and /duyetgiahan, /tuchoigiahan: one use case, one answer. */
export async function decideExtensionRequest(ctx: CommandContext, requestId: number, approve: boolean, note: string | null): Promise<void> {
  const result = await decideExtension(portsOf(ctx), {
    requestId,
    approve,
    note,
    chat: ctx.chat,
    isSecretariat: ctx.isSecretariat,
    actor: actorOf(ctx),
    now: ctx.now,
  });
  if (!result.ok) return replyRefusal(ctx, result);
  const html = approve
    ? t(ctx.locale, 'ext.approved', { code: result.task.code, date: formatDateVi(result.request.requestedDueAt) })
    : t(ctx.locale, 'ext.denied', { code: result.task.code });
  await ctx.answerButton?.(html.replace(/<[^>]+>/g, ''));
  await ctx.reply({ html });
}

/** The typed form names the task (and, when two units asked, the unit's code): "/duyetgiahan P5-01 [CA]". */
function typedDecision(approve: boolean, taskCode: string, unitCode: string): string {
  return `/${approve ? 'duyetgiahan' : 'tuchoigiahan'} ${taskCode} ${unitCode}`;
}

async function decideByCode(ctx: CommandContext, approve: boolean, code: string, rest: string): Promise<void> {
  const task = await findTaskOrReply(ctx, code);
  if (!task) return;
  const pending = await ctx.deps.stores.extensions.pendingForTask(task.id);
  const unitCodeOf = (unitId: number) => task.assignments.find((a) => a.unitId === unitId)?.unitCode ?? '';
  const [first = '', ...others] = splitWords(rest);
  const named = pending.filter((r) => unitCodeOf(r.unitId).toLowerCase() === first.toLowerCase());
  const chosen = named.length === 1 ? named[0] : pending.length === 1 ? pending[0] : undefined;
  const note = reasonText(named.length === 1 ? others.join(' ') : rest) || null;
  if (!chosen) {
    if (pending.length === 0) return void (await ctx.reply({ html: t(ctx.locale, 'ext.none_pending', { code: task.code }) }));
    const list = pending.map((r) => `${unitCodeOf(r.unitId)} → ${formatDateVi(r.requestedDueAt)}`).join('; ');
    // the bot's own command: markup-escaped only, so a channel that prefixes commands (Zalo) sees it
    const example = html(escapeMarkupChars(typedDecision(approve, task.code, unitCodeOf(pending[0]!.unitId))));
    return void (await ctx.reply({ html: t(ctx.locale, 'ext.several_pending', { code: task.code, count: pending.length, list, example }) }));
  }
  await decideExtensionRequest(ctx, chosen.id, approve, note);
}

export const approveExtensionCommand: CommandDefinition<{ code: string; rest: string }> = {
  name: 'duyetgiahan',
  secretariatOnly: true,
  aliases: ['approveext'],
  help: { vi: 'Thường trực đồng ý đề nghị gia hạn của nhiệm vụ.', en: 'Secretariat: approve a task’s extension request.' },
  usage: { vi: '/duyetgiahan <mã> [mã đơn vị]', en: '/duyetgiahan <code> [unit code]' },
  args: codeAndRest,
  handle: (ctx, { code, rest }) => decideByCode(ctx, true, code, rest),
};

export const denyExtensionCommand: CommandDefinition<{ code: string; rest: string }> = {
  name: 'tuchoigiahan',
  secretariatOnly: true,
  aliases: ['denyext'],
  help: {
    vi: 'Thường trực từ chối đề nghị gia hạn của nhiệm vụ (có thể ghi lý do).',
    en: 'Secretariat: refuse a task’s extension request (a reason may follow).',
  },
  usage: { vi: '/tuchoigiahan <mã> [mã đơn vị] [lý do]', en: '/tuchoigiahan <code> [unit code] [reason]' },
  args: codeAndRest,
  handle: (ctx, { code, rest }) => decideByCode(ctx, false, code, rest),
};
