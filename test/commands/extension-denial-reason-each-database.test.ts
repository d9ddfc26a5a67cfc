import { beforeEach, expect, it } from 'vitest';
import { extensionPayload } from '../../src/core/actions/action-payload.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const plain = (html: string | undefined) => marksToPlainText(html ?? '');

/**
 * QA: "/tuchoigiahan NV16 | sơ kết theo đúng hạn kế hoạch" and "/tuchoigiahan NV10 không đủ căn cứ, …" told the unit
 * "không đồng ý gia hạn …; hạn vẫn là …" without the reason, the edited ask had none, and /chitiet kept no trace of
 * the refused request. The reason, with or without "|", reaches the unit and the edited ask; /chitiet lists every
 * decided request; [Từ chối], which cannot carry a reason, asks for the typed form and decides nothing.
 */
describeOnEachDatabase('the reason an extension is refused for', (use) => {
  let h: CommandHarness;
  beforeEach(async () => {
    h = await createHarness(use());
    await h.bindSteeringAndUnit();
  });

  async function deny(command: string): Promise<{ notice: string; ask: string }> {
    await h.send(CAP5_CHAT, FOCAL, '/giahan P5-02 30/11/2023 chờ cấp kinh phí');
    const [request] = await h.stores.extensions.pendingForTask((await h.stores.tasks.findTaskByCode('P5-02'))!.id);
    await h.send(STEERING_CHAT, SECRETARY, command);
    await h.deliver();
    const [unit, steering] = [await h.chat(CAP5_CHAT), await h.chat(STEERING_CHAT)];
    const notice = h.outbox.to(unit.id).find((q) => q.idempotencyKey === `extension-decided:${request!.id}:${unit.id}`);
    const ask = h.outbox
      .to(steering.id)
      .filter((q) => q.edits)
      .at(-1);
    return { notice: plain(notice?.message.html), ask: plain(ask?.message.html) };
  }

  it.each([
    ['after "|"', '/tuchoigiahan P5-02 | sơ kết theo đúng hạn kế hoạch', 'sơ kết theo đúng hạn kế hoạch'],
    ['without "|"', '/tuchoigiahan P5-02 không đủ căn cứ, đề nghị hoàn thành đúng hạn', 'không đủ căn cứ, đề nghị hoàn thành đúng hạn'],
    ['after the unit code', '/tuchoigiahan P5-02 CAP5 không đủ căn cứ', 'không đủ căn cứ'],
  ])('a reason %s is told to the unit and written on the edited ask', async (_how, command, reason) => {
    const { notice, ask } = await deny(command);
    expect(notice).toMatch(/^❌ Ban Chỉ đạo không đồng ý gia hạn nhiệm vụ P5-02 .*; nhiệm vụ vẫn không có hạn riêng\.\nLý do: /);
    expect(notice.split('\n').at(-1)).toBe(`Lý do: ${reason}`);
    expect(ask).toMatch(/❌ Đã từ chối lúc .* bởi Thư ký Lan; nhiệm vụ vẫn không có hạn riêng\.\nLý do: /);
    expect(ask.split('\n').at(-1)).toBe(`Lý do: ${reason}`);
  });

  it('a refusal without a reason says none (no empty "Lý do:")', async () => {
    const { notice, ask } = await deny('/tuchoigiahan P5-02');
    expect(notice).not.toContain('Lý do:');
    expect(notice).toMatch(/; nhiệm vụ vẫn không có hạn riêng\.$/);
    expect(ask).toMatch(/; nhiệm vụ vẫn không có hạn riêng\.$/);
  });

  it('/chitiet lists each decided request: when, the date asked for, why, and the answer with its reason', async () => {
    await deny('/tuchoigiahan P5-02 | sơ kết theo đúng hạn kế hoạch');
    h.clock.advance(60_000);
    await h.send(CAP5_CHAT, FOCAL, '/giahan P5-02 15/12/2023 chờ số liệu quý');
    await h.send(STEERING_CHAT, SECRETARY, '/duyetgiahan P5-02');
    const detail = plain((await h.send(STEERING_CHAT, SECRETARY, '/chitiet P5-02'))[0]?.html).split('\n');
    const at = detail.indexOf('Đề nghị gia hạn đã quyết định:');
    expect(at).toBeGreaterThan(0);
    // the suite shares its database: earlier tests' decisions come first, these two last, in the order decided
    const refused = detail.indexOf(
      '• 27/02/2023: Công an Phường 5 xin gia hạn đến 30/11/2023 (chờ cấp kinh phí) — ❌ từ chối; lý do: sơ kết theo đúng hạn kế hoạch',
    );
    expect(refused).toBeGreaterThan(at);
    expect(
      detail
        .slice(refused)
        .filter((line) => line.startsWith('• 27/02/2023: Công an Phường 5 xin'))
        .at(-1),
    ).toBe('• 27/02/2023: Công an Phường 5 xin gia hạn đến 15/12/2023 (chờ số liệu quý) — ✅ đồng ý');
  });

  it('[Từ chối] refuses at once, without a reason (no empty "Lý do:"); a second press is refused as decided', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/giahan P5-02 30/11/2023 chờ cấp kinh phí');
    const task = (await h.stores.tasks.findTaskByCode('P5-02'))!;
    const [request] = await h.stores.extensions.pendingForTask(task.id);
    await h.press(STEERING_CHAT, SECRETARY, extensionPayload(request!.id, false));
    expect(await h.stores.extensions.pendingForTask(task.id)).toEqual([]);
    await h.press(STEERING_CHAT, SECRETARY, extensionPayload(request!.id, false));
    expect(h.toasts.at(-1)).toMatch(/^Đề nghị gia hạn nhiệm vụ P5-02 đến 30\/11\/2023 đã bị từ chối lúc .* bởi Thư ký Lan\.$/);
  });
});
