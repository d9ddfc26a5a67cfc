import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPlanDraftCommand } from '../../src/cli/plan-draft-command.ts';
import { runPlanImportCommand } from '../../src/cli/plan-import-command.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { readPlanSource } from '../../src/plan-import/draft/read-plan-source.ts';
import { loadPlanFile } from '../../src/plan-import/load-plan-file.ts';
import { DocumentFileError, readDocxFile } from '../../src/plan-import/read-document-file.ts';
import { SEED_PLAN_PATH } from '../support/stores.ts';
import { createTestDatabase } from '../support/test-databases.ts';
import { buildDocx, buildZip, documentXml, encodeWindows1258 } from './support/build-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'dieuphoi-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, bytes: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const seedText = readFileSync(SEED_PLAN_PATH, 'utf8');

async function loadError(path: string): Promise<string> {
  const result = await loadPlanFile(path);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.errors.map((e) => e.message).join('\n');
}

async function draftError(path: string): Promise<DocumentFileError> {
  const error = await readPlanSource(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentFileError);
  return error as DocumentFileError;
}

describe('plan files (YAML): encoding and size', () => {
  it('refuses a Windows-1258 copy of the seed plan, saying it is not UTF-8, and imports nothing', async () => {
    const path = write('seed-1258.yaml', encodeWindows1258(seedText));
    expect(await loadError(path)).toMatch(/không phải văn bản UTF-8 \(có vẻ là bảng mã Windows-1258/);
    const db = await createTestDatabase('sqlite');
    try {
      const lines: string[] = [];
      expect(await runPlanImportCommand([path], (l) => lines.push(l), { DATABASE_URL: db.url })).toBe(1);
      expect(lines.join('\n')).toContain('UTF-8');
      expect(lines.at(-1)).toContain('chưa nhập gì');
      const database = await openDatabase(db.url);
      expect(await database.prisma.plan.count()).toBe(0);
      await database.close();
    } finally {
      await db.drop();
    }
  });

  it('refuses Latin-1 and UTF-16 without a BOM; reads UTF-8 with a BOM and UTF-16 with a BOM', async () => {
    expect(await loadError(write('latin1.yaml', Buffer.from('plan:\n  number: "45/KH-BCĐ é"\n', 'latin1')))).toContain('không phải văn bản UTF-8');
    expect(await loadError(write('utf16-nobom.yaml', Buffer.from(seedText, 'utf16le')))).toContain('UTF-16');
    for (const [name, bytes] of [
      ['bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText)])],
      ['utf16le.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')])],
      ['utf16be.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(seedText, 'utf16le').swap16()])],
    ] as const) {
      const result = await loadPlanFile(write(name, bytes));
      expect(result.ok, name).toBe(true);
      if (result.ok) expect(result.plan.number).toBe('45/KH-BCĐ');
    }
  });

  it('names the line of a stray NUL byte in otherwise UTF-8 text', async () => {
    const path = write('nul.yaml', seedText.replace('tasks:', 'tasks:\u0000'));
    const line = seedText.slice(0, seedText.indexOf('tasks:')).split('\n').length;
    expect(await loadError(path)).toContain(`có ký tự NUL (byte 0) ở dòng ${line}`);
  });

  it('refuses a plan file over 2 MB before parsing it', async () => {
    const path = write('huge.yaml', `${seedText}\n${'# chú thích dài cho đủ cỡ\n'.repeat(90_000)}`);
    expect(await loadError(path)).toMatch(/quá lớn .*tối đa 2 MB/);
  });

  it("turns yaml's alias limit (a billion-laughs file) into a Vietnamese message", async () => {
    const laughs = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      laughs.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    expect(await loadError(write('laughs.yaml', `${laughs.join('\n')}\n`))).toContain('bí danh');
  });
});

describe('plan texts for the drafter (.txt / .docx)', () => {
  it('refuses a Windows-1258 .txt and drafts nothing', async () => {
    const path = write('plan-1258.txt', encodeWindows1258('KẾ HOẠCH\nChuyển hóa địa bàn Phường 5\n'));
    expect((await draftError(path)).message).toContain('không phải văn bản UTF-8');
    const lines: string[] = [];
    expect(await runPlanDraftCommand([path], (l) => lines.push(l))).toBe(2);
    expect(lines.join('\n')).toContain('Windows-1258');
  });

  it('reads a small .docx', async () => {
    const path = write('ok.docx', buildDocx(documentXml(['KẾ HOẠCH', 'Chuyển hóa địa bàn Phường 5'])));
    expect(await readPlanSource(path)).toContain('Chuyển hóa địa bàn Phường 5');
  });

  it('refuses a zip bomb by its central directory, before unpacking', async () => {
    // 150 MB of zeros packs into ~150 KB; the directory tells the truth, so it is refused unread
    const bomb = buildDocx(documentXml(['x']), [{ name: 'word/media/bomb.bin', data: Buffer.alloc(150 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const path = write('bomb.docx', bomb);
    expect((await draftError(path)).message).toMatch(/khi giải nén sẽ chiếm 150 MB, quá giới hạn 100 MB/);
  });

  it('refuses a zip whose directory understates what a part unpacks to', async () => {
    const liar = buildDocx(documentXml(['x']), [{ name: 'word/media/liar.bin', data: Buffer.alloc(8 * 1024 * 1024), declaredSize: 1000 }]);
    const error = await readDocxFile(write('liar.docx', liar)).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain('bung ra lớn hơn mục lục khai báo');
  });

  it('refuses a .docx over 20 MB as sent', async () => {
    const noise = Buffer.alloc(21 * 1024 * 1024, 0x20);
    const path = write('big.docx', Buffer.concat([buildZip([{ name: 'word/document.xml', data: Buffer.from(documentXml(['x'])) }]), noise]));
    expect((await draftError(path)).message).toMatch(/quá lớn .*tối đa 20 MB/);
  });

  it('says a password-protected .docx (an OLE file) must be saved without the password', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]);
    expect((await draftError(write('secret.docx', ole))).message).toContain('được đặt mật khẩu');
  });

  it('turns zip and document XML errors into Vietnamese messages with the cause', async () => {
    expect((await draftError(write('not-zip.docx', 'đây là văn bản, không phải docx'))).message).toContain('không phải tệp nén của Word');
    const truncated = buildDocx(documentXml(['x'])).subarray(0, 200);
    expect((await draftError(write('truncated.docx', truncated))).message).toContain('tệp nén bị hỏng');
    const badXml = buildDocx('<w:document><w:body><w:p>');
    const error = await draftError(write('bad-xml.docx', badXml));
    expect(error.message).toMatch(/^Không đọc được nội dung tệp "bad-xml.docx": tệp bị hỏng hoặc không đúng định dạng \(chi tiết: .+\)/);
  });
});
