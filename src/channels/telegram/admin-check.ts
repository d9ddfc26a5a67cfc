import type { Api } from 'grammy';
import type { Clock } from '../../core/time/clock.ts';
import type { Stores } from '../../db/stores.ts';
import type { Logger } from '../../logger.ts';
import { scrubSecrets } from '../../logger.ts';

const ADMIN_STATUSES = new Set(['creator', 'administrator']);

export interface AdminCheckOptions {
  api: Api;
  stores: Stores;
  clock: Clock;
  logger: Logger;
  secretariatUserIds: readonly string[];
  /** how long a getChatMember answer is trusted; admins change rarely, commands come in bursts */
  ttlMs?: number;
}

export interface AdminCheck {
  isChatAdmin(chatExternalId: string, userId: number): Promise<boolean>;
  /** in SECRETARIAT_USER_IDS, or an admin/creator of the bound steering group */
  isSecretariat(userId: number): Promise<boolean>;
}

export function createAdminCheck(options: AdminCheckOptions): AdminCheck {
  const { api, stores, clock, logger } = options;
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

  async function isSecretariat(userId: number): Promise<boolean> {
    if (options.secretariatUserIds.includes(`telegram:${userId}`)) return true;
    const steering = await stores.chats.listChats({ kind: 'steering', active: true });
    for (const chat of steering) {
      if (chat.platform === 'telegram' && (await isChatAdmin(chat.externalId, userId))) return true;
    }
    return false;
  }

  return { isChatAdmin, isSecretariat };
}
