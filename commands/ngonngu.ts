import { z } from 'zod';
import { t } from '../src/core/i18n/translate.ts';
import { refreshChatCards } from '../src/core/usecases/refresh-task-cards.ts';
import { portsOf } from './context-helpers.ts';
import type { CommandDefinition } from './types.ts';

export const languageCommand: CommandDefinition<'vi' | 'en'> = {
  name: 'ngonngu',
  aliases: ['language'],
  help: { vi: 'Chọn ngôn ngữ của nhóm: vi hoặc en.', en: 'Set the group’s language: vi or en.' },
  usage: { vi: '/ngonngu vi|en', en: '/ngonngu vi|en' },
  args: z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .pipe(z.enum(['vi', 'en'])),
  async handle(ctx, locale) {
    await ctx.deps.stores.chats.setLocale(ctx.chat.id, locale);
    ctx.locale = locale;
    ctx.chat = { ...ctx.chat, locale };
    // the task cards already in the group are edited to the new language, like everything the bot says next
    await refreshChatCards(portsOf(ctx), { chat: ctx.chat, now: ctx.now });
    await ctx.reply({ html: t(locale, 'locale.set') });
  },
};
