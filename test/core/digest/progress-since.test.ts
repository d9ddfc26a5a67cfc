import { describe, expect, it } from 'vitest';
import { composeSteeringDigest } from '../../../src/core/digest/compose-steering-digest.ts';
import { PROGRESS_LINES_MAX } from '../../../src/core/digest/progress-since-lines.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';
import { CAP5, endOf, NOW, taskRecord, views } from './fixture.ts';

const SINCE = vietnamInstant(2023, 6, 2, 16, 30);
const digest = (tasks: Parameters<typeof views>[1], locale: 'vi' | 'en' = 'vi') =>
  composeSteeringDigest({ planNumber: '45/KH-BCĐ', views: views(NOW, tasks), units: [], phases: [], now: NOW, since: SINCE, silentUnits: [], locale });

describe('the steering digest lists the progress reported since the previous digest', () => {
  const tasks = [
    taskRecord({
      id: 1,
      code: 'NV-01',
      title: 'Rà soát đối tượng',
      status: 'in_progress',
      percent: 60,
      due: endOf(2023, 6, 30),
      lastReportAt: vietnamInstant(2023, 6, 3, 9, 15),
    }),
    taskRecord({
      id: 2,
      code: 'NV-02',
      title: 'Tuần tra khu phố',
      status: 'in_progress',
      percent: 30,
      due: endOf(2023, 6, 30),
      lastReportAt: vietnamInstant(2023, 6, 1, 10, 0),
    }),
    taskRecord({
      id: 3,
      code: 'NV-03',
      title: 'Họp dân',
      status: 'not_started',
      due: endOf(2023, 6, 30),
      lead: CAP5,
      lastReportAt: vietnamInstant(2023, 6, 4, 20, 5),
    }),
    taskRecord({
      id: 4,
      code: 'NV-04',
      title: 'Lắp camera',
      status: 'blocked',
      percent: 20,
      due: endOf(2023, 6, 30),
      lastReportAt: vietnamInstant(2023, 6, 4, 8, 0),
    }),
    taskRecord({
      id: 5,
      code: 'NV-05',
      title: 'In tờ rơi',
      status: 'awaiting_confirmation',
      due: endOf(2023, 6, 30),
      doneReportedAt: vietnamInstant(2023, 6, 4, 8, 0),
      lastReportAt: vietnamInstant(2023, 6, 4, 8, 0),
    }),
  ];

  it('names each new report with its unit, role, state, percent and time, newest first; older reports and other sections are left out', () => {
    const html = digest(tasks);
    const at = html.indexOf('📝 <b>Báo cáo tiến độ mới (2)</b>');
    expect(at).toBeGreaterThan(0);
    const section = html.slice(at).split('\n\n')[0]!.split('\n');
    expect(section.slice(1, 3)).toEqual([
      '• <b>NV-03</b> Họp dân — Công an Phường 5 (chủ trì): Chưa thực hiện, báo lúc 20:05 04/06/2023',
      '• <b>NV-01</b> Rà soát đối tượng — Công an thành phố (chủ trì): Đang thực hiện 60%, báo lúc 09:15 03/06/2023',
    ]);
    // a report before the previous digest, a blocker (its own section, marked new) and a "done" (awaiting) are not repeated here
    expect(html.slice(at)).not.toContain('NV-02');
    expect(html.split('NV-04').length - 1).toBe(1);
    expect(html.split('NV-05').length - 1).toBe(1);
  });

  it('comes, with the blockers and the reports awaiting confirmation, before the unit table (QA14 #7: the news came last)', () => {
    const html = digest(tasks);
    const at = (heading: string) => html.indexOf(heading);
    expect(at('⚠️ <b>Vướng mắc')).toBeGreaterThan(0);
    expect(at('⚠️ <b>Vướng mắc')).toBeLessThan(at('📝 <b>Báo cáo tiến độ mới'));
    expect(at('📝 <b>Báo cáo tiến độ mới')).toBeLessThan(at('🟣 <b>Chờ xác nhận'));
    expect(at('🟣 <b>Chờ xác nhận')).toBeLessThan(at('<b>Theo đơn vị</b>'));
  });

  it('a finished part is news: a confirmed "done" and a supporting unit’s own finished part (QA15 #7)', () => {
    const done = taskRecord({
      id: 6,
      code: 'NV-06',
      title: 'Treo băng rôn',
      status: 'done',
      due: endOf(2023, 6, 30),
      doneReportedAt: vietnamInstant(2023, 6, 4, 9, 30),
      lastReportAt: vietnamInstant(2023, 6, 4, 9, 30),
    });
    const html = digest([...tasks, done]);
    const at = html.indexOf('📝 <b>Báo cáo tiến độ mới (3)</b>');
    expect(at).toBeGreaterThan(0);
    const section = html.slice(at).split('\n\n')[0]!;
    expect(section).toMatch(/• <b>NV-06<\/b> Treo băng rôn — Công an thành phố \(chủ trì\): Hoàn thành[^,]*, báo lúc 09:30 04\/06\/2023/);
  });

  it('has no section when nothing was reported since', () => {
    expect(digest([tasks[1]!])).not.toContain('Báo cáo tiến độ mới');
  });

  it('a busy day shows the newest reports and counts the rest', () => {
    const many = Array.from({ length: PROGRESS_LINES_MAX + 5 }, (_, i) =>
      taskRecord({
        id: 10 + i,
        code: `NV-${10 + i}`,
        title: `Việc ${i}`,
        status: 'in_progress',
        percent: 50,
        due: endOf(2023, 6, 30),
        lastReportAt: vietnamInstant(2023, 6, 3, 8, i),
      }),
    );
    const html = digest(many);
    expect(html).toContain(`Báo cáo tiến độ mới (${PROGRESS_LINES_MAX + 5})`);
    expect(html).toContain('… và 5 báo cáo khác.');
    expect(html).toContain(`NV-${10 + PROGRESS_LINES_MAX + 4}`);
    expect(html).not.toContain('<b>NV-10</b>');
  });

  it('speaks English', () => {
    const html = digest(tasks, 'en');
    expect(html).toContain('📝 <b>New progress reports (2)</b>');
    expect(html).toContain('Công an thành phố (lead): In progress 60%, reported 09:15 03/06/2023');
  });
});
