import { registry as appRegistry } from '../../../commands/registry.ts';
import type { AppDeps } from '../../app-deps.ts';
import { createTelegramBot, type TelegramBot, type TelegramBotOptions } from './build-bot.ts';

export type CreateBotInput = AppDeps & { token: string; apiRoot?: string } & Partial<Omit<TelegramBotOptions, 'token' | 'apiRoot'>>;

/** The Telegram bot with the real chat features; entry points call this once. */
export function createBot(input: CreateBotInput): TelegramBot {
  const { token, apiRoot, registry, botInfo, api, pollingTimeoutSeconds, httpRoutes, onUpdateHandled, ...deps } = input;
  return createTelegramBot(deps, {
    token,
    registry: registry ?? appRegistry,
    ...(apiRoot !== undefined ? { apiRoot } : {}),
    ...(botInfo ? { botInfo } : {}),
    ...(api ? { api } : {}),
    ...(pollingTimeoutSeconds !== undefined ? { pollingTimeoutSeconds } : {}),
    ...(httpRoutes ? { httpRoutes } : {}),
    ...(onUpdateHandled ? { onUpdateHandled } : {}),
  });
}
