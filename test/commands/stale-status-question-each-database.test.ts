import { beforeAll, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

/**
 * QA: a reply the bot was unsure of ("Tôi chưa chắc…", with status buttons), then a newer reply it
 * recorded; pressing [Hoàn thành] on the old question must not overwrite the newer report.
 */
describeOnEachDatabase('a status question answered after a newer report', (use) => {
  let h: CommandHarness;
  let taskMessage: string;
  beforeAll(async () => {
    h = await createHarness(use());
    await h.bindSteeringAndUnit();
    taskMessage = await h.taskMessageId(CAP5_CHAT, 'P5-01');
  });

  async function ask(): Promise<string> {
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, taskMessage, 'done 100% roi nhung van con vuong mot chut ve giay to');
    expect(replies[0]?.html).toContain('Tôi chưa chắc anh/chị muốn báo gì cho nhiệm vụ <b>P5-01</b>');
    const done = JSON.stringify(replies[0]?.buttons).match(/pk:\d+:dn/)?.[0];
    if (!done) throw new Error('no [Hoàn thành] on the question');
    h.clock.advance(60_000);
    return done;
  }

  it('refuses the old question’s [Hoàn thành], shows the newer report and stores nothing', async () => {
    const done = await ask();
    await h.replyTo(CAP5_CHAT, FOCAL, taskMessage, 'chua lam gi het a');
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    expect((await h.stores.reports.history(task.id, 1))[0]?.status).toBe('not_started');
    h.clock.advance(60_000);
    const before = await h.snapshot();
    const edits = h.edits.length;
    await h.press(CAP5_CHAT, FOCAL, done);
    expect(h.edits.slice(edits).map((m) => marksToPlainText(m.html))).toEqual([
      'Câu hỏi này đã cũ: sau đó đơn vị đã báo nhiệm vụ P5-01 là Chưa thực hiện — “chua lam gi het a” lúc 09:01 27/02/2023 (Anh Minh). Bot không ghi nhận lựa chọn này để khỏi đè lên báo cáo mới hơn. Nếu tình hình đã khác, anh/chị báo lại bằng /tiendo, /xong hoặc /vuongmac.',
    ]);
    expect(h.edits.at(-1)?.buttons).toBeUndefined();
    expect(await h.snapshot()).toEqual(before);
  });

  it('still records the pick when nothing was reported since the question', async () => {
    const done = await ask();
    await h.press(CAP5_CHAT, FOCAL, done);
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    expect(task.status).toBe('awaiting_confirmation');
  });
});
