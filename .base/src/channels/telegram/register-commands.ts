import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import type { CommandDefinition } from '../../../commands/types.ts';

const DESCRIPTION_LIMIT = 256;
const NAME_PATTERN = /^[a-z0-9_]{1,32}$/;

function describe(text: string): string {
  const firstLine = (text.split('\n')[0] ?? '').trim() || text.trim();
  return firstLine.length <= DESCRIPTION_LIMIT ? firstLine : `${firstLine.slice(0, DESCRIPTION_LIMIT - 1)}…`;
}

export function menuCommands(commands: readonly CommandDefinition[], locale: 'vi' | 'en'): BotCommand[] {
  return commands
    .filter((command) => command.menu && NAME_PATTERN.test(command.name))
    .map((command) => ({ command: command.name, description: describe(command.help[locale]) || command.name }));
}

/** The "/" menu in Telegram clients: Vietnamese by default and for 'vi' apps, English for 'en' apps. */
export async function registerCommands(api: Api, commands: readonly CommandDefinition[]): Promise<void> {
  const vi = menuCommands(commands, 'vi');
  const en = menuCommands(commands, 'en');
  for (const scope of [{ type: 'all_group_chats' as const }, { type: 'all_private_chats' as const }]) {
    await api.setMyCommands(vi, { scope });
    await api.setMyCommands(vi, { scope, language_code: 'vi' });
    await api.setMyCommands(en, { scope, language_code: 'en' });
  }
}
