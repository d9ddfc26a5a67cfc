import { z } from 'zod';
import { t } from '../src/core/i18n/translate.ts';
import type { PlanImportDecision } from '../src/core/ports/pending-plan-import-store.ts';
import { decidePlanImport } from '../src/core/usecases/decide-plan-import.ts';
import { refuse } from '../src/core/usecases/ports.ts';
import { actorOf, replyRefusal } from './context-helpers.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

/** Messengers cap a button's toast (Telegram: 200 characters); the whole text goes in the message. */
const TOAST_CHARS = 200;

function toastText(html: string): string {
  const plain = html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return plain.length <= TOAST_CHARS ? plain : `${plain.slice(0, TOAST_CHARS - 1)}…`;
}

/** Shared by [Kích hoạt] / [Huỷ] and their typed forms /kichhoat and /huynhap. */
export async function decideImport(ctx: CommandContext, id: number, decision: PlanImportDecision): Promise<void> {
  if (!ctx.isSecretariat) return replyRefusal(ctx, refuse('refuse.not_secretariat'));
  // A press is answered once: a big plan takes a while to import, so Kích hoạt answers as soon as it
  // has won the decision, before the messenger gives up on the press.
  let answered = false;
  const answer = async (text: string, alert = false) => {
    if (answered || !ctx.answerButton) return;
    answered = true;
    await ctx.answerButton(toastText(text), alert);
  };
  const result = await decidePlanImport(
    { stores: ctx.deps.stores, outbox: ctx.deps.outbox, planFiles: ctx.deps.planFiles },
    {
      id,
      chatId: ctx.chat.id,
      decision,
      actor: actorOf(ctx),
      now: ctx.now,
      locale: ctx.locale,
      ...(decision === 'activated' ? { onClaimed: () => answer(t(ctx.locale, 'plan_chat.toast_working')) } : {}),
    },
  );
  if (ctx.answerButton) {
    const answeredEarly = answered;
    await answer(result.short, !result.done);
    // Once decided the prompt loses its buttons (edited to the short outcome), and the outcome itself
    // is posted as a new message: an edit far up the chat goes unseen, leaving only the toast.
    // A refused press is told in its alert and leaves the message.
    if (result.done && ctx.editButtonMessage) await ctx.editButtonMessage({ html: t(ctx.locale, 'plan_chat.decided', { outcome: result.short }) });
    if (!result.done && !answeredEarly) return;
  }
  await ctx.reply({ html: result.html });
}

const requestId = z
  .string()
  .trim()
  .regex(/^\d{1,9}$/, 'số yêu cầu nhập (một số, ví dụ 3)')
  .transform(Number);

export const activateImportCommand: CommandDefinition<number> = {
  name: 'kichhoat',
  aliases: ['activateimport'],
  help: {
    vi: 'Thường trực: nhập và kích hoạt kế hoạch đã gửi lên (như nút Kích hoạt).',
    en: 'Secretariat: import and activate a checked plan file (as the Activate button).',
  },
  usage: { vi: '/kichhoat <số yêu cầu>', en: '/kichhoat <request number>' },
  args: requestId,
  handle: (ctx, id) => decideImport(ctx, id, 'activated'),
};

export const cancelImportCommand: CommandDefinition<number> = {
  name: 'huynhap',
  aliases: ['cancelimport'],
  help: { vi: 'Thường trực: huỷ một yêu cầu nhập kế hoạch (như nút Huỷ).', en: 'Secretariat: drop a checked plan file (as the Cancel button).' },
  usage: { vi: '/huynhap <số yêu cầu>', en: '/huynhap <request number>' },
  args: requestId,
  handle: (ctx, id) => decideImport(ctx, id, 'cancelled'),
};
