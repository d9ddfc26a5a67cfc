/** The Word report's criteria table says each criterion's verdict once: a word-judged "đạt" is not repeated as its measurement. */
import { describe, expect, it } from 'vitest';
import { CAP5_CHAT, type CommandHarness, FOCAL, withHarness } from '../support/command-harness.ts';
import { readDocx } from '../support/read-office.ts';
import { produceHarnessReport } from '../support/produce-harness-report.ts';

/** The criteria table's rows, each a list of its cells' text. */
function criteriaRows(xml: string): string[][] {
  const table = xml.slice(xml.indexOf('3. Kết quả thực hiện tiêu chí'), xml.indexOf('III. NHIỆM VỤ QUÁ HẠN'));
  return [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
    [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => [...c[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' ')),
  );
}

describe('criteria table of the Word report', () => {
  let h: CommandHarness;
  withHarness({ per: 'all' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit('CAP5', CAP5_CHAT);
    await h.send(CAP5_CHAT, FOCAL, '/tieuchi TC-C1 đạt');
    await h.send(CAP5_CHAT, FOCAL, '/tieuchi TC-C2 85');
  });

  it('shows a word-judged verdict once, in the verdict column; a number stays in the result column', async () => {
    const result = await produceHarnessReport(h, 'quý I/2023', 'docx');
    const rows = criteriaRows((await readDocx(result.file.bytes)).xml);
    expect(rows[0]).toEqual(['TT', 'Tiêu chí', 'Chỉ tiêu', 'Kết quả đo', 'Đánh giá']);
    const row = (code: string) => rows.find((r) => r[1]?.includes(`(${code})`))!;
    const [, , target, measured, verdict] = row('TC-C1');
    expect(target).toBe('');
    expect(measured).toBe('đánh giá ngày 27/02/2023');
    expect(verdict).toBe('Đạt');
    expect(row('TC-C1').join(' ').match(/đạt/gi)).toHaveLength(1);
    expect(row('TC-C2').slice(2)).toEqual(['≥ 80 %', '85 % (27/02/2023)', 'Đạt']);
  });
});
