import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/core/deadline/parse-deadline.ts';
import { expectDue, expectNone, expectPeriod, SEED_CTX } from './expect-reading.ts';

// Sentences copied from shared/plans/45-KH-BCD-2023-tp-tra-vinh.txt (markdown emphasis included).
const PHASE_1 =
  '- **Giai đoạn 1:** Căn cứ vào Quyết định số 09/QĐ-BCĐ ngày 17/02/2023 của Ban Chỉ đạo tỉnh về việc phê duyệt danh sách địa bàn trọng điểm, phức tạp về TTATXH thuộc diện chuyển hóa năm 2023, Công an thành phố chủ trì, phối hợp với các ngành, đoàn thể cùng cấp và Ban Chỉ đạo Phường 5 xây dựng kế hoạch triển khai, thực hiện (**hoàn thành trong ngày 28/02/2023**).';
const PHASE_2 =
  '- **Giai đoạn 2:** Công an thành phố và Công an Phường 5 tham mưu Ban Chỉ đạo cùng cấp tổ chức triển khai các biện pháp để chuyển hóa địa bàn, đặc biệt chỉ đạo tập trung chuyển hóa trong **6 tháng, kể từ ngày 01/3/2023** (trong đó chỉ đạo cao điểm tấn công, trấn áp các loại tội phạm về trật tự xã hội và tệ nạn xã hội, trọng tâm là về tội phạm và tệ nạn ma túy ở địa bàn; **thời gian khoảng 3 tháng**).';
const PHASE_3 =
  '- **Giai đoạn 3:** Ban Chỉ đạo thành phố và Ban Chỉ đạo Phường 5 tổ chức sơ kết việc thực hiện công tác chuyển hóa; trong đó, tập trung đánh giá địa bàn chuyển hóa đạt hay chưa đạt các tiêu chí đề ra và phương hướng thực hiện trong thời gian tới (**hoàn thành trước ngày 15/12/2023**), cụ thể như sau:';
const LIST_2024 =
  '+ Trên cơ sở kết quả công tác chuyển hóa tại địa phương năm 2023, Ban Chỉ đạo thành phố tổ chức rà soát, đề xuất danh sách địa bàn đưa vào chuyển hóa năm 2024 đúng theo quy định, hướng dẫn (**hoàn thành trong tháng 12/2023**).';
const CRITERIA_REFS =
  'Để xác định địa bàn chuyển hóa đạt, phải đảm bảo đạt đủ tiêu chí chung và tiêu chí cụ thể với loại địa bàn **Loại 4¹** theo Mục 3, Phần II (*Công tác công nhận địa bàn chuyển hóa đạt*) của Kế hoạch số 54/KH-BCĐ ngày 17/5/2021 của Ban Chỉ đạo tỉnh về công tác chuyển hóa địa bàn về TTXH giai đoạn 2021 - 2025 và Hướng dẫn số 01/HD-V01-P5 ngày 19/4/2022 của Văn phòng Bộ Công an về việc sửa đổi, bổ sung một số nội dung thực hiện công tác chuyển hóa địa bàn trọng điểm phức tạp về TTATXH giai đoạn 2021 – 2025 (*Đính kèm danh mục chỉ tiêu*)';

describe('the seed plan 45/KH-BCĐ', () => {
  it('phase 1 is due at the end of 28/02/2023, not on the decision date 17/02/2023', () => {
    const r = findDeadline(PHASE_1, SEED_CTX);
    expectDue(r, '2023-02-28');
    expect(r.kind === 'due' && r.matched).toBe('hoàn thành trong ngày 28/02/2023');
  });

  it('phase 2 runs six months from 01/03/2023', () => {
    expectPeriod(findDeadline(PHASE_2, SEED_CTX), '2023-03-01', '2023-08-31');
  });

  it('phase 2 peak of "khoảng 3 tháng" is approximate from the phase start', () => {
    const r = findDeadline('thời gian khoảng 3 tháng', { ...SEED_CTX, anchor: '2023-03-01' });
    expectPeriod(r, '2023-03-01', '2023-05-31');
    expect(r.kind === 'period' && r.approximate).toBe(true);
  });

  it('phase 3 review is due before 15/12/2023', () => {
    expectDue(findDeadline(PHASE_3, SEED_CTX), '2023-12-14');
    expectDue(findDeadline(PHASE_3, { ...SEED_CTX, beforeBoundary: 'inclusive' }), '2023-12-15');
  });

  it('the 2024 list is due within 12/2023, over "năm 2023", "năm 2024" and "theo quy định"', () => {
    const r = findDeadline(LIST_2024, SEED_CTX);
    expectPeriod(r, '2023-12-01', '2023-12-31');
    expect(r.reading).toContain('năm 2024');
  });

  it('the dateline is a posting date', () => {
    expectNone(findDeadline('TP. Trà Vinh, ngày 27 tháng 02 năm 2023', SEED_CTX), 'posting_date');
  });

  it('references to other plans and their "giai đoạn 2021 - 2025" titles give no deadline', () => {
    expectNone(findDeadline(CRITERIA_REFS, SEED_CTX), 'posting_date');
  });
});
