import { describe, expect, it } from 'vitest';
import { discoverUnits } from '../../src/core/plan-draft/discover-units.ts';

describe('discoverUnits', () => {
  it('merges UBND and Ủy ban nhân dân, and resolves a bare level to the plan area', () => {
    const { units } = discoverUnits('UBND Phường 5 chỉ đạo. Ủy ban nhân dân Phường 5 báo cáo. Công an phường kiểm tra.', { area: 'Phường 5' });
    expect(units.map((u) => [u.code, u.name])).toEqual([
      ['UBND_P5', 'Ủy ban nhân dân Phường 5'],
      ['CA_P5', 'Công an Phường 5'],
    ]);
    expect(units[0]!.mentions).toBe(2);
  });

  it('spreads a level written once over a list of organisations', () => {
    const { units } = discoverUnits('phối hợp với Mặt trận, Đoàn Thanh niên, Hội Cựu chiến binh, Hội Nông dân xã Long Đức');
    expect(units.map((u) => u.code)).toEqual(['MTTQ_XLD', 'DTN_XLD', 'CCB_XLD', 'HND_XLD']);
    expect(units[3]!.name).toBe('Hội Nông dân xã Long Đức');
  });

  it('reads department names, no diacritics, and collective mentions as review groups', () => {
    const found = discoverUnits('Phong Tu phap thanh pho chu tri, phoi hop voi cac don vi lien quan; Sở Y tế tỉnh hướng dẫn.');
    expect(found.units.map((u) => u.name)).toEqual(['Phòng Tư pháp thành phố', 'Sở Y tế tỉnh']);
    expect(found.groups).toMatchObject([{ name: 'cac don vi lien quan', review: true }]);
  });

  it('does not take generic words for units', () => {
    const { units } = discoverUnits('lực lượng Công an tăng cường phòng, chống tội phạm; tệ nạn xã hội giảm.');
    expect(units).toEqual([]);
  });
});
