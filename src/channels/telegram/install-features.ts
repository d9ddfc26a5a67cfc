import { sequentialize } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { AppDeps } from '../../app-deps.ts';
import { acceptInbound } from './accept-inbound.ts';
import { createAdminCheck } from './admin-check.ts';
import type { BotContext } from './bot-context.ts';
import { dedupeUpdates } from './dedupe-updates.ts';
import type { FeatureRegistry } from './feature-registry.ts';
import { buttonFeature } from './features/button-feature.ts';
import { commandFeature } from './features/command-feature.ts';
import { documentFeature } from './features/document-feature.ts';
import { membershipFeature } from './features/membership-feature.ts';
import { migrationFeature } from './features/migration-feature.ts';
import { replyFeature } from './features/reply-feature.ts';
import { createFeatureErrorHandler } from './handle-feature-error.ts';
import { loadChat } from './load-chat.ts';

/** The one place that decides what runs, in which order, and where errors stop. */
export function installFeatures(bot: Bot<BotContext>, deps: AppDeps, registry: FeatureRegistry): void {
  const onError = createFeatureErrorHandler(deps.logger);
  const admins = createAdminCheck({
    api: bot.api,
    stores: deps.stores,
    clock: deps.clock,
    logger: deps.logger,
    secretariatUserIds: deps.config.SECRETARIAT_USER_IDS,
  });

  bot.use((ctx, next) => {
    ctx.state = {};
    return next();
  });
  // The runner handles updates concurrently; within one chat they must keep their order.
  bot.use(sequentialize((ctx: BotContext) => ctx.chat?.id.toString()));
  bot.use(dedupeUpdates(deps));
  bot.errorBoundary(onError, migrationFeature(deps));
  bot.use(acceptInbound(deps));
  bot.errorBoundary(onError, loadChat(deps));
  bot.errorBoundary(onError, membershipFeature(deps));
  bot.errorBoundary(onError, commandFeature(deps, registry, admins));
  bot.errorBoundary(onError, buttonFeature(deps, registry, admins));
  bot.errorBoundary(onError, replyFeature(deps, registry, admins));
  bot.errorBoundary(onError, documentFeature(deps, registry, admins));
  bot.catch(onError);
}
