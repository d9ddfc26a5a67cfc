import type { ChatStore } from '../core/ports/chat-store.ts';
import type { ChatRecord, MemberRecord } from '../core/model/records.ts';
import { BoundedCache } from './repositories/bounded-cache.ts';

interface Entry<T> {
  value: T;
  at: number;
}

/**
 * Every update records its chat and sender, and asks whether the sender administers a steering
 * group; under load those lookups were a large share of a reply's cost. This decorator remembers the
 * chats, the senders and the list of active steering groups for a short time. Changes made through
 * this store refresh or drop the entry at once; changes made elsewhere (another process, the outbox
 * marking a chat the bot was removed from) are seen within `ttlMs`.
 */
export function withChatCache(inner: ChatStore, options: { ttlMs?: number; now?: () => number; maxEntries?: number } = {}): ChatStore {
  const ttlMs = options.ttlMs ?? 15_000;
  const now = options.now ?? Date.now;
  // Bounded: the least recently stored entries go first (≈10,000 groups and their members fit the default).
  const maxEntries = options.maxEntries ?? 50_000;
  const byExternal = new BoundedCache<string, Entry<ChatRecord>>(maxEntries);
  const members = new BoundedCache<string, Entry<MemberRecord>>(maxEntries);
  const fresh = <T>(entry: Entry<T> | undefined): entry is Entry<T> => entry !== undefined && now() - entry.at < ttlMs;
  // Only the one listing every update asks for (authority); any chat change through this store drops it.
  let steering: Entry<ChatRecord[]> | undefined;
  const remember = (chat: ChatRecord) => {
    steering = undefined;
    byExternal.set(`${chat.platform}:${chat.externalId}`, { value: chat, at: now() });
    return chat;
  };
  const forget = async (chatId: number) => {
    steering = undefined;
    byExternal.deleteWhere((entry) => entry.value.id === chatId);
  };
  const isActiveSteering = (filter: Parameters<ChatStore['listChats']>[0]) =>
    filter !== undefined && filter.kind === 'steering' && filter.active === true && filter.unitId === undefined;
  const memberKey = (chatId: number, userId: string) => `${chatId}:${userId}`;

  return {
    ...inner,
    async ensureChat(ref) {
      const cached = byExternal.get(`${ref.platform}:${ref.externalId}`);
      if (fresh(cached) && (ref.title === undefined || ref.title === null || ref.title === cached.value.title)) return cached.value;
      return remember(await inner.ensureChat(ref));
    },
    async listChats(filter) {
      if (!isActiveSteering(filter)) return inner.listChats(filter);
      if (!fresh(steering)) steering = { value: await inner.listChats(filter), at: now() };
      // A copy: callers may filter or sort what they get.
      return [...steering.value];
    },
    async bindChat(chatId, binding, actor, at) {
      return remember(await inner.bindChat(chatId, binding, actor, at));
    },
    async setActive(chatId, active, reason) {
      await inner.setActive(chatId, active, reason);
      await forget(chatId);
    },
    async updateSettings(chatId, settings, actor) {
      return remember(await inner.updateSettings(chatId, settings, actor));
    },
    async setLocale(chatId, locale) {
      await inner.setLocale(chatId, locale);
      await forget(chatId);
    },
    async moveChat(platform, fromExternalId, toExternalId) {
      steering = undefined;
      byExternal.delete(`${platform}:${fromExternalId}`);
      byExternal.delete(`${platform}:${toExternalId}`);
      return inner.moveChat(platform, fromExternalId, toExternalId);
    },
    async upsertMember(chatId, member, at) {
      const key = memberKey(chatId, member.externalUserId);
      const cached = members.get(key);
      if (fresh(cached) && cached.value.displayName === member.displayName && (cached.value.username ?? null) === (member.username ?? null)) {
        return cached.value;
      }
      const record = await inner.upsertMember(chatId, member, at);
      members.set(key, { value: record, at: now() });
      return record;
    },
    async setMemberRole(chatId, externalUserId, role) {
      await inner.setMemberRole(chatId, externalUserId, role);
      members.delete(memberKey(chatId, externalUserId));
    },
  };
}
