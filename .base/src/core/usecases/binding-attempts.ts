import type { Actor, ChatRecord } from '../model/records.ts';
import type { AuditLog } from '../ports/system-store.ts';
import { refuse, type Refusal } from './ports.ts';

/** Wrong binding codes a chat may send within the window before it is locked out for as long. */
export const BINDING_TRIES = 5;
export const BINDING_WINDOW_MINUTES = 10;
const WINDOW_MS = BINDING_WINDOW_MINUTES * 60_000;

export const WRONG_CODE_ACTION = 'binding.code_wrong';
export const LOCKED_OUT_ACTION = 'binding.locked_out';

/**
 * When the lock on a chat ends, from the times of its wrong codes: any BINDING_TRIES of them within
 * the window lock the chat until a window after the last of them. Null when the chat may try.
 */
export function bindingLockedUntil(wrongAt: readonly Date[], now: Date): Date | null {
  const times = wrongAt.map((d) => d.getTime()).sort((a, b) => a - b);
  let until: number | null = null;
  for (let i = BINDING_TRIES - 1; i < times.length; i++) {
    const last = times[i]!;
    if (last - times[i - BINDING_TRIES + 1]! <= WINDOW_MS && now.getTime() < last + WINDOW_MS) until = last + WINDOW_MS;
  }
  return until === null ? null : new Date(until);
}

/**
 * Refuses (and audits the refusal) when the chat is locked out. The tries live in the audit log,
 * i.e. in the database, so every bot process sharing it sees the same count.
 */
export async function checkBindingLock(audit: AuditLog, input: { chat: ChatRecord; actor: Actor; code: string; now: Date }): Promise<Refusal | null> {
  const since = new Date(input.now.getTime() - 2 * WINDOW_MS);
  const wrong = await audit.list({ entityType: 'chat', entityId: String(input.chat.id), action: WRONG_CODE_ACTION, since });
  const until = bindingLockedUntil(
    wrong.map((entry) => entry.at),
    input.now,
  );
  if (!until) return null;
  await audit.append({
    actorId: input.actor.id,
    actorName: input.actor.name ?? null,
    action: LOCKED_OUT_ACTION,
    entityType: 'chat',
    entityId: String(input.chat.id),
    after: { code: input.code, lockedUntil: until.toISOString() },
    at: input.now,
  });
  const wait = Math.max(1, Math.ceil((until.getTime() - input.now.getTime()) / 60_000));
  return refuse('bind.too_many_tries', { count: BINDING_TRIES, minutes: BINDING_WINDOW_MINUTES, wait });
}

export async function recordWrongCode(audit: AuditLog, input: { chat: ChatRecord; actor: Actor; code: string; reason: string; now: Date }): Promise<void> {
  await audit.append({
    actorId: input.actor.id,
    actorName: input.actor.name ?? null,
    action: WRONG_CODE_ACTION,
    entityType: 'chat',
    entityId: String(input.chat.id),
    after: { code: input.code },
    reason: input.reason,
    at: input.now,
  });
}
