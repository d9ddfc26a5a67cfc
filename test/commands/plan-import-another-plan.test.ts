import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { loadSeedPlan } from '../support/stores.ts';
import { CATP_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/** The seed plan's text under another number and issuer: a Kon Tum programme with the same duties. */
const KON_TUM_TEXT = new TextEncoder().encode(
  readFileSync('test/fixtures/plan-texts/45-KH-BCD-2023-tp-tra-vinh.txt', 'utf8').replace('Số: 45/KH-BCĐ', 'Số: 12/KH-UBND').replaceAll('Trà Vinh', 'Kon Tum'),
);

async function taskCodes(bytes: Uint8Array): Promise<{ workbook: ExcelJS.Workbook; codes: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const codes: string[] = [];
  workbook.getWorksheet('Nhiệm vụ')?.eachRow((row, index) => {
    if (index > 1) codes.push(row.getCell(1).text);
  });
  return { workbook, codes };
}

/**
 * QA: a Kon Tum programme drafted while plan 45/KH-BCĐ was followed took plan 45's codes and units
 * ("♻️ … giữ mã cũ"), and once activated GD1-01 named the Kon Tum duty: /chitiet and a unit's report
 * by code went to it.
 */
describe('another plan drafted and activated beside plan 45', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
  });

  it('takes none of plan 45’s codes or units, says it goes beside it, and plan 45’s GD1-01 keeps its code and reports', async () => {
    const [summary] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kon-tum.txt', bytes: KON_TUM_TEXT });
    const text = marksToPlainText(summary?.html ?? '');
    expect(text).not.toContain('♻️');
    expect(text).not.toContain('📌');
    expect(text).toContain('🆕 Đây là kế hoạch khác (12/KH-UBND) với kế hoạch đang theo dõi (45/KH-BCĐ)');
    // the unit list is shared across plans, and the summary says so rather than "no units taken"
    expect(text).toContain('không lấy mã nhiệm vụ hay cách phân công chủ trì, phối hợp của kế hoạch đó');
    expect(text).toContain('danh sách đơn vị (và nhóm đã kết nối) vẫn dùng chung');
    const { codes } = await taskCodes(summary?.attachments?.[0]?.bytes ?? new Uint8Array());
    const seedCodes = (await h.stores.tasks.listTasks()).map((task) => task.code);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code) => seedCodes.includes(code))).toEqual([]);

    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kon-tum.xlsx', bytes: summary?.attachments?.[0]?.bytes ?? new Uint8Array() });
    expect(marksToPlainText(preview?.html ?? '')).toContain(
      '⚠️ Đây là kế hoạch khác với kế hoạch đang theo dõi (45/KH-BCĐ). Bấm Kích hoạt sẽ theo dõi thêm kế hoạch 12/KH-UBND bên cạnh, không thay thế',
    );
    const button = preview?.buttons?.[0]?.[0];
    const activate = button && 'data' in button ? button.data : '';
    const [activated] = await h.press(STEERING_CHAT, SECRETARY, activate);
    expect(activated?.html).toContain('kế hoạch <b>12/KH-UBND</b>');

    // two plans are followed: every list line names its plan (QA14 #11)
    const [list] = await h.send(STEERING_CHAT, SECRETARY, '/nhiemvu');
    const lines = marksToPlainText(list?.html ?? '')
      .split('\n')
      .filter((line) => line.startsWith('• '));
    expect(lines.some((line) => line.includes(' — KH 12/KH-UBND · '))).toBe(true);
    expect(lines.some((line) => line.includes(' — KH 45/KH-BCĐ · '))).toBe(true);
    expect(lines.every((line) => / — KH (12\/KH-UBND|45\/KH-BCĐ)/.test(line))).toBe(true);

    const [detail] = await h.send(CATP_CHAT, FOCAL, '/chitiet GD1-01');
    expect(marksToPlainText(detail?.html ?? '')).toContain('Xây dựng kế hoạch triển khai, thực hiện chuyển hóa địa bàn Phường 5');
    await h.send(CATP_CHAT, FOCAL, '/tiendo GD1-01 10 đang xây dựng');
    const plan45 = (await h.stores.tasks.listTasks({ planId: h.planId })).find((task) => task.code === 'GD1-01');
    expect((await h.stores.reports.history(plan45!.id, 10)).map((report) => report.percent)).toEqual([10]);
  });

  it('a workbook of another plan that gives a duty a code plan 45 uses is refused, naming the code and plan; nothing kept', async () => {
    const [summary] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kon-tum.txt', bytes: KON_TUM_TEXT });
    const { workbook } = await taskCodes(summary?.attachments?.[0]?.bytes ?? new Uint8Array());
    workbook.getWorksheet('Nhiệm vụ')!.getRow(2).getCell(1).value = 'GD1-01';
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const before = await h.snapshot();
    const [refusal] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kon-tum.xlsx', bytes });
    expect(marksToPlainText(refusal?.html ?? '')).toContain(
      'Tệp “kon-tum.xlsx” chưa nhập được — không có gì thay đổi.\nKế hoạch 12/KH-UBND dùng mã nhiệm vụ đang thuộc kế hoạch khác đang theo dõi: GD1-01 (45/KH-BCĐ).',
    );
    expect(refusal?.buttons).toBeUndefined();
    expect(await h.snapshot()).toEqual(before);
  });

  it('Kích hoạt refuses a checked file whose codes another plan took meanwhile; pressing imports nothing', async () => {
    const [summary] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kon-tum.txt', bytes: KON_TUM_TEXT });
    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kon-tum.xlsx', bytes: summary?.attachments?.[0]?.bytes ?? new Uint8Array() });
    // meanwhile another plan using NV01 is imported and activated (from the CLI, say)
    const third = await h.stores.plans.importPlan(
      {
        ...(await loadSeedPlan()),
        number: '99/KH-BCĐ',
        tasks: [{ ...(await loadSeedPlan()).tasks[0]!, code: 'NV01' }],
        criteria: [],
      },
      { actor: { id: 'cli' }, at: h.clock.now() },
    );
    await h.stores.tasks.activatePlan(third.planId, { id: 'cli' }, h.clock.now());
    const button = preview?.buttons?.[0]?.[0];
    const replies = await h.press(STEERING_CHAT, SECRETARY, button && 'data' in button ? button.data : '');
    expect(marksToPlainText(replies.at(-1)?.html ?? '')).toContain(
      'Kế hoạch 12/KH-UBND dùng mã nhiệm vụ đang thuộc kế hoạch khác đang theo dõi: NV01 (99/KH-BCĐ).',
    );
    expect(await h.stores.tasks.getPlanByNumber('12/KH-UBND')).toBeNull();
  });
});
