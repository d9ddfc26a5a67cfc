import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { BOT_MENTION, CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** A free-text reply records only on the task its words are about (the card's, or the one it names). */
describe('a reply naming task codes other than its card’s', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  const latest = async (code: string) => {
    const task = (await h.stores.tasks.findTaskByCode(code))!;
    return h.stores.reports.history(task.id, 5);
  };
  const plain = (html: string | undefined) => marksToPlainText(html ?? '');

  it('a code that is no task: asked back, nothing stored on the card’s task', async () => {
    const card = await h.taskMessageId(CAP5_CHAT, 'GD2-02');
    const before = await h.snapshot();
    const { handled, replies } = await h.replyTo(CAP5_CHAT, FOCAL, card, 'P5-09 xong rồi nhé');
    expect(handled).toBe(true);
    expect(replies).toHaveLength(1);
    expect(plain(replies[0]?.html)).toMatch(/^Không có nhiệm vụ nào mã P5-09 nên tôi chưa ghi nhận gì\./);
    expect(plain(replies[0]?.html)).toContain('/tiendo GD2-02 50');
    expect(await h.snapshot()).toEqual(before);
  });

  it('a word shaped like a code but in no series of the plan (COVID-19, 1.5ha) is an ordinary word of the report', async () => {
    const card = await h.taskMessageId(CAP5_CHAT, 'GD2-02');
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, card, 'Đang tiêm mũi COVID-19 cho bà con, được 60% rồi ạ');
    expect(plain(replies[0]?.html)).toMatch(/^Đã ghi nhận \(GD2-02\)/);
    expect((await latest('GD2-02'))[0]?.percent).toBe(60);
  });

  it('a task of another unit: asked back, nothing stored', async () => {
    const card = await h.taskMessageId(CAP5_CHAT, 'GD2-02');
    const before = await h.snapshot();
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, card, 'GD3-01 xong rồi');
    expect(plain(replies[0]?.html)).toMatch(/^Nhiệm vụ GD3-01 không giao cho đơn vị nên tôi chưa ghi nhận gì\./);
    expect(plain(replies[0]?.html)).toContain('hoặc dùng /tiendo GD2-02 50.');
    expect(await h.snapshot()).toEqual(before);
  });

  it('asked back, the typed form suggested for the card’s task is what the reply said of it', async () => {
    const card = await h.taskMessageId(CAP5_CHAT, 'GD2-02');
    const before = await h.snapshot();
    const suggested = async (text: string) => /hoặc dùng (.+)\.$/.exec(plain((await h.replyTo(CAP5_CHAT, FOCAL, card, text)).replies[0]?.html))?.[1];
    expect(await suggested('GD3-01 thì xong rồi, còn GD2-02 thì đang làm 70%')).toBe('/tiendo GD2-02 70');
    expect(await suggested('P5-09 thì xong rồi, còn GD2-02 đạt 30%')).toBe('/tiendo GD2-02 30');
    expect(await suggested('GD3-01 đang làm 40%, GD2-02 thì xong rồi')).toBe('/xong GD2-02');
    // no words of its own for the card's task, or words without a status and a percent: the generic example
    expect(await suggested('GD3-01 xong rồi, GD2-02 thì sao ạ')).toBe('/tiendo GD2-02 50');
    expect(await h.snapshot()).toEqual(before);
  });

  it('another task of the unit: recorded there, and the receipt says so', async () => {
    const card = await h.taskMessageId(CAP5_CHAT, 'GD2-02');
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, card, 'P5-02 đã triển khai được 40%');
    const lines = plain(replies[0]?.html).split('\n');
    expect(lines[0]).toBe('Tin nhắn nêu mã P5-02 nên được ghi cho nhiệm vụ P5-02, không ghi cho nhiệm vụ GD2-02 của tin được trả lời.');
    expect(lines[1]).toBe('Đã ghi nhận (P5-02): Đang thực hiện 40%');
    expect(await latest('GD2-02')).toEqual([]);
    expect((await latest('P5-02'))[0]).toMatchObject({ status: 'in_progress', percent: 40 });
  });

  it('two tasks in one reply: split at the codes, each part recorded for its own task', async () => {
    const card = await h.taskMessageId(CAP5_CHAT, 'P5-01');
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, card, 'P5-01 xong roi, con P5-02 thi dang lam 50%');
    expect(replies.map((r) => plain(r.html).split('\n')[0])).toEqual(['Đã ghi nhận (P5-01): Hoàn thành', 'Đã ghi nhận (P5-02): Đang thực hiện 50%']);
    expect((await latest('P5-01'))[0]).toMatchObject({ status: 'done' });
    expect((await latest('P5-02'))[0]).toMatchObject({ status: 'in_progress', percent: 50 });
  });

  it('two tasks, one part unsure: that part is asked, the sure one recorded', async () => {
    const card = await h.taskMessageId(CAP5_CHAT, 'P5-01');
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, card, 'P5-01 xong rồi, P5-02 thì để tuần sau tính');
    expect(plain(replies[0]?.html).split('\n')[0]).toBe('Đã ghi nhận (P5-01): Hoàn thành');
    expect(plain(replies[1]?.html)).toContain('Tôi chưa chắc anh/chị muốn báo gì cho nhiệm vụ P5-02');
    expect(await latest('P5-02')).toEqual([]);
  });

  it('two codes sharing words ("đều xong"): asked which, nothing stored', async () => {
    const card = await h.taskMessageId(CAP5_CHAT, 'P5-01');
    const before = await h.snapshot();
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, card, 'P5-01, P5-02 đều xong rồi');
    expect(replies).toHaveLength(1);
    expect(plain(replies[0]?.html)).toMatch(
      /^Tin nhắn nhắc tới nhiều nhiệm vụ \(P5-01, P5-02\) nhưng tôi chưa rõ phần nào cho nhiệm vụ nào nên chưa ghi nhận gì\./,
    );
    expect(await h.snapshot()).toEqual(before);
  });
});

