import { describe, expect, it } from 'vitest';
import { findDeadline, parseDeadline } from '../../../src/core/deadline/parse-deadline.ts';
import { expectDue, expectNone, SEED_CTX } from './expect-reading.ts';

describe('phrases that are not deadlines', () => {
  it('"kể từ ngày ký" is the effective date', () => {
    expectNone(parseDeadline('kể từ ngày ký', SEED_CTX), 'effective_date');
    expectNone(parseDeadline('Kế hoạch này có hiệu lực kể từ ngày ký ban hành.', SEED_CTX), 'effective_date');
    expectNone(parseDeadline('co hieu luc ke tu ngay ky', SEED_CTX), 'effective_date');
  });

  it('"thường xuyên" is continuous work', () => {
    const r = parseDeadline('thường xuyên', SEED_CTX);
    expectNone(r, 'continuous');
    expect(r.reading).toContain('"thường xuyên"');
    expectNone(parseDeadline('thuc hien thuong xuyen, lien tuc', SEED_CTX), 'continuous');
  });

  it('"theo quy định" defers to other rules', () => {
    expectNone(parseDeadline('theo quy định', SEED_CTX), 'per_regulation');
    expectNone(parseDeadline('báo cáo đúng thời hạn theo quy định', SEED_CTX), 'per_regulation');
  });

  it('the dateline of a document is its posting date', () => {
    const r = parseDeadline('TP. Trà Vinh, ngày 27 tháng 02 năm 2023', SEED_CTX);
    expectNone(r, 'posting_date');
    expect(r.reading).toContain('27/02/2023');
    expectNone(parseDeadline('Hà Nội, ngày 5 tháng 1 năm 2024', SEED_CTX), 'posting_date');
  });

  it('a date that qualifies a document reference is never a due date', () => {
    expectNone(parseDeadline('ngày 17/02/2023 của Ban Chỉ đạo tỉnh', SEED_CTX), 'posting_date');
    expectNone(parseDeadline('Kế hoạch số 07/KH-BCĐ ngày 17/02/2023', SEED_CTX), 'posting_date');
    expectNone(parseDeadline('Quyết định số 09/QĐ-BCĐ ngày 17/02/2023', SEED_CTX), 'posting_date');
    expectNone(parseDeadline('Nghị định số 45/2023/NĐ-CP ngày 1/7/2023 của Chính phủ', SEED_CTX), 'posting_date');
    expectNone(parseDeadline('Công văn ngày 3/3/2023 của UBND tỉnh', SEED_CTX), 'posting_date');
  });

  it('an empty or time-less text is unrecognised', () => {
    expectNone(parseDeadline('', SEED_CTX), 'unrecognised');
    expectNone(findDeadline('Công an Phường 5 phối hợp chặt chẽ với cán bộ, công chức có liên quan.', SEED_CTX), 'unrecognised');
  });
});

describe('findDeadline in a sentence', () => {
  it('returns none for a sentence that only references documents', () => {
    const r = findDeadline('Thực hiện Kế hoạch số 07/KH-BCĐ ngày 17/02/2023 của Ban Chỉ đạo tỉnh về chuyển hóa địa bàn giai đoạn 2021 - 2025.', SEED_CTX);
    expectNone(r, 'posting_date');
  });

  it('takes the real deadline after a document reference', () => {
    const r = findDeadline('Thực hiện Công văn số 12/CV-UBND ngày 1/2/2023 của UBND tỉnh, các đơn vị báo cáo kết quả trước ngày 15/3/2023.', SEED_CTX);
    expectDue(r, '2023-03-14');
  });

  it('prefers the phrase introduced by "hoàn thành" and says so', () => {
    const r = findDeadline('Sơ kết vào ngày 15/6/2023, tổng kết hoàn thành trước ngày 15/12/2023.', SEED_CTX);
    expectDue(r, '2023-12-14');
    expect(r.reading).toContain('"vào ngày 15/6/2023"');
    expect(r.reading).toContain('hoàn thành');
  });

  it('prefers a deadline over a remark such as "theo quy định"', () => {
    const r = findDeadline('Rà soát, đề xuất danh sách đúng theo quy định, hướng dẫn (hoàn thành trong tháng 12/2023).', SEED_CTX);
    expect(r.kind).toBe('period');
  });

  it('is not fooled by a relative duration next to a real date', () => {
    expectDue(findDeadline('trong 3 tháng sau khi nhận văn bản, hoàn thành trước ngày 15/6/2023', SEED_CTX), '2023-06-14');
  });

  it('prefers the month an event is held in over the span it reviews', () => {
    const r = findDeadline('Tổ chức sơ kết 6 tháng đầu năm vào tháng 7/2023.', SEED_CTX);
    expect(r.kind === 'period' && [r.startDate, r.endDate]).toEqual(['2023-07-01', '2023-07-31']);
  });

  it('ignores a "giai đoạn" that titles a referenced plan but keeps the task deadline after it', () => {
    const r = findDeadline(
      'Kế hoạch số 123/KH-UBND ngày 20/3/2023 của UBND tỉnh về thực hiện Đề án giai đoạn 2023-2025; các đơn vị triển khai trong quý II/2023.',
      SEED_CTX,
    );
    expect(r.kind === 'period' && [r.startDate, r.endDate]).toEqual(['2023-04-01', '2023-06-30']);
  });
});
