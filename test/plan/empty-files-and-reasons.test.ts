import { describe, expect, it } from 'vitest';
import type { PlanFiles } from '../../src/core/ports/plan-files.ts';
import { joinReasons } from '../../src/core/text/join-reasons.ts';
import { draftPlanInChat } from '../../src/core/usecases/draft-plan-in-chat.ts';
import { checkDocxBytes, checkPdfBytes, decodeTextDocument } from '../../src/plan-import/read-document-file.ts';
import { loadPlanWorkbookBuffer } from '../../src/plan-import/workbook/read-plan-workbook.ts';

describe('reasons joined into one line', () => {
  it('drop each reason’s own full stop or semicolon, keep an ellipsis', () => {
    expect(joinReasons(['Không xác định được cơ quan ban hành.', 'Không thấy số văn bản…', 'Thiếu ngày ban hành;', ''])).toBe(
      'Không xác định được cơ quan ban hành; Không thấy số văn bản…; Thiếu ngày ban hành',
    );
  });

  it('a document with no tasks says why without a stray ".;"', async () => {
    const header = { reviewNotes: ['Không xác định được cơ quan ban hành.', 'Không thấy số văn bản (dạng 45/KH-BCĐ).'] };
    const planFiles = { draftFromDocument: async () => ({ ok: true, draft: { header, tasks: [] } }) } as unknown as PlanFiles;
    const message = await draftPlanInChat(planFiles, { bytes: new Uint8Array([1]), fileName: 'thong-bao.txt', locale: 'vi' });
    // one bullet per reason, each ending once with its own full stop
    expect(message.html).toContain('• Không xác định được cơ quan ban hành.\n• Không thấy số văn bản (dạng 45/KH-BCĐ).');
    expect(message.html).not.toContain('.;');
    expect(message.html).not.toContain('..');
  });
});

describe('an empty file (0 bytes) is said to be empty, not of the wrong kind', () => {
  it('.docx and .pdf', () => {
    expect(() => checkDocxBytes(Buffer.alloc(0), 'ke-hoach.docx')).toThrow(
      'Tệp "ke-hoach.docx" trống (0 byte), không có nội dung để đọc. Có thể tệp chưa được lưu xong hoặc gửi bị lỗi: hãy mở lại tệp, lưu rồi gửi lại.',
    );
    expect(() => checkPdfBytes(Buffer.alloc(0), 'ke-hoach.pdf')).toThrow('trống (0 byte)');
  });

  it('.xlsx', async () => {
    const result = await loadPlanWorkbookBuffer(Buffer.alloc(0), 'ke-hoach.xlsx');
    expect(!result.ok && result.errors[0]?.message).toMatch(/^tệp trống \(0 byte\), không có nội dung để đọc/);
  });
});

describe('an empty plain-text plan is said to be empty, not to lack an issuer and a number', () => {
  it('0 bytes', () => {
    expect(() => decodeTextDocument(new Uint8Array(0), 'ke-hoach.txt')).toThrow('Tệp "ke-hoach.txt" trống (0 byte)');
  });

  it('only blank lines', () => {
    expect(() => decodeTextDocument(new TextEncoder().encode('\n  \r\n\t\n'), 'ke-hoach.txt')).toThrow('chỉ có dòng trống');
  });

  it('a text with words is read', () => {
    expect(decodeTextDocument(new TextEncoder().encode('KẾ HOẠCH\n'), 'ke-hoach.txt')).toContain('KẾ HOẠCH');
  });
});
