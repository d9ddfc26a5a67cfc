import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n/translate.ts';
import { countText, DOCUMENT_LIMITS, megabytesText } from '../../src/core/plan/document-limits.ts';
import { draftPlanInChat } from '../../src/core/usecases/draft-plan-in-chat.ts';
import { readPlanSource } from '../../src/plan-import/draft/read-plan-source.ts';
import { createPlanFiles } from '../../src/plan-import/plan-files.ts';
import { buildDocx, documentXml } from '../plan/support/build-files.ts';

// A short plan written for this test, repeated until its text is past the limit (a file pasted into itself).
const PLAN = [
  'ỦY BAN NHÂN DÂN HUYỆN HÒA LỘC',
  'Số: 31/KH-UBND',
  'Hòa Lộc, ngày 12 tháng 02 năm 2025',
  'KẾ HOẠCH',
  'Rà soát đất công năm 2025',
  'I. Giai đoạn 1: từ ngày 01/03/2025 đến ngày 30/06/2025',
  '1. Phòng Tư pháp rà soát hồ sơ pháp lý các thửa đất công, hoàn thành trước ngày 31/03/2025.',
];
const copies = Math.ceil(DOCUMENT_LIMITS.textChars / PLAN.join('\n').length) + 1;
const repeated = Array.from({ length: copies }, () => PLAN).flat();
const REFUSAL = `quá giới hạn ${countText(DOCUMENT_LIMITS.textChars)} ký tự`;

describe('one limit on the text of any document, whatever its file size', () => {
  const planFiles = createPlanFiles();

  it.each([
    ['ke-hoach.docx', () => buildDocx(documentXml(repeated))],
    ['ke-hoach.txt', () => Buffer.from(repeated.join('\n'))],
  ])('%s whose text is past the limit: a clear Vietnamese refusal, nothing drafted, no workbook', async (fileName, bytes) => {
    const file = bytes();
    expect(file.length).toBeLessThan(DOCUMENT_LIMITS.textFileBytes); // the file itself is within every size limit
    const started = performance.now();
    const reply = await draftPlanInChat(planFiles, { bytes: file, fileName, locale: 'vi' });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(reply.html).toContain(`Văn bản trong tệp &quot;${fileName}&quot; dài`);
    expect(reply.html).toContain(REFUSAL);
    expect(reply.html).toContain('Không có gì thay đổi.');
    expect(reply.attachments ?? []).toEqual([]);
  });

  it('the command line drafts under the same limit', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'plan-text-')), 'ke-hoach.txt');
    writeFileSync(path, repeated.join('\n'));
    await expect(readPlanSource(path)).rejects.toThrow(REFUSAL);
  });

  it('a text of exactly the limit is read', async () => {
    const result = await planFiles.draftFromDocument(Buffer.from('x'.repeat(DOCUMENT_LIMITS.textChars)), 'x.txt');
    expect(result.ok).toBe(true);
  });
});

describe('the limits the bot states are the limits it applies, and the user guide says the same', () => {
  const message = t('vi', 'plan_chat.too_large', {
    file: 'a.txt',
    size: '3 MB',
    max: megabytesText(DOCUMENT_LIMITS.fileBytes),
    textMax: megabytesText(DOCUMENT_LIMITS.textFileBytes),
    chars: countText(DOCUMENT_LIMITS.textChars),
  });
  const guide = readFileSync('docs/huong-dan-su-dung.md', 'utf8');

  it.each([
    ['.docx, .pdf', megabytesText(DOCUMENT_LIMITS.fileBytes)],
    ['.txt', megabytesText(DOCUMENT_LIMITS.textFileBytes)],
    ['text', `${countText(DOCUMENT_LIMITS.textChars)} ký tự`],
  ])('%s: %s', (_kind, limit) => {
    expect(message).toContain(limit);
    expect(guide).toContain(limit);
  });

  it('the guide no longer promises 20 MB for a .txt', () => {
    expect(guide).not.toMatch(/\.txt; tối đa 20 MB/u);
  });
});
