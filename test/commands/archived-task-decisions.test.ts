import { describe, expect, it } from 'vitest';
import { confirmPayload, extensionPayload, resolveBlockerPayload, returnPayload, undoPayload } from '../../src/core/actions/action-payload.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { loadSeedPlan } from '../support/stores.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/**
 * Re-importing the plan without P5-01 and P5-02 archives them. The secretariat's buttons and commands
 * (confirm, return, resolve a blocker, decide an extension) and a unit's undo must then be refused
 * as a report on them is: the archived message, nothing stored, nothing audited.
 */
describe('secretariat decisions and undo on an archived task', () => {
  let h: CommandHarness;
  let doneId: number;
  let blockedId: number;
  let requestId: number;
  let undoReportId: number;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-02 chưa được cấp kinh phí');
    await h.send(CAP5_CHAT, FOCAL, '/giahan P5-02 15/10/2023 chờ cấp kinh phí');
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-01 đã lập danh sách');
    doneId = (await h.stores.tasks.findTaskByCode('P5-01'))!.id;
    blockedId = (await h.stores.tasks.findTaskByCode('P5-02'))!.id;
    requestId = (await h.stores.extensions.pendingForTask(blockedId))[0]!.id;
    undoReportId = (await h.stores.reports.history(doneId, 10))[0]!.id;
    const seed = await loadSeedPlan();
    const kept = seed.tasks.filter((task) => task.code !== 'P5-01' && task.code !== 'P5-02');
    await h.stores.plans.importPlan({ ...seed, tasks: kept }, { actor: { id: 'test' }, at: h.clock.now() });
  });

  const archivedRefusal =
    /(P5-01|P5-02).*đã được lưu trữ ngày 27\/02\/2023.*45\/KH-BCĐ.*không nhận báo cáo hay xử lý gì thêm, không có gì thay đổi.*\/nhiemvu/s;

  /** Everything an action could have changed on the two archived tasks, and the audit log. */
  async function state() {
    const tasks = await Promise.all([doneId, blockedId].map((id) => h.stores.tasks.getTask(id)));
    const reports = await Promise.all([doneId, blockedId].map((id) => h.stores.reports.history(id, 100)));
    const requests = await h.stores.extensions.pendingForTask(blockedId);
    return { tasks, reports, requests, audit: (await h.stores.audit.list({})).length, outbox: h.outbox.queued.length };
  }

  async function expectRefusedUnchanged(act: () => Promise<unknown>) {
    const before = await state();
    const toasts = h.toasts.length;
    const replies = h.replies.length;
    await act();
    const said = [...h.toasts.slice(toasts), ...h.replies.slice(replies).map((r) => marksToPlainText(r.html))].join('\n');
    expect(said).toMatch(archivedRefusal);
    expect(said).not.toMatch(/Đã xác nhận|Đã đồng ý|Đã gỡ|Đã hoàn tác|nhập lý do/);
    expect(await state()).toEqual(before);
  }

  it.each([
    ['[Xác nhận]', () => confirmPayload(doneId)],
    ['[Trả lại]', () => returnPayload(doneId)],
    ['[Gỡ vướng]', () => resolveBlockerPayload(blockedId)],
    ['[Đồng ý gia hạn]', () => extensionPayload(requestId, true)],
    ['[Từ chối gia hạn]', () => extensionPayload(requestId, false)],
  ])('the steering group’s %s button is refused, nothing changed', async (_name, payload) => {
    await expectRefusedUnchanged(() => h.press(STEERING_CHAT, SECRETARY, payload()));
  });

  it.each([
    '/xacnhan P5-01',
    '/tralai P5-01 thiếu biên bản',
    '/gotvuong P5-02 đã cấp kinh phí',
    '/duyetgiahan P5-02',
    '/tuchoigiahan P5-02 không đủ lý do',
    '/doihan P5-02 30/06/2023 theo chỉ đạo',
    '/giao P5-02 CATP | chuyển đơn vị',
  ])('%s is refused as archived, nothing changed', async (command) => {
    await expectRefusedUnchanged(() => h.send(STEERING_CHAT, SECRETARY, command));
  });

  it('the unit’s [Hoàn tác], /hoantac and /giahan are refused, nothing changed', async () => {
    await expectRefusedUnchanged(() => h.press(CAP5_CHAT, FOCAL, undoPayload(undoReportId)));
    await expectRefusedUnchanged(() => h.send(CAP5_CHAT, FOCAL, '/hoantac P5-01'));
    await expectRefusedUnchanged(() => h.send(CAP5_CHAT, FOCAL, '/giahan P5-02 30/06/2023 chờ kinh phí'));
  });

  it('no decision on them was audited', async () => {
    await h.press(STEERING_CHAT, SECRETARY, confirmPayload(doneId));
    await h.press(STEERING_CHAT, SECRETARY, extensionPayload(requestId, true));
    await h.press(STEERING_CHAT, SECRETARY, resolveBlockerPayload(blockedId));
    for (const action of ['task.confirm', 'task.return', 'task.blocker_resolve', 'task.extension_approved', 'task.report_undo'])
      expect(await h.stores.audit.list({ action })).toEqual([]);
  });
});
