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
import { createTaskMessageLinker } from '../../src/outbox/link-task-messages.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { loadSeedPlan } from '../support/stores.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';
import { captureLogger, drain, FakeTransport, sleepOn } from './helpers.ts';

/** A transport whose edits of some messages fail as Telegram fails them (deleted by a member, or no longer editable). */
class GoneMessagesTransport extends FakeTransport {
  readonly gone = new Map<string, string>();
  /** every edit asked for, by message id, whether it failed or not */
  readonly tries = new Map<string, number>();
  override async edit(chat: string, messageId: string, message: OutgoingMessage): Promise<void> {
    this.tries.set(messageId, (this.tries.get(messageId) ?? 0) + 1);
    const description = this.gone.get(messageId);
    if (description) throw new TransportError({ kind: 'bad_request', description });
    return super.edit(chat, messageId, message);
  }
}

/**
 * /ngonngu edits every task card of the group (refreshChatCards). Cards of closed tasks are edited like the
 * others; a card whose message was deleted or can no longer be edited is remembered (lost-cards.ts): a card
 * the unit still reports through is posted afresh once, quietly, and later edits go to it; a closed task's
 * card, or a replacement lost again, is never edited again, so no change ever collects another 400.
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
      onSent: createTaskMessageLinker(h.stores.tasks),
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

  it('the switch is kept; a lost card of an open task comes back once, quietly, in the new language', async () => {
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
    expect(rejected()).toBe(0);
    // one fresh card each for the two lost ones, without a notification, and the card now points at it
    const fresh = transport.to(CAP5_CHAT).slice(postedBefore);
    expect(fresh).toHaveLength(2);
    expect(fresh.every((f) => f.message.silent === true && marksToPlainText(f.message.html).includes('Status:'))).toBe(true);
    expect(fresh.map((f) => f.messageId).sort()).toEqual([await messageIdOf('P5-02'), await messageIdOf('GD2-02')].sort());
    // a reply to the fresh card finds its task
    const p502 = (await h.stores.tasks.findTaskByCode('P5-02'))!.id;
    const links = await use().prisma.taskMessage.findMany({ where: { chatId: cap5, taskId: p502 } });
    expect(links.map((l) => l.messageId)).toContain(await messageIdOf('P5-02'));
  });

  it('a replacement lost again is never edited nor posted again; the other cards live on', async () => {
    const lostAgain = await messageIdOf('P5-02');
    transport.gone.set(lostAgain, 'Bad Request: message to edit not found');
    const postedBefore = transport.to(CAP5_CHAT).length;
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-02 40');
    await drain(sender, outbox, h.clock);
    expect(transport.tries.get(lostAgain)).toBe(1);
    await h.send(CAP5_CHAT, FOCAL, '/ngonngu vi');
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-02 60');
    await drain(sender, outbox, h.clock);
    // later changes ask nothing of the dead card: no 400 each time, no new post
    expect(transport.tries.get(lostAgain)).toBe(1);
    expect(transport.to(CAP5_CHAT).length).toBe(postedBefore);
    expect(await lastEditOf('GD2-02')).toContain('Trạng thái:');
    expect(rejected()).toBe(0);
    const failed = await use().prisma.outboxMessage.findMany({ where: { chatId: cap5, status: 'failed' } });
    expect(failed).toEqual([]);
  });

  it('a closed task’s lost card is not posted again: it only had [Chi tiết]', async () => {
    const closed = await messageIdOf('P5-01');
    transport.gone.set(closed, 'Bad Request: message to edit not found');
    const triesBefore = transport.tries.get(closed) ?? 0;
    const postedBefore = transport.to(CAP5_CHAT).length;
    await h.send(CAP5_CHAT, FOCAL, '/ngonngu en');
    await drain(sender, outbox, h.clock);
    await h.send(CAP5_CHAT, FOCAL, '/ngonngu vi');
    await drain(sender, outbox, h.clock);
    expect(transport.tries.get(closed)).toBe(triesBefore + 1);
    expect(transport.to(CAP5_CHAT).length).toBe(postedBefore);
  });
});
