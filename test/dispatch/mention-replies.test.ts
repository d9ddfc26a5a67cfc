import { describe, expect, it } from 'vitest';
import { ZALO_CAPABILITIES } from '../../src/channels/zalo/zalo-capabilities.ts';
import { fitToChannel } from '../../src/core/text/fit-to-channel.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { taskCodeCandidates } from '../../src/core/replies/find-task-code.ts';
import { BOT_MENTION, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** A Zalo group: no reply threads, the bot hears only what mentions it. */
const ZALO_GROUP = '-zalo-cap5';

describe('a group without reply threads reports by naming the task code after a mention', () => {
  let h: CommandHarness;
  withHarness({ per: 'all' }, async (harness) => {
    h = harness;
    await h.send(STEERING_CHAT, SECRETARY, '/batdau');
    const [invite] = await h.send(STEERING_CHAT, SECRETARY, '/moi CAP5');
    const code = /<code>([A-Z0-9]{8})<\/code>/.exec(invite?.html ?? '')?.[1];
    await h.send(ZALO_GROUP, FOCAL, `/ketnoi ${code}`, { platform: 'zalo' });
  });

  it('binds the Zalo group to the unit with the code issued in the Telegram steering group', async () => {
    expect(await h.chat(ZALO_GROUP, 'zalo')).toMatchObject({ platform: 'zalo', kind: 'unit' });
  });

  it('"@Điều phối P5-01 xong rồi" is a done report on P5-01; the steering group on Telegram is asked through the outbox', async () => {
    const { handled, replies } = await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} P5-01 xong rồi`, { platform: 'zalo' });
    expect(handled).toBe(true);
    expect(replies[0]?.html).toContain('Đã ghi nhận (P5-01)');
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    expect(task.status).toBe('awaiting_confirmation');
    const [report] = await h.stores.reports.history(task.id, 1);
    expect(report).toMatchObject({ status: 'done', channel: 'reply', reporterId: FOCAL.id });
    const steering = await h.chat(STEERING_CHAT);
    expect(h.outbox.to(steering.id).some((q) => q.link?.taskId === task.id || q.message.html.includes('P5-01'))).toBe(true);
  });

  it('a lower-case code, words around it and the mention at the end are read the same way: "đã làm được 60% việc p5-02 @Điều phối"', async () => {
    const { handled } = await h.mention(ZALO_GROUP, FOCAL, `đã làm được 60% việc p5-02 ${BOT_MENTION}`, { platform: 'zalo' });
    expect(handled).toBe(true);
    expect(await h.stores.tasks.findTaskByCode('P5-02')).toMatchObject({ percent: 60 });
  });

  it('a command after the mention is a command: "@Điều phối /nhiemvu"', async () => {
    const { handled, replies } = await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} /nhiemvu`, { platform: 'zalo' });
    expect(handled).toBe(true);
    expect(replies.map((r) => r.html).join('\n')).toContain('P5-01');
  });

  it('a report without a code is answered with how to write it, and stores nothing', async () => {
    const before = await h.snapshot();
    const { replies } = await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} xong rồi`, { platform: 'zalo' });
    expect(replies[0]?.html).toContain('Xin ghi kèm mã nhiệm vụ');
    expect(replies[0]?.html).toMatch(/@Điều phối P5-\d\d xong rồi/); // one of CAP5's own tasks
    expect(await h.snapshot()).toEqual(before);
  });

  it('"@Điều phối ok" names no task and needs no answer: a 👍, nothing stored', async () => {
    const before = await h.snapshot();
    const reactions = h.reactions.length;
    const { handled, replies } = await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} ok`, { platform: 'zalo' });
    expect(handled).toBe(true);
    expect(replies).toEqual([]);
    expect(h.reactions.slice(reactions)).toEqual([{ chatExternalId: ZALO_GROUP, messageId: expect.any(String), emoji: '👍' }]);
    expect(await h.snapshot()).toEqual(before);
  });

  it('a Zalo group the bot does not know, mentioning it without a command, gets the intro once; the connected group does not', async () => {
    const NEW_GROUP = '-zalo-new';
    const first = await h.mention(NEW_GROUP, FOCAL, `${BOT_MENTION} xin chào`, { platform: 'zalo' });
    expect(first.handled).toBe(true);
    expect(first.replies[0]?.html).toContain('Xin chào! Tôi là Điều phối');
    expect(first.replies[0]?.html).toContain('/ketnoi');
    const again = await h.mention(NEW_GROUP, FOCAL, `${BOT_MENTION} alo`, { platform: 'zalo' });
    expect(again.replies).toEqual([]); // no intro twice in a row
    const bound = await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} xin chào`, { platform: 'zalo' });
    expect(bound.replies.map((r) => r.html).join('\n')).not.toContain('Xin chào! Tôi là Điều phối');
  });

  it('a task handed to another unit, named by the Zalo group, is refused saying so, with "@Điều phối /nhiemvu"', async () => {
    await h.send(STEERING_CHAT, SECRETARY, '/giao P5-02 CATP | chuyển đơn vị');
    const { replies } = await h.mention(ZALO_GROUP, FOCAL, `${BOT_MENTION} P5-02 xong rồi`, { platform: 'zalo' });
    const shown = marksToPlainText(fitToChannel(replies[0] ?? { html: '' }, { ...ZALO_CAPABILITIES, commandPrefix: `${BOT_MENTION} ` }).html);
    expect(shown).toContain('Nhiệm vụ P5-02 đã được giao cho Công an thành phố Trà Vinh từ ngày');
    expect(shown).toContain(`Gõ ${BOT_MENTION} /nhiemvu để xem nhiệm vụ của đơn vị.`);
  });

  // QA: "@Điều phối" alone in a Zalo group got no answer at all, as if the bot were down
  it('"@Điều phối" alone in the unit group says how to talk to the bot, with one of the unit’s codes; nothing stored', async () => {
    const before = await h.snapshot();
    for (const text of [BOT_MENTION, `${BOT_MENTION} ?`, `  ${BOT_MENTION} !!  `]) {
      const { handled, replies } = await h.mention(ZALO_GROUP, FOCAL, text, { platform: 'zalo' });
      expect(handled).toBe(true);
      expect(marksToPlainText(replies[0]?.html ?? '')).toMatch(
        /^Điều phối xin nghe\. Gửi \/trogiup để xem các lệnh, \/nhiemvu để xem nhiệm vụ\. Báo cáo một nhiệm vụ: @Điều phối [A-Z0-9]+-\d\d xong rồi\.$/,
      );
    }
    expect(await h.snapshot()).toEqual(before);
  });

  it('a Zalo steering group mentioning the bot without a command is told how; "cảm ơn" gets a 👍 only', async () => {
    const STEERING_ZALO = '-zalo-bcd';
    const chat = await h.stores.chats.ensureChat({ platform: 'zalo', externalId: STEERING_ZALO, title: 'BCĐ Phường 5' });
    await h.stores.chats.bindChat(chat.id, { kind: 'steering', unitId: null }, { id: 'test' }, h.clock.now());
    for (const text of [BOT_MENTION, `${BOT_MENTION} tình hình các đơn vị sao rồi`]) {
      const { handled, replies } = await h.mention(STEERING_ZALO, SECRETARY, text, { platform: 'zalo' });
      expect(handled).toBe(true);
      expect(marksToPlainText(replies[0]?.html ?? '')).toBe('Điều phối xin nghe. Gửi /trogiup để xem các lệnh, /nhiemvu để xem nhiệm vụ.');
    }
    const reactions = h.reactions.length;
    const thanks = await h.mention(STEERING_ZALO, SECRETARY, `${BOT_MENTION} cảm ơn nhé`, { platform: 'zalo' });
    expect(thanks.replies).toEqual([]);
    expect(h.reactions.slice(reactions)).toHaveLength(1);
  });

  it('on Telegram (reply threads) a mention without a command is not read as a report', async () => {
    const before = await h.snapshot();
    const { handled } = await h.mention('-2005', FOCAL, `${BOT_MENTION} P5-03 xong rồi`);
    expect(handled).toBe(false);
    expect(await h.snapshot()).toEqual(before);
  });
});

describe('taskCodeCandidates', () => {
  it('takes words holding letters and digits, upper-cased, in order, once each', () => {
    expect(taskCodeCandidates('@Điều phối P5-01 xong rồi, còn gd2-02.')).toEqual([
      { code: 'P5-01', written: 'P5-01' },
      { code: 'GD2-02', written: 'gd2-02' },
    ]);
    expect(taskCodeCandidates('đã xong 100% rồi, 12 người tham gia')).toEqual([]);
    expect(taskCodeCandidates('P5-01 p5-01 (P5-01)').map((c) => c.code)).toEqual(['P5-01']);
  });
});
