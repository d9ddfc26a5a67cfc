import { describe, expect, it } from 'vitest';
import { isSameClause, keepUnchangedDuties } from '../../../src/core/plan/keep-unchanged-duties.ts';
import type { PlanFile } from '../../../src/core/plan/plan-schema.ts';

const plan = (tasks: object[], extra: object = {}) => ({ plan: '45/KH-BCĐ', units: [], tasks, ...extra }) as unknown as PlanFile;

describe('isSameClause', () => {
  it('ignores spacing, punctuation and case', () => {
    expect(isSameClause('Tổ chức sơ kết (hoàn thành trước ngày 15/12/2023).', 'tổ chức  sơ kết hoàn thành trước ngày 15 12 2023')).toBe(true);
  });
  it('takes a short wordy tail ("cụ thể như sau") but never one with a number, nor a changed date', () => {
    const clause = 'Ban Chỉ đạo thành phố tổ chức sơ kết việc thực hiện công tác chuyển hóa, hoàn thành trước ngày 15/12/2023';
    expect(isSameClause(`${clause}, cụ thể như sau:`, clause)).toBe(true);
    expect(isSameClause(`${clause}, báo cáo trước ngày 20`, clause)).toBe(false);
    expect(isSameClause(clause.replace('15/12', '20/12'), clause)).toBe(false);
  });
  it('a short clause inside a much longer one is another clause', () => {
    expect(isSameClause('Tổ chức tuyên truyền', 'Tổ chức tuyên truyền sâu rộng trong nhân dân về phòng chống ma túy và tội phạm trên địa bàn')).toBe(false);
  });
});

describe('keepUnchangedDuties', () => {
  const clause = 'Công an phường chủ trì rà soát đối tượng nghiện ma túy trên địa bàn, hoàn thành trong tháng 6/2026';
  const current = plan(
    [{ code: 'RS-01', title: 'Rà soát người nghiện (BCĐ sửa)', source: clause, lead: 'CAP', support: ['NHOM_DT'], deadline: '2026-06-20', phase: 'GD1' }],
    {
      units: [
        { code: 'CAP', name: 'Công an phường', kind: 'police' },
        { code: 'HPN', name: 'Hội Phụ nữ phường', kind: 'mass_org' },
      ],
      phases: [{ code: 'GD1', name: 'Giai đoạn 1', start: '2026-05-01', end: '2026-06-30' }],
      config: { groups: [{ code: 'NHOM_DT', name: 'các đoàn thể', members: ['HPN'] }] },
    },
  );
  const drafted = (source: string) =>
    plan([{ code: 'RS-01', title: 'Rà soát đối tượng nghiện ma túy', source, lead: 'CA_P', deadline: '2026-06-30', review: true }]);

  it('a matched duty with its clause unchanged is the task as the committee keeps it, with the units, group and phase it names', () => {
    const { file, kept } = keepUnchangedDuties(drafted(clause), { current, matched: new Set(['RS-01']) });
    expect(kept).toBe(1);
    expect(file.tasks[0]).toEqual(current.tasks[0]);
    expect(file.units.map((u) => u.code).sort()).toEqual(['CAP', 'HPN']);
    expect(file.phases?.map((p) => p.code)).toEqual(['GD1']);
    expect(file.config?.groups?.map((g) => g.code)).toEqual(['NHOM_DT']);
  });

  it('a changed clause, or a duty not matched to the task, is the drafter’s reading', () => {
    const changed = drafted(clause.replace('tháng 6/2026', 'tháng 7/2026'));
    expect(keepUnchangedDuties(changed, { current, matched: new Set(['RS-01']) }).kept).toBe(0);
    expect(keepUnchangedDuties(drafted(clause), { current, matched: new Set() }).file.tasks[0]?.title).toBe('Rà soát đối tượng nghiện ma túy');
  });
});
