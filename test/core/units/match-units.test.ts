import { describe, expect, it } from 'vitest';
import { buildUnitDirectory, findUnitMentions, resolveUnit } from '../../../src/core/units/match-units.ts';

const units = [
  { code: 'BCD_TP', name: 'Ban Chỉ đạo thành phố', aliases: ['BCĐ TP'] },
  { code: 'CATP', name: 'Công an thành phố Trà Vinh', shortNames: ['Công an thành phố'], aliases: ['CATP', 'Công an TP'] },
  { code: 'CAP5', name: 'Công an Phường 5', aliases: ['CAP5'] },
  { code: 'BCD_P5', name: 'Ban Chỉ đạo Phường 5' },
  { code: 'UBND_P5', name: 'Ủy ban nhân dân Phường 5', aliases: ['UBND P5'] },
  { code: 'DU_P5', name: 'Đảng ủy Phường 5' },
  { code: 'HPN_P5', name: 'Hội Liên hiệp Phụ nữ Phường 5', shortNames: ['Hội Phụ nữ Phường 5'] },
];
const groups = [{ code: 'NGANH_TP', name: 'các ngành, đoàn thể cùng cấp', members: ['BCD_TP'] }];

const directory = buildUnitDirectory(units, groups);
const plain = buildUnitDirectory(units);
const codes = (text: string, dir = directory) => findUnitMentions(text, dir).map((m) => m.unitCode ?? m.groupCode ?? `?${m.matched}`);

describe('findUnitMentions', () => {
  it('finds full names, with positions and the text as written', () => {
    const text = 'Công an thành phố chủ trì, phối hợp với Ban Chỉ đạo Phường 5';
    const mentions = findUnitMentions(text, directory);
    expect(mentions).toEqual([
      { unitCode: 'CATP', matched: 'Công an thành phố', start: 0, end: 17 },
      { unitCode: 'BCD_P5', matched: 'Ban Chỉ đạo Phường 5', start: 40, end: 60 },
    ]);
  });

  it('prefers the longest name: "Công an Phường 5" is the ward police, not the city police', () => {
    expect(codes('Công an thành phố và Công an Phường 5 tham mưu')).toEqual(['CATP', 'CAP5']);
    expect(codes('giao Công an thành phố Trà Vinh')).toEqual(['CATP']);
    expect(findUnitMentions('giao Công an thành phố Trà Vinh', directory)[0]?.matched).toBe('Công an thành phố Trà Vinh');
  });

  it('matches without diacritics and in any case', () => {
    expect(codes('cong an phuong 5 bao cao')).toEqual(['CAP5']);
    expect(codes('CÔNG AN THÀNH PHỐ')).toEqual(['CATP']);
    expect(codes('uy ban nhan dan phuong 5')).toEqual(['UBND_P5']);
  });

  it('matches decomposed (NFD) input and keeps positions in the original text', () => {
    const text = 'Giao Công an Phường 5'.normalize('NFD');
    const [mention] = findUnitMentions(text, directory);
    expect(mention?.unitCode).toBe('CAP5');
    expect(mention?.matched).toBe(text.slice(5));
  });

  it('reads abbreviations: Công an TP, CA thành phố, CA TP, UBND P5, UBND phường 5, CA P5, P.5', () => {
    expect(codes('Công an TP')).toEqual(['CATP']);
    expect(codes('CA thành phố')).toEqual(['CATP']);
    expect(codes('CA TP')).toEqual(['CATP']);
    expect(codes('UBND P5')).toEqual(['UBND_P5']);
    expect(codes('UBND phường 5')).toEqual(['UBND_P5']);
    expect(codes('CA P5 và CA P.5')).toEqual(['CAP5', 'CAP5']);
    expect(codes('BCĐ phường 5')).toEqual(['BCD_P5']);
    expect(codes('Hội Phụ nữ P5')).toEqual(['HPN_P5']);
    expect(codes('Hội LHPN phường 5')).toEqual(['HPN_P5']);
  });

  it('respects word boundaries: codes are not found inside other words', () => {
    expect(codes('CATPX và XCATP')).toEqual([]);
    expect(codes('CATP, CAP5.')).toEqual(['CATP', 'CAP5']);
    expect(codes('Công an Phường 50')).toEqual([]);
    expect(codes('Công an')).toEqual([]);
  });

  it('does not treat "cùng cấp 5" or a bare "Phường 5" as a unit', () => {
    expect(codes('đơn vị cùng cấp 5 năm')).toEqual([]);
    expect(codes('địa bàn Phường 5')).toEqual([]);
  });

  it('resolves a collective mention to the configured group', () => {
    const [mention] = findUnitMentions('phối hợp với các ngành, đoàn thể cùng cấp và Ban Chỉ đạo Phường 5', directory);
    expect(mention).toMatchObject({ groupCode: 'NGANH_TP', matched: 'các ngành, đoàn thể cùng cấp', collective: true });
    expect(mention?.review).toBeUndefined();
  });

  it('flags a collective mention for review when no group is configured', () => {
    const mentions = findUnitMentions('phối hợp với các ngành, đoàn thể cùng cấp và các đơn vị liên quan', plain);
    expect(mentions).toEqual([
      { matched: 'các ngành, đoàn thể cùng cấp', start: 13, end: 41, review: true, collective: true },
      { matched: 'các đơn vị liên quan', start: 45, end: 65, review: true, collective: true },
    ]);
    expect(findUnitMentions('các tổ chức chính trị - xã hội cùng cấp', plain)[0]).toMatchObject({ review: true, collective: true });
    expect(findUnitMentions('cac to chuc chinh tri xa hoi cung cap', plain)[0]).toMatchObject({ review: true });
  });

  it('flags a name shared by two units', () => {
    const shared = buildUnitDirectory([
      { code: 'A', name: 'Phòng Tư pháp', aliases: ['PTP'] },
      { code: 'B', name: 'Phòng Tài chính', aliases: ['PTP'] },
    ]);
    expect(findUnitMentions('giao PTP', shared)).toEqual([{ matched: 'PTP', start: 5, end: 8, review: true, candidates: ['A', 'B'] }]);
  });
});