describe('/xong, /vuongmac, /tiendo with several codes', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });
  const latest = async (code: string) => (await h.stores.reports.history((await h.stores.tasks.findTaskByCode(code))!.id, 5))[0];

  it('/xong P5-01 P5-02: both done, the second code is not a note', async () => {
    const replies = await h.send(CAP5_CHAT, FOCAL, '/xong P5-01 P5-02');
    expect(replies.map((r) => marksToPlainText(r.html).split('\n')[0])).toEqual(['Đã ghi nhận (P5-01): Hoàn thành', 'Đã ghi nhận (P5-02): Hoàn thành']);
    expect(await latest('P5-01')).toMatchObject({ status: 'done', note: null });
    expect(await latest('P5-02')).toMatchObject({ status: 'done', note: null });
  });

  it('/xong with an unknown second code stores nothing', async () => {
    const before = await h.snapshot();
    const replies = await h.send(CAP5_CHAT, FOCAL, '/xong P5-01 P5-09 đã nghiệm thu');
    expect(replies).toHaveLength(1);
    expect(marksToPlainText(replies[0]?.html ?? '')).toContain('P5-09');
    expect(await h.snapshot()).toEqual(before);
  });

  it('/vuongmac P5-01 P5-02 <lý do>: the blocker on both, the reason without the code', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 P5-02 chưa được cấp kinh phí');
    expect(await latest('P5-01')).toMatchObject({ status: 'blocked', note: 'chưa được cấp kinh phí' });
    expect(await latest('P5-02')).toMatchObject({ status: 'blocked', note: 'chưa được cấp kinh phí' });
  });

  it('/tiendo P5-01 P5-02 50 is refused (no percent), nothing stored', async () => {
    const before = await h.snapshot();
    const replies = await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 P5-02 50');
    expect(replies).toHaveLength(1);
    expect(await h.snapshot()).toEqual(before);
  });
});

describe('without reply threads (Zalo), a mention naming several codes', () => {
  const ZALO_GROUP = '-zalo-cap5';
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.send(STEERING_CHAT, SECRETARY, '/batdau');
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CAP5');
    const code = /<code>([A-Z0-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1];
    await h.send(ZALO_GROUP, FOCAL, `/ketnoi ${code}`, { platform: 'zalo' });
  });
  const latest = async (code: string) => (await h.stores.reports.history((await h.stores.tasks.findTaskByCode(code))!.id, 5))[0];

  it('records each task’s part: "@Điều phối P5-01 xong rồi, P5-02 đang làm 30%"', async () => {
    const { replies } = await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} P5-01 xong rồi, P5-02 đang làm 30%`, { platform: 'zalo' });
    expect(replies.map((r) => marksToPlainText(r.html).split('\n')[0])).toEqual(['Đã ghi nhận (P5-01): Hoàn thành', 'Đã ghi nhận (P5-02): Đang thực hiện 30%']);
    expect(await latest('P5-01')).toMatchObject({ status: 'done' });
    expect(await latest('P5-02')).toMatchObject({ status: 'in_progress', percent: 30 });
  });

  it('an unknown second code is asked back with the typed form members use there, nothing stored', async () => {
    const before = await h.snapshot();
    const { replies } = await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} P5-01 xong rồi, P5-09 đang làm`, { platform: 'zalo' });
    expect(replies).toHaveLength(1);
    expect(marksToPlainText(replies[0]?.html ?? '')).toContain('Không có nhiệm vụ nào mã P5-09');
    expect(marksToPlainText(replies[0]?.html ?? '')).toContain('@Điều phối /xong P5-01.');
    expect(await h.snapshot()).toEqual(before);
  });
});
