import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/plan-texts/${name}`, import.meta.url), 'utf8');

describe('draftPlan on a ward plan for the drug prevention month', () => {
  const draft = draftPlan(fixture('ward-drug-prevention-month-2024.txt'));
  const bySource = (part: string) => draft.tasks.find((t) => t.source.includes(part))!;

  it('reads the header from the heading block', () => {
    expect(draft.header).toMatchObject({ number: '12/KH-BCĐ', issueDate: '2024-06-05', area: 'Phường 7', issuerCode: 'BCD_P7' });
  });

  it('finds leads, support units and deadlines', () => {
    expect(bySource('mít tinh')).toMatchObject({ lead: 'CA_P7', support: ['DTN_P7', 'HPN_P7'], deadline: { due: '2024-06-25' } });
    expect(bySource('Giao Công an Phường 7')).toMatchObject({ lead: 'CA_P7', deadline: { start: '2024-06-01', due: '2024-06-30' } });
    expect(bySource('xét nghiệm')).toMatchObject({ lead: 'TRAM_YT_P7', support: ['CA_P7'] });
    expect(bySource('định kỳ hằng tháng').deadline).toMatchObject({ kind: 'recurrence', recurrence: { frequency: 'monthly' } });
  });

  it('gives items under a unit heading that unit as lead', () => {
    expect(bySource('ký cam kết').lead).toBe('MTTQ_P7');
    expect(bySource('Giám sát').lead).toBe('MTTQ_P7');
  });

  it('reads a station written in lower case by its name, and targets as criteria', () => {
    const radio = bySource('Đài truyền thanh');
    expect(radio.lead).toBe('DAI_TT_P7');
    expect(draft.units.find((u) => u.code === 'DAI_TT_P7')?.name).toBe('Đài Truyền thanh Phường 7');
    expect(draft.criteria[0]).toMatchObject({ kind: 'target', target: '100', unitOfMeasure: '%', review: true });
    expect(draft.tasks.some((t) => t.source.startsWith('Nâng cao nhận thức'))).toBe(false);
  });
});

describe('draftPlan on a district plan for a general inspection', () => {
  const draft = draftPlan(fixture('district-general-inspection-2023.txt'));
  const bySource = (part: string) => draft.tasks.find((t) => t.source.includes(part))!;

  it('finds department names and leads', () => {
    const names = draft.units.map((u) => u.name);
    expect(names).toEqual(expect.arrayContaining(['Phòng Văn hóa - Thông tin huyện', 'Phòng Lao động - Thương binh và Xã hội huyện', 'Công an huyện']));
    const team = bySource('thành lập Đoàn kiểm tra');
    expect(team).toMatchObject({ lead: 'CA_H', deadline: { due: '2023-03-19' } });
    expect(team.support).toEqual(['PHONG_VHTT_H', 'PHONG_LDTBXH_H']);
    expect(team.title).toBe('Tham mưu Ủy ban nhân dân huyện thành lập Đoàn kiểm tra liên ngành');
  });

  it('reads periods, quarters and unit headings', () => {
    expect(bySource('karaoke, vũ trường từ ngày')).toMatchObject({ deadline: { start: '2023-04-01', due: '2023-04-30' } });
    expect(bySource('quý III/2023').deadline).toMatchObject({ start: '2023-07-01', due: '2023-09-30' });
    expect(bySource('Tổng hợp kết quả').lead).toBe('CA_H');
    expect(bySource('giấy phép').lead).toBe('PHONG_VHTT_H');
  });

  it('flags a collective lead for review', () => {
    const communes = bySource('Ủy ban nhân dân các xã');
    expect(communes.review).toBe(true);
    expect(draft.groups.find((g) => g.code === communes.lead)?.name).toBe('Ủy ban nhân dân các xã, thị trấn');
    expect(draft.tasks.flatMap((t) => [t.deadline?.due])).not.toContain('2023-03-01');
  });
});
