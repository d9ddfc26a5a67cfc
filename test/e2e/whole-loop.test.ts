import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextMorning, SECRETARIAT_USER_ID, type SandboxServer, STEERING_CHAT_ID, type StoredMessage } from '../../src/sandbox/index.ts';
import { botMessagesWithButtons, buttonData, type E2eSandbox, mark, startE2eSandbox, waitFor, waitForBotMessage } from './helpers.ts';

/**
 * What `npm start` without a token runs, driven over real HTTP: the bot polls the sandbox, the
 * outbox sends through it and the scheduler follows the sandbox clock.
 */
describe('end to end: bind → post → button → free-text reply → confirm → next morning digest', () => {
  let sandbox: E2eSandbox;
  let server: SandboxServer;
  let unitChat: number;
  let focalPoint: number;
  const prisma = () => sandbox.run.app.db.prisma;
  const taskMessage = (code: string): StoredMessage => {
    const found = botMessagesWithButtons(server, unitChat, 'st:').find((m) => m.message.text?.includes(code));
    if (!found) throw new Error(`no task message for ${code}`);
    return found;
  };
  const taskId = async (code: string) => (await prisma().task.findFirstOrThrow({ where: { code } })).id;

  beforeAll(async () => {
    sandbox = await startE2eSandbox();
    server = sandbox.run.server;
    const chat = [...server.state.chats.values()].find((c) => c.chat.title === 'Công an Phường 5');
    if (!chat) throw new Error('the sandbox should seed the CAP5 group');
    unitChat = chat.chat.id;
    const first = [...chat.members.keys()][0];
    if (first === undefined) throw new Error('the CAP5 group should have members');
    focalPoint = first;
    // The bot was added to every group at start; let its introductions land before people write.
    await waitFor('the introduction in the CAP5 group', () => server.messages(unitChat).find((m) => m.fromBot));
  });

  afterAll(async () => {
    await sandbox?.stop();
  });

  it('binds the steering group when the secretariat sends /batdau', async () => {
    const since = mark(server);
    server.sendUserMessage({ chatId: STEERING_CHAT_ID, fromUserId: SECRETARIAT_USER_ID, text: '/batdau' });
    await waitForBotMessage(server, STEERING_CHAT_ID, since, 'Đã kết nối nhóm này làm nhóm Ban Chỉ đạo');
    const steering = await prisma().chat.findFirstOrThrow({ where: { externalId: String(STEERING_CHAT_ID) } });
    expect(steering.kind).toBe('steering');
  });

  it('binds the CAP5 group with a one-time code and posts its tasks there', async () => {
    let since = mark(server);
    server.sendUserMessage({ chatId: STEERING_CHAT_ID, fromUserId: SECRETARIAT_USER_ID, text: '/moi CAP5' });
    const invite = await waitForBotMessage(server, STEERING_CHAT_ID, since, '/ketnoi ');
    const code = /\/ketnoi ([A-Z2-9]{8})/.exec(invite.message.text ?? '')?.[1];
    expect(code).toBeDefined();

    since = mark(server);
    server.sendUserMessage({ chatId: unitChat, fromUserId: focalPoint, text: `/ketnoi ${code}` });
    const bound = await waitForBotMessage(server, unitChat, since, 'Đã kết nối nhóm này với đơn vị Công an Phường 5');
    expect(bound.message.from?.is_bot).toBe(true);

    const posted = await waitFor('the four CAP5 task messages', () => {
      const found = botMessagesWithButtons(server, unitChat, 'st:');
      return found.length >= 4 ? found : undefined;
    });
    // The confirmation comes first, then the cards (they share the outbox, in order).
    expect(bound.message.message_id).toBeLessThan(Math.min(...posted.map((m) => m.message.message_id)));
    const codes = posted.map((m) => /\b(GD2-0\d|P5-0\d)\b/.exec(m.message.text ?? '')?.[1]).sort();
    expect(codes).toEqual(['GD2-01', 'GD2-02', 'P5-01', 'P5-02']);
    const p501 = taskMessage('P5-01');
    const id = await taskId('P5-01');
    expect(buttonData(p501)).toEqual([`st:${id}:ip`, `st:${id}:dn`, `st:${id}:bl`, `st:${id}:dt`]);
    const link = await prisma().taskMessage.findFirst({ where: { taskId: id, messageId: String(p501.message.message_id) } });
    expect(link).not.toBeNull();
  });

  it('records "Đang thực hiện" pressed on a task message', async () => {
    const message = taskMessage('P5-01');
    const id = await taskId('P5-01');
    const since = mark(server);
    const callbackId = server.pressButton({ chatId: unitChat, fromUserId: focalPoint, messageId: message.message.message_id, data: `st:${id}:ip` });
    const answer = await server.waitForCallbackAnswer(callbackId);
    expect(answer?.answered).toBe(true);
    await waitForBotMessage(server, unitChat, since, /Đã ghi nhận \(P5-01\): Đang thực hiện/);
    expect((await prisma().task.findUniqueOrThrow({ where: { id } })).status).toBe('in_progress');
  });

  it('reads a free-text reply "đã triển khai được 60%" and quotes it back', async () => {
    const message = taskMessage('P5-01');
    const since = mark(server);
    server.sendUserMessage({ chatId: unitChat, fromUserId: focalPoint, text: 'đã triển khai được 60%', replyToMessageId: message.message.message_id });
    // (the card's own example reads "đã triển khai được 60%" too, and the card is edited after each report)
    const ack = await waitForBotMessage(server, unitChat, since, /^Đã ghi nhận \(P5-01\)[\s\S]*đã triển khai được 60%/);
    expect(ack.message.text).toContain('Đang thực hiện 60%');
    expect(buttonData(ack).some((data) => data.length > 0)).toBe(true);
    const task = await prisma().task.findUniqueOrThrow({ where: { id: await taskId('P5-01') } });
    expect(task).toMatchObject({ status: 'in_progress', percent: 60 });
  });

  it('answers an acknowledgement "ok anh" with a 👍 reaction, not a message', async () => {
    const message = taskMessage('P5-02');
    const since = mark(server);
    const ok = server.sendUserMessage({ chatId: unitChat, fromUserId: focalPoint, text: 'ok anh', replyToMessageId: message.message.message_id });
    const reacted = await waitFor('the reaction on "ok anh"', () =>
      server.messages(unitChat).find((m) => m.message.message_id === ok.message_id && m.botReactions),
    );
    expect(reacted.botReactions).toEqual(['👍']);
    // (the P5-01 card may be edited meanwhile after the earlier report: an edit is not a new message)
    expect(server.messages(unitChat).filter((m) => m.fromBot && m.seq > since && m.message.edit_date === undefined)).toEqual([]);
  });

  it('reads "xong rồi anh" on a lead task as done and asks the steering group to confirm', async () => {
    const message = taskMessage('P5-01');
    const id = await taskId('P5-01');
    const since = mark(server);
    server.sendUserMessage({ chatId: unitChat, fromUserId: focalPoint, text: 'xong rồi anh', replyToMessageId: message.message.message_id });
    await waitForBotMessage(server, unitChat, since, 'Đã chuyển Ban Chỉ đạo xác nhận hoàn thành');
    expect((await prisma().task.findUniqueOrThrow({ where: { id } })).status).toBe('awaiting_confirmation');
    const ask = await waitForBotMessage(server, STEERING_CHAT_ID, since, 'báo hoàn thành nhiệm vụ P5-01');
    expect(buttonData(ask)).toEqual([`cf:${id}`, `rt:${id}`]);
  });

  it('confirms from the steering group and tells the unit group', async () => {
    const id = await taskId('P5-01');
    const ask = botMessagesWithButtons(server, STEERING_CHAT_ID, `cf:${id}`)[0];
    if (!ask) throw new Error('no confirmation request in the steering group');
    const since = mark(server);
    server.pressButton({ chatId: STEERING_CHAT_ID, fromUserId: SECRETARIAT_USER_ID, messageId: ask.message.message_id, data: `cf:${id}` });
    await waitForBotMessage(server, STEERING_CHAT_ID, since, 'Đã xác nhận hoàn thành nhiệm vụ P5-01');
    const told = await waitForBotMessage(server, unitChat, since, 'Hoàn thành (không có hạn)');
    expect(told.message.text).toContain('P5-01');
    const task = await prisma().task.findUniqueOrThrow({ where: { id } });
    expect(task.status).toBe('done');
    expect(task.confirmedAt).not.toBeNull();
    // The ask itself now shows the decision and has no buttons left to press.
    const edited = await waitFor('the ask edited', () => {
      const now = server.messages(STEERING_CHAT_ID).find((m) => m.message.message_id === ask.message.message_id);
      return now?.message.text?.includes('Đã xác nhận hoàn thành') ? now : undefined;
    });
    expect(edited.message.reply_markup).toBeUndefined();
  });

  it('sends the CAP5 digest when the clock moves to 07:30 the next morning', async () => {
    const morning = nextMorning(server.clock.now());
    expect(new Date(morning).toISOString()).toBe('2023-02-28T00:30:00.000Z');
    const since = mark(server);
    await server.setClock(morning);
    const digest = await waitForBotMessage(server, unitChat, since, 'Tổng hợp');
    expect(digest.message.text).toContain('28/02/2023');
  });

  it('moving to the next morning lived the evening in between: the 16:30 steering digest was sent, nothing skipped', async () => {
    const steering = await prisma().chat.findFirstOrThrow({ where: { externalId: String(STEERING_CHAT_ID) } });
    const run = await prisma().jobRun.findFirst({ where: { slotKey: `steering-digest:${steering.id}:2023-02-27` } });
    expect(run?.status).toBe('done');
    // (the week before the sandbox started is recorded as skipped at start; the day it lived is not)
    expect(await prisma().jobRun.count({ where: { status: 'skipped', slotKey: { contains: '2023-02-27' } } })).toBe(0);
    const nudges = await prisma().jobRun.findFirst({ where: { slotKey: 'deadline-nudges:2023-02-28' } });
    expect(nudges).toBeNull(); // 08:00 on the 28th has not come yet at 07:30
    await waitFor('the 27/02 steering digest in the steering group', () =>
      server.messages(STEERING_CHAT_ID).find((m) => m.fromBot && m.message.text?.includes('27/02/2023') && m.message.text.includes('Tổng hợp')),
    );
  });

  it('left the whole story in the database', async () => {
    const id = await taskId('P5-01');
    const reports = await prisma().statusReport.findMany({ where: { taskId: id }, orderBy: { id: 'asc' } });
    expect(reports.map((r) => [r.channel, r.status, r.percent])).toEqual([
      ['button', 'in_progress', null],
      ['reply', 'in_progress', 60],
      ['reply', 'done', 100],
      ['secretariat', 'done', 100],
    ]);
    expect(reports.map((r) => r.reporterId)).toEqual([...Array(3).fill(String(focalPoint)), String(SECRETARIAT_USER_ID)]);
    const unit = await prisma().chat.findFirstOrThrow({ where: { externalId: String(unitChat) } });
    // The sandbox shows a message a moment before the sender marks its row sent.
    const digest = await waitFor('the digest row marked sent', () =>
      prisma()
        .outboxMessage.findFirst({ where: { chatId: unit.id, kind: 'digest', status: 'sent', idempotencyKey: `unit-digest:${unit.id}:2023-02-28` } })
        .then((row) => row ?? undefined),
    );
    // Bound at 08:00 on the 27th, after that morning's 07:30 digest: the 28th's is its first and only one.
    expect(await prisma().outboxMessage.count({ where: { chatId: unit.id, kind: 'digest' } })).toBe(1);
    expect(digest.sentMessageIds).not.toBeNull();
    // Under a loaded machine the sender may still be finishing the unit's other rows.
    // 'reply': the binding confirmation, queued ahead of the task cards.
    // (the P5-01 card's edits are left out: how many rows a burst of reports leaves depends on timing)
    const expected = ['digest', 'notice', 'reply', 'task', 'task', 'task', 'task'];
    const kinds = async () =>
      (await prisma().outboxMessage.findMany({ where: { chatId: unit.id, status: 'sent', NOT: { idempotencyKey: { contains: ':edit' } } } }))
        .map((m) => m.kind)
        .sort();
    await waitFor('every CAP5 row sent', async () => (JSON.stringify(await kinds()) === JSON.stringify(expected) ? true : undefined)).catch(() => undefined);
    expect(await kinds()).toEqual(expected);
    // Other chats' morning messages may still be on their way; none may be stuck or failed.
    await waitFor('an empty outbox', async () => (await prisma().outboxMessage.count({ where: { status: { not: 'sent' } } })) === 0 || undefined);
  });
});
