import { beforeAll, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

/** The reply split by task code and the long reply kept whole, on each database (the lookups are the stores'). */
describeOnEachDatabase('a reply’s task codes and a long reply', (use) => {
  let h: CommandHarness;
  beforeAll(async () => {
    h = await createHarness(use());
    await h.bindSteeringAndUnit();
  });
  const latest = async (code: string) => (await h.stores.reports.history((await h.stores.tasks.findTaskByCode(code))!.id, 5))[0];

  it('an unknown code (upper or lower case) stores nothing; two of the unit’s codes record each', async () => {
    const card = await h.taskMessageId(CAP5_CHAT, 'GD2-02');
    const before = await h.snapshot();
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, card, 'p5-09 xong rồi nhé');
    expect(marksToPlainText(replies[0]?.html ?? '')).toMatch(/^Không có nhiệm vụ nào mã P5-09/);
    expect(await h.snapshot()).toEqual(before);
    await h.replyTo(CAP5_CHAT, FOCAL, card, 'p5-01 xong roi, con P5-02 thi dang lam 50%');
    expect(await latest('P5-01')).toMatchObject({ status: 'done' });
    expect(await latest('P5-02')).toMatchObject({ status: 'in_progress', percent: 50 });
    expect(await latest('GD2-02')).toBeUndefined();
  });

  it('a 20,000-character reply is kept whole, /chitiet quotes it short in one message', async () => {
    const card = await h.taskMessageId(CAP5_CHAT, 'GD2-01');
    const words = `đang thực hiện 60%, ${'đã phối hợp rà soát danh sách và lập biên bản '.repeat(500)}`.slice(0, 20_000);
    await h.replyTo(CAP5_CHAT, FOCAL, card, words);
    expect((await latest('GD2-01'))?.note?.length).toBeGreaterThan(19_000);
    const replies = await h.send(CAP5_CHAT, FOCAL, '/chitiet GD2-01');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.html.length).toBeLessThan(4096);
  });
});
