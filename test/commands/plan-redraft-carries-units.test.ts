import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type CommandHarness, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/**
 * The seed plan's text revised in three clauses (P5-01, P5-02, GD3-03): a clause the document still has
 * word for word keeps its task exactly as followed (plan-resend-same-document.test.ts); a revised one is
 * drafted again and takes the units the secretariat set, with a reason.
 */
const REVISED_TEXT = readFileSync('test/fixtures/plan-texts/45-KH-BCD-2023-tp-tra-vinh.txt', 'utf8')
  .replace('phối hợp chặt chẽ với cán bộ', 'phối hợp thường xuyên với cán bộ')
  .replace('vững mạnh về chính trị', 'trong sạch, vững mạnh về chính trị')
  .replace('tổ chức rà soát, đề xuất danh sách', 'tổ chức rà soát kỹ, đề xuất danh sách');

/** The rows of the drafted workbook's task sheet, by task code: each column's header → the cell's text. */
async function draftedRows(h: CommandHarness): Promise<{ html: string; rows: Map<string, Record<string, string>> }> {
  const [summary] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach-45.txt', bytes: new TextEncoder().encode(REVISED_TEXT) });
  const bytes = summary?.attachments?.[0]?.bytes;
  if (!bytes) throw new Error(`no workbook in ${summary?.html}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Nhiệm vụ');
  const headers: string[] = [];
  sheet?.getRow(1).eachCell((cell, column) => {
    headers[column] = String(cell.value);
  });
  const rows = new Map<string, Record<string, string>>();
  sheet?.eachRow((row, index) => {
    if (index === 1) return;
    const values: Record<string, string> = {};
    row.eachCell((cell, column) => {
      values[headers[column] ?? ''] = cell.text;
    });
    rows.set(values.Mã ?? '', values);
  });
  return { html: summary?.html ?? '', rows };
}

describe('a plan drafted again keeps the units the secretariat set on the tasks being followed', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.deliver();
  });

  it('a duty matching a current task takes its support units, says so in its review reasons and in the summary', async () => {
    const task = await h.stores.tasks.findTaskByCode('P5-01');
    if (!task) throw new Error('no P5-01');
    const lead = task.assignments.find((a) => a.role === 'lead');
    // the secretariat had made Công an thành phố and the city youth union the supports of P5-01
    const units = await h.stores.directory.listUnits();
    const idOf = (code: string) => units.find((u) => u.code === code)?.id ?? 0;
    const roles = [
      { unitId: lead?.unitId ?? 0, role: 'lead' as const },
      { unitId: idOf('CATP'), role: 'support' as const },
      { unitId: idOf('DTN_TP'), role: 'support' as const },
    ];
    await h.stores.tasks.assignUnits(task.id, roles, 'phân công lại', { id: SECRETARY.id, name: SECRETARY.name }, h.clock.now());

    const { html, rows } = await draftedRows(h);
    const row = rows.get('P5-01');
    expect(row?.['Chủ trì']).toBe('CAP5');
    expect(row?.['Phối hợp']?.split(/;\s*/).sort()).toEqual(['CATP', 'DTN_TP']);
    expect(row?.['Lý do']).toContain('Đơn vị phối hợp lấy theo kế hoạch đang theo dõi (nhiệm vụ P5-01)');
    expect(html).toMatch(/📌 \d+ nhiệm vụ trong bảng lấy đơn vị chủ trì, phối hợp theo kế hoạch đang theo dõi/);

    // the units it names are in the units sheet: the workbook goes back without an error
    const [preview] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'kh.xlsx', bytes: await workbookOf(h) });
    expect(preview?.html).toContain('Đã kiểm tra “kh.xlsx”');
  });

  it('a duty whose lead the secretariat changed keeps its code and takes that lead, marked for review', async () => {
    const task = await h.stores.tasks.findTaskByCode('GD3-03');
    if (!task) throw new Error('no GD3-03');
    const units = await h.stores.directory.listUnits();
    const idOf = (code: string) => units.find((u) => u.code === code)?.id ?? 0;
    await h.stores.tasks.assignUnits(task.id, [{ unitId: idOf('CATP'), role: 'lead' }], 'giao lại', { id: SECRETARY.id, name: SECRETARY.name }, h.clock.now());

    const { rows } = await draftedRows(h);
    const row = rows.get('GD3-03');
    expect(row?.['Chủ trì']).toBe('CATP');
    expect(row?.['Cần kiểm tra']).toBeTruthy();
    expect(row?.['Lý do']).toContain('Chủ trì lấy theo kế hoạch đang theo dõi (nhiệm vụ GD3-03); văn bản mới ghi: BCD_TP.');
  });

  it('a task /giao gave another lead is still matched by the lead the document names (its title only half alike)', async () => {
    const task = await h.stores.tasks.findTaskByCode('P5-02');
    if (!task) throw new Error('no P5-02');
    const units = await h.stores.directory.listUnits();
    const idOf = (code: string) => units.find((u) => u.code === code)?.id ?? 0;
    await h.stores.tasks.assignUnits(
      task.id,
      [{ unitId: idOf('MTTQ_P5'), role: 'lead' }],
      'giao lại',
      { id: SECRETARY.id, name: SECRETARY.name },
      h.clock.now(),
    );

    const { rows } = await draftedRows(h);
    // the drafted sentence ("Xây dựng lực lượng Công an Phường 5 vững mạnh về chính trị, …") under CAP5, as written
    const row = rows.get('P5-02');
    expect(row?.['Chủ trì']).toBe('MTTQ_P5');
    expect(row?.['Lý do']).toContain('Chủ trì lấy theo kế hoạch đang theo dõi (nhiệm vụ P5-02); văn bản mới ghi: CAP5.');
  });
});

async function workbookOf(h: CommandHarness): Promise<Uint8Array> {
  const [summary] = await h.sendDocument(STEERING_CHAT, SECRETARY, { fileName: 'ke-hoach-45.txt', bytes: new TextEncoder().encode(REVISED_TEXT) });
  return summary?.attachments?.[0]?.bytes ?? new Uint8Array();
}
