import { describe, expect, it } from 'vitest';
import { CAP5_CHAT, type CommandHarness, FOCAL, withHarness } from '../support/command-harness.ts';

/** One very long reply must not make every later /chitiet a flood: the history quotes it short, the report keeps it whole. */
describe('/chitiet after a 20,000-character reply', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  it('is one message under the messenger’s limit, and the report keeps every word', async () => {
    const card = await h.taskMessageId(CAP5_CHAT, 'P5-01');
    const words = `đang thực hiện 60%, ${'đã phối hợp với các tổ dân phố rà soát danh sách và lập biên bản '.repeat(320)}`.slice(0, 20_000);
    await h.replyTo(CAP5_CHAT, FOCAL, card, words);
    const replies = await h.send(CAP5_CHAT, FOCAL, '/chitiet P5-01');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.html.length).toBeLessThan(4096);
    expect(replies[0]!.html).toMatch(/Đang thực hiện 60% — đang thực hiện 60%, đã phối hợp[^\n]*…/);
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    const [report] = await h.stores.reports.history(task.id, 1);
    expect(report?.note?.length).toBeGreaterThan(19_000);
  });

  it('a 20,000-character blocker: its line in /chitiet is quoted short too, one message', async () => {
    const reason = `chưa được cấp kinh phí, ${'các tổ dân phố chưa thống nhất danh sách hộ cần hỗ trợ '.repeat(400)}`.slice(0, 20_000);
    await h.send(CAP5_CHAT, FOCAL, `/vuongmac P5-01 ${reason}`);
    const replies = await h.send(CAP5_CHAT, FOCAL, '/chitiet P5-01');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.html.length).toBeLessThan(4096);
    expect(replies[0]!.html).toMatch(/⚠️ Vướng mắc \([^)]*\): chưa được cấp kinh phí, [^\n]*…\n/);
  });
});
