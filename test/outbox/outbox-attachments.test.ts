import { beforeEach, expect, it } from 'vitest';
import { TELEGRAM_CAPABILITIES } from '../../src/channels/telegram/telegram-capabilities.ts';
import type { OutgoingMessage } from '../../src/core/model/outgoing.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { createOutboxRepository } from '../../src/db/repositories/outbox-repository.ts';
import { createOutboxSender } from '../../src/outbox/outbox-sender.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';
import { FakeTransport, MORNING, captureLogger, createChats, drain, message, resetOutbox, sleepOn } from './helpers.ts';

/** Every byte value, so a lossy encoding (UTF-8 of binary, JSON of a typed array) shows. */
const DOCX = new Uint8Array(Array.from({ length: 3_000 }, (_, i) => (i * 37) % 256));
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 128]);

const WITH_FILES: OutgoingMessage = {
  html: '<b>Báo cáo</b> tháng 3/2023',
  buttons: [[{ text: 'Chi tiết', data: 'st:1:dt', fallback: '/chitiet P5-01' }]],
  attachments: [
    { kind: 'document', fileName: 'bao-cao.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: DOCX },
    { kind: 'photo', fileName: 'bieu-do.png', mimeType: 'image/png', bytes: PNG },
  ],
};

describeOnEachDatabase('outbox attachments', (use) => {
  beforeEach(() => resetOutbox(use().prisma));

  function setup(transport: FakeTransport, clock: ManualClock) {
    const queue = createOutboxRepository(use());
    const sender = createOutboxSender({ queue, transport, clock, logger: captureLogger(), owner: 't', sleep: sleepOn(clock) });
    return { queue, sender };
  }

  it('stores a message with a document and a photo and sends the text, then each file as its own part, bytes intact', async () => {
    const clock = new ManualClock(MORNING);
    const transport = new FakeTransport(clock);
    const { queue, sender } = setup(transport, clock);
    const [chat] = await createChats(use().prisma, 1);
    await queue.enqueue(message(chat!.id, 'report', WITH_FILES.html, { message: WITH_FILES }));
    await drain(sender, queue, clock);

    const parts = transport.to(chat!.externalId);
    expect(parts.map((p) => p.part)).toEqual([
      { index: 0, total: 3 },
      { index: 1, total: 3 },
      { index: 2, total: 3 },
    ]);
    expect(parts[0]!.message).toEqual({ html: WITH_FILES.html, buttons: WITH_FILES.buttons });
    expect(parts[1]!.message.attachments).toHaveLength(1);
    expect(parts[1]!.message.attachments![0]).toMatchObject({ kind: 'document', fileName: 'bao-cao.docx' });
    expect(parts[1]!.message.attachments![0]!.bytes).toBeInstanceOf(Uint8Array);
    expect([...parts[1]!.message.attachments![0]!.bytes]).toEqual([...DOCX]);
    expect(parts[2]!.message.attachments![0]).toMatchObject({ kind: 'photo', fileName: 'bieu-do.png', mimeType: 'image/png' });
    expect([...parts[2]!.message.attachments![0]!.bytes]).toEqual([...PNG]);
    const row = await use().prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: 'report' } });
    expect(row.status).toBe('sent');
    expect(JSON.parse(row.sentMessageIds!)).toHaveLength(3);
  });

  it('degrades by the transport’s capabilities: no buttons → the fallback line, no photos → the chart as a document, short texts split', async () => {
    const clock = new ManualClock(MORNING);
    const transport = new FakeTransport(clock);
    Object.assign(transport, { capabilities: { ...TELEGRAM_CAPABILITIES, buttons: false, photos: false, textLimit: 20 } });
    const { queue, sender } = setup(transport, clock);
    const [chat] = await createChats(use().prisma, 1);
    await queue.enqueue(message(chat!.id, 'report', WITH_FILES.html, { message: WITH_FILES }));
    await drain(sender, queue, clock);

    const parts = transport.to(chat!.externalId);
    const texts = parts.filter((p) => !p.message.attachments).map((p) => p.message);
    for (const text of texts) {
      expect(text.html.length).toBeLessThanOrEqual(20);
      expect(text.buttons).toBeUndefined();
    }
    expect(texts.map((t) => t.html).join(' ')).toContain('/chitiet P5-01');
    expect(parts.flatMap((p) => p.message.attachments ?? []).map((f) => f.kind)).toEqual(['document', 'document']);
  });

  it('picks the transport, and so its limits and capabilities, by the chat’s platform', async () => {
    const clock = new ManualClock(MORNING);
    const telegram = new FakeTransport(clock);
    const other = new FakeTransport(clock);
    Object.assign(other, { capabilities: { ...TELEGRAM_CAPABILITIES, textLimit: 2_000, buttons: false } });
    const queue = createOutboxRepository(use());
    const sender = createOutboxSender({
      queue,
      transport: telegram,
      transports: { zalo: other },
      clock,
      logger: captureLogger(),
      owner: 't',
      sleep: sleepOn(clock),
    });
    const [tgChat] = await createChats(use().prisma, 1);
    const zaloChat = await use().prisma.chat.create({ data: { platform: 'zalo', externalId: 'zalo-group-1', kind: 'unit', title: 'Nhóm Zalo' } });
    await queue.enqueue(message(tgChat!.id, 'tg', WITH_FILES.html, { message: WITH_FILES }));
    await queue.enqueue(message(zaloChat.id, 'zalo', WITH_FILES.html, { message: WITH_FILES }));
    await drain(sender, queue, clock);

    expect(telegram.to('zalo-group-1')).toEqual([]);
    expect(telegram.to(tgChat!.externalId)[0]!.message.buttons).toEqual(WITH_FILES.buttons);
    const [text] = other.to('zalo-group-1');
    expect(text!.message.buttons).toBeUndefined();
    expect(text!.message.html).toBe(`${WITH_FILES.html}\n\nChi tiết: /chitiet P5-01`);
  });
});
