import { beforeEach, expect, it } from 'vitest';
import { ManualClock } from '../../src/core/time/clock.ts';
import { createOutboxRepository } from '../../src/db/repositories/outbox-repository.ts';
import { createTaskRepository } from '../../src/db/repositories/task-repository.ts';
import { createTaskMessageLinker } from '../../src/outbox/link-task-messages.ts';
import { createOutboxSender, type OutboxSenderOptions } from '../../src/outbox/outbox-sender.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';
import { FakeTransport, MORNING, captureLogger, createChats, drain, message, resetOutbox, sleepOn } from './helpers.ts';

/** A digest as jobs write it: a heading, then sections separated by blank lines. */
function longDigest(minLength: number): string {
  const lines = ['<b>BÁO CÁO TIẾN ĐỘ</b> — Kế hoạch 45/KH-BCĐ', 'Ngày 26/11/2026', '', '<b>Quá hạn</b>'];
  for (let i = 1; lines.join('\n').length < minLength; i++) {
    if (i === 30) lines.push('', '<b>Sắp đến hạn</b>');
    lines.push(`${i}. <b>Đơn vị ${i}</b>: <i>nhiệm vụ rà soát địa bàn &amp; tuyên truyền</i> — còn ${i} ngày`);
  }
  return lines.join('\n');
}

const balanced = (html: string, tag: string) =>
  (html.match(new RegExp(`<${tag}>`, 'g')) ?? []).length === (html.match(new RegExp(`</${tag}>`, 'g')) ?? []).length;

describeOnEachDatabase('outbox sender content', (use) => {
  beforeEach(() => resetOutbox(use().prisma));

  function setup(start = MORNING, extra: Partial<OutboxSenderOptions> = {}) {
    const clock = new ManualClock(start);
    const queue = createOutboxRepository(use());
    const transport = new FakeTransport(clock);
    const sender = createOutboxSender({ queue, transport, clock, logger: captureLogger(), owner: 't', sleep: sleepOn(clock), ...extra });
    return { clock, queue, transport, sender };
  }

  it('sends a 6,000-character digest as two valid parts in order, buttons on the last only', async () => {
    const { clock, queue, transport, sender } = setup();
    const [chat] = await createChats(use().prisma, 1);
    const html = longDigest(6_000);
    expect(html.length).toBeGreaterThan(6_000);
    expect(html.length).toBeLessThan(8_000);
    const buttons = [[{ text: 'Chi tiết', data: 'digest:detail' }]];
    await queue.enqueue(message(chat!.id, 'digest', html, { kind: 'digest', message: { html, buttons, replyToMessageId: '77' } }));
    await drain(sender, queue, clock);

    const parts = transport.to(chat!.externalId);
    expect(parts).toHaveLength(2);
    expect(parts.map((p) => p.part)).toEqual([
      { index: 0, total: 2 },
      { index: 1, total: 2 },
    ]);
    for (const p of parts) {
      expect(p.message.html.length).toBeLessThanOrEqual(4096);
      expect(balanced(p.message.html, 'b') && balanced(p.message.html, 'i')).toBe(true);
    }
    expect(parts[0]!.message.html.startsWith('<b>BÁO CÁO TIẾN ĐỘ</b>')).toBe(true);
    expect(parts[1]!.message.html.endsWith(html.slice(-40))).toBe(true);
    expect(parts[0]!.message.buttons).toBeUndefined();
    expect(parts[1]!.message.buttons).toEqual(buttons);
    expect(parts[0]!.message.replyToMessageId).toBe('77');
    expect(parts[1]!.message.replyToMessageId).toBeUndefined();
    const row = await use().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: 'digest' } });
    expect(row.status).toBe('sent');
    expect(JSON.parse(row.sentMessageIds!)).toEqual(parts.map((p) => p.messageId));
  });

  it('holds messages during quiet hours until 07:00, except replies and urgent notices', async () => {
    const evening = new Date('2026-11-26T14:30:00Z'); // 21:30 in Hà Nội
    const { clock, queue, transport, sender } = setup(evening);
    const [unit, steering] = await createChats(use().prisma, 2);
    await queue.enqueue(message(unit!.id, 'nudge', 'Nhắc hạn', { kind: 'nudge', notBefore: evening }));
    await queue.enqueue(message(unit!.id, 'reply', 'Đã ghi nhận', { kind: 'reply', notBefore: evening }));
    await queue.enqueue(message(steering!.id, 'urgent', 'Vướng mắc khẩn', { kind: 'task', notBefore: evening, urgent: true }));

    expect(await sender.runOnce()).toMatchObject({ sent: 2, deferred: 1 });
    const held = await use().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: 'nudge' } });
    expect(held).toMatchObject({ status: 'pending', attempts: 0 });
    expect(held.notBefore.toISOString()).toBe('2026-11-27T00:00:00.000Z'); // 07:00 next morning
    await drain(sender, queue, clock);
    const nudge = transport.sent.find((record) => record.message.html === 'Nhắc hạn');
    expect(new Date(nudge!.at).toISOString()).toBe('2026-11-27T00:00:00.000Z');
  });

  it('sends at night when quiet hours are turned off', async () => {
    const evening = new Date('2026-11-26T16:00:00Z');
    const { queue, transport, sender } = setup(evening, { quietHours: null });
    const [chat] = await createChats(use().prisma, 1);
    await queue.enqueue(message(chat!.id, 'n', 'Nhắc', { notBefore: evening }));
    await sender.runOnce();
    expect(transport.sent).toHaveLength(1);
  });

  it('links a sent task message to its task (the part with the buttons)', async () => {
    const prisma = use().prisma;
    const { clock, queue, sender } = setup(MORNING, { onSent: createTaskMessageLinker(createTaskRepository(prisma)) });
    const [chat] = await createChats(prisma, 1);
    const plan = await prisma.plan.create({
      data: { number: `outbox-${Math.random()}`, issuer: 'BCĐ', issueDate: MORNING, title: 'Kế hoạch thử' },
    });
    const task = await prisma.task.create({ data: { planId: plan.id, code: 'GD1-01', title: 'Rà soát' } });
    const html = longDigest(5_000);
    await queue.enqueue(message(chat!.id, 'task', html, { kind: 'task', link: { taskId: task.id, unitId: 4 } }));
    await queue.enqueue(message(chat!.id, 'plain', 'không gắn nhiệm vụ'));
    await drain(sender, queue, clock);
    const row = await prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: 'task' } });
    const ids = JSON.parse(row.sentMessageIds!) as string[];
    expect(ids).toHaveLength(2);
    const links = await prisma.taskMessage.findMany();
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ taskId: task.id, chatId: chat!.id, messageId: ids[1], unitId: 4 });
  });
});
