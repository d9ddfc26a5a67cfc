import type { ChatStore } from '../core/ports/chat-store.ts';
import type { ChatRecord, MemberRecord } from '../core/model/records.ts';

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
export function withChatCache(inner: ChatStore, options: { ttlMs?: number; now?: () => number } = {}): ChatStore {
  const ttlMs = options.ttlMs ?? 15_000;
  const now = options.now ?? Date.now;
  const byExternal = new Map<string, Entry<ChatRecord>>();
  const members = new Map<string, Entry<MemberRecord>>();
  const fresh = <T>(entry: Entry<T> | undefined): entry is Entry<T> => entry !== undefined && now() - entry.at < ttlMs;
  const remember = (chat: ChatRecord) => {
    byExternal.set(`${chat.platform}:${chat.externalId}`, { value: chat, at: now() });
    return chat;
  };
  const forget = async (chatId: number) => {
    for (const [key, entry] of byExternal) if (entry.value.id === chatId) byExternal.delete(key);
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
