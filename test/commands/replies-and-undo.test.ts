import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CAP5_CHAT, type CommandHarness, withHarness, FOCAL } from '../support/command-harness.ts';

describe('free-text replies and undo', () => {
  let h: CommandHarness;
  let messageId: string;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    messageId = await h.taskMessageId(CAP5_CHAT, 'P5-02');
  });

  const reportsOf = async (code: string) => h.stores.reports.history((await h.stores.tasks.findTaskByCode(code))!.id, 100);

  it.each(['đã nhận', 'đã rõ', 'đã tiếp nhận', 'ok'])('an acknowledgement (%s) stores nothing and gets no answer', async (text) => {
    const { handled, replies } = await h.replyTo(CAP5_CHAT, FOCAL, messageId, text);
    expect(handled).toBe(true);
    expect(replies).toEqual([]);
    expect(await reportsOf('P5-02')).toEqual([]);
  });

  it('a question ("xong chưa anh?") stores nothing and answers the current status briefly', async () => {
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'xong chưa anh?');
    expect(replies).toHaveLength(1);
    expect(replies[0]?.html).toContain('Nhiệm vụ P5-02 hiện: <b>Chưa thực hiện</b>');
    expect(await reportsOf('P5-02')).toEqual([]);
  });

  it('"chưa hoàn thành" is never read as done', async () => {
    await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'chưa hoàn thành');
    const task = (await h.stores.tasks.findTaskByCode('P5-02'))!;
    expect(task.status).not.toBe('done');
    expect(task.status).not.toBe('awaiting_confirmation');
  });

  it('an unsure reply asks with buttons and stores nothing until a button is pressed', async () => {
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'phần này hơi rối anh ạ');
    expect(replies[0]?.html).toContain('Tôi chưa chắc');
    const buttons = replies[0]?.buttons?.flat().map((b) => ('data' in b ? b.data : '')) ?? [];
    expect(buttons.map((d) => d.split(':')[2])).toEqual(['ip', 'dn', 'bl', 'x']);
    expect(buttons.every((d) => Buffer.byteLength(d) <= 64)).toBe(true);
    expect(await reportsOf('P5-02')).toEqual([]);

    const picked = await h.press(CAP5_CHAT, FOCAL, buttons[0]!);
    expect(picked[0]?.html).toContain('<b>Đang thực hiện</b>\nNội dung đã ghi: “phần này hơi rối anh ạ”');
    const [report] = await reportsOf('P5-02');
    expect(report).toMatchObject({ status: 'in_progress', note: 'phần này hơi rối anh ạ', channel: 'reply' });
  });

  it('a pending choice is kept in the database: taken once, and expired after an hour', async () => {
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'phần này hơi rối anh ạ');
    const data = replies[0]?.buttons?.[0]?.[1];
    const pick = data && 'data' in data ? data.data : '';
    expect(await h.stores.pendingReadings.take(Number(pick.split(':')[1]) + 1_000, h.clock.now())).toBeNull();
    const first = await h.press(CAP5_CHAT, FOCAL, pick);
    expect(first[0]?.html).toContain('<b>Hoàn thành</b>');
    const again = await h.press(CAP5_CHAT, FOCAL, pick);
    expect(again[0]?.html).toContain('đã hết hiệu lực');
    expect(await reportsOf('P5-02')).toHaveLength(1);

    const later = await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'phần kia cũng hơi rối anh ạ');
    const stale = later.replies[0]?.buttons?.[0]?.[0];
    h.clock.advance(60 * 60_000 + 1);
    const answer = await h.press(CAP5_CHAT, FOCAL, stale && 'data' in stale ? stale.data : '');
    expect(answer[0]?.html).toContain('đã hết hiệu lực');
    expect(await reportsOf('P5-02')).toHaveLength(1);
  });

  it('undo within 10 minutes appends a retraction restoring the previous status', async () => {
    await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'đang làm, được 30%');
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'đã hoàn thành');
    expect((await h.stores.tasks.findTaskByCode('P5-02'))!.status).toBe('awaiting_confirmation');
    const undo = replies[0]?.buttons?.[0]?.[0];
    h.clock.advance(9 * 60_000);
    const answer = await h.press(CAP5_CHAT, FOCAL, undo && 'data' in undo ? undo.data : '');
    expect(h.edits[0]?.html ?? answer[0]?.html).toContain('Trạng thái trở lại: <b>Đang thực hiện 30%</b>');
    const task = (await h.stores.tasks.findTaskByCode('P5-02'))!;
    expect(task).toMatchObject({ status: 'in_progress', percent: 30, doneReportedAt: null });
    const [retraction] = await reportsOf('P5-02');
    expect(retraction?.retractsReportId).not.toBeNull();
  });

  it('/chitiet says which report was taken back, by whom and when, and what the status went back to', async () => {
    h.clock.set(new Date('2023-03-06T02:00:00Z'));
    await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'đang làm, được 30%');
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'đã hoàn thành');
    const undo = replies[0]?.buttons?.[0]?.[0];
    h.clock.advance(5 * 60_000);
    await h.press(CAP5_CHAT, FOCAL, undo && 'data' in undo ? undo.data : '');
    const [detail] = await h.send(CAP5_CHAT, FOCAL, '/chitiet P5-02');
    const lines = marksToPlainText(detail?.html ?? '').split('\n');
    const who = FOCAL.name;
    expect(lines).toContain(
      `• 09:05 06/03/2023 — Công an Phường 5, ${who}: hoàn tác báo cáo “Hoàn thành” lúc 09:00 06/03/2023; trạng thái trở lại: Đang thực hiện 30%`,
    );
    expect(lines).toContain(`• 09:00 06/03/2023 — Công an Phường 5, ${who}: Hoàn thành 100% — đã hoàn thành (đã hoàn tác lúc 09:05 06/03/2023, ${who})`);
    expect(lines.join('\n')).not.toContain('(hoàn tác)');
  });

  it('the steering group’s ask labels the unit’s own words, so they are not read as the bot’s verdict', async () => {
    await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'xong rồi');
    const steering = (await h.stores.chats.listChats({ kind: 'steering' }))[0]!;
    const ask = h.outbox.to(steering.id).find((q) => q.idempotencyKey.startsWith('done:'));
    const lines = marksToPlainText(ask?.message.html ?? '').split('\n');
    expect(lines).toContain('Lời báo của đơn vị: “xong rồi”');
    expect(lines).not.toContain('xong rồi');
  });

  it('an older report cannot be undone once the unit has reported since: the later report stands', async () => {
    const first = await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'đang làm, được 50%');
    const olderUndo = first.replies[0]?.buttons?.[0]?.[0];
    await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'đã hoàn thành');
    h.clock.advance(60_000);
    const before = await h.snapshot();
    await h.press(CAP5_CHAT, FOCAL, olderUndo && 'data' in olderUndo ? olderUndo.data : '');
    expect([...h.toasts, ...h.replies.map((r) => r.html)].join('\n')).toContain('đã có báo cáo mới hơn');
    expect(await h.snapshot()).toEqual(before);
    expect((await h.stores.tasks.findTaskByCode('P5-02'))!.status).toBe('awaiting_confirmation');
  });

  it('undo after 10 minutes is refused politely and changes nothing', async () => {
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'đang làm 40%');
    const undo = replies[0]?.buttons?.[0]?.[0];
    h.clock.advance(11 * 60_000);
    const before = await h.snapshot();
    await h.press(CAP5_CHAT, FOCAL, undo && 'data' in undo ? undo.data : '');
    expect(h.toasts.at(-1)).toContain('quá 10 phút');
    expect(await h.snapshot()).toEqual(before);
  });

  it('a support unit reporting done closes only its own part', async () => {
    const gd = await h.taskMessageId(CAP5_CHAT, 'GD2-01');
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, gd, 'đã xong phần việc của đơn vị');
    expect(replies[0]?.html).toContain('Phần phối hợp của đơn vị đã hoàn thành');
    const task = (await h.stores.tasks.findTaskByCode('GD2-01'))!;
    expect(task.status).toBe('not_started');
    expect(task.assignments.find((a) => a.unitCode === 'CAP5')?.status).toBe('done');
  });

  it('a photo replied to a task message is stored as evidence', async () => {
    const replies = await h.sendFile(CAP5_CHAT, FOCAL, messageId, { kind: 'photo', fileId: 'F1', caption: 'Biên bản <họp>' });
    expect(replies[0]?.html).toContain('Đã lưu minh chứng cho nhiệm vụ P5-02');
    expect(await h.stores.reports.countEvidence((await h.stores.tasks.findTaskByCode('P5-02'))!.id)).toBe(1);
  });

  it('a file whose caption tells a status stores the evidence and reads the caption as a reply (QA: the 50 % was dropped)', async () => {
    const replies = await h.sendFile(CAP5_CHAT, FOCAL, messageId, {
      kind: 'document',
      fileId: 'F2',
      fileName: 'bien-ban.pdf',
      caption: 'biên bản họp, đã xong 50%',
    });
    expect(replies[0]?.html).toContain('Đã lưu minh chứng cho nhiệm vụ P5-02');
    expect(replies.map((r) => r.html).join('\n')).toContain('<b>Đang thực hiện</b> 50%');
    const task = await h.stores.tasks.findTaskByCode('P5-02');
    expect((await h.stores.reports.history(task!.id, 5))[0]).toMatchObject({ status: 'in_progress', percent: 50 });
  });

  it('a caption that only names the file ("biên bản họp triển khai") makes no report', async () => {
    const task = await h.stores.tasks.findTaskByCode('P5-02');
    const before = await h.stores.reports.history(task!.id, 5);
    const replies = await h.sendFile(CAP5_CHAT, FOCAL, messageId, { kind: 'document', fileId: 'F3', fileName: 'bb.pdf', caption: 'biên bản họp triển khai' });
    expect(replies.map((r) => r.html)).toEqual([expect.stringContaining('Đã lưu minh chứng cho nhiệm vụ P5-02')]);
    expect(await h.stores.reports.history(task!.id, 5)).toEqual(before);
  });

  it('commands /tiendo, /xong and /vuongmac report the same way', async () => {
    expect((await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-02 45% đang rà soát'))[0]?.html).toContain('<b>Đang thực hiện</b> 45%\nNội dung đã ghi: “đang rà soát”');
    expect((await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-02 thiếu kinh phí <gấp>'))[0]?.html).toContain('thiếu kinh phí &lt;gấp&gt;');
    expect((await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-02 abc'))[0]?.html).toContain('Cách dùng: <code>/tiendo &lt;mã&gt; &lt;%&gt; [ghi chú]</code>');
    // What is wrong is said, in Vietnamese: a missing percent, one out of range, a missing code.
    expect((await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-02'))[0]?.html).toContain('Thiếu phần trăm đã làm được');
    expect((await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-02 150'))[0]?.html).toContain('Phần trăm phải từ 0 đến 100 (100 là đã làm xong)');
    expect((await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-02 abc'))[0]?.html).toContain('Phần trăm phải viết bằng số từ 0 đến 100');
    expect((await h.send(CAP5_CHAT, FOCAL, '/tiendo'))[0]?.html).toContain('Thiếu mã nhiệm vụ');
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-02 đã nộp báo cáo');
    const task = (await h.stores.tasks.findTaskByCode('P5-02'))!;
    expect(task.status).toBe('awaiting_confirmation');
    const channels = (await reportsOf('P5-02')).map((r) => r.channel);
    expect(channels).toEqual(['command', 'command', 'command']);
    const steering = (await h.stores.chats.listChats({ kind: 'steering' }))[0]!;
    expect(h.outbox.to(steering.id).some((q) => q.message.html.includes('báo vướng mắc'))).toBe(true);
  });
});
