import { describe, expect, it } from 'vitest';
import { splitMessage } from '../../../src/core/text/split-message.ts';

/** Checks that every tag opened in a part is closed in it, in order. */
function isBalanced(html: string): boolean {
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-z-]+)[^>]*>/g)) {
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]!);
  }
  return stack.length === 0;
}

const stripTags = (html: string) => html.replace(/<[^>]+>/g, '');

function digestOf(chars: number): string {
  const lines: string[] = ['📋 <b>Tổng hợp nhiệm vụ — Công an Phường 5 — 05/06/2023</b>', ''];
  let i = 1;
  while (lines.join('\n').length < chars) {
    lines.push(`• <b>NV-${i}</b> Tuần tra &amp; kiểm soát địa bàn khóm ${i} — hạn 15/06/2023, <i>còn ${i % 9} ngày</i>, 40%`);
    if (i % 10 === 0) lines.push('');
    i++;
  }
  return lines.join('\n');
}

describe('splitMessage', () => {
  it('returns short messages unchanged', () => {
    expect(splitMessage('<b>xin chào</b>', 4096)).toEqual(['<b>xin chào</b>']);
  });

  it('splits a 6,000-character digest into valid parts on line boundaries', () => {
    const html = digestOf(6000);
    expect(html.length).toBeGreaterThanOrEqual(6000);
    const parts = splitMessage(html, 4096);
    expect(parts.length).toBe(2);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(4096);
      expect(isBalanced(part)).toBe(true);
      expect(part).not.toMatch(/&[a-z]*$/);
    }
    // nothing lost: the lines of the parts are the lines of the original
    const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');
    expect(parts.flatMap(lines)).toEqual(lines(html));
    // prefers a paragraph break
    expect(html.includes(`${parts[0]}\n\n`)).toBe(true);
  });

  it('closes and re-opens tags that span a cut', () => {
    const html = `<b>${'một hai ba '.repeat(30)}</b><a href="https://x.vn/?a=1&amp;b=2">${'liên kết '.repeat(20)}</a>`;
    const parts = splitMessage(html, 120);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(120);
      expect(isBalanced(part)).toBe(true);
    }
    expect(parts[0]!.startsWith('<b>')).toBe(true);
    expect(parts[1]!.startsWith('<b>')).toBe(true);
    expect(parts.at(-1)!.startsWith('<a href="https://x.vn/?a=1&amp;b=2">')).toBe(true);
    expect(stripTags(parts.join(' ')).replace(/\s+/g, ' ').trim()).toBe(stripTags(html).replace(/\s+/g, ' ').trim());
  });

  it('splits a single over-long line at spaces and never inside an entity', () => {
    const html = 'a&amp;b '.repeat(200);
    const parts = splitMessage(html, 50);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(50);
      expect(part).toMatch(/^(a&amp;b ?)+$/);
    }
  });

  it('cuts a word with no spaces at a character boundary', () => {
    const parts = splitMessage('x'.repeat(25), 10);
    expect(parts).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('keeps pre blocks valid across parts', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `CAP${i}   8   2   1`).join('\n');
    const parts = splitMessage(`<b>Bảng</b>\n<pre>${rows}</pre>`, 200);
    for (const part of parts) {
      expect(isBalanced(part)).toBe(true);
      expect(part.length).toBeLessThanOrEqual(200);
    }
    expect(parts[1]!.startsWith('<pre>')).toBe(true);
  });
});

describe('splitMessage break choice', () => {
  it('does not send a short heading on its own when a later break fits', () => {
    const body = Array.from({ length: 120 }, (_, i) => `Dòng ${i}: nhiệm vụ đang thực hiện, còn ${i} ngày`).join('\n');
    const html = `<b>Tổng hợp</b>\n\n${body}\n\n${body}`;
    const parts = splitMessage(html, 4096);
    expect(parts[0]!.length).toBeGreaterThan(2048);
    expect(parts.every((p) => p.length <= 4096)).toBe(true);
  });
});
