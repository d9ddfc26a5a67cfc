import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildUnitDirectory, findUnitMentions, resolveUnit, type UnitDirectory } from '../../../src/core/units/match-units.ts';
import { loadPlanFile } from '../../../src/plan-import/load-plan-file.ts';

let directory: UnitDirectory;
beforeAll(async () => {
  const result = await loadPlanFile(fileURLToPath(new URL('../../../plans/45-KH-BCD-2023.yaml', import.meta.url)));
  if (!result.ok) throw new Error('seed plan does not load');
  directory = buildUnitDirectory(result.plan.units, result.plan.config.groups);
});

const read = (text: string) => findUnitMentions(text, directory).map((m) => m.unitCode ?? m.groupCode ?? (m.review ? 'REVIEW' : '?'));

describe('unit mentions in the seed plan text', () => {
  it('phase 1: city police, the configured collective, the ward committee', () => {
    expect(read('Công an thành phố chủ trì, phối hợp với các ngành, đoàn thể cùng cấp và Ban Chỉ đạo Phường 5 xây dựng kế hoạch')).toEqual([
      'CATP',
      'NGANH_DOAN_THE_TP',
      'BCD_P5',
    ]);
  });

  it('section 2.1: ward police, officials (review), ward mass organisations, ward People’s Committee', () => {
    const text =
      'Công an Phường 5 phối hợp chặt chẽ với cán bộ, công chức có liên quan và các tổ chức chính trị - xã hội cùng cấp tranh thủ sự chỉ đạo của Đảng ủy, UBND Phường 5';
    expect(read(text)).toEqual(['CAP5', 'REVIEW', 'CTXH_P5', 'UBND_P5']);
  });

  it('does not join words across a line break ("KH-BCĐ" then "TP. Trà Vinh" on the next line)', () => {
    expect(read('Số: 45/KH-BCĐ\n\nTP. Trà Vinh, ngày 27 tháng 02 năm 2023')).toEqual([]);
    expect(read('tại địa phương năm 2023')).toEqual([]);
  });

  it('reads the aliases people type in chat', () => {
    expect(read('CATP, Công an TP, CA thành phố, CAP5, CA P5, UBND P5, UBND phường 5, BCĐ P5')).toEqual([
      'CATP',
      'CATP',
      'CATP',
      'CAP5',
      'CAP5',
      'UBND_P5',
      'UBND_P5',
      'BCD_P5',
    ]);
  });

  it('resolves /moi arguments', () => {
    expect(resolveUnit('CAP5', directory)).toEqual({ kind: 'unit', unitCode: 'CAP5' });
    expect(resolveUnit('công an phường 5', directory)).toEqual({ kind: 'unit', unitCode: 'CAP5' });
    expect(resolveUnit('hoi nong dan phuong 5', directory)).toEqual({ kind: 'unit', unitCode: 'HND_P5' });
    expect(resolveUnit('hội nông dân', directory)).toMatchObject({ kind: 'ambiguous', candidates: ['HND_TP', 'HND_P5'] });
  });
});
