import type { Actor, ChatRecord, UnitRecord } from '../model/records.ts';
import { checkBindingLock, recordWrongCode } from './binding-attempts.ts';
import { postUnitTasks } from './post-unit-tasks.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';

export type BindUnitChatResult = { ok: true; chat: ChatRecord; unit: UnitRecord; posted: number } | Refusal;

/**
 * `/ketnoi <mã>` in a unit's group: the code is consumed atomically (works once), the group is
 * bound to the unit, the member who bound becomes its focal point, and the unit's tasks are posted.
 * Wrong codes are audited; five within ten minutes lock the chat out for ten (binding-attempts.ts).
 */
export async function bindUnitChat(
  ports: WorkflowPorts,
  input: { chat: ChatRecord; code: string; actor: Actor & { username?: string | null }; now: Date },
): Promise<BindUnitChatResult> {
  const { chats, codes, directory, audit } = ports.stores;
  const code = input.code.trim().toUpperCase();
  if (input.chat.kind !== 'unbound') {
    const target = input.chat.kind === 'steering' ? 'steering' : 'unit';
    return refuse('bind.already_bound', { target });
  }
  const locked = await checkBindingLock(audit, { chat: input.chat, actor: input.actor, code, now: input.now });
  if (locked) return locked;
  const consumed = await codes.consumeCode(code, input.chat.id, input.now);
  if (!consumed.ok) {
    await recordWrongCode(audit, { chat: input.chat, actor: input.actor, code, reason: consumed.reason, now: input.now });
    return refuse(`bind.code_${consumed.reason}`, { code });
  }
  const unitId = consumed.code.unitId;
  const unit = unitId === null ? null : await directory.getUnit(unitId);
  if (!unit) return refuse('bind.code_unknown', { code });
  const chat = await chats.bindChat(input.chat.id, { kind: 'unit', unitId: unit.id }, input.actor, input.now);
  await chats.upsertMember(chat.id, { externalUserId: input.actor.id, displayName: input.actor.name ?? input.actor.id, username: input.actor.username ?? null }, input.now);
  await chats.setMemberRole(chat.id, input.actor.id, 'focal_point');
  const posted = await postUnitTasks(ports, { unitId: unit.id, now: input.now, chats: [chat] });
  return { ok: true, chat, unit, posted };
}
