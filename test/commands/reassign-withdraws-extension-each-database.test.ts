import { beforeAll, expect, it } from 'vitest';
import { extensionPayload } from '../../src/core/actions/action-payload.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { createTaskCardRefresher } from '../../src/core/usecases/render-task-cards.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

/**
 * QA: /giao of a task whose supporting unit had asked for an extension left the request open: the new lead's card
 * read "⏳ Đã xin gia hạn …", [Từ chối] sent the refusal to the new lead, and the edited ask lost the unit's name.
 * GD2-02: lead CATP, support CAP5; both ask, then /giao keeps CATP alone. CAP5's request is withdrawn, CATP's waits.
 */
describeOnEachDatabase('/giao withdraws the extension requests of the units it takes off the task', (use) => {
  let h: CommandHarness;
  let steeringId: number;
  let removedId: number;
  let keptId: number;
  let taskId: number;
  beforeAll(async () => {
    h = await createHarness(use());
    await h.bindSteeringAndUnit();
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    steeringId = (await h.chat(STEERING_CHAT)).id;
    taskId = (await h.stores.tasks.findTaskByCode('GD2-02'))!.id;
    await h.send(CAP5_CHAT, FOCAL, '/giahan GD2-02 30/08/2023 chờ kinh phí');
    await h.send(CATP_CHAT, FOCAL, '/giahan GD2-02 15/07/2023 chờ lực lượng');
    [removedId, keptId] = (await h.stores.extensions.pendingForTask(taskId)).map((r) => r.id) as [number, number];
    await h.deliver();
    h.clock.advance(60_000);
    await h.send(STEERING_CHAT, SECRETARY, '/giao GD2-02 CATP không | Công an thành phố tự thực hiện');
    await h.deliver();
  });

  const askOf = (requestId: number) => h.outbox.to(steeringId).filter((q) => q.idempotencyKey.startsWith(`extension:${requestId}:`));

  it('the removed unit’s request is closed as withdrawn; the kept unit’s still waits', async () => {
    expect((await h.stores.extensions.getRequest(removedId))?.status).toBe('withdrawn');
    expect((await h.stores.extensions.pendingForTask(taskId)).map((r) => r.id)).toEqual([keptId]);
    const audit = await h.stores.audit.list({ action: 'task.extension_withdrawn' });
    expect(audit.map((row) => row.reason)).toEqual(['Công an thành phố tự thực hiện']);
  });

  it('the steering ask is edited: the unit still named, withdrawn by the reassignment, no buttons', async () => {
    const [asked, closed] = askOf(removedId);
    expect(closed?.edits).toBe(asked?.idempotencyKey);
    expect(closed?.messageId).toBe(asked?.messageId);
    const text = marksToPlainText(closed!.message.html);
    expect(text).toContain('🕒 Công an Phường 5 (đơn vị phối hợp) đề nghị gia hạn nhiệm vụ GD2-02');
    expect(text).toContain('Đơn vị chủ trì: Công an thành phố Trà Vinh');
    expect(text).toContain(
      '↩️ Đề nghị đã rút lúc 09:01 27/02/2023: nhiệm vụ được giao cho Công an thành phố Trà Vinh (bởi Thư ký Lan), Công an Phường 5 không còn thực hiện nhiệm vụ này.',
    );
    expect(closed!.message.buttons ?? []).toEqual([]);
    expect(askOf(keptId)).toHaveLength(1);
  });

  it('the lead’s card shows only its own request, not the removed unit’s', async () => {
    const chat = await h.chat(CATP_CHAT);
    const refresher = createTaskCardRefresher({ stores: h.stores, outbox: h.outbox });
    const card = marksToPlainText((await refresher.render({ taskId, unitId: chat.unitId!, chatId: chat.id }, h.clock.now()))?.html ?? '');
    expect(card).toContain('⏳ Đã xin gia hạn đến 15/07/2023');
    expect(card).not.toContain('30/08/2023');
    expect(card).not.toContain('Công an Phường 5');
  });

  it.each([
    ['[Đồng ý]', true],
    ['[Từ chối]', false],
  ])('a later %s on the withdrawn ask says so and changes nothing', async (_name, approve) => {
    const before = await h.snapshot();
    const queued = h.outbox.queued.length;
    await h.press(STEERING_CHAT, SECRETARY, extensionPayload(removedId, approve));
    expect(h.toasts.at(-1)).toBe(
      'Đề nghị gia hạn nhiệm vụ GD2-02 của Công an Phường 5 đã rút lúc 09:01 27/02/2023 vì nhiệm vụ được giao lại, đơn vị không còn thực hiện; không cần quyết định nữa.',
    );
    expect(await h.snapshot()).toEqual(before);
    expect(h.outbox.queued.length).toBe(queued);
  });

  it('/tuchoigiahan of the task decides the request still waiting, the kept unit’s', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/tuchoigiahan GD2-02 chưa đủ căn cứ');
    expect((await h.stores.extensions.getRequest(keptId))?.status).toBe('denied');
    expect((await h.stores.extensions.getRequest(removedId))?.status).toBe('withdrawn');
  });
});
