import { describe, expect, it } from 'vitest';
import { draftPlanInChat } from '../../src/core/usecases/draft-plan-in-chat.ts';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { createPlanFiles } from '../../src/plan-import/plan-files.ts';

// A short plan written for this test: no issuer named, a duty led by "các đơn vị có liên quan", a report to the city committee.
const lines = (issuer: boolean) =>
  [
    'Số: 12/KH-BCĐ',
    'Trà Vinh, ngày 10 tháng 3 năm 2023',
    'KẾ HOẠCH',
    'Kiểm tra an toàn trật tự trên địa bàn Phường 5',
    ...(issuer ? ['Ban Chỉ đạo phòng chống tội phạm thành phố (gọi tắt là Ban Chỉ đạo thành phố) xây dựng Kế hoạch như sau:'] : []),
    'I. NHIỆM VỤ',
    '1. Công an Phường 5 chủ trì tổ chức tuần tra, kiểm soát, hoàn thành trước ngày 30/4/2023.',
    '2. Các đơn vị có liên quan tổ chức tuyên truyền cho nhân dân, hoàn thành trước ngày 30/5/2023.',
    '3. Ủy ban nhân dân Phường 5 báo cáo kết quả về Ban Chỉ đạo thành phố trước ngày 15/6/2023.',
  ].join('\n\n');

/**
 * QA11: the draft's summary did not say the issuer was missing, though the workbook sent back was
 * refused for it; it listed the committee reported to as a unit; a drafted placeholder lead
 * ("NHOM_DON_VI_CO_LIEN_QUAN") passed with a warning. The summary names everything that will
 * refuse the workbook, and a placeholder lead refuses it with a clear Vietnamese message.
 */
describe('the draft summary lists what will block the import', () => {
  const planFiles = createPlanFiles();
  const draft = async (issuer: boolean) => {
    const bytes = Buffer.from(lines(issuer));
    const reply = await draftPlanInChat(planFiles, { bytes, fileName: 'ke-hoach.txt', locale: 'vi' });
    const workbook = reply.attachments?.[0]?.bytes;
    const readBack = await planFiles.readPlanFile(workbook!, 'ke-hoach-kiem-tra.xlsx');
    return { text: marksToPlainText(reply.html), readBack };
  };
  const PLACEHOLDER =
    'Sheet Nhiệm vụ, dòng 3, cột Chủ trì: chủ trì "NHOM_DON_VI_CO_LIEN_QUAN" (Các đơn vị có liên quan) là nhóm nhiều đơn vị do bot tạm đặt khi đọc văn bản, chưa phải một đơn vị cụ thể.';

  it('no issuer and a placeholder lead: both listed as blocking at once; the workbook sent back is refused', async () => {
    const { text, readBack } = await draft(false);
    expect(text).toContain('⛔ Bảng này sẽ chưa nạp được (2 lỗi) nếu chưa sửa:');
    expect(text).toContain('• Sheet Kế hoạch, dòng 4, cột Giá trị: cần ghi cơ quan ban hành.');
    expect(text).toContain(`• ${PLACEHOLDER}`);
    expect(readBack.ok).toBe(false);
    // the upload stops at the header; what it names was in the summary already
    if (!readBack.ok) for (const error of readBack.errors) expect(text).toContain(error.message);
  });

  it('units listed are those taking a task: the committee only reported to is not one', async () => {
    const { text } = await draft(true);
    expect(text).toContain('• Đơn vị (2): Công an Phường 5, Ủy ban nhân dân Phường 5');
    expect(text).not.toContain('Ban Chỉ đạo thành phố,');
    expect(text).toContain('⛔ Bảng này sẽ chưa nạp được (1 lỗi) nếu chưa sửa:');
  });
});
