import type { AppDeps } from '../app-deps.ts';
import { IN_PROCESS_ORDER } from '../core/ports/chat-order.ts';
import type { Locale } from '../core/model/records.ts';
import { applyMembership, type Introductions, migrateChat } from './apply-membership.ts';
import { answerOnce, buildContext, type EventState } from './build-context.ts';
import type { ChannelSession } from './channel-session.ts';
import { chooseLocale } from './choose-locale.ts';
import type { DispatchRegistry } from './dispatch-registry.ts';
import type { InboundEvent } from './inbound-event.ts';
import { recordArrival } from './record-arrival.ts';
import { type RecordedChat, recordChat } from './record-chat.ts';
import { type RouteInput, type RouteResult, routeAction, routeCommand, routeFile, routeText } from './route-event.ts';
import { reportFailure } from './report-failure.ts';
import { withRepliedTask } from './replied-task-snapshot.ts';
import { withSteeringSnapshot } from './steering-snapshot.ts';

/** What became of one event. `failed` carries the error (already logged and apologised for). */
export type DispatchOutcome = { status: RouteResult | 'duplicate' } | { status: 'failed'; error: unknown };

/** What one dispatcher owns across events: the app's dependencies, what it routes to, recent introductions. */
export interface DispatchEnv {
  deps: AppDeps;
  registry: DispatchRegistry;
  introductions: Introductions;
}

async function route(env: DispatchEnv, event: InboundEvent, session: ChannelSession, recorded: RecordedChat, state: EventState): Promise<RouteResult> {
  if (event.kind === 'membership') {
    await applyMembership(env.deps, env.introductions, event, session, recorded.chat);
    return 'handled';
  }
  const user = event.user;
  if (!user) return 'ignored';
  const input: RouteInput = {
    deps: env.deps,
    registry: env.registry,
    session,
    recorded,
    user,
    context: () => buildContext(env.deps, event, user, session, recorded, state),
    answer: answerOnce(session, state),
    introductions: env.introductions,
  };
  switch (event.kind) {
    case 'command':
      return routeCommand(input, event);
    case 'action':
      return routeAction(input, event);
    case 'text':
      return routeText(input, event);
    case 'file':
      return routeFile(input, event);
  }
}

/**
 * The one path of every inbound event, whatever the messenger: run once (dedupe) → the chat and its
 * sender recorded once → membership changes, or authority and routing to commands/ handlers. An error
 * is caught here, per event: logged, and the user gets a short apology.
 */
export async function dispatchEvent(env: DispatchEnv, event: InboundEvent, session: ChannelSession): Promise<DispatchOutcome> {
  const arrived = await recordArrival(env.deps, event);
  if (!arrived) {
    env.deps.logger.debug({ platform: event.platform, updateKey: event.updateKey }, 'redelivered update ignored');
    return { status: 'duplicate' };
  }
  const state: EventState = { answered: false };
  let locale: Locale = 'vi';
  try {
    if (event.kind === 'membership' && event.change === 'chat_migrated') {
      await migrateChat(env.deps, event);
      return { status: 'handled' };
    }
    const recorded = arrived.recorded ?? (await recordChat(env.deps, event));
    locale = chooseLocale(recorded.chat, event.user?.languageCode, event.chat.type === 'private');
    // PostgreSQL: the steering groups and the replied-to task came with the arrival; this update reads them from there.
    let deps = arrived.steering ? withSteeringSnapshot(env.deps, arrived.steering) : env.deps;
    if (arrived.repliedTask) deps = withRepliedTask(deps, recorded.chat.id, arrived.repliedTask);
    return { status: await route(deps === env.deps ? env : { ...env, deps }, event, session, recorded, state) };
  } catch (error) {
    await reportFailure(env.deps, event, session, locale, answerOnce(session, state), () => state.answered, error);
    return { status: 'failed', error };
  }
}

export interface Dispatcher {
  dispatch(event: InboundEvent, session: ChannelSession): Promise<DispatchOutcome>;
}

/**
 * One per app: the Telegram channel, any other channel and the test harness all dispatch through it.
 * With several instances (PostgreSQL) each event is dispatched holding its chat's turn, so one
 * chat's updates run one at a time across instances, as the channel's own queue keeps them in one.
 */
export function createDispatcher(deps: AppDeps, registry: DispatchRegistry): Dispatcher {
  const env: DispatchEnv = { deps, registry, introductions: new Map() };
  const order = deps.chatOrder ?? IN_PROCESS_ORDER;
  return { dispatch: (event, session) => order.run(`${event.platform}:${event.chat.externalId}`, () => dispatchEvent(env, event, session)) };
}
