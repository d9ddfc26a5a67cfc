import { describe, expect, it } from 'vitest';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/**
 * Newcomer test, 28/02/2023 (GD1-01 and phase 1 end that day): the steering digest is judged as of the
 * moment it is composed, as /nhiemvu is, and names the task due today and the report awaiting
 * confirmation (not only those waiting more than 3 working days).
 */
describe('the steering digest on the day a deadline falls', () => {
  let h: CommandHarness;
  withHarness({ per: 'all' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.send(CAP5_CHAT, FOCAL, '/xong P5-02');
    h.clock.set(vietnamInstant(2023, 2, 28, 7, 30));
  });

  const digest = async () => marksToPlainText((await previewDigest(h.stores, await h.chat(STEERING_CHAT), h.clock.now(), vietnamCalendar)).messages[0] ?? '');

  it('is dated the day it is composed and says the phase ends today, as /nhiemvu says "hạn hôm nay"', async () => {
    const text = await digest();
    expect(text).toContain('28/02/2023');
    expect(text).toMatch(/Giai đoạn 1[^\n]*hôm nay/);
    expect(text).not.toContain('còn 1 ngày (đến 28/02/2023)');
  });

  it('lists the task due today and the report awaiting confirmation', async () => {
    const text = await digest();
    expect(text).toMatch(/Đến hạn hôm nay \(1\)\n• GD1-01 /);
    expect(text).toMatch(/Chờ xác nhận \(1\)\n• P5-02 [^\n]*báo hoàn thành 27\/02\/2023/);
  });
});
