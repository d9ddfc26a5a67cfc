import { beforeAll, expect, it } from 'vitest';
import { confirmPayload, returnPayload } from '../../src/core/actions/action-payload.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

/**
 * QA: Công an Phường 5 reports P5-01 done, then /giao gives P5-01 to Hội Nông dân Phường 5. The old
 * request to confirm must not credit the new lead: /giao closes it (the steering group's message says
 * why, audited), and [Xác nhận], /xacnhan and /tralai refuse, changing nothing.
 */
describeOnEachDatabase('a former lead’s “done” after the task is reassigned', (use) => {
  let h: CommandHarness;
  let taskId: number;
  let doneReportId: number;
  beforeAll(async () => {
    h = await createHarness(use());
    await h.bindSteeringAndUnit();
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-01 đã kiện toàn xong');
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    expect(task.status).toBe('awaiting_confirmation');
    taskId = task.id;
    doneReportId = (await h.stores.reports.history(task.id, 10))[0]!.id;
    h.clock.advance(60_000);
  });

  it('/giao closes the request to confirm: the task follows the new lead, the ask says why, the change is audited', async () => {
    const [assigned] = await h.send(STEERING_CHAT, SECRETARY, '/giao P5-01 HND_P5 | giao lại theo chỉ đạo');
    expect(assigned?.html.split('\n\n⚠️')[0]).toBe(
      'Đã giao lại nhiệm vụ P5-01: chủ trì Hội Nông dân Phường 5; phối hợp (giữ như trước): Ủy ban Mặt trận Tổ quốc Việt Nam Phường 5, Đoàn Thanh niên Cộng sản Hồ Chí Minh Phường 5, Hội Liên hiệp Phụ nữ Phường 5, Hội Cựu chiến binh Phường 5.',
    );
    const task = (await h.stores.tasks.getTask(taskId))!;
    expect({ status: task.status, percent: task.percent, doneReportedAt: task.doneReportedAt }).toEqual({
      status: 'not_started',
      percent: null,
      doneReportedAt: null,
    });
    const steering = await h.chat(STEERING_CHAT);
    const closed = h.outbox.queued.find((q) => q.edits === `done:${doneReportId}:${steering.id}`);
    expect(closed?.message.buttons).toBeUndefined();
    expect(marksToPlainText(closed?.message.html ?? '')).toContain(
      'Đã giao lại nhiệm vụ cho Hội Nông dân Phường 5 lúc 09:01 27/02/2023 (Thư ký Lan). Lý do: giao lại theo chỉ đạo\nCông an Phường 5 không còn chủ trì nhiệm vụ này',
    );
    const audit = await h.stores.audit.list({ entityType: 'task', entityId: String(taskId), action: 'task.done_request_closed' });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      before: { status: 'awaiting_confirmation' },
      after: { status: 'not_started', reportId: doneReportId, unitName: 'Công an Phường 5' },
    });
  });

  it.each([
    ['[Xác nhận]', () => h.press(STEERING_CHAT, SECRETARY, confirmPayload(taskId))],
    ['/xacnhan', () => h.send(STEERING_CHAT, SECRETARY, '/xacnhan P5-01')],
    ['[Trả lại]', () => h.press(STEERING_CHAT, SECRETARY, returnPayload(taskId))],
    ['/tralai', () => h.send(STEERING_CHAT, SECRETARY, '/tralai P5-01 chưa đủ hồ sơ')],
  ])('%s on the old request refuses and changes nothing', async (_name, act) => {
    const before = await h.snapshot();
    const toasts = h.toasts.length;
    const replies = await act();
    const said = [...h.toasts.slice(toasts), ...replies.map((r) => marksToPlainText(r.html))].join('\n');
    expect(said).toBe(
      'Đơn vị báo hoàn thành (Công an Phường 5) không còn chủ trì nhiệm vụ P5-01: đã giao lại cho Hội Nông dân Phường 5 lúc 09:01 27/02/2023. Không còn gì để xác nhận hay trả lại.',
    );
    expect(await h.snapshot()).toEqual(before);
  });

  it('/chitiet and /baocao credit nobody with the former lead’s “done”', async () => {
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet P5-01');
    const text = marksToPlainText(detail?.html ?? '');
    expect(text).toContain('Trạng thái: Chưa thực hiện · Không có hạn');
    expect(text).toContain('• Hội Nông dân Phường 5 (chủ trì): Chưa thực hiện');
    const [report] = await h.send(STEERING_CHAT, SECRETARY, '/baocao');
    expect(marksToPlainText(report?.html ?? '')).not.toMatch(/Chờ xác nhận: [1-9]/);
  });
});

describeOnEachDatabase('a task left awaiting a former lead’s “done” (reassigned before /giao closed such requests)', (use) => {
  it('[Xác nhận] refuses: no “done” of the current lead waits', async () => {
    const h = await createHarness(use());
    await h.bindSteeringAndUnit();
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-01 đã kiện toàn xong');
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    const units = await h.stores.directory.listUnits();
    const farmers = units.find((u) => u.code === 'HND_P5')!;
    // as the store did before: roles changed, status left as it was
    await h.stores.tasks.assignUnits(task.id, [{ unitId: farmers.id, role: 'lead' }], 'giao lại', { id: SECRETARY.id, name: SECRETARY.name }, h.clock.now());
    expect((await h.stores.tasks.getTask(task.id))?.status).toBe('awaiting_confirmation');
    const before = await h.snapshot();
    await h.press(STEERING_CHAT, SECRETARY, confirmPayload(task.id));
    expect(h.toasts.at(-1)).toBe('Nhiệm vụ P5-01 chưa được báo hoàn thành nên chưa thể xác nhận hoặc trả lại.');
    expect(await h.snapshot()).toEqual(before);
  });
});
