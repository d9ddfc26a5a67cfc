import { describe, expect, it } from 'vitest';
import { adoptCurrentGroups } from '../../../src/core/plan/adopt-current-groups.ts';
import type { PlanFile } from '../../../src/core/plan/plan-schema.ts';

const plan = (groups: object[], tasks: object[] = []) => ({ plan: '45/KH-BCĐ', units: [], tasks, config: { groups } }) as unknown as PlanFile;

describe('adoptCurrentGroups', () => {
  const current = plan([
    { code: 'NGANH_DOAN_THE_TP', name: 'các ngành, đoàn thể cùng cấp', aliases: ['các ban, ngành, đoàn thể thành phố'], members: ['MTTQ_TP', 'DTN_TP'] },
  ]);

  it('a drafted collective the plan already defines (by name or alias, accents and case aside) takes its code and members; tasks follow', () => {
    const drafted = plan(
      [
        { code: 'NHOM_CAC_BAN_NGANH', name: 'Các ban, ngành, đoàn thể thành phố', members: [], review: true },
        { code: 'NHOM_CAN_BO', name: 'cán bộ, công chức có liên quan', members: [], review: true },
      ],
      [{ code: 'NV01', title: 'x', source: 'x', lead: 'CATP', support: ['NHOM_CAC_BAN_NGANH'] }],
    );
    const { file, adopted } = adoptCurrentGroups(drafted, current);
    expect(adopted).toBe(1);
    expect(file.config?.groups?.map((g) => [g.code, g.members])).toEqual([
      ['NGANH_DOAN_THE_TP', ['MTTQ_TP', 'DTN_TP']],
      ['NHOM_CAN_BO', []],
    ]);
    expect(file.tasks[0]?.support).toEqual(['NGANH_DOAN_THE_TP']);
  });

  it('without a plan being followed the draft is unchanged', () => {
    const drafted = plan([{ code: 'NHOM_X', name: 'các ngành, đoàn thể cùng cấp', members: [] }]);
    expect(adoptCurrentGroups(drafted, undefined).file).toBe(drafted);
  });
});
