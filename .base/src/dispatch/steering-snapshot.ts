import type { AppDeps } from '../app-deps.ts';
import type { ChatRecord } from '../core/model/records.ts';
import type { ChatStore } from '../core/ports/chat-store.ts';

/** Chat-store calls that write nothing; any other call may change which chats steer. */
const READS = new Set<keyof ChatStore>(['findChat', 'getChat', 'listChats', 'findMember', 'listMembers']);

/**
 * The dependencies of one update whose arrival statement also read the active steering groups
 * (PostgreSQL, pg-arrival.ts): listing them again during this update (authority, a notice to the
 * steering groups) returns that reading instead of asking the database. It is as fresh as a read at
 * the update's start, and it lives only while this update is handled, so nothing is shared between
 * updates or instances. Any chat change made through the update's stores drops it (later reads go
 * to the database), so a handler that binds or deactivates a chat sees its own change.
 */
export function withSteeringSnapshot(deps: AppDeps, steering: readonly ChatRecord[]): AppDeps {
  const inner = deps.stores.chats;
  let snapshot: readonly ChatRecord[] | null = steering;
  const chats = { ...inner } as Record<keyof ChatStore, unknown>;
  for (const key of Object.keys(inner) as (keyof ChatStore)[]) {
    const method = inner[key] as (...args: unknown[]) => unknown;
    if (typeof method !== 'function' || READS.has(key)) continue;
    chats[key] = (...args: unknown[]) => {
      snapshot = null;
      return method.apply(inner, args);
    };
  }
  chats.listChats = (filter?: Parameters<ChatStore['listChats']>[0]) => {
    const activeSteering = filter?.kind === 'steering' && filter.active === true && filter.unitId === undefined;
    // A copy: callers may filter or sort what they get.
    return activeSteering && snapshot ? Promise.resolve([...snapshot]) : inner.listChats(filter);
  };
  return { ...deps, stores: { ...deps.stores, chats: chats as unknown as ChatStore } };
}
