import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runPlanDraftCommand } from '../../src/cli/plan-draft-command.ts';

const seedPath = new URL('../fixtures/plan-texts/45-KH-BCD-2023-tp-tra-vinh.txt', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'plan-draft-'));

async function run(argv: string[]): Promise<{ code: number; output: string }> {
  const lines: string[] = [];
  const code = await runPlanDraftCommand(argv, (line) => lines.push(line));
  return { code, output: lines.join('\n') };
}

async function writeDocx(path: string, paragraphs: string[]): Promise<void> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
}

describe('dieuphoi plan draft', () => {
  it('prints the seed draft as YAML in the plan file layout', async () => {
    const { code, output } = await run([seedPath]);
    expect(code).toBe(0);
    const file = parse(output) as Record<string, unknown> & { tasks: { lead: string; deadline?: string }[]; phases: { code: string }[] };
    expect(file.plan).toBe('45/KH-BCĐ');
    expect(file.issue_date).toBe('2023-02-27');
    expect(file.area).toBe('Phường 5');
    expect(file.phases.map((p) => p.code)).toEqual(['GD1', 'GD2', 'GD3']);
    expect(file.tasks[0]).toMatchObject({ lead: 'CA_TP', deadline: '2023-02-28', phase: 'GD1' });
    expect(output).toContain('review: true');
  });

  it('prints JSON with --json and writes to --out', async () => {
    const json = await run([seedPath, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.output).header.number).toBe('45/KH-BCĐ');
    const out = join(dir, 'draft.yaml');
    const written = await run([seedPath, '--out', out]);
    expect(written.code).toBe(0);
    expect(written.output).toMatch(/Đã ghi bản nháp vào .*3 giai đoạn/);
    expect(parse(readFileSync(out, 'utf8')).plan).toBe('45/KH-BCĐ');
  });

  it('strips a BOM from a .txt file', async () => {
    const path = join(dir, 'bom.txt');
    writeFileSync(path, `\uFEFF${readFileSync(seedPath, 'utf8')}`);
    const { code, output } = await run([path, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(output).phases).toHaveLength(3);
  });

  it('reads a .docx file', async () => {
    const path = join(dir, 'plan.docx');
    await writeDocx(path, [
      'Số: 07/KH-UBND',
      'Phường 3, ngày 02 tháng 01 năm 2024',
      'KẾ HOẠCH',
      'Ra quân tổng vệ sinh môi trường trên địa bàn Phường 3 năm 2024',
      'I. NỘI DUNG',
      '- Công an Phường 3 chủ trì, phối hợp với Đoàn Thanh niên phường ra quân bảo đảm trật tự (hoàn thành trước ngày 31/01/2024).',
    ]);
    const { code, output } = await run([path, '--json']);
    expect(code).toBe(0);
    const draft = JSON.parse(output);
    expect(draft.header).toMatchObject({ number: '07/KH-UBND', issueDate: '2024-01-02', area: 'Phường 3' });
    expect(draft.tasks[0]).toMatchObject({ lead: 'CA_P3', support: ['DTN_P3'], deadline: { due: '2024-01-30' } });
  });

  it('exits 2 with a Vietnamese message on bad usage or an unreadable file', async () => {
    expect(await run([])).toMatchObject({ code: 2, output: expect.stringContaining('Thiếu tệp kế hoạch') });
    expect(await run([seedPath, '--bogus'])).toMatchObject({ code: 2, output: expect.stringContaining('Không hiểu tùy chọn') });
    expect(await run([join(dir, 'missing.txt')])).toMatchObject({ code: 2, output: expect.stringContaining('không tìm thấy tệp') });
    const pdf = join(dir, 'plan.pdf');
    writeFileSync(pdf, '%PDF-1.4');
    expect(await run([pdf])).toMatchObject({ code: 2, output: expect.stringContaining('tệp bị hỏng hoặc không đúng định dạng') });
    const broken = join(dir, 'broken.docx');
    writeFileSync(broken, 'not a zip');
    expect((await run([broken])).code).toBe(2);
  });
});

describe('a draft is a plan file', () => {
  it('the seed draft passes plan lint: uncertain parts are warnings and review notes, not errors', async () => {
    const { loadPlanText } = await import('../../src/plan-import/load-plan-file.ts');
    const { code, output } = await run([seedPath]);
    expect(code).toBe(0);
    const result = loadPlanText(output, 'draft.yaml');
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([]);
    expect(result.warnings.length).toBeGreaterThan(0);
  });
});
