import type { Api } from 'grammy';
import type { Clock } from '../../core/time/clock.ts';
import type { Logger } from '../../logger.ts';
import { scrubSecrets } from '../../logger.ts';

const ADMIN_STATUSES = new Set(['creator', 'administrator']);

export interface AdminCheckOptions {
  api: Api;
  clock: Clock;
  logger: Logger;
  /** how long a getChatMember answer is trusted; admins change rarely, commands come in bursts */
  ttlMs?: number;
}

/** Who is admin of a Telegram chat (getChatMember), cached briefly; the dispatcher decides what that means. */
export interface AdminCheck {
  isChatAdmin(chatExternalId: string, userId: number): Promise<boolean>;
}

export function createAdminCheck(options: AdminCheckOptions): AdminCheck {
  const { api, clock, logger } = options;
  const ttlMs = options.ttlMs ?? 60_000;
  const cache = new Map<string, { admin: boolean; until: number }>();

  async function isChatAdmin(chatExternalId: string, userId: number): Promise<boolean> {
    if (Number(chatExternalId) > 0) return false; // private chats have no admins
    const key = `${chatExternalId}:${userId}`;
    const now = clock.now().getTime();
    const cached = cache.get(key);
    if (cached && cached.until > now) return cached.admin;
    let admin = false;
    try {
      const member = await api.getChatMember(chatExternalId, userId);
      admin = ADMIN_STATUSES.has(member.status);
    } catch (error) {
      logger.warn({ chat: chatExternalId, err: scrubSecrets(String(error)) }, 'getChatMember failed; treating user as non-admin');
    }
    cache.set(key, { admin, until: now + ttlMs });
    return admin;
  }

  return { isChatAdmin };
}
