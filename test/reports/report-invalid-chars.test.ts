/**
 * A unit's text stored with code points XML 1.0 forbids (U+FFFE, U+FFFF, C0 controls) or with bidi
 * overrides still gives a .docx and .xlsx that open: the writers drop those code points from every string.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ReportFormat } from '../../src/core/ports/report-file-store.ts';
import { documentText } from '../../src/core/text/document-text.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, withHarness } from '../support/command-harness.ts';
import { produceHarnessReport } from '../support/produce-harness-report.ts';

/** XML 1.0 Char production, negated, plus the bidi embedding/override/isolate controls */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]|[\u202A-\u202E\u2066-\u2069]/u;
const BAD = '\ufffe\uffff\u0001\u000b \u202eđảo\u202c chiều \u2066x\u2069';

async function xmlParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) parts.set(name, (await zip.file(name)?.async('string')) ?? '');
  return parts;
}

describe('report files from stored text with code points XML forbids', () => {
  let h: CommandHarness;
  withHarness({ per: 'all' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit('CAP5', CAP5_CHAT);
    // the test harness stores the text as sent: data kept from before the inbound sanitizer
    await h.send(CAP5_CHAT, FOCAL, `/vuongmac P5-01 Thiếu kinh phí ${BAD}`);
  });

  const produce = async (format: ReportFormat) => {
    const result = await produceHarnessReport(h, 'quý I/2023', format);
    return xmlParts(result.file.bytes);
  };

  it.each([
    ['docx', 'word/document.xml'],
    ['xlsx', 'xl/sharedStrings.xml'],
  ] as const)('%s: no part holds a forbidden code point, and the blocker text is still there', async (format, textPart) => {
    const parts = await produce(format);
    expect(parts.size).toBeGreaterThan(3);
    for (const [name, xml] of parts) expect(FORBIDDEN.test(xml), name).toBe(false);
    expect(parts.get(textPart)).toContain('Thiếu kinh phí  đảo chiều x');
  });
});

describe('documentText', () => {
  it('drops every code point XML 1.0 forbids and the bidi controls (a spacing control becomes a space), keeping tab, newline and pairs', () => {
    const text = 'a\u0000b\u0008c\u000b\u000c\u001fd\ud800e\udfff\ufffe\uffff\u202a\u202e\u2066\u2069f\t\n\r😀\u{10ffff}ế';
    expect(documentText(text)).toBe('abc   def\t\n😀ế');
    expect(FORBIDDEN.test(documentText(text))).toBe(false);
  });
});
