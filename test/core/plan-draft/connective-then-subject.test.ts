import { describe, expect, it } from 'vitest';
import { discoverUnits } from '../../../src/core/plan-draft/discover-units.ts';
import { findRoles } from '../../../src/core/plan-draft/find-roles.ts';

// Texts written for this test (round 34 of the drafter): after a connective ("Đồng thời, …", "Ngoài ra, …") the unit that opens
// the sentence is its subject, whatever verb follows ("đình chỉ", "tạm dừng", "không cấp" are outside the usual duty verbs).

const lead = (text: string) => {
  const found = discoverUnits(text);
  const roles = findRoles(text, found.mentions);
  return found.units.find((u) => u.code === roles.lead)?.name;
};

describe('a connective, then the subject', () => {
  it('leads its sentence', () => {
    expect(lead('Đồng thời, Chi cục Thuế khu vực III tạm ngừng cấp hóa đơn cho các cơ sở vi phạm.')).toBe('Chi cục Thuế khu vực III');
    expect(lead('Ngoài ra, Sở Công Thương đình chỉ hoạt động các cửa hàng xăng dầu không bảo đảm an toàn.')).toBe('Sở Công Thương');
  });
});
