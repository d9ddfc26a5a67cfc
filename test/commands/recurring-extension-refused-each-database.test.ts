import { beforeAll, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL } from '../support/command-harness.ts';
import { withMonthlyReport } from '../support/monthly-report-plan.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

/**
 * QA: a unit asked to extend a monthly report; the committee approved "hạn mới 30/05/2023", and the card still
 * read May overdue (each occurrence has its own due date; the task's own deadline is unused). A recurring duty
 * cannot be extended: the unit is told why and how to report the obstacle, and nothing is stored.
 */
describeOnEachDatabase('an extension of a recurring duty is refused, nothing stored', (use) => {
  let h: CommandHarness;
  beforeAll(async () => {
    h = await createHarness(use(), {
      start: vietnamInstant(2023, 5, 22, 9, 0),
      adjustPlan: (plan) => withMonthlyReport(plan, { title: 'Báo cáo kết quả lập hồ sơ cai nghiện' }),
    });
    await h.bindSteeringAndUnit();
  });

  it('/giahan and a dated request in a reply both answer why, and change nothing', async () => {
    const before = await h.snapshot();
    const [typed] = await h.send(CAP5_CHAT, FOCAL, '/giahan BC-01 30/05/2023 chờ số liệu khóm 3');
    expect(marksToPlainText(typed?.html ?? '')).toBe(
      'Nhiệm vụ BC-01 là nhiệm vụ định kỳ (trước ngày 20 hằng tháng): mỗi kỳ có hạn riêng nên không gia hạn được. Nếu kỳ này chưa kịp, hãy báo vướng mắc (/vuongmac BC-01 <lý do>) để Ban Chỉ đạo biết. Không có gì thay đổi.',
    );
    const card = await h.taskMessageId(CAP5_CHAT, 'BC-01');
    const { replies } = await h.replyTo(CAP5_CHAT, FOCAL, card, 'xin gia hạn đến 30/05/2023 vì chờ số liệu');
    expect(marksToPlainText(replies.map((r) => r.html).join('\n'))).toContain('là nhiệm vụ định kỳ');
    expect(await h.snapshot()).toEqual(before);
  });
});
