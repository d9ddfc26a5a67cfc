import { describe, expect, it } from 'vitest';
import type { PlanFileProblem, PlanFiles } from '../../../src/core/ports/plan-files.ts';
import { type StagePlanImportPorts, stagePlanImport } from '../../../src/core/usecases/stage-plan-import.ts';

function portsRefusing(errors: PlanFileProblem[]): StagePlanImportPorts {
  const planFiles: PlanFiles = {
    kindOf: () => 'plan',
    draftFromDocument: async () => ({ ok: false, problem: { message: '', messageEn: '' } }),
    readPlanFile: async () => ({ ok: false, errors }),
  };
  // an invalid file never reaches the stores
  return { planFiles, stores: {} as StagePlanImportPorts['stores'] };
}

const input = { bytes: new Uint8Array(), fileName: 'ke-hoach-sua.xlsx', chatId: 1, userId: 'u', now: new Date(0), locale: 'vi' as const };
const rowError = (row: number): PlanFileProblem => ({
  message: `Sheet Nhiệm vụ, dòng ${row}, cột Hạn: '31/02' không phải ngày hợp lệ.`,
  messageEn: `Sheet Nhiệm vụ, row ${row}, column Hạn: not a date.`,
});

describe('a workbook with errors sent in chat', () => {
  it('more errors than fit: the message stays short and every error is in an attached .txt', async () => {
    const errors = Array.from({ length: 20 }, (_, i) => rowError(i + 2));
    const message = await stagePlanImport(portsRefusing(errors), input);
    expect(message.html).toContain('có 20 lỗi');
    expect(message.html).toContain('… và 5 lỗi khác: xem đủ 20 lỗi trong tệp “ke-hoach-sua-loi.txt” đính kèm.');
    expect(message.html).not.toContain('dòng 21,');
    const [list] = message.attachments ?? [];
    expect(list).toMatchObject({ kind: 'document', fileName: 'ke-hoach-sua-loi.txt' });
    const text = new TextDecoder().decode(list?.bytes);
    expect(text).toContain('20. Sheet Nhiệm vụ, dòng 21, cột Hạn');
    expect(text).toContain('1. Sheet Nhiệm vụ, dòng 2, cột Hạn');
  });

  it('few errors: all in the message, nothing attached', async () => {
    const message = await stagePlanImport(portsRefusing([rowError(2)]), input);
    expect(message.attachments).toBeUndefined();
    expect(message.html).not.toContain('lỗi khác');
  });

  it('a missing sheet tells the secretariat how to get a fresh workbook in chat, not a shell command', async () => {
    const missing = { missing: true, message: 'Sheet Đơn vị: không có sheet này trong tệp.', messageEn: 'Sheet Đơn vị: no such sheet.' };
    const message = await stagePlanImport(portsRefusing([missing]), input);
    expect(message.html).toContain('gửi lại văn bản kế hoạch vào đây để nhận bảng mới');
    expect(message.html).not.toContain('dieuphoi');
    const english = await stagePlanImport(portsRefusing([missing]), { ...input, locale: 'en' });
    expect(english.html).toContain('send the plan document here again');
  });
});
