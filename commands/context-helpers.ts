import { t } from '../src/core/i18n/translate.ts';
import type { Actor } from '../src/core/model/records.ts';
import type { Refusal, WorkflowPorts } from '../src/core/usecases/ports.ts';
import type { CommandContext } from './types.ts';

export function portsOf(ctx: CommandContext): WorkflowPorts {
  return { stores: ctx.deps.stores, outbox: ctx.deps.outbox };
}

export function actorOf(ctx: CommandContext): Actor & { username?: string | null } {
  return { id: ctx.user.id, name: ctx.user.name, username: ctx.user.username ?? null };
}

/** A one-to-one chat with the bot, as the messenger says. */
export function isPrivateChat(ctx: CommandContext): boolean {
  return ctx.chatType === 'private';
}

export function refusalText(ctx: CommandContext, refusal: Refusal): string {
  return t(ctx.locale, refusal.refusal, refusal.params ?? {});
}

/** A refusal answers the press as a toast when it came from a button, otherwise as a message. */
export async function replyRefusal(ctx: CommandContext, refusal: Refusal): Promise<void> {
  const text = refusalText(ctx, refusal);
  if (ctx.answerButton) {
    await ctx.answerButton(
      text
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
      true,
    );
    return;
  }
  await ctx.reply({ html: text });
}
