import { describe, expect, it } from 'vitest';
import type { AppDeps } from '../../src/app-deps.ts';
import type { ChatRecord } from '../../src/core/model/records.ts';
import type { ChatStore } from '../../src/core/ports/chat-store.ts';
import { withSteeringSnapshot } from '../../src/dispatch/steering-snapshot.ts';

const chat = (id: number, kind: ChatRecord['kind']): ChatRecord => ({
  id,
  platform: 'telegram',
  externalId: String(-id),
  title: null,
  kind,
  unitId: null,
  active: true,
  locale: 'vi',
  settings: {},
  boundAt: null,
});

/** A chat store whose steering list is what the database holds now, counting its reads. */
function fakeChats(current: { steering: ChatRecord[] }) {
  const calls: string[] = [];
  const store = {
    listChats: async (filter?: { kind?: string }) => {
      calls.push(`listChats:${filter?.kind ?? ''}`);
      return filter?.kind === 'steering' ? [...current.steering] : [];
    },
    getChat: async (id: number) => {
      calls.push('getChat');
      return chat(id, 'unit');
    },
    bindChat: async (id: number, binding: { kind: ChatRecord['kind'] }) => {
      calls.push('bindChat');
      const bound = { ...chat(id, binding.kind) };
      if (binding.kind === 'steering') current.steering.push(bound);
      return bound;
    },
  } as unknown as ChatStore;
  return { store, calls };
}

describe('steering groups read with the arrival (one update)', () => {
  it('lists the active steering groups from the arrival’s reading, other lists from the store', async () => {
    const current = { steering: [chat(1, 'steering')] };
    const { store, calls } = fakeChats(current);
    const deps = withSteeringSnapshot({ stores: { chats: store } } as unknown as AppDeps, [chat(1, 'steering')]);
    expect(await deps.stores.chats.listChats({ kind: 'steering', active: true })).toEqual([chat(1, 'steering')]);
    expect(await deps.stores.chats.listChats({ kind: 'steering', active: true })).toEqual([chat(1, 'steering')]);
    expect(calls).toEqual([]);
    await deps.stores.chats.listChats({ kind: 'steering' });
    await deps.stores.chats.listChats({ kind: 'unit', active: true });
    await deps.stores.chats.getChat(5);
    expect(calls).toEqual(['listChats:steering', 'listChats:unit', 'getChat']);
  });

  it('reads the store again once the update changed a chat', async () => {
    const current = { steering: [chat(1, 'steering')] };
    const { store, calls } = fakeChats(current);
    const deps = withSteeringSnapshot({ stores: { chats: store } } as unknown as AppDeps, [chat(1, 'steering')]);
    await deps.stores.chats.bindChat(2, { kind: 'steering', unitId: null }, { id: '9', name: null });
    expect((await deps.stores.chats.listChats({ kind: 'steering', active: true })).map((c) => c.id)).toEqual([1, 2]);
    expect(calls).toEqual(['bindChat', 'listChats:steering']);
  });

  it('hands out copies: a caller sorting or filtering its list does not change the next one', async () => {
    const { store } = fakeChats({ steering: [] });
    const deps = withSteeringSnapshot({ stores: { chats: store } } as unknown as AppDeps, [chat(1, 'steering'), chat(2, 'steering')]);
    (await deps.stores.chats.listChats({ kind: 'steering', active: true })).pop();
    expect(await deps.stores.chats.listChats({ kind: 'steering', active: true })).toHaveLength(2);
  });
});
