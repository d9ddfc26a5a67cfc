import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportFormat } from '../../src/core/ports/report-file-store.ts';
import { parsePeriod, type ReportPeriod } from '../../src/core/reports/parse-period.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { produceReportFile } from '../../src/core/usecases/produce-report-file.ts';
import { renderReport } from '../../src/reports/render-report.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL } from '../support/command-harness.ts';
import { attr, readDocx, readXlsx } from '../support/read-office.ts';
import { EXPECTED_BUCKETS, playReportHistory, REPORT_AT } from '../support/report-history.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (twips: string | null) => Number(twips) / TWIPS_PER_MM;

function quarter(): ReportPeriod {
  const result = parsePeriod('quý IV/2023', REPORT_AT);
  if (!result.ok) throw new Error(result.error);
  return result.period;
}

describeOnEachDatabase('upward report files', (use) => {
  let h: CommandHarness;
  const produce = (format: ReportFormat, now = REPORT_AT) =>
    produceReportFile(
      {
        tasks: h.stores.tasks,
        reports: h.stores.reports,
        criteria: h.stores.criteria,
        files: h.stores.reportFiles,
        render: renderReport,
        hash: (t) => createHash('sha256').update(t).digest('hex'),
      },
      { planNumber: '45/KH-BCĐ', period: quarter(), format, now },
    );

  beforeAll(async () => {
    h = await createHarness(use());
    await playReportHistory(h);
  });

  describe('.docx', () => {
    let doc: Awaited<ReturnType<typeof readDocx>>;
    beforeAll(async () => {
      const result = await produce('docx');
      if (!result.ok) throw new Error(result.error);
      doc = await readDocx(result.file.bytes);
    });

    it('is A4 portrait with Nghị định 30 margins, then a landscape appendix', () => {
      expect(doc.sections).toHaveLength(2);
      const [report, appendix] = doc.sections as [string, string];
      expect(mm(attr(report, 'w:pgSz', 'w:w'))).toBeCloseTo(210, 0);
      expect(mm(attr(report, 'w:pgSz', 'w:h'))).toBeCloseTo(297, 0);
      expect(attr(report, 'w:pgSz', 'w:orient')).not.toBe('landscape');
      const margin = (name: string) => mm(attr(report, 'w:pgMar', name));
      expect(margin('w:top')).toBeGreaterThanOrEqual(20);
      expect(margin('w:top')).toBeLessThanOrEqual(25);
      expect(margin('w:bottom')).toBeGreaterThanOrEqual(20);
      expect(margin('w:bottom')).toBeLessThanOrEqual(25);
      expect(margin('w:left')).toBeGreaterThanOrEqual(30);
      expect(margin('w:left')).toBeLessThanOrEqual(35);
      expect(margin('w:right')).toBeGreaterThanOrEqual(15);
      expect(margin('w:right')).toBeLessThanOrEqual(20);
      expect(attr(appendix, 'w:pgSz', 'w:orient')).toBe('landscape');
      expect(mm(attr(appendix, 'w:pgSz', 'w:w'))).toBeCloseTo(297, 0);
      expect(mm(attr(appendix, 'w:pgSz', 'w:h'))).toBeCloseTo(210, 0);
    });

    it("keeps a unit's two rows (chủ trì, phối hợp) on one page: the merged unit name never stays behind", () => {
      const rows = [...doc.xml.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      const unitRows = rows.filter((row) => !row.includes('<w:tblHeader/>') && /<w:t(?: [^>]*)?>(Chủ trì|Phối hợp)<\/w:t>/.test(row));
      expect(unitRows.length).toBeGreaterThanOrEqual(2);
      for (const row of unitRows) {
        const lead = row.includes('>Chủ trì<');
        // every paragraph of a unit's first row keeps with the next row; its "Phối hợp" row ends the pair
        if (lead) expect(row.match(/<w:keepNext\/>/g)?.length).toBe(row.match(/<w:p>|<w:p /g)?.length);
        else expect(row).not.toContain('<w:keepNext/>');
        expect(row).toContain('<w:cantSplit/>');
      }
    });

    it('numbers pages top centre from page 2', () => {
      const [report] = doc.sections as [string];
      expect(report).toContain('<w:titlePg');
      expect(doc.headers.some((h) => h.includes('PAGE') && h.includes('w:val="center"'))).toBe(true);
    });

    it('writes every run in Times New Roman 13–14 pt outside Nơi nhận', () => {
      const fonts = new Set([...doc.xml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
      expect([...fonts]).toEqual(['Times New Roman']);
      const sizes = new Set([...doc.xml.matchAll(/<w:sz w:val="(\d+)"/g)].map((m) => Number(m[1]) / 2));
      for (const size of sizes) expect([11, 12, 13, 14]).toContain(size);
      expect(sizes.has(14) && sizes.has(13)).toBe(true);
    });

    it('has the Quốc hiệu, Tiêu ngữ underlined, issuer, number, place and date line in italics, title and sections', () => {
      const p = doc.paragraphs;
      expect(p).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(doc.xml).toMatch(/<w:u w:val="single"\/>[\s\S]{0,200}Độc lập - Tự do - Hạnh phúc/);
      expect(p[0]).toMatch(/^BAN CHỈ ĐẠO PHÒNG CHỐNG TỘI PHẠM/);
      expect(p).toContain('Số: …/BC-BCĐ');
      expect(doc.xml).toMatch(/<w:i\/>[\s\S]{0,200}TP\. Trà Vinh, ngày … tháng … năm …/);
      expect(p).toContain('BÁO CÁO');
      expect(p.some((line) => line.startsWith('Kết quả thực hiện Kế hoạch số 45/KH-BCĐ ngày 27/02/2023'))).toBe(true);
      expect(p).toContain('(Quý IV/2023)');
      for (const heading of [
        'I. TÌNH HÌNH CHUNG',
        'II. KẾT QUẢ THỰC HIỆN',
        'III. NHIỆM VỤ QUÁ HẠN',
        'IV. KHÓ KHĂN, VƯỚNG MẮC',
        'V. KIẾN NGHỊ, ĐỀ XUẤT',
        'Nơi nhận:',
        'TM. BAN CHỈ ĐẠO',
        'PHỤ LỤC',
      ]) {
        expect(p).toContain(heading);
      }
    });

    it('counts the four buckets of the fixture history and lists the overdue task and the blocker with its request', () => {
      const p = doc.paragraphs.join('\n');
      const { total, doneOnTime, doneLate, openOnTime, openOverdue, openNoDeadline } = EXPECTED_BUCKETS;
      expect(p).toContain(`Tổng số nhiệm vụ: ${total}, trong đó:`);
      expect(p).toContain(`hoàn thành đúng hạn ${doneOnTime}; hoàn thành quá hạn ${doneLate}.`);
      // the count holds to its last words: no line of the summary is a lone "0." (QA, rendered report)
      expect(doc.xml).toContain(`hoàn thành quá\u00A0hạn\u00A0${doneLate}.`);
      expect(p).toContain(
        `- Chưa hoàn thành: ${openOnTime + openOverdue + openNoDeadline} (75%), gồm: chưa hoàn thành trong hạn ${openOnTime}; chưa hoàn thành quá hạn ${openOverdue}; chưa hoàn thành (không có hạn) ${openNoDeadline}.`,
      );
      expect(p).toMatch(/1\. .*\(GD2-01\) — đơn vị chủ trì: Công an thành phố Trà Vinh; thời hạn 31\/08\/2023; quá hạn 81 ngày\./);
      expect(p).toMatch(/1\. Công an Phường 5 \(chủ trì nhiệm vụ P5-01\): Thiếu kinh phí lắp camera an ninh — từ ngày 01\/11\/2023\./);
      // section V asks once per unit and points at section IV instead of repeating the reason
      expect(p).toMatch(/1\. Đề nghị Ban Chỉ đạo chỉ đạo tháo gỡ vướng mắc của Công an Phường 5 \(nhiệm vụ P5-01; nêu tại mục IV, điểm 1\)\./);
      expect(p.split('V. KIẾN NGHỊ, ĐỀ XUẤT')[1]?.split('Nơi nhận:')[0]).not.toContain('Thiếu kinh phí lắp camera an ninh');
    });

    it('includes the plan’s criteria with the latest measurement and the overall verdict', () => {
      const p = doc.paragraphs;
      expect(p).toContain('3. Kết quả thực hiện tiêu chí');
      expect(p).toContain('Tổng số 10 tiêu chí: đạt 1; chưa đạt 0; chưa đo 9. Đánh giá chung: CHƯA ĐỦ SỐ LIỆU ĐỂ ĐÁNH GIÁ.');
      const table = doc.xml.slice(doc.xml.indexOf('3. Kết quả thực hiện tiêu chí'), doc.xml.indexOf('III. NHIỆM VỤ QUÁ HẠN'));
      expect(table).toMatch(/Tỷ lệ điều tra, khám phá các vụ án hình sự trên địa bàn \(TC-C2\)[\s\S]*≥ 80 %[\s\S]*85 %[\s\S]*01\/11\/2023[\s\S]*Đạt/);
    });

    it('has the appendix table’s columns and one row per task with its bucket', () => {
      const appendix = doc.xml.slice(doc.xml.indexOf('PHỤ LỤC'));
      const rows = [...appendix.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
        [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => [...c[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' ')),
      );
      expect(rows[0]).toEqual(['TT', 'Nhiệm vụ', 'Văn bản giao', 'Chủ trì', 'Phối hợp', 'Thời hạn', 'Kết quả / tiến độ', 'Tình trạng', 'Ghi chú']);
      expect(appendix).toMatch(/<w:tblHeader\/>/);
      expect(rows).toHaveLength(1 + EXPECTED_BUCKETS.total);
      const byCode = (code: string) => rows.find((r) => r[1]?.includes(`(${code})`))!;
      expect(byCode('GD1-01')[7]).toBe('Hoàn thành đúng hạn');
      expect(byCode('GD2-02')[7]).toBe('Hoàn thành quá hạn');
      expect(byCode('GD2-02')[5]).toBe('31/05/2023');
      expect(byCode('GD2-01')[7]).toBe('Chưa hoàn thành, quá hạn');
      expect(byCode('GD2-01')[6]).toBe('10/03/2023, Công an thành phố — Đang thực hiện 30%: Đã lập danh sách đối tượng');
      expect(byCode('P5-01')[5]).toBe('Không có hạn');
      expect(byCode('P5-01')[7]).toBe('Chưa hoàn thành (không có hạn)');
      expect(byCode('P5-01')[8]).toContain('Vướng mắc (Công an Phường 5): Thiếu kinh phí');
      expect(byCode('GD1-01')[2]).toBe('Kế hoạch số 45/KH-BCĐ, mục II.1');
    });
  });

  it('.xlsx: the same table with a frozen header, filters, widths and real dates; counts and a sheet per unit', async () => {
    const result = await produce('xlsx');
    if (!result.ok) throw new Error(result.error);
    const book = await readXlsx(result.file.bytes);
    const tasks = book.getWorksheet('Nhiệm vụ')!;
    expect(tasks.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(tasks.autoFilter).toBeTruthy();
    expect((tasks.getRow(1).values as unknown[]).slice(1)).toEqual([
      'TT',
      'Nhiệm vụ',
      'Văn bản giao',
      'Chủ trì',
      'Phối hợp',
      'Thời hạn',
      'Kết quả / tiến độ',
      'Tình trạng',
      'Ghi chú',
    ]);
    expect(tasks.getColumn(2).width).toBeGreaterThanOrEqual(40);
    expect(tasks.rowCount).toBe(1 + EXPECTED_BUCKETS.total);
    const rows = Array.from({ length: EXPECTED_BUCKETS.total }, (_, i) => tasks.getRow(i + 2));
    const gd202 = rows.find((r) => String(r.getCell(2).value).includes('(GD2-02)'))!;
    expect(gd202.getCell(6).value).toEqual(new Date(Date.UTC(2023, 4, 31)));
    expect(gd202.getCell(6).numFmt).toBe('dd/mm/yyyy');
    const buckets = rows.map((r) => String(r.getCell(8).value));
    expect(buckets.filter((b) => b === 'Hoàn thành đúng hạn')).toHaveLength(EXPECTED_BUCKETS.doneOnTime);
    expect(buckets.filter((b) => b === 'Hoàn thành quá hạn')).toHaveLength(EXPECTED_BUCKETS.doneLate);
    expect(buckets.filter((b) => b === 'Chưa hoàn thành, trong hạn')).toHaveLength(EXPECTED_BUCKETS.openOnTime);
    expect(buckets.filter((b) => b === 'Chưa hoàn thành, quá hạn')).toHaveLength(EXPECTED_BUCKETS.openOverdue);
    expect(buckets.filter((b) => b === 'Chưa hoàn thành (không có hạn)')).toHaveLength(EXPECTED_BUCKETS.openNoDeadline);
    const cap5 = book.getWorksheet('CAP5')!;
    expect(cap5.getRow(1).getCell(1).value).toBe('Vai trò');
    expect(cap5.rowCount - 1).toBe(4);
    const summary = book.getWorksheet('Tổng hợp')!;
    const summaryRows = Array.from({ length: summary.rowCount - 1 }, (_, i) => (summary.getRow(i + 2).values as unknown[]).slice(1, 10));
    expect((summary.getRow(1).values as unknown[]).slice(-2)).toEqual(['Chưa hoàn thành (không có hạn)', 'Ghi chú']);
    expect(summaryRows).toContainEqual(['Công an thành phố', 'Chủ trì', 3, 1, 1, 0, 0, 1, 0]);
    expect(summaryRows).toContainEqual(['Công an Phường 5', 'Phối hợp', 2, 0, 1, 0, 0, 1, 0]);
    expect(summaryRows).toContainEqual(['Công an Phường 5', 'Chủ trì', 2, 0, 0, 0, 0, 0, 2]);
  });

  it('gives back the stored file for the same period until the data changes', async () => {
    const first = await produce('docx');
    const again = await produce('docx', vietnamInstant(2023, 11, 21, 9, 0));
    if (!first.ok || !again.ok) throw new Error('plan not found');
    expect(again.reused).toBe(true);
    expect(again.file.id).toBe(first.file.id);
    expect(Buffer.from(again.file.bytes).equals(Buffer.from(first.file.bytes))).toBe(true);
    h.clock.set(vietnamInstant(2023, 11, 21, 10, 0));
    await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-02 40 Đã họp dân 3 khu phố');
    const changed = await produce('docx', h.clock.now());
    if (!changed.ok) throw new Error('plan not found');
    expect(changed.reused).toBe(false);
    expect(changed.file.id).not.toBe(first.file.id);
    expect(changed.file.dataHash).not.toBe(first.file.dataHash);
  });
});
