import { beforeAll, expect, it } from 'vitest';
import { previewDigest } from '../../jobs/preview-digest.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { vietnamCalendar } from '../../src/core/time/work-calendar.ts';
import { type CommandHarness, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { createOwedMonthsScenario, OWED_MONTHS_NOW } from '../support/owed-months-scenario.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

/**
 * QA9: tasks are listed with those without a deadline first on every database. SQLite sorts NULL first
 * and PostgreSQL last, so the units' order of /baocao section II and of the digests' table (first seen in
 * that list) differed between them; the chunked and per-unit paths already put them first.
 */
describeOnEachDatabase('tasks without a deadline come first on every database', (use) => {
  let h: CommandHarness;
  beforeAll(async () => {
    h = await createOwedMonthsScenario(use());
  });

  it('listTasks puts the tasks without a deadline first, then by deadline', async () => {
    const tasks = await h.stores.tasks.listTasks();
    expect(tasks.map((t) => t.code)).toEqual(['P5-01', 'P5-02', 'BC-01', 'GD1-01', 'GD2-02', 'GD2-01', 'GD3-01', 'GD3-02', 'GD3-03']);
  });

  it('/baocao section II and the steering digest list the units in the same order', async () => {
    const report = marksToPlainText((await h.send(STEERING_CHAT, SECRETARY, '/baocao'))[0]?.html ?? '');
    const units = report
      .slice(report.indexOf('II.'), report.indexOf('III.'))
      .split('\n')
      .flatMap((line) => /^\d+\. ([^:]+):/.exec(line)?.[1] ?? []);
    expect(units.slice(0, 3)).toEqual([
      'Công an Phường 5',
      'Công an thành phố Trà Vinh',
      'Ban Chỉ đạo phòng chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ ANTQ thành phố Trà Vinh',
    ]);
    const [digest = ''] = (await previewDigest(h.stores, await h.chat(STEERING_CHAT), OWED_MONTHS_NOW, vietnamCalendar)).messages;
    const table = marksToPlainText(digest).split('\n');
    expect(table.slice(table.indexOf('Theo đơn vị') + 2, table.indexOf('Theo đơn vị') + 3)).toEqual(['Công an Phường 5']);
  });
});
