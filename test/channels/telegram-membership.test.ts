import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createStubRegistry } from './support/stub-registry.ts';
import { BOT_USERNAME, createHarness, type Harness } from './support/telegram-harness.ts';
import { botUser, messageUpdate, myChatMemberUpdate, secretary, type TgChat } from './support/updates.ts';

describe('Telegram channel: the bot joining, leaving and groups migrating', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness({ registry: createStubRegistry().registry });
  });
  afterAll(() => h.close());
  beforeEach(() => {
    h.calls.length = 0;
  });

  it('introduces itself once when added, and explains how to bind the group', async () => {
    const group: TgChat = { id: -4_001_000_001, type: 'group', title: 'Hội Phụ nữ Phường 5' };
    await h.telegram.bot.handleUpdate(myChatMemberUpdate({ chat: group, from: secretary, oldStatus: 'left', newStatus: 'member' }));
    // The same addition as a service message, which Telegram also sends.
    await h.telegram.bot.handleUpdate(
      messageUpdate({ chat: group, from: secretary, extra: { new_chat_members: [botUser], new_chat_member: botUser, new_chat_participant: botUser } }),
    );

    const sent = h.sent();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.payload).toMatchObject({ chat_id: group.id, parse_mode: 'HTML' });
    const text: string = sent[0]?.payload.text;
    expect(text).toContain('Điều phối');
    expect(text).toContain('/moi &lt;đơn vị&gt;');
    expect(text).toContain('/ketnoi &lt;mã&gt;');
    expect(text).toContain(`@${BOT_USERNAME}`);

    const chat = await h.stores.chats.findChat('telegram', String(group.id));
    expect(chat).toMatchObject({ title: 'Hội Phụ nữ Phường 5', kind: 'unbound', active: true });
    expect(await h.stores.chats.findMember(chat!.id, String(secretary.id))).not.toBeNull();
  });

  it('introduces itself on a new_chat_members message alone (older clients)', async () => {
    const group: TgChat = { id: -4_001_000_002, type: 'group', title: 'Đoàn Thanh niên Phường 5' };
    await h.telegram.bot.handleUpdate(messageUpdate({ chat: group, from: secretary, extra: { new_chat_members: [botUser] } }));
    expect(h.sent()).toHaveLength(1);
    expect(h.sent()[0]?.payload.text).toContain('/ketnoi');
  });

  it('marks the chat inactive when the bot is removed or kicked, active again when re-added', async () => {
    const group: TgChat = { id: -1_004_001_000_003, type: 'supergroup', title: 'Mặt trận Phường 5' };
    await h.telegram.bot.handleUpdate(myChatMemberUpdate({ chat: group, from: secretary, oldStatus: 'left', newStatus: 'administrator' }));
    await h.telegram.bot.handleUpdate(myChatMemberUpdate({ chat: group, from: secretary, oldStatus: 'administrator', newStatus: 'kicked' }));

    const kicked = await h.db.prisma.chat.findFirstOrThrow({ where: { externalId: String(group.id) } });
    expect(kicked).toMatchObject({ active: false, inactiveReason: 'bot removed' });

    await h.telegram.bot.handleUpdate(myChatMemberUpdate({ chat: group, from: secretary, oldStatus: 'kicked', newStatus: 'member' }));
    const back = await h.stores.chats.findChat('telegram', String(group.id));
    expect(back?.active).toBe(true);
    expect(h.sent()).toHaveLength(2); // an introduction each time it is added
  });

  it('follows a group upgraded to a supergroup to its new id, keeping its binding', async () => {
    const oldGroup: TgChat = { id: -4_001_000_004, type: 'group', title: 'Công an Phường 5' };
    const newId = -1_004_001_000_004;
    const before = await h.stores.chats.ensureChat({ platform: 'telegram', externalId: String(oldGroup.id), title: oldGroup.title });
    await h.stores.chats.bindChat(before.id, { kind: 'steering', unitId: null }, { id: String(secretary.id) });

    await h.telegram.bot.handleUpdate(messageUpdate({ chat: oldGroup, from: secretary, extra: { migrate_to_chat_id: newId } }));
    await h.telegram.bot.handleUpdate(
      messageUpdate({ chat: { id: newId, type: 'supergroup', title: oldGroup.title }, from: secretary, extra: { migrate_from_chat_id: oldGroup.id } }),
    );

    expect(await h.stores.chats.findChat('telegram', String(oldGroup.id))).toBeNull();
    const moved = await h.stores.chats.findChat('telegram', String(newId));
    expect(moved).toMatchObject({ id: before.id, kind: 'steering' });
    expect(h.sent()).toHaveLength(0);
  });
});
