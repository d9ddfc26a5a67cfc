import { describe, expect, it } from 'vitest';
import { TELEGRAM_CAPABILITIES } from '../../src/channels/telegram/telegram-capabilities.ts';
import { fitToChannel } from '../../src/core/text/fit-to-channel.ts';
import { CAP5_CHAT, type CommandHarness, withHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';

describe('the whole loop: bind → post → button → free-text reply → confirm', () => {
  let h: CommandHarness;
  withHarness({ per: 'all' }, async (harness) => {
    h = harness;
  });

  it('binds the steering group with /batdau by the secretariat', async () => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/batdau');
    expect(answer?.html).toContain('nhóm Ban Chỉ đạo');
    const steering = await h.stores.chats.listChats({ kind: 'steering' });
    expect(steering.map((c) => c.externalId)).toEqual([STEERING_CHAT]);
  });

  it('issues a one-time code with /moi and binds the unit group with /ketnoi', async () => {
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CAP5');
    expect(invite?.html).toContain('Công an Phường 5');
    expect(invite?.html).toContain('• nhóm Telegram: <code>/ketnoi ');
    const code = /<code>([A-Z2-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1];
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);

    expect(await h.send(CAP5_CHAT, FOCAL, `/ketnoi ${code}`)).toEqual([]);
    const chat = await h.chat(CAP5_CHAT);
    // The confirmation is queued first, then the task cards: the group reads them in that order.
    const [bound] = h.outbox.to(chat.id);
    expect(bound?.kind).toBe('reply');
    expect(bound?.message.html).toContain('Đã kết nối nhóm này với đơn vị <b>Công an Phường 5</b>');
    expect(chat.kind).toBe('unit');
    const member = await h.stores.chats.findMember(chat.id, FOCAL.id);
    expect(member?.role).toBe('focal_point');

    const posted = h.outbox.to(chat.id).filter((q) => q.kind === 'task');
    const codes = await Promise.all(posted.map(async (q) => (await h.stores.tasks.getTask(q.link!.taskId))?.code));
    expect(codes.sort()).toEqual(['GD2-01', 'GD2-02', 'P5-01', 'P5-02']);
    const gd201 = posted.find((q) => q.message.html.includes('GD2-01'))!;
    expect(gd201.idempotencyKey).toBe(`task:${gd201.link!.taskId}:${chat.id}`);
    expect(gd201.message.html).toContain('Vai trò: <b>phối hợp</b>');
    expect(gd201.message.html).toContain('31/08/2023');
    expect(gd201.message.html).toContain('<blockquote>');
    expect(gd201.message.buttons?.flat().map((b) => ('data' in b ? b.data : ''))).toEqual([
      `st:${gd201.link!.taskId}:ip`,
      `st:${gd201.link!.taskId}:dn`,
      `st:${gd201.link!.taskId}:bl`,
      `st:${gd201.link!.taskId}:dt`,
    ]);
    // a channel without buttons gets the same actions as commands that name the task
    const plain = fitToChannel(gd201.message, { ...TELEGRAM_CAPABILITIES, buttons: false });
    expect(plain.buttons).toBeUndefined();
    expect(plain.html.split('\n').slice(-4)).toEqual([
      'Đang thực hiện: /tiendo GD2-01 &lt;%&gt;',
      'Hoàn thành: /xong GD2-01',
      'Vướng mắc: /vuongmac GD2-01 &lt;lý do&gt;',
      'Chi tiết: /chitiet GD2-01',
    ]);
  });

  it('refuses a used code', async () => {
    const bindings = await h.stores.audit.list({ action: 'chat.bind' });
    const [answer] = await h.send('-9999', FOCAL, '/ketnoi ABCDEFGH');
    expect(answer?.html).toContain('không đúng');
    expect(await h.stores.audit.list({ action: 'chat.bind' })).toHaveLength(bindings.length);
  });

  it('records a button press for the lead unit', async () => {
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    const replies = await h.press(CAP5_CHAT, FOCAL, `st:${task.id}:ip`);
    expect(replies[0]?.html).toContain('Đã ghi nhận (P5-01): <b>Đang thực hiện</b>');
    const after = (await h.stores.tasks.getTask(task.id))!;
    expect(after.status).toBe('in_progress');
    const [report] = await h.stores.reports.history(task.id);
    expect(report).toMatchObject({ status: 'in_progress', channel: 'button', reporterId: FOCAL.id });
  });

  it('reads a free-text reply "đã triển khai được 60%" as in progress 60%', async () => {
    const messageId = await h.taskMessageId(CAP5_CHAT, 'P5-01');
    const { handled, replies } = await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'đã triển khai được 60%');
    expect(handled).toBe(true);
    expect(replies[0]?.html).toContain('<b>Đang thực hiện</b> 60%\nNội dung đã ghi: “đã triển khai được 60%”');
    expect(replies[0]?.buttons?.[0]?.[0]).toMatchObject({ text: 'Hoàn tác' });
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    expect(task).toMatchObject({ status: 'in_progress', percent: 60 });
  });

  it('reads "xong rồi anh" on a lead task as done → awaiting confirmation, and asks the steering group', async () => {
    const messageId = await h.taskMessageId(CAP5_CHAT, 'P5-01');
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'xong rồi anh');
    expect(replies[0]?.html).toContain('<b>Hoàn thành</b>');
    expect(replies[0]?.html).toContain('Đã chuyển Ban Chỉ đạo xác nhận hoàn thành');
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    expect(task.status).toBe('awaiting_confirmation');
    expect(task.doneReportedAt?.getTime()).toBe(h.clock.now().getTime());
    const steering = await h.chat(STEERING_CHAT);
    const ask = h.outbox.to(steering.id).find((q) => q.idempotencyKey.startsWith('done:'));
    expect(ask?.message.html).toContain('<b>Công an Phường 5</b> báo hoàn thành nhiệm vụ <b>P5-01</b>');
    expect(ask?.message.buttons?.[0]?.map((b) => ('data' in b ? b.data : ''))).toEqual([`cf:${task.id}`, `rt:${task.id}`]);
  });

  it('confirms from the steering group: done (no deadline, so no verdict), judged at the report time, unit told', async () => {
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    h.clock.advance(3 * 86_400_000);
    const replies = await h.press(STEERING_CHAT, SECRETARY, `cf:${task.id}`);
    expect(replies[0]?.html).toContain('Đã xác nhận hoàn thành nhiệm vụ P5-01');
    const after = (await h.stores.tasks.getTask(task.id))!;
    expect(after.status).toBe('done');
    expect(after.confirmedAt?.getTime()).toBe(h.clock.now().getTime());
    expect(after.doneReportedAt?.getTime()).toBe(task.doneReportedAt?.getTime());
    const unitChat = await h.chat(CAP5_CHAT);
    const told = h.outbox.to(unitChat.id).find((q) => q.idempotencyKey.startsWith('confirm:'));
    // P5-01 has no deadline: neither on time nor late
    expect(told?.message.html).toContain('<b>Hoàn thành (không có hạn)</b> (báo hoàn thành 09:00 27/02/2023).');
    expect((await h.stores.audit.list({ action: 'task.confirm' })).length).toBe(1);
  });

  it('a second confirmation is refused and changes nothing', async () => {
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    const before = await h.snapshot();
    const replies = await h.send(STEERING_CHAT, SECRETARY, '/xacnhan P5-01');
    expect(replies[0]?.html).toBe('Nhiệm vụ P5-01 đã được xác nhận hoàn thành lúc 09:00 02/03/2023 bởi Thư ký Lan.');
    expect(await h.snapshot()).toEqual(before);
    expect(task.status).toBe('done');
  });
});
