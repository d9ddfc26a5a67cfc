import type { AppDeps } from '../app-deps.ts';
import type { ChatRecord } from '../core/model/records.ts';
import type { ChannelSession } from './channel-session.ts';
import type { MembershipEvent } from './inbound-event.ts';
import { exampleTaskCode } from '../core/usecases/example-task-code.ts';
import { catchUpRejoinedUnitGroup, tellSteeringOfRejoinedUnitGroup, warnSteeringOfLostUnitGroup } from '../core/usecases/unit-group-absence.ts';
import { introMessage, rejoinMessage } from './intro-message.ts';

/** Telegram reports one addition twice (my_chat_member and a new_chat_members message). */
const INTRO_REPEAT_WINDOW_MS = 5 * 60_000;

/** When the bot last introduced itself, per chat: owned by one dispatcher, one entry per chat the bot is in. */
export type Introductions = Map<number, number>;

/**
 * A group moved to a new id (Telegram: group → supergroup) keeps its row, binding and history. Both
 * service messages (in the old group and in the new one) move the same row, whichever comes first;
 * it runs before the chat is recorded so the new id does not get a row of its own.
 */
export async function migrateChat(deps: Pick<AppDeps, 'stores' | 'logger'>, event: MembershipEvent): Promise<void> {
  if (!event.newExternalId) return;
  const moved = await deps.stores.chats.moveChat(event.platform, event.chat.externalId, event.newExternalId);
  deps.logger.info({ platform: event.platform, from: event.chat.externalId, to: event.newExternalId, moved: moved !== null }, 'chat moved to a new id');
}

/**
 * The bot joining (introduce itself in a group) or leaving (stop sending there) a chat. A connected
 * unit's group it leaves is reported to the steering group; added back, that group gets its tasks as
 * they stand (what it missed is not replayed one by one).
 */
export async function applyMembership(
  deps: Pick<AppDeps, 'stores' | 'outbox' | 'clock' | 'logger' | 'botUsername'>,
  introductions: Introductions,
  event: MembershipEvent,
  session: ChannelSession,
  chat: ChatRecord,
): Promise<void> {
  const boundUnitId = chat.kind === 'unit' ? chat.unitId : null;
  if (event.change === 'bot_removed' || event.change === 'bot_blocked') {
    const blocked = event.change === 'bot_blocked';
    await deps.stores.chats.setActive(chat.id, false, blocked ? 'bot blocked' : 'bot removed');
    introductions.delete(chat.id);
    deps.logger.info({ chat: chat.externalId, change: event.change }, 'bot left a chat');
    // only the first report of a leaving warns (Telegram may tell it twice)
    const unit = chat.active && boundUnitId !== null ? await deps.stores.directory.getUnit(boundUnitId) : null;
    if (unit) await warnSteeringOfLostUnitGroup(deps, { chat, unit, blocked, now: deps.clock.now() });
    return;
  }
  if (event.change !== 'bot_added') return;
  const rejoinedUnitId = chat.active ? null : boundUnitId;
  if (!chat.active) await deps.stores.chats.setActive(chat.id, true, null);
  if (event.chat.type === 'private') return;
  // the steering group was warned when the bot left: it hears the group is back (once: the chat is active again)
  const rejoined = rejoinedUnitId !== null ? await deps.stores.directory.getUnit(rejoinedUnitId) : null;
  if (rejoined) await tellSteeringOfRejoinedUnitGroup(deps, { chat, unit: rejoined, now: deps.clock.now() });
  const introduced = await introduceOnce(deps, introductions, session, chat, rejoinedUnitId !== null);
  if (introduced && rejoined) await session.reply(await catchUpRejoinedUnitGroup(deps, { chat, unit: rejoined, now: deps.clock.now() }));
}

/**
 * The intro in a group, at most once in a few minutes per chat. Telegram says when the bot is added;
 * Zalo does not, so there the first mention of the bot in a group it does not know ("@Điều phối xin
 * chào") is answered with it (route-event.ts). Returns whether it was posted.
 */
export async function introduceOnce(
  deps: Pick<AppDeps, 'stores' | 'clock' | 'botUsername'>,
  introductions: Introductions,
  session: ChannelSession,
  chat: ChatRecord,
  /** a unit's group the bot was away from: the rejoin message says the current task list follows */
  listFollows = false,
): Promise<boolean> {
  const now = deps.clock.now().getTime();
  const last = introductions.get(chat.id);
  if (last !== undefined && now - last < INTRO_REPEAT_WINDOW_MS) return false;
  introductions.set(chat.id, now);
  const { replyThreads } = session.capabilities;
  const botName = session.botUsername || deps.botUsername;
  // the intro is Vietnamese; a group already bound (the bot added again) gets its unit's own code
  const exampleCode = replyThreads ? '' : await exampleTaskCode(deps.stores.tasks, chat.kind === 'unit' ? chat.unitId : null, 'vi');
  if (chat.kind === 'unbound') {
    await session.reply({ html: introMessage(botName, { replyThreads, exampleCode }) });
    return true;
  }
  const unit = chat.kind === 'unit' && chat.unitId !== null ? await deps.stores.directory.getUnit(chat.unitId) : null;
  await session.reply({ html: rejoinMessage(botName, { replyThreads, exampleCode, unitName: chat.kind === 'unit' ? (unit?.name ?? '') : null, listFollows }) });
  return true;
}
