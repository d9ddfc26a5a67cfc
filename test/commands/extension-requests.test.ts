import { beforeAll, expect, it } from 'vitest';
import { formatDateVi } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const plain = (html: string | undefined) => (html ?? '').replace(/<[^>]+>/g, '');
const dataOf = (b: unknown) => (b && typeof b === 'object' && 'data' in b ? String(b.data) : '');

describeOnEachDatabase('extension requests', (use) => {
  let h: CommandHarness;
  let ids: { steering: number; cap5: number; catp: number };
  beforeAll(async () => {
    h = await createHarness(use());
    await h.bindSteeringAndUnit();
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    const steering = (await h.stores.chats.listChats({ kind: 'steering' }))[0]!;
    ids = { steering: steering.id, cap5: (await h.chat(CAP5_CHAT)).id, catp: (await h.chat(CATP_CHAT)).id };
  });

  it('a supporting unit’s request is marked as such and the lead is told at once', async () => {
    const [answer] = await h.send(CAP5_CHAT, FOCAL, '/giahan GD2-02 30/06/2023 vướng kinh phí');
    expect(plain(answer?.html)).toContain('báo cho đơn vị chủ trì Công an thành phố Trà Vinh');
    const ask = h.outbox.to(ids.steering).find((q) => q.idempotencyKey.startsWith('extension:'))!;
    expect(plain(ask.message.html)).toContain('Công an Phường 5 (đơn vị phối hợp) đề nghị gia hạn nhiệm vụ GD2-02');
    expect(plain(ask.message.html)).toContain('Đơn vị chủ trì: Công an thành phố Trà Vinh (đã được báo)');
    const leadNotice = h.outbox.to(ids.catp).filter((q) => q.idempotencyKey.startsWith('extension-asked:'));
    expect(leadNotice).toHaveLength(1);
    expect(plain(leadNotice[0]!.message.html)).toContain('Đơn vị phối hợp Công an Phường 5 đề nghị Ban Chỉ đạo gia hạn nhiệm vụ GD2-02');
    expect(plain(leadNotice[0]!.message.html)).toContain('31/05/2023 → 30/06/2023');

    h.clock.advance(60 * 60_000); // 10:00
    await h.press(STEERING_CHAT, SECRETARY, dataOf(ask.message.buttons![0]![0]));
    await h.deliver();
    expect(formatDateVi((await h.stores.tasks.findTaskByCode('GD2-02'))!.dueAt!)).toBe('30/06/2023');
    for (const chatId of [ids.cap5, ids.catp]) {
      const told = h.outbox.to(chatId).filter((q) => q.idempotencyKey.startsWith('extension-decided:'));
      expect(told.map((q) => plain(q.message.html).split('\n')[0])).toEqual([
        '📅 Ban Chỉ đạo đồng ý gia hạn nhiệm vụ GD2-02 Cao điểm tấn công, trấn áp tội phạm và tệ nạn xã hội, trọng tâm là ma túy (khoảng 3 tháng): 31/05/2023 → 30/06/2023 (theo đề nghị của Công an Phường 5).',
      ]);
    }
    const edit = h.outbox.queued.find((q) => q.edits === ask.idempotencyKey)!;
    expect(edit.messageId).toBe(ask.messageId);
    expect(edit.message.buttons).toBeUndefined();
    expect(plain(edit.message.html)).toContain('✅ Đã đồng ý lúc 10:00 27/02/2023 bởi Thư ký Lan: hạn mới 30/06/2023.');

    await h.press(STEERING_CHAT, SECRETARY, dataOf(ask.message.buttons![0]![1]));
    expect(h.toasts.at(-1)).toBe('Đề nghị gia hạn nhiệm vụ GD2-02 đến 30/06/2023 đã được đồng ý lúc 10:00 27/02/2023 bởi Thư ký Lan.');
  });

  it('a lead’s request goes to the steering group only, unmarked', async () => {
    const before = h.outbox.queued.length;
    await h.send(CATP_CHAT, FOCAL, '/giahan GD2-01 15/09/2023 chờ bố trí lực lượng');
    // the only message is the steering group's; the task's cards in its units' groups are edited in
    // place: one refresh of the task's cards is queued, which the sender turns into edits
    const queued = h.outbox.queued.slice(before);
    const [added, refreshes] = [queued.filter((q) => !q.edits && !q.card), queued.filter((q) => q.card)];
    expect(added.map((q) => q.chatId)).toEqual([ids.steering]);
    expect(plain(added[0]!.message.html)).not.toContain('phối hợp');
    expect(refreshes.map((q) => [q.chatId, q.kind, q.latest])).toEqual([[null, 'task', true]]);
    const edits = (await h.deliver()).filter((q) => q.edits);
    expect(edits.length).toBeGreaterThan(0);
    expect(edits.every((q) => q.editOnly && q.kind === 'task')).toBe(true);
  });

  it('refuses a date not after the deadline or today, and finished work, changing nothing', async () => {
    const cases: [string, string, string][] = [
      [CATP_CHAT, '/giahan GD2-01 31/08/2023 lý do', 'Ngày đề nghị 31/08/2023 không sau hạn hiện tại của nhiệm vụ GD2-01 (31/08/2023)'],
      [CATP_CHAT, '/giahan GD2-01 15/08/2023 lý do', 'không sau hạn hiện tại của nhiệm vụ GD2-01'],
      [CAP5_CHAT, '/giahan P5-01 27/02/2023 lý do', 'Ngày đề nghị 27/02/2023 không sau hôm nay (27/02/2023)'],
      [CAP5_CHAT, '/giahan P5-01 01/01/2023 lý do', 'không sau hôm nay'],
    ];
    for (const [chat, text, expected] of cases) {
      const before = await h.snapshot();
      const [answer] = await h.send(chat, FOCAL, text);
      expect(plain(answer?.html), text).toContain(expected);
      expect(plain(answer?.html)).toContain('Không có gì thay đổi.');
      expect(await h.snapshot()).toEqual(before);
    }

    await h.send(CAP5_CHAT, FOCAL, '/xong P5-02');
    let before = await h.snapshot();
    expect(plain((await h.send(CAP5_CHAT, FOCAL, '/giahan P5-02 30/12/2023 lý do'))[0]?.html)).toContain('đang chờ Ban Chỉ đạo xác nhận nên không cần gia hạn');
    expect(await h.snapshot()).toEqual(before);
    await h.send(STEERING_CHAT, SECRETARY, '/xacnhan P5-02');
    before = await h.snapshot();
    expect(plain((await h.send(CAP5_CHAT, FOCAL, '/giahan P5-02 30/12/2023 lý do'))[0]?.html)).toBe(
      'Nhiệm vụ P5-02 đã được xác nhận hoàn thành nên không thể gia hạn. Không có gì thay đổi.',
    );
    expect(await h.snapshot()).toEqual(before);

    await h.send(CAP5_CHAT, FOCAL, '/xong GD2-01');
    before = await h.snapshot();
    expect(plain((await h.send(CAP5_CHAT, FOCAL, '/giahan GD2-01 30/12/2023 lý do'))[0]?.html)).toContain(
      'Phần việc của Công an Phường 5 ở nhiệm vụ GD2-01 đã hoàn thành nên không cần gia hạn.',
    );
    expect(await h.snapshot()).toEqual(before);
  });
});
