import { beforeAll, expect, it } from 'vitest';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

/**
 * A report taken back with /hoantac is no news: the steering digest's "Báo cáo tiến độ mới" shows the unit's report
 * before it (with that report's own time), or nothing when there was none (QA14 #1: the undone report was still listed).
 */
describeOnEachDatabase('the steering digest after an undone report', (use) => {
  let h: CommandHarness;
  let digest: string;

  beforeAll(async () => {
    h = await createHarness(use());
    h.clock.set(vietnamInstant(2023, 3, 6, 9, 0));
    await h.bindSteeringAndUnit();
    h.clock.set(vietnamInstant(2023, 3, 6, 10, 0));
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 30 đã họp tổ');
    h.clock.set(vietnamInstant(2023, 3, 6, 10, 5));
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 50');
    h.clock.set(vietnamInstant(2023, 3, 6, 10, 8));
    await h.send(CAP5_CHAT, FOCAL, '/hoantac P5-01');
    h.clock.set(vietnamInstant(2023, 3, 6, 11, 0));
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-02 20');
    h.clock.set(vietnamInstant(2023, 3, 6, 11, 3));
    await h.send(CAP5_CHAT, FOCAL, '/hoantac P5-02');
    await h.deliver();
    h.clock.set(vietnamInstant(2023, 3, 6, 16, 30));
    const preview = await previewDigest(h.stores, await h.chat(STEERING_CHAT), h.clock.now(), vietnamCalendar);
    digest = marksToPlainText(preview.messages.join('\n'));
  });

  it('shows the report before the undone one, at its own time', () => {
    const line = digest.split('\n').find((l) => l.startsWith('• P5-01 '));
    expect(line).toMatch(/Công an Phường 5 \(chủ trì\): Đang thực hiện 30%, báo lúc 10:00 06\/03\/2023$/);
    expect(digest).not.toContain('50%');
  });

  it('leaves out a task whose only report was taken back', () => {
    expect(digest).toContain('Báo cáo tiến độ mới (1)');
    expect(digest.split('\n').some((l) => l.startsWith('• P5-02 '))).toBe(false);
  });
});
