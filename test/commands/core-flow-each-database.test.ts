import { beforeAll, expect, it } from 'vitest';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

describeOnEachDatabase('group workflow core flow', (use) => {
  let h: CommandHarness;
  beforeAll(async () => {
    h = await createHarness(use());
    await h.bindSteeringAndUnit();
  });

  it('posts the unit’s tasks once per group and links them', async () => {
    const chat = await h.chat(CAP5_CHAT);
    expect(h.outbox.to(chat.id).filter((q) => q.kind === 'task')).toHaveLength(4);
    const messageId = await h.taskMessageId(CAP5_CHAT, 'P5-02');
    expect((await h.stores.tasks.findTaskByMessage(chat.id, messageId))?.task.code).toBe('P5-02');
  });

  it('reply → awaiting confirmation → confirmed done on time', async () => {
    const messageId = await h.taskMessageId(CAP5_CHAT, 'P5-02');
    await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'đã hoàn thành');
    const task = (await h.stores.tasks.findTaskByCode('P5-02'))!;
    expect(task.status).toBe('awaiting_confirmation');
    await h.press(STEERING_CHAT, SECRETARY, `cf:${task.id}`);
    expect((await h.stores.tasks.getTask(task.id))?.status).toBe('done');
  });

  it('refuses a report from outside the unit group and changes nothing', async () => {
    const before = await h.snapshot();
    const [answer] = await h.send('-5555', OTHER, '/tiendo P5-01 50');
    expect(answer?.html).toContain('chỉ dùng trong nhóm của một đơn vị');
    expect(await h.snapshot()).toEqual(before);
  });

  it('an extension request is decided once', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/giahan P5-01 30/11/2023 chờ kiện toàn');
    const steering = (await h.stores.chats.listChats({ kind: 'steering' }))[0]!;
    const ask = h.outbox.to(steering.id).find((q) => q.idempotencyKey.startsWith('extension:'))!;
    const approve = ask.message.buttons![0]![0]!;
    const data = 'data' in approve ? approve.data : '';
    expect((await h.press(STEERING_CHAT, SECRETARY, data))[0]?.html).toContain('30/11/2023');
    await h.press(STEERING_CHAT, SECRETARY, data);
    expect(h.toasts.at(-1)).toBe('Đề nghị gia hạn nhiệm vụ P5-01 đến 30/11/2023 đã được đồng ý lúc 09:00 27/02/2023 bởi Thư ký Lan.');
  });

  it('stores short names, assignment and binding times, and a secretariat resolution that is not the unit reporting', async () => {
    const gd2 = (await h.stores.tasks.findTaskByCode('GD2-02'))!;
    expect(gd2.assignments.map((a) => a.unitShortName)).toEqual(['Công an thành phố', 'Công an Phường 5']);
    expect(gd2.assignments[0]!.assignedAt).toBeInstanceOf(Date);
    expect((await h.chat(CAP5_CHAT)).boundAt).toEqual(h.clock.now());
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac GD2-02 vướng kinh phí');
    const reportedAt = (await h.stores.tasks.findTaskByCode('GD2-02'))!.assignments[1]!.lastReportAt;
    h.clock.advance(3_600_000);
    await h.send(STEERING_CHAT, SECRETARY, '/gotvuong GD2-02 đã có kinh phí');
    const after = (await h.stores.tasks.findTaskByCode('GD2-02'))!.assignments[1]!;
    expect(after).toMatchObject({ status: 'in_progress', lastReportAt: reportedAt });
    expect((await h.stores.audit.list({ entityType: 'task', entityId: String(gd2.id), action: 'task.blocker_resolve' })).length).toBe(1);
  });

  it('undoing a report after an earlier undo brings back the blocker, not the undone report', async () => {
    const undo = async (replies: { buttons?: unknown }[]) => {
      const data = JSON.stringify(replies.at(-1)?.buttons ?? '').match(/ud:\d+/)?.[0];
      if (!data) throw new Error('no undo button');
      await h.press(CAP5_CHAT, FOCAL, data);
    };
    const part = async () => (await h.stores.tasks.findTaskByCode('GD2-01'))!.assignments.find((a) => a.unitCode === 'CAP5')!.status;
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac GD2-01 thiếu phương tiện');
    await undo(await h.send(CAP5_CHAT, FOCAL, '/tiendo GD2-01 20'));
    expect(await part()).toBe('blocked');
    await undo(await h.send(CAP5_CHAT, FOCAL, '/xong GD2-01'));
    expect(await part()).toBe('blocked');
    const [report] = await h.send(STEERING_CHAT, SECRETARY, '/baocao');
    expect(report?.html).toContain('thiếu phương tiện');
  });
});

describeOnEachDatabase('report history of many tasks in one read', (use) => {
  it('gives each task its newest reports, newest first, capped per task, and [] for a task without any', async () => {
    const h = await createHarness(use());
    await h.bindSteeringAndUnit();
    const p1 = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    const p2 = (await h.stores.tasks.findTaskByCode('P5-02'))!;
    const gd = (await h.stores.tasks.findTaskByCode('GD2-01'))!;
    for (const percent of [10, 20, 30]) {
      await h.send(CAP5_CHAT, FOCAL, `/tiendo P5-01 ${percent}`);
      h.clock.advance(60_000);
    }
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-02 thiếu kinh phí');
    const byTask = await h.stores.reports.historyOfTasks([p1.id, p2.id, gd.id], 2);
    expect(byTask.get(p1.id)?.map((r) => r.percent)).toEqual([30, 20]);
    expect(byTask.get(p1.id)).toEqual(await h.stores.reports.history(p1.id, 2));
    expect(byTask.get(p2.id)?.map((r) => [r.status, r.note])).toEqual([['blocked', 'thiếu kinh phí']]);
    expect(byTask.get(gd.id)).toEqual([]);
  });
});
