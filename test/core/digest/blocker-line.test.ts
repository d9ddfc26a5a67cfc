import { describe, expect, it } from 'vitest';
import { BLOCKER_NOTE_MAX, blockerLineHtml } from '../../../src/core/digest/task-line.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';

const blocker = (note: string) => ({
  unitId: 1,
  unitCode: 'CATP',
  unitName: 'Công an thành phố',
  unitShortName: 'CATP',
  role: 'lead' as const,
  note,
  since: vietnamInstant(2023, 6, 1, 9),
});
const NOW = vietnamInstant(2023, 6, 2, 9);

describe('a blocker line in the digests, the card and /chitiet', () => {
  it('quotes a long reason to a glance, cut at a word, and escapes it', () => {
    const reason = `Thiếu kinh phí <in> ấn ${'và chưa có danh sách hộ nghèo từ phòng Lao động '.repeat(20)}`;
    const line = blockerLineHtml(blocker(reason), NOW, 'vi', { showUnit: false });
    const quoted = line.slice(line.indexOf('): ') + 3);
    expect(quoted.startsWith('Thiếu kinh phí &lt;in&gt; ấn và chưa có danh sách')).toBe(true);
    expect(quoted.endsWith('…')).toBe(true);
    expect([...quoted.replace('&lt;', '<').replace('&gt;', '>')].length).toBeLessThanOrEqual(BLOCKER_NOTE_MAX);
  });

  it('keeps a short reason whole, and says when none was given', () => {
    expect(blockerLineHtml(blocker('Chờ chữ ký lãnh đạo'), NOW, 'vi', { showUnit: true })).toMatch(/^⚠️ Vướng mắc \(CATP, .*\): Chờ chữ ký lãnh đạo$/);
    expect(blockerLineHtml(blocker(''), NOW, 'vi', { showUnit: false })).toMatch(/: \(chưa nêu lý do\)$/);
  });
});
