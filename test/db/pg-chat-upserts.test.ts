import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { createChatRepository } from '../../src/db/repositories/chat-repository.ts';
import { createStores } from '../../src/db/stores.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';

/**
 * PostgreSQL instances keep no cache of chats and senders, so each update records both; the stores
 * write those rows only when something changed (a row version, xmin, shows whether a row was
 * written) and return what Prisma's upsert returned.
 */
describe('chat and sender recorded on PostgreSQL only when they change', () => {
  let testDb: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    testDb = await createTestDatabase('postgresql');
    db = await openDatabase(testDb.url, { migrate: false });
  });
  afterAll(async () => {
    await db?.close();
    await testDb?.drop();
  });
  const version = async (table: 'Chat' | 'ChatMember', id: number) =>
    (await db.prisma.$queryRawUnsafe<{ v: string }[]>(`SELECT xmin::text AS v FROM "${table}" WHERE "id" = $1`, id))[0]?.v;

  it('writes a chat when new or renamed, and returns what Prisma’s upsert returns', async () => {
    const chats = createStores(db).chats;
    const prismaChats = createChatRepository(db.prisma);
    const created = await chats.ensureChat({ platform: 'telegram', externalId: '-100', title: 'Nhóm <A>' });
    expect(created).toEqual(await prismaChats.findChat('telegram', '-100'));
    const v1 = await version('Chat', created.id);
    expect(await chats.ensureChat({ platform: 'telegram', externalId: '-100', title: 'Nhóm <A>' })).toEqual(created);
    // no title (a private chat, a channel without one) keeps the stored one
    expect(await chats.ensureChat({ platform: 'telegram', externalId: '-100', title: null })).toEqual(created);
    expect(await version('Chat', created.id)).toBe(v1);
    const renamed = await chats.ensureChat({ platform: 'telegram', externalId: '-100', title: 'Nhóm B' });
    expect(renamed).toEqual({ ...created, title: 'Nhóm B' });
    expect(await version('Chat', created.id)).not.toBe(v1);
    // the same chat on another messenger is another row
    expect((await chats.ensureChat({ platform: 'zalo', externalId: '-100', title: null })).id).not.toBe(created.id);
  });

  it('writes a sender when new, renamed, or last seen 15 s ago or more', async () => {
    const chats = createStores(db).chats;
    const chat = await chats.ensureChat({ platform: 'telegram', externalId: '-200', title: 'Nhóm C' });
    const at = new Date('2023-03-01T02:00:00.000Z');
    const member = await chats.upsertMember(chat.id, { externalUserId: '7', displayName: 'Ánh', username: null }, at);
    expect(member).toEqual(await createChatRepository(db.prisma).findMember(chat.id, '7'));
    const row = await db.prisma.chatMember.findUniqueOrThrow({ where: { chatId_externalUserId: { chatId: chat.id, externalUserId: '7' } } });
    expect(row).toMatchObject({ firstSeenAt: at, lastSeenAt: at, role: 'member' });
    const v1 = await version('ChatMember', row.id);
    const later = (s: number) => new Date(at.getTime() + s * 1000);
    expect(await chats.upsertMember(chat.id, { externalUserId: '7', displayName: 'Ánh', username: null }, later(14))).toEqual(member);
    expect(await version('ChatMember', row.id)).toBe(v1);
    await chats.upsertMember(chat.id, { externalUserId: '7', displayName: 'Ánh', username: null }, later(15));
    expect(await db.prisma.chatMember.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ firstSeenAt: at, lastSeenAt: later(15) });
    const renamed = await chats.upsertMember(chat.id, { externalUserId: '7', displayName: 'Ánh Nguyễn', username: 'anh' }, later(16));
    expect(renamed).toEqual({ ...member, displayName: 'Ánh Nguyễn', username: 'anh' });
    expect(await db.prisma.chatMember.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ lastSeenAt: later(16) });
  });
});
