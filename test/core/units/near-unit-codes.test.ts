import { describe, expect, it } from 'vitest';
import { nearUnitCodes } from '../../../src/core/units/near-unit-codes.ts';

const UNITS = [
  { code: 'CATP', name: 'Công an thành phố' },
  { code: 'CAP1', name: 'Công an Phường 1' },
  { code: 'CAP5', name: 'Công an Phường 5', shortName: 'CA P5' },
  { code: 'CAP7', name: 'Công an Phường 7' },
  { code: 'HPN', name: 'Hội Liên hiệp Phụ nữ' },
  { code: 'DOANTN', name: 'Đoàn Thanh niên' },
];

describe('units a mistyped code may have meant', () => {
  it('a number the plan lacks: the same family, closest first', () => {
    expect(nearUnitCodes('CAP9', UNITS).map((u) => u.code)).toEqual(['CAP1', 'CAP5', 'CAP7']);
    expect(nearUnitCodes('cap 9', UNITS).map((u) => u.code)).toContain('CAP5');
  });

  it('one key off or two keys swapped', () => {
    expect(nearUnitCodes('HNP', UNITS).map((u) => u.code)).toEqual(['HPN']);
    expect(nearUnitCodes('DOANTM', UNITS).map((u) => u.code)).toEqual(['DOANTN']);
  });

  it('nothing near: nothing suggested', () => {
    expect(nearUnitCodes('SOYT', UNITS)).toEqual([]);
    expect(nearUnitCodes('x', UNITS)).toEqual([]);
  });
});
