import { z } from 'zod';
import type { PlanImportDecision } from '../src/core/ports/pending-plan-import-store.ts';
import { decidePlanImport } from '../src/core/usecases/decide-plan-import.ts';
import { refuse } from '../src/core/usecases/ports.ts';
import { actorOf, replyRefusal } from './context-helpers.ts';
import type { CommandContext, CommandDefinition } from './types.ts';

/** Shared by [Kích hoạt] / [Huỷ] and their typed forms /kichhoat and /huynhap. */
export async function decideImport(ctx: CommandContext, id: number, decision: PlanImportDecision): Promise<void> {
  if (!ctx.isSecretariat) return replyRefusal(ctx, refuse('refuse.not_secretariat'));
  const result = await decidePlanImport(
    { stores: ctx.deps.stores, outbox: ctx.deps.outbox, planFiles: ctx.deps.planFiles },
    { id, chatId: ctx.chat.id, decision, actor: actorOf(ctx), now: ctx.now, locale: ctx.locale },
  );
  if (ctx.answerButton) {
    await ctx.answerButton(toastText(result.short), !result.done);
    // The buttons go once it is decided; a refused press leaves the message as it is.
    if (result.done && ctx.editButtonMessage) return ctx.editButtonMessage({ html: result.html });
    if (!result.done) return;
  }
  await ctx.reply({ html: result.html });
}

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
    en: 'Secretariat: import and activate a checked plan file (as the Kích hoạt button).',
  },
  usage: { vi: '/kichhoat <số yêu cầu>', en: '/kichhoat <request number>' },
  args: requestId,
  handle: (ctx, id) => decideImport(ctx, id, 'activated'),
};

export const cancelImportCommand: CommandDefinition<number> = {
  name: 'huynhap',
  aliases: ['cancelimport'],
  help: { vi: 'Thường trực: huỷ một yêu cầu nhập kế hoạch (như nút Huỷ).', en: 'Secretariat: drop a checked plan file (as the Huỷ button).' },
  usage: { vi: '/huynhap <số yêu cầu>', en: '/huynhap <request number>' },
  args: requestId,
  handle: (ctx, id) => decideImport(ctx, id, 'cancelled'),
};
