import { beforeAll, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const plain = (html: string | undefined) => marksToPlainText(html ?? '');
const HINT = 'Anh/chị muốn đề nghị gia hạn nhiệm vụ P5-01? Tôi chưa ghi nhận gì. Xin cho biết gia hạn đến ngày nào, gõ: /giahan P5-01 <ngày/tháng/năm> <lý do>';

/**
 * QA: "cho e xin thêm thời gian tháng này nha a, hồ sơ chưa đủ" was recorded as a blocker ("Đã ghi nhận: Vướng mắc"
 * and a ⚠️ notice to the steering group). Any ask for more time without a date gets the /giahan hint and nothing is
 * stored; an obstacle beside it is the reason for asking, not a report. Progress of its own beside it is recorded,
 * and the hint then says so.
 */
describeOnEachDatabase('more time asked for in a reply without a date', (use) => {
  let h: CommandHarness;
  beforeAll(async () => {
    h = await createHarness(use());
    await h.bindSteeringAndUnit();
  });
  const reportsOf = async (code: string) => h.stores.reports.history((await h.stores.tasks.findTaskByCode(code))!.id, 10);

  it.each([
    'cho e xin thêm thời gian tháng này nha a, hồ sơ chưa đủ',
    'xin lùi hạn thêm ít hôm',
    'cho bên em gia hạn nhé',
    'anh gia hạn giúp em với, còn vướng kinh phí',
    'bên em cần thêm 1 tuần',
  ])('"%s": the /giahan hint, no report, no request, nothing queued', async (text) => {
    const card = await h.taskMessageId(CAP5_CHAT, 'P5-01');
    const before = await h.snapshot();
    const queued = h.outbox.queued.length;
    const { handled, replies } = await h.replyTo(CAP5_CHAT, FOCAL, card, text);
    expect(handled).toBe(true);
    expect(replies.map((r) => plain(r.html))).toEqual([HINT]);
    expect(await h.snapshot()).toEqual(before);
    expect(h.outbox.queued.length).toBe(queued);
  });

  it('progress beside the ask is recorded, then the hint says the extension was not asked for yet', async () => {
    const card = await h.taskMessageId(CAP5_CHAT, 'P5-02');
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, card, 'đã xong 70%, xin thêm ít hôm nữa ạ');
    const [receipt, hint] = replies.map((r) => plain(r.html));
    expect(receipt).toContain('Đã ghi nhận (P5-02): Đang thực hiện');
    expect(hint).toBe(
      'Tiến độ đã ghi nhận ở trên; đề nghị gia hạn nhiệm vụ P5-02 thì chưa gửi. Xin cho biết gia hạn đến ngày nào, gõ: /giahan P5-02 <ngày/tháng/năm> <lý do>',
    );
    const [report] = await reportsOf('P5-02');
    expect([report?.status, report?.percent]).toEqual(['in_progress', 70]);
    expect(await h.stores.extensions.pendingForTask((await h.stores.tasks.findTaskByCode('P5-02'))!.id)).toEqual([]);
  });

  it('with a date, progress beside the request is recorded as well as the request', async () => {
    const card = await h.taskMessageId(CAP5_CHAT, 'P5-01');
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, card, 'xin gia hạn đến 30/10/2023 vì thiếu người, đã làm được 40%');
    expect(replies.map((r) => plain(r.html).split('\n')[0])).toEqual([
      expect.stringContaining('Đã ghi nhận (P5-01): Đang thực hiện'),
      expect.stringMatching(/^Đã gửi đề nghị gia hạn nhiệm vụ P5-01 đến 30\/10\/2023 lên Ban Chỉ đạo/),
    ]);
    const [report] = await reportsOf('P5-01');
    expect([report?.status, report?.percent]).toEqual(['in_progress', 40]);
    const [request] = await h.stores.extensions.pendingForTask((await h.stores.tasks.findTaskByCode('P5-01'))!.id);
    expect(request?.reason).toBe('thiếu người, đã làm được 40%');
  });
});
