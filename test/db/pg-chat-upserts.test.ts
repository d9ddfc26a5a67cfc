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

  it('takes an update’s dedupe row, chat and sender in one statement; a redelivery writes nothing', async () => {
    const { arrival } = createStores(db);
    const at = new Date('2023-03-02T02:00:00.000Z');
    const update = (key: string, when: Date, member: { externalUserId: string; displayName: string; username: string | null } | null) =>
      arrival!({ key, at: when, chat: { platform: 'telegram', externalId: '-300', title: 'Nhóm D' }, member });
    const first = await update('telegram:1', at, { externalUserId: '8', displayName: 'Bình', username: 'binh' });
    const prismaChats = createChatRepository(db.prisma);
    const chat = await prismaChats.findChat('telegram', '-300');
    expect(first).toEqual({ recorded: { chat, member: await prismaChats.findMember(chat!.id, '8') }, steering: [] });
    expect(await db.prisma.processedUpdate.findUniqueOrThrow({ where: { key: 'telegram:1' } })).toMatchObject({ processedAt: at });
    const later = new Date(at.getTime() + 60_000);
    // a redelivery: refused, and neither the chat nor the sender is touched
    expect(await update('telegram:1', later, { externalUserId: '8', displayName: 'Bình Trần', username: 'binh' })).toBeNull();
    expect(await prismaChats.findMember(chat!.id, '8')).toMatchObject({ displayName: 'Bình' });
    // no sender (or another bot): the chat alone
    expect(await update('telegram:2', later, null)).toEqual({ recorded: { chat, member: null }, steering: [] });
    const again = await update('telegram:3', later, { externalUserId: '8', displayName: 'Bình Trần', username: null });
    expect(again?.recorded?.member).toMatchObject({ displayName: 'Bình Trần', username: null });
    expect(await db.prisma.chatMember.findFirstOrThrow({ where: { chatId: chat!.id, externalUserId: '8' } })).toMatchObject({
      firstSeenAt: at,
      lastSeenAt: later,
    });
  });

  it('reads the active steering groups in the same statement, as listChats returns them', async () => {
    const { arrival } = createStores(db);
    const prismaChats = createChatRepository(db.prisma);
    const actor = { id: '1', name: 'Thư ký' };
    const chat = (externalId: string) => prismaChats.ensureChat({ platform: 'telegram', externalId, title: `Nhóm ${externalId}` });
    const a = await chat('-401');
    await prismaChats.bindChat(a.id, { kind: 'steering', unitId: null }, actor, new Date('2023-03-01T01:02:03.456Z'));
    await prismaChats.updateSettings(a.id, { steeringDigestTime: '16:30', digestsEnabled: false }, actor);
    await prismaChats.setLocale(a.id, 'en');
    const b = await chat('-402');
    await prismaChats.bindChat(b.id, { kind: 'steering', unitId: null }, actor);
    const gone = await chat('-403');
    await prismaChats.bindChat(gone.id, { kind: 'steering', unitId: null }, actor);
    await prismaChats.setActive(gone.id, false, 'bot_removed');
    await prismaChats.ensureChat({ platform: 'zalo', externalId: '-404', title: null });
    const expected = await prismaChats.listChats({ kind: 'steering', active: true });
    expect(expected.map((c) => c.id)).toEqual([a.id, b.id]);
    const arrived = await arrival!({ key: 'telegram:40', at: new Date(), chat: { platform: 'telegram', externalId: '-405', title: null }, member: null });
    expect(arrived?.steering).toEqual(expected);
    // a redelivery reads nothing
    expect(await arrival!({ key: 'telegram:40', at: new Date(), chat: { platform: 'telegram', externalId: '-405', title: null }, member: null })).toBeNull();
  });
});
