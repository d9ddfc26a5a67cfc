import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

const seed = readFileSync(new URL('../fixtures/plan-texts/45-KH-BCD-2023-tp-tra-vinh.txt', import.meta.url), 'utf8');
const draft = draftPlan(seed);
const phaseTask = (code: string) => draft.tasks.find((t) => t.phase === code && t.title.startsWith('Giai đoạn'))!;

describe('draftPlan on the seed plan 45/KH-BCĐ', () => {
  it('reads the header', () => {
    expect(draft.header).toMatchObject({
      number: '45/KH-BCĐ',
      issueDate: '2023-02-27',
      place: 'TP. Trà Vinh',
      issuerShort: 'Ban Chỉ đạo thành phố',
      issuerCode: 'BCD_TP',
      area: 'Phường 5',
    });
    expect(draft.header.title).toMatch(/^Chuyển hóa địa bàn trọng điểm/);
    expect(draft.header.issuer).toMatch(/^Ban Chỉ đạo phòng chống tội phạm.*thành phố$/);
  });

  it('discovers units with generated codes and groups for collective mentions', () => {
    const codes = draft.units.map((u) => u.code);
    expect(codes).toEqual(expect.arrayContaining(['CA_TP', 'CA_P5', 'BCD_TP', 'BCD_P5', 'UBND_P5']));
    expect(draft.units.find((u) => u.code === 'UBND_P5')).toMatchObject({ name: 'Ủy ban nhân dân Phường 5', kind: 'government' });
    expect(draft.units.find((u) => u.code === 'UBND_P5')!.aliases).toContain('UBND Phường 5');
    expect(draft.groups.map((g) => g.name)).toContain('các ngành, đoàn thể cùng cấp');
    expect(draft.groups.every((g) => g.review)).toBe(true);
  });

  it('finds the three phases with their dates', () => {
    expect(draft.phases.map((p) => [p.code, p.end])).toEqual([
      ['GD1', '2023-02-28'],
      ['GD2', '2023-08-31'],
      ['GD3', '2023-12-14'],
    ]);
    expect(draft.phases[1]!.start).toBe('2023-03-01');
    expect(draft.phases[2]!.deadline!.text).toContain('trước ngày 15/12/2023');
    expect(draft.phases[1]!.subPeriods[0]).toMatchObject({ start: '2023-03-01', end: '2023-05-31', approximate: true, review: true });
  });

  it('gives each phase task the right lead', () => {
    expect(phaseTask('GD1')).toMatchObject({ lead: 'CA_TP', deadline: { kind: 'due', due: '2023-02-28' } });
    expect(phaseTask('GD1').support).toEqual(expect.arrayContaining(['BCD_P5']));
    expect(phaseTask('GD1').title).toBe('Giai đoạn 1: Xây dựng kế hoạch triển khai, thực hiện');
    const gd2 = phaseTask('GD2');
    expect(gd2.lead).toBe('CA_TP');
    expect(gd2.support).toContain('CA_P5');
    expect(gd2.review).toBe(true);
    expect(gd2.deadline).toMatchObject({ kind: 'period', start: '2023-03-01', due: '2023-08-31' });
    expect(phaseTask('GD3').lead).toBe('BCD_TP');
  });

  it('makes the peak an approximate, review-marked task and the 2024 list a task within 12/2023', () => {
    const peak = draft.tasks.find((t) => t.title.startsWith('Cao điểm'))!;
    expect(peak).toMatchObject({ phase: 'GD2', review: true, deadline: { start: '2023-03-01', due: '2023-05-31', approximate: true } });
    const list = draft.tasks.find((t) => t.source.includes('năm 2024'))!;
    expect(list).toMatchObject({ lead: 'BCD_TP', phase: 'GD3', deadline: { kind: 'period', start: '2023-12-01', due: '2023-12-31' } });
  });

  it('leads the section 2.1 tasks by Công an Phường 5', () => {
    const ward = draft.tasks.filter((t) => t.section === 'II.2.1');
    expect(ward.length).toBe(2);
    for (const task of ward) expect(task.lead).toBe('CA_P5');
  });

  it('never takes a deadline from a cited document and keeps objectives out of tasks', () => {
    const dueDates = draft.tasks.flatMap((t) => [t.deadline?.due, t.deadline?.start]).filter(Boolean);
    expect(dueDates).not.toContain('2023-02-17');
    expect(dueDates).not.toContain('2021-05-17');
    expect(draft.tasks.some((t) => t.section.startsWith('I.'))).toBe(false);
    for (const task of draft.tasks) expect(seed.replace(/\*\*/g, '')).toContain(task.source);
  });
});
