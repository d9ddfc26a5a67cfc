import type { ChatStore } from '../core/ports/chat-store.ts';
import type { ChatRecord, MemberRecord } from '../core/model/records.ts';
import { BoundedCache } from './repositories/bounded-cache.ts';

interface Entry<T> {
  value: T;
  at: number;
}

/**
 * Every update records its chat and sender; under load those two writes were a large share of a
 * reply's cost. This decorator remembers both for a short time. Changes made through this process
 * refresh the entry at once; changes made by another process (several webhook workers) are seen
 * within `ttlMs`.
 */
export function withChatCache(inner: ChatStore, options: { ttlMs?: number; now?: () => number; maxEntries?: number } = {}): ChatStore {
  const ttlMs = options.ttlMs ?? 15_000;
  const now = options.now ?? Date.now;
  // Bounded: the least recently stored entries go first (≈10,000 groups and their members fit the default).
  const maxEntries = options.maxEntries ?? 50_000;
  const byExternal = new BoundedCache<string, Entry<ChatRecord>>(maxEntries);
  const members = new BoundedCache<string, Entry<MemberRecord>>(maxEntries);
  const fresh = <T>(entry: Entry<T> | undefined): entry is Entry<T> => entry !== undefined && now() - entry.at < ttlMs;
  const remember = (chat: ChatRecord) => {
    byExternal.set(`${chat.platform}:${chat.externalId}`, { value: chat, at: now() });
    return chat;
  };
  const forget = async (chatId: number) => {
    byExternal.deleteWhere((entry) => entry.value.id === chatId);
  };
  const memberKey = (chatId: number, userId: string) => `${chatId}:${userId}`;

  return {
    ...inner,
    async ensureChat(ref) {
      const cached = byExternal.get(`${ref.platform}:${ref.externalId}`);
      if (fresh(cached) && (ref.title === undefined || ref.title === null || ref.title === cached.value.title)) return cached.value;
      return remember(await inner.ensureChat(ref));
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
