import type { Actor, ChatKind, ChatRecord, ChatSettings, Locale, MemberRecord } from '../model/records.ts';

export interface ChatRef {
  platform: string;
  externalId: string;
  title?: string | null;
}

export interface ChatStore {
  /** Finds or creates the chat row (unbound at first) and refreshes its title. */
  ensureChat(ref: ChatRef): Promise<ChatRecord>;
  findChat(platform: string, externalId: string): Promise<ChatRecord | null>;
  getChat(id: number): Promise<ChatRecord | null>;
  /** `at`: the binding time (the injected clock); silence in digests is not counted before it. */
  bindChat(chatId: number, binding: { kind: Exclude<ChatKind, 'unbound'>; unitId: number | null }, actor: Actor, at?: Date): Promise<ChatRecord>;
  /** `unitIds`: chats bound to any of these units (one read for every unit of a task). */
  listChats(filter?: { kind?: ChatKind; unitId?: number; unitIds?: readonly number[]; active?: boolean }): Promise<ChatRecord[]>;
  setActive(chatId: number, active: boolean, reason: string | null): Promise<void>;
  updateSettings(chatId: number, settings: ChatSettings, actor: Actor): Promise<ChatRecord>;
  setLocale(chatId: number, locale: Locale): Promise<void>;
  upsertMember(chatId: number, member: { externalUserId: string; displayName: string; username?: string | null }, at: Date): Promise<MemberRecord>;
  findMember(chatId: number, externalUserId: string): Promise<MemberRecord | null>;
  listMembers(chatId: number): Promise<MemberRecord[]>;
  setMemberRole(chatId: number, externalUserId: string, role: string): Promise<void>;
  /**
   * Moves a chat to a new external id (Telegram group → supergroup migration). Returns the moved
   * chat, or null when there is nothing to move (unknown, already moved, or the new id is taken).
   */
  moveChat(platform: string, fromExternalId: string, toExternalId: string): Promise<ChatRecord | null>;
}

export interface BindingCodeRecord {
  code: string;
  target: 'unit' | 'steering';
  unitId: number | null;
  expiresAt: Date;
  usedAt: Date | null;
}

export type ConsumeCodeResult = { ok: true; code: BindingCodeRecord } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

export interface BindingCodeStore {
  createCode(input: { code: string; target: 'unit' | 'steering'; unitId: number | null; createdBy: string; expiresAt: Date }): Promise<BindingCodeRecord>;
  /** Atomically marks an unused, unexpired code as used by the chat; a code works once. */
  consumeCode(code: string, chatId: number, now: Date): Promise<ConsumeCodeResult>;
}
