import { beforeAll, expect, it } from 'vitest';
import type { QueuedMessage } from '../support/fake-outbox.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const plain = (html: string | undefined) => (html ?? '').replace(/<[^>]+>/g, '');

describeOnEachDatabase('decisions say what happened', (use) => {
  let h: CommandHarness;
  let steeringId: number;
  beforeAll(async () => {
    h = await createHarness(use());
    await h.bindSteeringAndUnit();
    steeringId = (await h.stores.chats.listChats({ kind: 'steering' }))[0]!.id;
  });

  /** CAP5 reports the task done; returns the steering group's ask (delivered) and the undo button's data. */
  async function reportDone(code: string): Promise<{ ask: QueuedMessage; taskId: number; undo: string }> {
    const [receipt] = await h.send(CAP5_CHAT, FOCAL, `/xong ${code}`);
    const undoButton = receipt?.buttons?.flat().find((b) => 'data' in b && b.data.startsWith('ud:'));
    await h.deliver();
    const taskId = (await h.stores.tasks.findTaskByCode(code))!.id;
    const ask = h.outbox
      .to(steeringId)
      .filter((q) => q.idempotencyKey.startsWith('done:') && !q.edits && q.link?.taskId === taskId)
      .at(-1)!;
    expect(ask.message.buttons?.flat().map((b) => ('data' in b ? b.data : ''))).toEqual([`cf:${taskId}`, `rt:${taskId}`]);
    // Where there are no buttons (a steering group on Zalo) the ask says what to type instead.
    expect(ask.message.buttons?.flat().map((b) => ('fallback' in b ? b.fallback : ''))).toEqual([`/xacnhan ${code}`, `/tralai ${code} <lý do>`]);
    return { ask, taskId, undo: undoButton && 'data' in undoButton ? undoButton.data : '' };
  }

  function editOf(ask: QueuedMessage): QueuedMessage | undefined {
    return h.outbox.queued.find((q) => q.edits === ask.idempotencyKey);
  }

  it('a confirmation edits the steering ask (decision shown, buttons gone); asking again says when and by whom', async () => {
    const { ask, taskId } = await reportDone('P5-02');
    h.clock.advance(30 * 60_000); // 09:30
    await h.send(STEERING_CHAT, SECRETARY, '/xacnhan P5-02');
    await h.deliver();
    const edit = editOf(ask)!;
    expect(edit.chatId).toBe(steeringId);
    expect(edit.message.buttons).toBeUndefined();
    expect(edit.messageId).toBe(ask.messageId);
    expect(plain(edit.message.html)).toContain('báo hoàn thành nhiệm vụ P5-02');
    expect(plain(edit.message.html)).toContain('Đã xác nhận hoàn thành — Hoàn thành (không có hạn) — lúc 09:30 27/02/2023 bởi Thư ký Lan.');

    const expected = 'Nhiệm vụ P5-02 đã được xác nhận hoàn thành lúc 09:30 27/02/2023 bởi Thư ký Lan.';
    h.clock.advance(60_000);
    expect((await h.send(STEERING_CHAT, SECRETARY, '/xacnhan P5-02'))[0]?.html).toBe(expected);
    expect((await h.send(STEERING_CHAT, SECRETARY, '/tralai P5-02 thiếu hồ sơ'))[0]?.html).toBe(expected);
    await h.press(STEERING_CHAT, SECRETARY, `cf:${taskId}`);
    expect(h.toasts.at(-1)).toBe(expected);
    await h.press(STEERING_CHAT, SECRETARY, `rt:${taskId}`);
    expect(h.toasts.at(-1)).toBe(expected);
    expect(h.outbox.queued.filter((q) => q.edits === ask.idempotencyKey)).toHaveLength(1);
  });

  it('a return edits the ask with the reason; a later confirm says it was returned, not "never reported"', async () => {
    const { ask, taskId } = await reportDone('P5-01');
    await h.send(STEERING_CHAT, SECRETARY, '/tralai P5-01 thiếu biên bản kiện toàn');
    await h.deliver();
    const edit = editOf(ask)!;
    expect(edit.message.buttons).toBeUndefined();
    expect(plain(edit.message.html)).toMatch(/Đã trả lại lúc \d\d:\d\d 27\/02\/2023 bởi Thư ký Lan\. Lý do: thiếu biên bản kiện toàn$/);
    await h.press(STEERING_CHAT, SECRETARY, `cf:${taskId}`);
    expect(h.toasts.at(-1)).toMatch(/^Nhiệm vụ P5-01 đã bị trả lại lúc .* bởi Thư ký Lan \(lý do: thiếu biên bản kiện toàn\)/);
    expect((await h.stores.tasks.getTask(taskId))?.status).toBe('returned');
  });

  it('undoing a "done" withdraws the ask: the steering message says so and its old button answers it', async () => {
    h.clock.advance(60 * 60_000);
    const { ask, taskId, undo } = await reportDone('P5-01');
    h.clock.advance(2 * 60_000);
    await h.press(CAP5_CHAT, FOCAL, undo);
    await h.deliver();
    const edit = editOf(ask)!;
    expect(edit.message.buttons).toBeUndefined();
    expect(plain(edit.message.html)).toContain('Công an Phường 5 đã rút lại báo cáo hoàn thành lúc');
    expect(plain(edit.message.html)).toContain('(Anh Minh); không còn gì để xác nhận.');
    const before = await h.snapshot();
    await h.press(STEERING_CHAT, SECRETARY, `cf:${taskId}`);
    expect(h.toasts.at(-1)).toMatch(
      /^Đơn vị Công an Phường 5 đã rút lại báo cáo hoàn thành nhiệm vụ P5-01 lúc .* \(Anh Minh\); không còn gì để xác nhận hoặc trả lại\.$/,
    );
    expect(await h.snapshot()).toEqual(before);
  });

  it('a later report by the lead replaces its "done": the ask says so and the old button answers it', async () => {
    h.clock.advance(60 * 60_000);
    const { ask, taskId } = await reportDone('P5-01');
    h.clock.advance(5 * 60_000);
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 80 còn thiếu biên bản');
    await h.deliver();
    const edit = editOf(ask)!;
    expect(edit.message.buttons).toBeUndefined();
    expect(plain(edit.message.html)).toMatch(/Công an Phường 5 đã báo lại “Đang thực hiện” lúc .* \(Anh Minh\); báo cáo hoàn thành không còn chờ xác nhận\.$/);
    await h.press(STEERING_CHAT, SECRETARY, `cf:${taskId}`);
    expect(h.toasts.at(-1)).toMatch(/^Đơn vị Công an Phường 5 đã báo lại nhiệm vụ P5-01 là “Đang thực hiện” lúc .*, thay cho báo cáo hoàn thành/);
    expect((await h.stores.tasks.getTask(taskId))?.status).toBe('in_progress');
  });

  it('a task never reported done is still answered as such', async () => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/xacnhan GD3-01');
    expect(answer?.html).toContain('chưa được báo hoàn thành');
  });
});

describeOnEachDatabase('undo after the committee decided', (use) => {
  it('a returned "done" cannot be undone: the return stays and the unit is told why', async () => {
    const h = await createHarness(use());
    await h.bindSteeringAndUnit();
    const [receipt] = await h.send(CAP5_CHAT, FOCAL, '/xong P5-01');
    const undo = receipt?.buttons?.flat().find((b) => 'data' in b && b.data.startsWith('ud:'));
    await h.send(STEERING_CHAT, SECRETARY, '/tralai P5-01 thiếu biên bản');
    const taskId = (await h.stores.tasks.findTaskByCode('P5-01'))!.id;
    const before = await h.stores.reports.history(taskId, 50);
    const answers = await h.press(CAP5_CHAT, FOCAL, undo && 'data' in undo ? undo.data : '');
    const said = [h.toasts.at(-1) ?? '', ...answers.map((a) => a.html)].join('\n');
    expect(said).toContain('Ban Chỉ đạo đã trả lại báo cáo hoàn thành này nên không hoàn tác được');
    expect((await h.stores.tasks.getTask(taskId))?.status).toBe('returned');
    expect(await h.stores.reports.history(taskId, 50)).toEqual(before);
  });
});
