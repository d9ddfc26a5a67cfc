import type { AppDeps } from '../app-deps.ts';
import type { ChatRecord, MemberRecord } from '../core/model/records.ts';
import type { InboundEvent } from './inbound-event.ts';

export interface RecordedChat {
  chat: ChatRecord;
  /** the human sender as a member of the chat; null for events without one (or from a bot) */
  member: MemberRecord | null;
}

/**
 * The chat of the event (created unbound at first, title refreshed) and its human sender as a member:
 * written once per event here, so handlers never write the member again.
 */
export async function recordChat(deps: Pick<AppDeps, 'stores' | 'clock'>, event: InboundEvent): Promise<RecordedChat> {
  const chat = await deps.stores.chats.ensureChat({ platform: event.platform, externalId: event.chat.externalId, title: event.chat.title ?? null });
  const user = event.user;
  const member =
    user && !user.isBot
      ? await deps.stores.chats.upsertMember(
          chat.id,
          { externalUserId: user.externalId, displayName: user.name, username: user.username ?? null },
          deps.clock.now(),
        )
      : null;
  return { chat, member };
}
