import { steeringChats } from './chats-of.ts';
import { exampleTaskCode } from './example-task-code.ts';
import { alreadyBound } from './already-bound.ts';
import { hasReplyThreads } from '../model/platform-traits.ts';
import { applyQuietHours, isQuietTime, type QuietHours } from '../time/quiet-hours.ts';
import { t } from '../i18n/translate.ts';
import type { Actor, ChatRecord, Locale, UnitRecord } from '../model/records.ts';
import { formatDateTimeVi } from '../time/zone.ts';
import { checkBindingLock, recordWrongCode } from './binding-attempts.ts';
import { pendingExtensionNotices } from './pending-extension-notices.ts';
import { unitTaskMessages } from './post-unit-tasks.ts';
import { refuse, type Refusal, type WorkflowPorts } from './ports.ts';

export type BindUnitChatResult = { ok: true; chat: ChatRecord; unit: UnitRecord; posted: number } | Refusal;

/**
 * `/ketnoi <mã>` in a unit's group: the code is consumed atomically (works once), the group is
 * bound to the unit, the member who bound becomes its focal point, and the unit's tasks are posted.
 * Wrong codes are audited; five within ten minutes lock the chat out for ten (binding-attempts.ts).
 * The confirmation goes through the outbox ahead of the task cards, so the group reads it first;
 * in quiet hours it says when the cards (held until then) will come.
 */
export async function bindUnitChat(
  ports: WorkflowPorts,
  input: {
    chat: ChatRecord;
    code: string;
    actor: Actor & { username?: string | null };
    now: Date;
    /** the /ketnoi message the confirmation answers */
    replyToMessageId?: string;
    quietHours: QuietHours | null;
  },
): Promise<BindUnitChatResult> {
  const { chats, codes, directory, audit } = ports.stores;
  const code = input.code.trim().toUpperCase();
  if (input.chat.kind !== 'unbound') return alreadyBound(directory, input.chat);
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
  await chats.upsertMember(
    chat.id,
    { externalUserId: input.actor.id, displayName: input.actor.name ?? input.actor.id, username: input.actor.username ?? null },
    input.now,
  );
  await chats.setMemberRole(chat.id, input.actor.id, 'focal_point');
  const cards = await unitTaskMessages(ports, { unitId: unit.id, now: input.now, chats: [chat] });
  const lines = [
    t(chat.locale, hasReplyThreads(chat.platform) ? 'bind.unit_ok' : 'bind.unit_ok_mention', {
      unit: unit.name,
      name: input.actor.name ?? input.actor.id,
      count: cards.length,
      example: await exampleTaskCode(ports.stores.tasks, unit.id, chat.locale),
    }),
  ];
  if (cards.length > 0 && input.quietHours && isQuietTime(input.now, input.quietHours)) {
    const at = formatDateTimeVi(applyQuietHours(input.now, input.quietHours));
    lines.push(t(chat.locale, 'bind.cards_at', { time: at.slice(0, 5), date: at.slice(6), quiet: `${input.quietHours.start}–${input.quietHours.end}` }));
  }
  await ports.outbox.enqueue({
    chatId: chat.id,
    kind: 'reply',
    idempotencyKey: `bind:${chat.id}:${input.now.getTime()}`,
    message: { html: lines.join('\n'), ...(input.replyToMessageId ? { replyToMessageId: input.replyToMessageId } : {}) },
    notBefore: input.now,
  });
  const posted = cards.length > 0 ? await ports.outbox.enqueueMany(cards) : 0;
  await notifySteering(ports, { chat, unit, now: input.now });
  // after the cards, so a notice about a task follows the task's own message
  for (const notice of await pendingExtensionNotices(ports, { unitId: unit.id, chat, now: input.now })) await ports.outbox.enqueue(notice);
  return { ok: true, chat, unit, posted };
}

/** Zalo updates carry no group name: then the notice names the messenger only, never an empty “”. */
function steeringNotice(locale: Locale, unit: string, title: string | null | undefined, messenger: string): string {
  const group = title?.trim() ?? '';
  return group ? t(locale, 'bind.steering_notice', { unit, group, messenger }) : t(locale, 'bind.steering_notice_untitled', { unit, messenger });
}

/** The steering group hears when a unit's group connects, so the secretariat knows who is still missing. */
async function notifySteering(ports: WorkflowPorts, input: { chat: ChatRecord; unit: UnitRecord; now: Date }): Promise<void> {
  const messenger = input.chat.platform === 'zalo' ? 'Zalo' : 'Telegram';
  for (const steering of await steeringChats(ports)) {
    await ports.outbox.enqueue({
      chatId: steering.id,
      kind: 'reply',
      idempotencyKey: `bind-notice:${input.chat.id}:${input.now.getTime()}:${steering.id}`,
      message: { html: steeringNotice(steering.locale, input.unit.name, input.chat.title, messenger) },
      notBefore: input.now,
    });
  }
}
