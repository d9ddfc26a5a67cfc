import { beforeAll, expect, it } from 'vitest';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, createHarness, FOCAL, OTHER, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const plain = (html: string | undefined) => marksToPlainText(html ?? '');
const gd202 = (text: string) => text.split('\n').find((line) => line.startsWith('• GD2-02 ')) ?? '';

/**
 * QA9 #2: CAP5 (phối hợp on GD2-02) reported its part done, the lead CATP reported the task done, then
 * CAP5 reported a blocker without a percent. The blocker must not inherit the earlier "done"'s 100%:
 * every view of CAP5's part read "Vướng mắc 100%" / "· 100%".
 */
describeOnEachDatabase('a supporting unit’s blocker after the lead’s "done" keeps no earlier 100%', (use) => {
  let h: CommandHarness;
  let receipt = '';
  beforeAll(async () => {
    h = await createHarness(use(), { start: vietnamInstant(2023, 3, 6, 9, 0) });
    await h.bindSteeringAndUnit();
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
    h.clock.set(vietnamInstant(2023, 3, 8, 10, 0));
    await h.send(CAP5_CHAT, FOCAL, '/xong GD2-02');
    await h.send(CATP_CHAT, OTHER, '/xong GD2-02');
    receipt = plain((await h.send(CAP5_CHAT, FOCAL, '/vuongmac GD2-02 thiếu kinh phí'))[0]?.html);
  });

  it('the receipt and /chitiet show the supporting part blocked, without 100%', async () => {
    expect(receipt).toContain('Đã ghi nhận (GD2-02): Vướng mắc');
    expect(receipt).not.toContain('100%');
    const detail = plain((await h.send(STEERING_CHAT, SECRETARY, '/chitiet GD2-02'))[0]?.html);
    expect(detail).toMatch(/• Công an Phường 5 \(phối hợp\): Vướng mắc \(báo cáo gần nhất 08\/03\/2023\)/);
    expect(detail).toMatch(/Công an thành phố Trà Vinh \(chủ trì\): Chờ xác nhận 100%/);
  });

  it('the unit’s /nhiemvu and digest list its part without 100%', async () => {
    const list = plain((await h.send(CAP5_CHAT, FOCAL, '/nhiemvu'))[0]?.html);
    expect(gd202(list)).toContain('phối hợp');
    expect(gd202(list)).not.toContain('100%');
    const [digest = ''] = (await previewDigest(h.stores, await h.chat(CAP5_CHAT), h.clock.now(), vietnamCalendar)).messages;
    expect(gd202(plain(digest))).not.toContain('100%');
  });

  it('a stated percent is still kept by a later report without one', async () => {
    await h.send(CAP5_CHAT, FOCAL, '/tiendo GD2-02 60');
    await h.send(CAP5_CHAT, FOCAL, '/vuongmac GD2-02 vẫn thiếu kinh phí');
    const detail = plain((await h.send(STEERING_CHAT, SECRETARY, '/chitiet GD2-02'))[0]?.html);
    expect(detail).toMatch(/• Công an Phường 5 \(phối hợp\): Vướng mắc 60%/);
  });
});