describe('resolveUnit', () => {
  it('takes an exact code in any case', () => {
    expect(resolveUnit('CAP5', directory)).toEqual({ kind: 'unit', unitCode: 'CAP5' });
    expect(resolveUnit('ubnd_p5', directory)).toEqual({ kind: 'unit', unitCode: 'UBND_P5' });
    expect(resolveUnit('ubndp5', directory)).toEqual({ kind: 'unit', unitCode: 'UBND_P5' });
  });

  it('takes a full name or an alias, with or without diacritics', () => {
    expect(resolveUnit('công an phường 5', directory)).toEqual({ kind: 'unit', unitCode: 'CAP5' });
    expect(resolveUnit('cong an tp', directory)).toEqual({ kind: 'unit', unitCode: 'CATP' });
    expect(resolveUnit('UBND phường 5', directory)).toEqual({ kind: 'unit', unitCode: 'UBND_P5' });
  });

  it('takes a unique part of a name', () => {
    expect(resolveUnit('đảng ủy', directory)).toEqual({ kind: 'unit', unitCode: 'DU_P5' });
    expect(resolveUnit('phụ nữ', directory)).toEqual({ kind: 'unit', unitCode: 'HPN_P5' });
  });

  it('lists candidates when the words fit several units', () => {
    expect(resolveUnit('công an', directory)).toEqual({ kind: 'ambiguous', candidates: ['CATP', 'CAP5'] });
    expect(resolveUnit('ban chỉ đạo', directory)).toEqual({ kind: 'ambiguous', candidates: ['BCD_TP', 'BCD_P5'] });
  });

  it('returns a group for a collective name, and not_found otherwise', () => {
    expect(resolveUnit('các ngành, đoàn thể cùng cấp', directory)).toEqual({ kind: 'group', groupCode: 'NGANH_TP', members: ['BCD_TP'] });
    expect(resolveUnit('Sở Y tế', directory)).toEqual({ kind: 'not_found' });
    expect(resolveUnit('  ', directory)).toEqual({ kind: 'not_found' });
  });
});
