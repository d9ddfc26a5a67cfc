import { beforeAll, expect, it } from 'vitest';
import { confirmPayload, extensionPayload } from '../../src/core/actions/action-payload.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

/**
 * QA: P5-01 (no deadline) gets an extension request, then the lead reports it done. Approving the
 * request then gave the task a deadline, and the "done" became "Hoàn thành đúng hạn" instead of
 * "không có hạn". The guide says a task awaiting confirmation is not extended: approval refuses.
 */
describeOnEachDatabase('an extension request decided after the lead reported done', (use) => {
  let h: CommandHarness;
  let taskId: number;
  let requestId: number;
  beforeAll(async () => {
    h = await createHarness(use());
    await h.bindSteeringAndUnit();
    await h.send(CAP5_CHAT, FOCAL, '/giahan P5-01 30/11/2023 chờ kiện toàn');
    taskId = (await h.stores.tasks.findTaskByCode('P5-01'))!.id;
    requestId = (await h.stores.extensions.pendingForTask(taskId))[0]!.id;
    h.clock.advance(60_000);
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-01 đã kiện toàn xong');
    h.clock.advance(60_000);
  });

  const refusal =
    'Nhiệm vụ P5-01 đã được báo hoàn thành lúc 09:01 27/02/2023 và đang chờ xác nhận nên không gia hạn được. Không có gì thay đổi. Có thể từ chối đề nghị; nếu nhiệm vụ bị trả lại thì mới đồng ý được.';

  it.each([
    ['[Đồng ý]', () => h.press(STEERING_CHAT, SECRETARY, extensionPayload(requestId, true))],
    ['/duyetgiahan', () => h.send(STEERING_CHAT, SECRETARY, '/duyetgiahan P5-01')],
  ])('%s refuses: the deadline stays, nothing stored', async (_name, act) => {
    const before = await h.snapshot();
    const pending = await h.stores.extensions.pendingForTask(taskId);
    const toasts = h.toasts.length;
    const replies = await act();
    expect([...h.toasts.slice(toasts), ...replies.map((r) => marksToPlainText(r.html))]).toEqual([refusal]);
    expect(await h.snapshot()).toEqual(before);
    expect(await h.stores.extensions.pendingForTask(taskId)).toEqual(pending);
  });

  it('the request can still be denied, and the confirmed task has no deadline to be judged against', async () => {
    await h.press(STEERING_CHAT, SECRETARY, extensionPayload(requestId, false));
    expect(await h.stores.extensions.pendingForTask(taskId)).toEqual([]);
    await h.press(STEERING_CHAT, SECRETARY, confirmPayload(taskId));
    expect(h.toasts.at(-1)).toBe('Đã xác nhận hoàn thành nhiệm vụ P5-01: Hoàn thành (không có hạn).');
    const [detail] = await h.send(STEERING_CHAT, SECRETARY, '/chitiet P5-01');
    expect(marksToPlainText(detail?.html ?? '')).toContain('Hạn: kế hoạch không nêu hạn riêng');
  });
});

/** A request for P5-02 made by Công an Phường 5, then the task changed by `change`; approving it must refuse. */
function staleRequestSuite(title: string, change: string, refusal: string): void {
  describeOnEachDatabase(title, (use) => {
    it('[Đồng ý] refuses and changes nothing; [Từ chối] still closes the request', async () => {
      const h = await createHarness(use());
      await h.bindSteeringAndUnit();
      await h.send(CAP5_CHAT, FOCAL, '/giahan P5-02 15/10/2023 chờ cấp kinh phí');
      const task = (await h.stores.tasks.findTaskByCode('P5-02'))!;
      const [request] = await h.stores.extensions.pendingForTask(task.id);
      h.clock.advance(60_000);
      await h.send(STEERING_CHAT, SECRETARY, change);
      const before = await h.snapshot();
      await h.press(STEERING_CHAT, SECRETARY, extensionPayload(request!.id, true));
      expect(h.toasts.at(-1)).toBe(refusal);
      expect(await h.snapshot()).toEqual(before);
      await h.press(STEERING_CHAT, SECRETARY, extensionPayload(request!.id, false));
      expect(await h.stores.extensions.pendingForTask(task.id)).toEqual([]);
    });
  });
}

staleRequestSuite(
  'an extension request approved after /doihan moved the deadline past it',
  '/doihan P5-02 30/11/2023 theo chỉ đạo',
  'Hạn nhiệm vụ P5-02 đã là 30/11/2023, không sớm hơn ngày đề nghị 15/10/2023: đồng ý sẽ rút ngắn hạn. Không có gì thay đổi; có thể từ chối đề nghị.',
);
