import { beforeAll, expect, it } from 'vitest';
import type { EnqueueInput } from '../../src/core/ports/outbox.ts';
import type { OutgoingMessage } from '../../src/core/model/outgoing.ts';
import { taskCardKey } from '../../src/core/usecases/post-unit-tasks.ts';
import { createTaskCardRefresher } from '../../src/core/usecases/render-task-cards.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { createOutboxRepository, type OutboxRepository } from '../../src/db/repositories/outbox-repository.ts';
import { createOutboxSender, type OutboxSender } from '../../src/outbox/outbox-sender.ts';
import { TransportError } from '../../src/outbox/transport.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { loadSeedPlan } from '../support/stores.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';
import { captureLogger, drain, FakeTransport, sleepOn } from './helpers.ts';

/** A transport whose edits of some messages fail as Telegram fails them (deleted by a member, or no longer editable). */
class GoneMessagesTransport extends FakeTransport {
  readonly gone = new Map<string, string>();
  override async edit(chat: string, messageId: string, message: OutgoingMessage): Promise<void> {
    const description = this.gone.get(messageId);
    if (description) throw new TransportError({ kind: 'bad_request', description });
    return super.edit(chat, messageId, message);
  }
}

/**
 * /ngonngu edits every task card of the group (refreshChatCards). Cards of closed tasks are edited like the
 * others; a card whose message was deleted or can no longer be edited fails alone: the switch is kept, the
 * other cards change, nothing crashes and nothing new is posted in its place (no spam), each switch again.
 */
describeOnEachDatabase('/ngonngu with cards that cannot be edited', (use) => {
  let h: CommandHarness;
  let outbox: OutboxRepository;
  let transport: GoneMessagesTransport;
  let sender: OutboxSender;
  let logger: ReturnType<typeof captureLogger>;
  let cap5: number;
  let archivedId: number;

  beforeAll(async () => {
    h = await createHarness(use());
    h.clock.set(vietnamInstant(2023, 3, 6, 9, 0));
    outbox = createOutboxRepository(use());
    const enqueue = h.outbox.enqueue.bind(h.outbox);
    h.outbox.enqueue = async (input: EnqueueInput) => {
      if (input.card) await outbox.enqueue(input);
      return enqueue(input);
    };
    transport = new GoneMessagesTransport(h.clock);
    logger = captureLogger();
    sender = createOutboxSender({
      queue: outbox,
      transport,
      clock: h.clock,
      logger,
      owner: 't',
      sleep: sleepOn(h.clock),
      cards: createTaskCardRefresher({ stores: h.stores, outbox }),
    });
    await h.bindSteeringAndUnit();
    cap5 = (await h.chat(CAP5_CHAT)).id;
    for (const posted of h.outbox.to(cap5).filter((q) => q.kind === 'task' && q.link)) await outbox.enqueue(posted);
    await drain(sender, outbox, h.clock);
    // P5-01 is closed: CAP5 reported it done and the secretariat confirmed
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-01');
    await h.send(STEERING_CHAT, SECRETARY, '/xacnhan P5-01');
    // GD2-01 left the plan: imported again without it, it is archived (and no longer found by its code)
    archivedId = (await h.stores.tasks.findTaskByCode('GD2-01'))!.id;
    const seed = await loadSeedPlan();
    await h.stores.plans.importPlan({ ...seed, tasks: seed.tasks.filter((task) => task.code !== 'GD2-01') }, { actor: { id: 'test' }, at: h.clock.now() });
    await drain(sender, outbox, h.clock);
  });

  const messageIdOf = async (code: string) => {
    const id = code === 'GD2-01' ? archivedId : (await h.stores.tasks.findTaskByCode(code))!.id;
    const row = await use().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: taskCardKey(id, cap5) } });
    return (JSON.parse(row.sentMessageIds ?? '[]') as string[])[0]!;
  };
  const lastEditOf = async (code: string) => {
    const id = await messageIdOf(code);
    const edit = transport.edited.filter((e) => e.chat === CAP5_CHAT && e.messageId === id).at(-1);
    return edit ? marksToPlainText(edit.message.html) : undefined;
  };
  const rejected = () => logger.lines.filter((l) => l.msg === 'outbox: message rejected').length;

  it('the switch is kept and answered; the closed task’s card turns English; the deleted and frozen cards fail alone', async () => {
    transport.gone.set(await messageIdOf('P5-02'), 'Bad Request: message to edit not found');
    transport.gone.set(await messageIdOf('GD2-02'), "Bad Request: message can't be edited");
    const postedBefore = transport.to(CAP5_CHAT).length;
    const [answer] = await h.send(CAP5_CHAT, FOCAL, '/ngonngu en');
    expect(marksToPlainText(answer?.html ?? '')).toMatch(/English/i);
    await drain(sender, outbox, h.clock);
    expect((await h.chat(CAP5_CHAT)).locale).toBe('en');
    expect(await lastEditOf('P5-01')).toContain('Status:');
    expect(await lastEditOf('P5-01')).not.toContain('Trạng thái:');
    // the archived task's card says, in English now, that it left the plan, with no buttons
    expect(await lastEditOf('GD2-01')).toContain('This task is no longer in plan 45/KH-BCĐ');
    expect(rejected()).toBe(2);
    // nothing posted in place of the cards it could not edit
    expect(transport.to(CAP5_CHAT).length).toBe(postedBefore);
  });

  it('a second switch, and a later report on the deleted card’s task, post nothing new and keep the language', async () => {
    const postedBefore = transport.to(CAP5_CHAT).length;
    const rejectedBefore = rejected();
    await h.send(CAP5_CHAT, FOCAL, '/ngonngu en');
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-02 40');
    await drain(sender, outbox, h.clock);
    expect(transport.to(CAP5_CHAT).length).toBe(postedBefore);
    // one rejected edit per card that cannot be edited and per change, never a retry loop
    expect(rejected() - rejectedBefore).toBe(3);
    expect((await h.chat(CAP5_CHAT)).locale).toBe('en');
    const failed = await use().prisma.outboxMessage.findMany({ where: { chatId: cap5, status: 'failed' } });
    expect(failed.every((row) => row.attempts === 1)).toBe(true);
  });
});
