import { describe, expect, it } from 'vitest';
import type { ChatRecord, MemberRecord } from '../../src/core/model/records.ts';
import type { ChatStore } from '../../src/core/ports/chat-store.ts';
import { withChatCache } from '../../src/db/cached-chat-store.ts';

function fakeStore() {
  const calls: string[] = [];
  let chat: ChatRecord = {
    id: 1,
    platform: 'telegram',
    externalId: '-5',
    title: 'Nhóm',
    kind: 'unbound',
    unitId: null,
    active: true,
    locale: 'vi',
    settings: {},
  };
  const member = (name: string): MemberRecord => ({ chatId: 1, externalUserId: '7', displayName: name, username: null, role: 'member' });
  const store = {
    async ensureChat() {
      calls.push('ensureChat');
      return chat;
    },
    async bindChat(_id: number, binding: { kind: 'unit' | 'steering'; unitId: number | null }) {
      calls.push('bindChat');
      chat = { ...chat, kind: binding.kind, unitId: binding.unitId };
      return chat;
    },
    async upsertMember(_chatId: number, m: { displayName: string }) {
      calls.push('upsertMember');
      return member(m.displayName);
    },
    async setMemberRole() {
      calls.push('setMemberRole');
    },
    async listChats(filter: { kind?: string; active?: boolean } = {}) {
      calls.push(`listChats:${filter.kind ?? '*'}`);
      return [chat].filter((c) => (filter.kind === undefined || c.kind === filter.kind) && (filter.active === undefined || c.active === filter.active));
    },
    async setActive(_id: number, active: boolean) {
      calls.push('setActive');
      chat = { ...chat, active };
    },
  } as unknown as ChatStore;
  return { store, calls };
}

describe('withChatCache', () => {
  const ref = { platform: 'telegram', externalId: '-5', title: 'Nhóm' };
  const at = new Date(0);

  it('answers repeated chat and sender lookups from memory within the TTL', async () => {
    let clock = 0;
    const { store, calls } = fakeStore();
    const cached = withChatCache(store, { ttlMs: 1_000, now: () => clock });
    await cached.ensureChat(ref);
    await cached.ensureChat(ref);
    await cached.upsertMember(1, { externalUserId: '7', displayName: 'Lan' }, at);
    await cached.upsertMember(1, { externalUserId: '7', displayName: 'Lan' }, at);
    expect(calls).toEqual(['ensureChat', 'upsertMember']);
    clock = 1_000;
    await cached.ensureChat(ref);
    expect(calls.at(-1)).toBe('ensureChat');
  });

  it('sees its own changes at once: a bound chat is never served as unbound', async () => {
    const { store } = fakeStore();
    const cached = withChatCache(store, { ttlMs: 60_000, now: () => 0 });
    expect((await cached.ensureChat(ref)).kind).toBe('unbound');
    await cached.bindChat(1, { kind: 'unit', unitId: 3 }, { id: '7' });
    expect(await cached.ensureChat(ref)).toMatchObject({ kind: 'unit', unitId: 3 });
  });

  it('writes a sender again when the name changed or the role was changed', async () => {
    const { store, calls } = fakeStore();
    const cached = withChatCache(store, { ttlMs: 60_000, now: () => 0 });
    await cached.upsertMember(1, { externalUserId: '7', displayName: 'Lan' }, at);
    await cached.upsertMember(1, { externalUserId: '7', displayName: 'Lan Nguyễn' }, at);
    await cached.setMemberRole(1, '7', 'focal_point');
    await cached.upsertMember(1, { externalUserId: '7', displayName: 'Lan Nguyễn' }, at);
    expect(calls).toEqual(['upsertMember', 'upsertMember', 'setMemberRole', 'upsertMember']);
  });

  it('is bounded: past maxEntries the oldest members are forgotten and written again', async () => {
    const { store, calls } = fakeStore();
    const cached = withChatCache(store, { ttlMs: 60_000, now: () => 0, maxEntries: 2 });
    for (const id of ['1', '2', '3', '1']) await cached.upsertMember(1, { externalUserId: id, displayName: `Người ${id}` }, at);
    await cached.upsertMember(1, { externalUserId: '3', displayName: 'Người 3' }, at);
    expect(calls).toEqual(['upsertMember', 'upsertMember', 'upsertMember', 'upsertMember']);
  });

  it('remembers the active steering groups (asked by every update) until a chat changes through it', async () => {
    let clock = 0;
    const { store, calls } = fakeStore();
    const cached = withChatCache(store, { ttlMs: 1_000, now: () => clock });
    const steering = { kind: 'steering', active: true } as const;
    expect(await cached.listChats(steering)).toEqual([]);
    expect(await cached.listChats(steering)).toEqual([]);
    expect(calls.filter((c) => c === 'listChats:steering')).toHaveLength(1);
    await cached.bindChat(1, { kind: 'steering', unitId: null }, { id: '7' });
    expect((await cached.listChats(steering)).map((c) => c.id)).toEqual([1]);
    await cached.setActive(1, false, 'bot removed');
    expect(await cached.listChats(steering)).toEqual([]);
    expect(calls.filter((c) => c === 'listChats:steering')).toHaveLength(3);
    // Other listings are never cached; the steering one expires with the TTL.
    await cached.listChats({ kind: 'unit', active: true });
    await cached.listChats({ kind: 'unit', active: true });
    expect(calls.filter((c) => c === 'listChats:unit')).toHaveLength(2);
    clock = 1_000;
    await cached.listChats(steering);
    expect(calls.filter((c) => c === 'listChats:steering')).toHaveLength(4);
  });
});
