import { describe, expect, it } from 'vitest';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { helpers } from './support/round3.ts';

// Texts written for these tests (round 4 of the drafter): a ward campaign in phases, leads in trailing brackets.

const WARD = ['UBND PHƯỜNG AN BÌNH', 'Số: 27/KH-UBND', 'An Bình, ngày 05 tháng 3 năm 2025', 'KẾ HOẠCH', 'Ra quân làm sạch kênh mương năm 2025'];

describe('a campaign whose phases are headings on lines of their own', () => {
  const draft = draftPlan(
    [
      ...WARD,
      'II. CÁC GIAI ĐOẠN',
      'Giai đoạn 1: Từ ngày 10/3/2025 đến ngày 31/3/2025',
      'a) Khảo sát các đoạn kênh bị lấn chiếm, lập danh sách hộ vi phạm (Tổ dân phố các khu phố thực hiện; Công an phường hướng dẫn).',
      'b) Thông báo kế hoạch ra quân trên loa phát thanh (Phường đoàn chủ trì; Hội Liên hiệp Phụ nữ phường phối hợp).',
      'c) Phát quang bờ kênh nhánh.',
      'Giai đoạn 2 (tháng 4/2025)',
      'a) Vớt rác, nạo vét lòng kênh (Phường đoàn chủ trì).',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('gives the items under a bare phase heading the phase end as their deadline', () => {
    expect(by('đoạn kênh bị lấn chiếm')?.deadline?.due).toBe('2025-03-31');
    expect(by('Vớt rác')?.deadline?.due).toBe('2025-04-30');
    expect(draft.phases.map((p) => p.name)).toEqual(['Giai đoạn 1', 'Giai đoạn 2']);
  });

  it("keeps an item that names no unit and starts with no listed verb as the phase's work, flagged", () => {
    expect(by('bờ kênh nhánh')?.deadline?.due).toBe('2025-03-31');
    expect(by('bờ kênh nhánh')?.review).toBe(true);
  });

  it('reads leads in trailing brackets, a ward Youth Union and residential groups among them', () => {
    expect(name(by('đoạn kênh bị lấn chiếm')?.lead)).toMatch(/^Tổ dân phố/);
    expect(name(by('loa phát thanh')?.lead)).toBe('Phường đoàn');
    expect(by('loa phát thanh')?.support.map(name)).toEqual(['Hội Liên hiệp Phụ nữ phường An Bình']);
    expect(name(by('Vớt rác')?.lead)).toBe('Phường đoàn');
  });
});

describe('a phase heading with a short name over its items', () => {
  const draft = draftPlan(
    [
      ...WARD,
      'II. NỘI DUNG',
      '1. Giai đoạn 1 (từ ngày 10/3/2025 đến ngày 20/3/2025): chuẩn bị',
      '- Lập danh sách các tuyến kênh cần nạo vét (Công an phường chủ trì).',
      '2. Giai đoạn 2 (từ ngày 21/3/2025 đến ngày 31/3/2025): ra quân',
      '- Nạo vét các tuyến kênh chính.',
    ].join('\n'),
  );

  it('makes a phase, not a task, of the heading', () => {
    expect(draft.tasks.some((t) => /^Giai đoạn/.test(t.title))).toBe(false);
    expect(draft.phases.map((p) => p.end)).toEqual(['2025-03-20', '2025-03-31']);
  });
});

describe('an office whose name runs on in lower case up to its short form', () => {
  const draft = draftPlan(
    [
      'UBND TỈNH HÒA LỘC',
      'SỞ NỘI VỤ',
      'Số: 15/KH-SNV',
      'Hòa Lộc, ngày 10 tháng 02 năm 2025',
      'KẾ HOẠCH',
      'Cải cách hành chính năm 2025 của Sở',
      'I. PHÂN CÔNG',
      'Giao Phòng Tổ chức, biên chế và tổ chức phi chính phủ (TCBC&TCPCP), Phòng Công chức, viên chức (CCVC) thực hiện các nhiệm vụ sau:',
      '1. TCBC&TCPCP rà soát chức năng, nhiệm vụ các phòng thuộc Sở trước ngày 31/3/2025.',
      '2. CCVC tổ chức thi nâng ngạch công chức trong quý III/2025.',
    ].join('\n'),
  );
  const { by, name } = helpers(draft);

  it('reads the whole name and gives each short form its own unit', () => {
    expect(name(by('chức năng, nhiệm vụ')?.lead)).toBe('Phòng Tổ chức, biên chế và tổ chức phi chính phủ');
    expect(name(by('nâng ngạch')?.lead)).toBe('Phòng Công chức, viên chức');
  });
});

describe('a duty with only the day it starts', () => {
  const draft = draftPlan(
    [
      'UBND HUYỆN HÒA LỘC',
      'Số: 02/CT-UBND',
      'Hòa Lộc, ngày 10 tháng 01 năm 2025',
      'CHỈ THỊ',
      'Về bảo đảm an toàn dịp Tết',
      '1. Phòng Văn hóa và Thông tin tuyên truyền trên loa truyền thanh từ ngày 12/01/2025.',
      '2. Phòng Tài nguyên và Môi trường xây dựng bảng giá đất áp dụng từ ngày 01/01/2026.',
    ].join('\n'),
  );
  const { by } = helpers(draft);

  it('gives it no deadline and flags it ("từ ngày D" is a start, not a due date)', () => {
    expect(by('loa truyền thanh')?.deadline).toBeUndefined();
    expect(by('loa truyền thanh')?.review).toBe(true);
  });

  it('keeps the day a rule applies from as the day the work must be ready', () => {
    expect(by('bảng giá đất')?.deadline?.due).toBe('2026-01-01');
  });
});
