import type { BindingCodeStore, ChatStore, ConsumeCodeResult } from '../../core/ports/chat-store.ts';
import type { PrismaDb } from '../open-database.ts';
import { auditRow, json, toChat, toMember } from './mappers.ts';

export function createChatRepository(prisma: PrismaDb): ChatStore {
  return {
    async ensureChat({ platform, externalId, title }) {
      const row = await prisma.chat.upsert({
        where: { platform_externalId: { platform, externalId } },
        create: { platform, externalId, title: title ?? null },
        update: title ? { title } : {},
      });
      return toChat(row);
    },
    async findChat(platform, externalId) {
      const row = await prisma.chat.findUnique({ where: { platform_externalId: { platform, externalId } } });
      return row ? toChat(row) : null;
    },
    async getChat(id) {
      const row = await prisma.chat.findUnique({ where: { id } });
      return row ? toChat(row) : null;
    },
    async bindChat(chatId, { kind, unitId }, actor, at) {
      return prisma.$transaction(async (tx) => {
        const before = await tx.chat.findUniqueOrThrow({ where: { id: chatId } });
        const row = await tx.chat.update({
          where: { id: chatId },
          data: { kind, unitId, boundAt: at ?? new Date(), active: true, inactiveReason: null },
        });
        await tx.auditLog.create({
          data: auditRow(actor, 'chat.bind', { type: 'chat', id: chatId }, { before: { kind: before.kind, unitId: before.unitId }, after: { kind, unitId } }),
        });
        return toChat(row);
      });
    },
    async listChats(filter = {}) {
      const rows = await prisma.chat.findMany({
        where: {
          ...(filter.kind ? { kind: filter.kind } : {}),
          ...(filter.unitId !== undefined ? { unitId: filter.unitId } : filter.unitIds !== undefined ? { unitId: { in: [...filter.unitIds] } } : {}),
          ...(filter.active !== undefined ? { active: filter.active } : {}),
        },
        orderBy: { id: 'asc' },
      });
      return rows.map(toChat);
    },
    async setActive(chatId, active, reason) {
      await prisma.chat.update({ where: { id: chatId }, data: { active, inactiveReason: active ? null : reason } });
    },
    async updateSettings(chatId, settings, actor) {
      return prisma.$transaction(async (tx) => {
        const before = await tx.chat.findUniqueOrThrow({ where: { id: chatId } });
        const merged = { ...(before.settingsJson ? JSON.parse(before.settingsJson) : {}), ...settings };
        const row = await tx.chat.update({ where: { id: chatId }, data: { settingsJson: json(merged) } });
        const previous = before.settingsJson ? JSON.parse(before.settingsJson) : {};
        await tx.auditLog.create({ data: auditRow(actor, 'chat.settings', { type: 'chat', id: chatId }, { before: previous, after: merged }) });
        return toChat(row);
      });
    },
    async setLocale(chatId, locale) {
      await prisma.chat.update({ where: { id: chatId }, data: { locale } });
    },
    async upsertMember(chatId, { externalUserId, displayName, username }, at) {
      const row = await prisma.chatMember.upsert({
        where: { chatId_externalUserId: { chatId, externalUserId } },
        create: { chatId, externalUserId, displayName, username: username ?? null, firstSeenAt: at, lastSeenAt: at },
        update: { displayName, username: username ?? null, lastSeenAt: at },
      });
      return toMember(row);
    },
    async findMember(chatId, externalUserId) {
      const row = await prisma.chatMember.findUnique({ where: { chatId_externalUserId: { chatId, externalUserId } } });
      return row ? toMember(row) : null;
    },
    async listMembers(chatId) {
      const rows = await prisma.chatMember.findMany({ where: { chatId }, orderBy: { id: 'asc' } });
      return rows.map(toMember);
    },
    async setMemberRole(chatId, externalUserId, role) {
      await prisma.chatMember.update({ where: { chatId_externalUserId: { chatId, externalUserId } }, data: { role } });
    },
    async moveChat(platform, fromExternalId, toExternalId) {
      const taken = await prisma.chat.findUnique({ where: { platform_externalId: { platform, externalId: toExternalId } } });
      if (taken) return null;
      const moved = await prisma.chat.updateMany({ where: { platform, externalId: fromExternalId }, data: { externalId: toExternalId } });
      if (moved.count === 0) return null;
      const row = await prisma.chat.findUnique({ where: { platform_externalId: { platform, externalId: toExternalId } } });
      return row ? toChat(row) : null;
    },
  };
}

export function createBindingCodeRepository(prisma: PrismaDb): BindingCodeStore {
  const toRecord = (row: { code: string; target: string; unitId: number | null; expiresAt: Date; usedAt: Date | null }) => ({
    code: row.code,
    target: row.target as 'unit' | 'steering',
    unitId: row.unitId,
    expiresAt: row.expiresAt,
    usedAt: row.usedAt,
  });
  return {
    async createCode(input) {
      const row = await prisma.bindingCode.create({ data: input });
      return toRecord(row);
    },
    async consumeCode(code, chatId, now): Promise<ConsumeCodeResult> {
      // A conditional update is atomic on both providers: only one chat can win a code.
      const won = await prisma.bindingCode.updateMany({
        where: { code, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now, usedByChatId: chatId },
      });
      const row = await prisma.bindingCode.findUnique({ where: { code } });
      if (!row) return { ok: false, reason: 'unknown' };
      if (won.count === 1) return { ok: true, code: toRecord(row) };
      return { ok: false, reason: row.usedAt ? 'used' : 'expired' };
    },
  };
}
