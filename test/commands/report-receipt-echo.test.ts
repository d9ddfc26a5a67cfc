import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, withHarness } from '../support/command-harness.ts';

/**
 * A unit's receipt quotes its words under a label, so that they are not read as the bot's own
 * ("Đã ghi nhận (P5-01): Đang thực hiện 60% — sẽ xong tuần sau" reads as the bot promising it).
 */
describe('the receipt of a report labels the unit’s words', () => {
  let h: CommandHarness;
  let messageId: string;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    messageId = await h.taskMessageId(CAP5_CHAT, 'P5-01');
  });

  it('a free-text reply: its words quoted under “Nội dung đã ghi”, the status line the bot’s alone', async () => {
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, messageId, 'đã triển khai được 60%, sẽ rà soát xong tuần sau');
    const [status, quoted] = marksToPlainText(replies[0]?.html ?? '').split('\n');
    expect(status).toBe('Đã ghi nhận (P5-01): Đang thực hiện 60%');
    expect(quoted).toMatch(/^Nội dung đã ghi: “.*sẽ rà soát xong tuần sau”$/);
  });

  it('a command’s note is labelled the same way', async () => {
    const [receipt] = await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 chưa được cấp kinh phí');
    const lines = marksToPlainText(receipt?.html ?? '').split('\n');
    expect(lines[0]).toBe('Đã ghi nhận (P5-01): Vướng mắc');
    expect(lines[1]).toBe('Nội dung đã ghi: “chưa được cấp kinh phí”');
  });

  it('a long reply is quoted short, the full words kept in the report', async () => {
    const words = `đang thực hiện, ${'đã phối hợp với các tổ dân phố rà soát danh sách và lập biên bản '.repeat(10)}`.trim();
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, messageId, words);
    const quoted = marksToPlainText(replies[0]?.html ?? '').split('\n')[1] ?? '';
    expect(quoted.startsWith('Nội dung đã ghi: “')).toBe(true);
    expect(quoted.endsWith('…”')).toBe(true);
    expect(quoted.length).toBeLessThan(200);
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    const [report] = await h.stores.reports.history(task.id, 1);
    expect(report?.note?.length ?? 0).toBeGreaterThan(300);
  });
});
