import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { HEAD, helpers } from './support/round3.ts';

// Texts written for these tests (round 12 of the drafter): the duty of the Mặt trận and the mass organisations, then "Trong đó:"
// over their own items; "Cụ thể:" over a duty's targets.

describe('a duty, then "Trong đó:" or "Cụ thể:"', () => {
  const draft = draftPlan(
    [
      ...HEAD,
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể huyện',
      'Vận động Nhân dân kê khai đất công đang sử dụng. Trong đó:',
      '- Hội Nông dân huyện chủ trì hướng dẫn hội viên kê khai, hoàn thành trước ngày 30/6/2025.',
      '- Huyện đoàn tổ chức đội hình thanh niên hỗ trợ đo đạc trong tháng 7/2025.',
      '2. Đề nghị các hội, đoàn thể huyện',
      'Tuyên truyền chính sách đất đai đến từng hộ gia đình; Hội Cựu chiến binh huyện chủ trì giám sát việc kê khai trong quý III/2025.',
      '3. Ủy ban nhân dân các xã, thị trấn',
      'Cắm mốc ranh giới đất công, hoàn thành trước ngày 30/9/2025. Cụ thể:',
      '- Thôn Tân Hòa cắm 120 mốc.',
      '- Thôn Phú Lộc cắm 80 mốc.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('makes the sentence before "Trong đó:" a duty of the addressees', () => {
    expect(name(by('kê khai đất công đang sử dụng')?.lead)).toMatch(/^Ủy ban Mặt trận Tổ quốc Việt Nam huyện/);
  });

  it('keeps the items under "Trong đó:" with their own units', () => {
    expect(name(by('hướng dẫn hội viên kê khai')?.lead)).toMatch(/^Hội Nông dân huyện/);
    expect(name(by('đội hình thanh niên')?.lead)).toMatch(/^Huyện đoàn/);
  });

  it('gives a first clause with no subject to the heading, the later subject only its own clause', () => {
    expect(name(by('chính sách đất đai')?.lead)).toMatch(/hội, đoàn thể huyện/);
    expect(name(by('giám sát việc kê khai')?.lead)).toMatch(/^Hội Cựu chiến binh huyện/);
  });

  it('makes no task of the targets under "Cụ thể:"', () => {
    expect(by('Cắm mốc ranh giới')?.deadline?.due).toBe('2025-09-29');
    expect(by('cắm 120 mốc')).toBeUndefined();
    expect(by('cắm 80 mốc')).toBeUndefined();
  });
});
