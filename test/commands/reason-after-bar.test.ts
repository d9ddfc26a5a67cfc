import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** "|" separates /giao's reason; users carry the habit to every command taking a reason, and it is not part of it. */
describe('a leading "|" before a reason or note is dropped in every command that takes one', () => {
  let h: CommandHarness;
  withHarness({ per: 'each', start: vietnamInstant(2023, 3, 6, 9, 0) }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  /** Everything the bot answered or queued, as plain text. */
  async function everything(chat: string, user: typeof FOCAL, text: string): Promise<string> {
    const replies = await h.send(chat, user, text);
    return [...replies.map((r) => r.html), ...h.outbox.queued.map((q) => q.message.html)].map(marksToPlainText).join('\n');
  }

  it('/doihan: the units, the answer and /chitiet show the reason without the bar', async () => {
    const all = await everything(STEERING_CHAT, SECRETARY, '/doihan P5-01 15/03/2023 | theo chỉ đạo');
    expect(all).toContain('theo chỉ đạo');
    expect(all).not.toMatch(/\|\s*theo chỉ đạo/);
    const detail = (await h.send(CAP5_CHAT, FOCAL, '/chitiet P5-01')).map((r) => marksToPlainText(r.html)).join('\n');
    expect(detail).toContain('— theo chỉ đạo');
    expect(detail).not.toContain('|');
  });

  it('/giahan and /tuchoigiahan (with or without the unit code)', async () => {
    await everything(CAP5_CHAT, FOCAL, '/giahan P5-01 30/06/2023  |  chờ cấp kinh phí');
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    const [request] = await h.stores.extensions.pendingForTask(task.id);
    expect(request?.reason).toBe('chờ cấp kinh phí');
    await h.send(STEERING_CHAT, SECRETARY, '/tuchoigiahan P5-01 CAP5 | chưa đủ căn cứ');
    await h.send(CAP5_CHAT, FOCAL, '/giahan P5-01 30/06/2023 | chờ cấp kinh phí');
    await h.send(STEERING_CHAT, SECRETARY, '/tuchoigiahan P5-01 | không đủ lý do');
    const decisions = (await h.stores.audit.list({})).filter((row) => row.action === 'task.extension_denied');
    expect(decisions.map((row) => row.reason)).toEqual(['chưa đủ căn cứ', 'không đủ lý do']);
  });

  it('/vuongmac naming several tasks, and a bar alone is a missing reason', async () => {
    const all = await everything(CAP5_CHAT, FOCAL, '/vuongmac P5-01 P5-02 | thiếu xe');
    expect(all).toContain('thiếu xe');
    expect(all).not.toMatch(/\|\s*thiếu xe/);
    expect((await h.send(CAP5_CHAT, FOCAL, '/vuongmac P5-01 |'))[0]?.html).toContain('Thiếu nội dung vướng mắc');
    expect((await h.send(STEERING_CHAT, SECRETARY, '/doihan P5-01 15/03/2023 |'))[0]?.html).toContain('Thiếu lý do đổi hạn');
  });

  it('/tralai of a task reported done', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-01');
    const all = await everything(STEERING_CHAT, SECRETARY, '/tralai P5-01 | chưa có biên bản');
    expect(all).toContain('chưa có biên bản');
    expect(all).not.toMatch(/\|\s*chưa có biên bản/);
  });
});
