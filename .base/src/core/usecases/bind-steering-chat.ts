import type { Actor, ChatRecord } from '../model/records.ts';
import { alreadyBound } from './already-bound.ts';
import { steeringChats } from './chats-of.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';

export type BindSteeringChatResult = { ok: true; chat: ChatRecord } | Refusal;

/** The first secretariat user binds the steering group; there is only one. */
export async function bindSteeringChat(
  ports: WorkflowPorts,
  input: { chat: ChatRecord; actor: Actor; isSecretariat: boolean; now: Date },
): Promise<BindSteeringChatResult> {
  if (!input.isSecretariat) return refuse('refuse.not_secretariat');
  if (input.chat.kind === 'unit') return alreadyBound(ports.stores.directory, input.chat);
  if ((await steeringChats(ports)).length > 0) return refuse('bind.steering_exists');
  const chat = await ports.stores.chats.bindChat(input.chat.id, { kind: 'steering', unitId: null }, input.actor, input.now);
  await ports.stores.chats.upsertMember(chat.id, { externalUserId: input.actor.id, displayName: input.actor.name ?? input.actor.id }, input.now);
  await ports.stores.chats.setMemberRole(chat.id, input.actor.id, 'admin');
  return { ok: true, chat };
}
