import { beforeAll, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { type CommandHarness, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { createOwedMonthsScenario } from '../support/owed-months-scenario.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const plain = (html: string | undefined) => marksToPlainText(html ?? '');

/**
 * QA9 #3: /quahan listed each task's lines in the order the database returned the tasks, so SQLite and
 * PostgreSQL read differently (one-off tasks first on one, last on the other). It lists by deadline,
 * then code, as /baocao section III does, whatever the database.
 */
describeOnEachDatabase('/quahan’s order is the use case’s, not the database’s', (use) => {
  let h: CommandHarness;
  const steering = async (command: string) => plain((await h.send(STEERING_CHAT, SECRETARY, command))[0]?.html).split('\n');
  beforeAll(async () => {
    h = await createOwedMonthsScenario(use());
  });

  it('/quahan lists by deadline, then code, on every database (#3)', async () => {
    const lines = (await steering('/quahan')).filter((line) => line.startsWith('• '));
    expect(lines.map((line) => /^• (\S+) .*hạn (\d\d\/\d\d)\/2023/.exec(line)?.slice(1).join(' '))).toEqual([
      'GD1-01 28/02',
      'BC-01 19/03',
      'BC-01 19/04',
      'BC-01 19/05',
      'BC-01 19/05',
      'GD2-02 31/05',
      'BC-01 19/06',
      'BC-01 19/06',
    ]);
  });

  it('/baocao section III lists the same entries in the same order', async () => {
    const overdue = (await steering('/quahan')).filter((line) => line.startsWith('• '));
    const report = (await steering('/baocao')).join('\n');
    const section = report
      .slice(report.indexOf('III.'), report.indexOf('IV.'))
      .split('\n')
      .filter((line) => /^\d+\. /.test(line));
    const key = (line: string) =>
      [/(?:• |\[)([A-Z0-9]+-\d+)/, /\(tháng (\d\d\/\d{4})\)/, / hạn (\d\d\/\d\d\/\d{4})/].map((re) => re.exec(line)?.[1] ?? '').join(' ');
    expect(section.map(key).slice(0, 2)).toEqual(['GD1-01  28/02/2023', 'BC-01 03/2023 19/03/2023']);
    expect(section.map(key)).toEqual(overdue.map(key));
  });
});
