import { beforeAll, expect, it } from 'vitest';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { STEERING_CHAT, type CommandHarness } from '../support/command-harness.ts';
import { createOwedMonthsScenario, OWED_MONTHS_NOW } from '../support/owed-months-scenario.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

/**
 * QA9 #4: the lead's late May "done" of the monthly BC-01 has waited 20 working days on 22/06/2023 while
 * June is already overdue. The daily digest's reminder printed "Công an Phường 5,  (chờ …)": judged
 * against now (June is owed), the "done" had no verdict, and an empty slot was left for it.
 */
describeOnEachDatabase('the steering digest’s reminder of a recurring duty’s "done" awaiting confirmation', (use) => {
  let h: CommandHarness;
  beforeAll(async () => {
    h = await createOwedMonthsScenario(use());
  });

  it('names the period the "done" settled and its verdict, with no empty slot', async () => {
    const [digest = ''] = (await previewDigest(h.stores, await h.chat(STEERING_CHAT), OWED_MONTHS_NOW, vietnamCalendar)).messages;
    const lines = marksToPlainText(digest).split('\n');
    expect(lines.find((l) => l.startsWith('• BC-01 ') && l.includes('(chờ 20 ngày làm việc)'))).toBe(
      '• BC-01 Báo cáo kết quả chuyển hóa hằng tháng — Công an Phường 5, kỳ tháng 05/2023: báo hoàn thành 25/05/2023, trễ 6 ngày (chờ 20 ngày làm việc)',
    );
    expect(lines.join('\n')).not.toMatch(/, +\(/);
  });
});
