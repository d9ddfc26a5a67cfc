import { badRequest } from '../api-error.ts';
import type { Params } from '../params.ts';
import type { TgBotCommand } from '../types.ts';
import type { MethodHandler } from './context.ts';

export const getMe: MethodHandler = (ctx) => ({
  ...ctx.state.bot,
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
});

export const setMyCommands: MethodHandler = (ctx, params) => {
  const commands = params.object<TgBotCommand[]>('commands');
  if (!Array.isArray(commands)) throw badRequest('parameter "commands" is required');
  if (commands.length > 100) throw badRequest('too many commands specified');
  for (const command of commands) {
    if (!/^[a-z0-9_]{1,32}$/.test(command?.command ?? '')) throw badRequest('BOT_COMMAND_INVALID');
    if (!command.description || command.description.length > 256) throw badRequest('command description must be non-empty');
  }
  ctx.state.commands.set(
    commandsKey(params),
    commands.map(({ command, description }) => ({ command, description })),
  );
  return true;
};

export const getMyCommands: MethodHandler = (ctx, params) => ctx.state.commands.get(commandsKey(params)) ?? [];

export const deleteMyCommands: MethodHandler = (ctx, params) => {
  ctx.state.commands.delete(commandsKey(params));
  return true;
};

export const alwaysTrue: MethodHandler = () => true;

/** Commands are stored per scope and language, as Telegram does. */
export function commandsKey(params: Params): string {
  const scope = params.object<{ type?: string; chat_id?: number | string; user_id?: number }>('scope');
  const scopeKey = [scope?.type ?? 'default', scope?.chat_id ?? '', scope?.user_id ?? ''].join(':');
  return `${scopeKey}|${params.string('language_code') ?? ''}`;
}
