import { describe, expect, it } from 'vitest';
import { composePeriodicReport } from '../../../src/core/digest/compose-periodic-report.ts';
import { composeSteeringDigest } from '../../../src/core/digest/compose-steering-digest.ts';
import { composeUnitDigest } from '../../../src/core/digest/compose-unit-digest.ts';
import { findNewBlockers, findSilentUnits } from '../../../src/core/digest/find-signals.ts';
import type { DigestTask } from '../../../src/core/digest/types.ts';
import { splitMessage } from '../../../src/core/text/split-message.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';
import { catpTasks, endOf, NOW, TASKS } from './fixture.ts';

const UNITS = [
  { code: 'CATP', name: 'Công an thành phố' },
  { code: 'CAP5', name: 'Công an Phường 5' },
  { code: 'HPN', name: 'Hội Phụ nữ <P5>' },
];
const PHASES = [
  { name: 'Giai đoạn 1', end: endOf(2023, 5, 31) },
  { name: 'Giai đoạn 2', start: vietnamInstant(2023, 6, 1), end: endOf(2023, 6, 17) },
  { name: 'Giai đoạn 3', end: endOf(2023, 12, 31) },
];

describe('composeUnitDigest', () => {
  const vi = composeUnitDigest({ unitName: 'Công an thành phố', tasks: catpTasks(), now: NOW, locale: 'vi' });

  it('has the header, the four sections in order and the silent list', () => {
    expect(vi.split('\n')[0]).toBe('📋 <b>Tổng hợp nhiệm vụ — Công an thành phố — 05/06/2023</b>');
    const order = ['Quá hạn: 1', 'Sắp đến hạn (≤ 3 ngày): 1', 'Đang thực hiện: 2', 'Chờ xác nhận: 1', 'Chưa báo cáo trong 7 ngày: 2'].map((h) => vi.indexOf(h));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('shows due dates, days left or overdue, percent, role and blocker notes', () => {
    expect(vi).toContain('• <b>NV-01</b> Rà soát đối tượng nghiện — hạn 01/06/2023 (quá hạn 4 ngày) · 40%');
    expect(vi).toContain('phối hợp · hạn 07/06/2023 (còn 2 ngày)');
    expect(vi).toContain('⚠️ Vướng mắc: Thiếu kinh phí &amp; &lt;nhân lực&gt;');
    expect(vi).toContain('• <b>NV-07</b> Tuyên truyền pháp luật — chưa báo cáo lần nào');
    expect(vi).toContain('• <b>NV-03</b> Lập hồ sơ quản lý — báo cáo gần nhất 20/05/2023');
  });

  it('escapes user text', () => {
    expect(vi).not.toContain('<script>');
    expect(vi).toContain('&lt;script&gt;alert(1)&lt;/script&gt; tuần tra');
    const unit = composeUnitDigest({ unitName: 'Tổ <b>A</b> & B', tasks: [], now: NOW, locale: 'vi' });
    expect(unit).toContain('Tổ &lt;b&gt;A&lt;/b&gt; &amp; B');
    expect(unit).toContain('Không có nhiệm vụ cần chú ý.');
  });

  it('speaks English', () => {
    const en = composeUnitDigest({ unitName: 'City police', tasks: catpTasks(), now: NOW, locale: 'en' });
    expect(en.split('\n')[0]).toBe('📋 <b>Task digest — City police — 05/06/2023</b>');
    expect(en).toContain('due 01/06/2023 (4 days overdue)');
    expect(en).toContain('support · due 07/06/2023 (2 days left)');
    expect(en).toContain('No report for 7 days: 2');
  });

  it('a long digest splits into valid messages under 4096 characters', () => {
    const many: DigestTask[] = Array.from({ length: 60 }, (_, i) => ({
      ...TASKS[0]!,
      taskId: `m${i}`,
      code: `NV-${100 + i}`,
      title: `Tổ chức tuần tra, kiểm soát địa bàn khóm ${i} và báo cáo kết quả về Ban Chỉ đạo <đợt ${i}>`,
      due: endOf(2023, 6, 1 + (i % 20)),
      lastReportAt: vietnamInstant(2023, 5, 1),
    }));
    const html = composeUnitDigest({ unitName: 'Công an thành phố', tasks: many, now: NOW, locale: 'vi' });
    expect(html.length).toBeGreaterThan(6000);
    const parts = splitMessage(html);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(4096);
      expect((part.match(/<b>/g) ?? []).length).toBe((part.match(/<\/b>/g) ?? []).length);
    }
    expect(parts.join('\n').replace(/\n+/g, '\n')).toBe(html.replace(/\n+/g, '\n'));
  });
});

describe('composeSteeringDigest', () => {
  const args = {
    planNumber: '45/KH-BCĐ',
    tasks: TASKS,
    units: UNITS,
    phases: PHASES,
    now: NOW,
    newBlockers: findNewBlockers(TASKS, vietnamInstant(2023, 6, 2, 16, 30)),
    silentUnits: [{ unitName: 'Hội Phụ nữ <P5>', lastReportAt: vietnamInstant(2023, 5, 20) }],
  };

  it('shows totals overall and per unit, phases, blockers and silent units', () => {
    const html = composeSteeringDigest({ ...args, locale: 'vi' });
    expect(html.split('\n')[0]).toBe('📊 <b>Tổng hợp ngày — Kế hoạch số 45/KH-BCĐ — 05/06/2023</b>');
    expect(html).toContain('<b>Toàn kế hoạch: 8 nhiệm vụ</b>\n• Hoàn thành đúng hạn: 1\n• Hoàn thành quá hạn: 1\n• Chưa hoàn thành, trong hạn: 5\n• Chưa hoàn thành, quá hạn: 1');
    expect(html).toContain('CATP      8   1   1   5   1\nCAP5      1   0   0   1   0\nHPN       0   0   0   0   0');
    expect(html).toContain('• Giai đoạn 2: còn 12 ngày (đến 17/06/2023) — đang thực hiện');
    expect(html).not.toContain('Giai đoạn 1');
    expect(html).toContain('Vướng mắc mới (1)');
    expect(html).toContain('Thiếu kinh phí &amp; &lt;nhân lực&gt;');
    expect(html).toContain('• Hội Phụ nữ &lt;P5&gt; — báo cáo gần nhất 20/05/2023');
    expect(html).not.toContain('Nhiệm vụ quá hạn');
    expect(html).not.toContain('<script>');
  });

  it('the weekly edition lists overdue tasks; English works', () => {
    expect(composeSteeringDigest({ ...args, locale: 'vi', weekly: true })).toContain(
      '• <b>NV-01</b> Rà soát đối tượng nghiện — Công an thành phố (chủ trì) · hạn 01/06/2023 (quá hạn 4 ngày) · 40%',
    );
    const en = composeSteeringDigest({ ...args, locale: 'en', weekly: true });
    expect(en.split('\n')[0]).toBe('📊 <b>Weekly summary — Plan No. 45/KH-BCĐ — 05/06/2023</b>');
    expect(en).toContain('• Giai đoạn 3: 209 days left (until 31/12/2023)');
    expect(en).toContain('Overdue tasks (1)');
  });
});

describe('signals', () => {
  it('finds blockers raised since the last digest', () => {
    expect(findNewBlockers(TASKS, vietnamInstant(2023, 6, 2, 16, 30)).map((b) => b.code)).toEqual(['NV-08']);
    expect(findNewBlockers(TASKS, vietnamInstant(2023, 6, 4, 16, 30))).toEqual([]);
  });

  it('finds units with open tasks and no report for 7 days', () => {
    const quiet = TASKS.map((t) => (t.unitCode === 'CAP5' ? { ...t, lastReportAt: vietnamInstant(2023, 5, 28, 9) } : t));
    expect(findSilentUnits(quiet, UNITS, NOW)).toEqual([{ unitName: 'Công an Phường 5', lastReportAt: vietnamInstant(2023, 5, 28, 9) }]);
    expect(findSilentUnits(TASKS, UNITS, NOW)).toEqual([]);
  });
});

describe('composePeriodicReport', () => {
  const report = composePeriodicReport({ planNumber: '45/KH-BCĐ', tasks: TASKS, units: UNITS, now: NOW, locale: 'vi', periodLabel: 'tháng 6/2023' });

  it('gives the official counts overall and per unit in plain text', () => {
    expect(report.split('\n').slice(0, 2)).toEqual([
      'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 45/KH-BCĐ — THÁNG 6/2023',
      '(Số liệu tính đến ngày 05/06/2023)',
    ]);
    expect(report).toContain('Tổng số nhiệm vụ: 8, trong đó:\n- Đã hoàn thành: 2 (25%), gồm: đúng hạn 1; quá hạn 1.\n- Chưa hoàn thành: 6 (75%), gồm: trong hạn 5; quá hạn 1.');
    expect(report).toContain(
      '1. Công an thành phố: tổng số 8; hoàn thành đúng hạn 1; hoàn thành quá hạn 1; chưa hoàn thành trong hạn 5; chưa hoàn thành quá hạn 1.',
    );
    expect(report).toContain('3. Hội Phụ nữ <P5>: tổng số 0;');
    expect(report).not.toMatch(/<b>|&amp;|&lt;/);
  });

  it('lists overdue tasks and blockers', () => {
    expect(report).toContain('III. NHIỆM VỤ CHƯA HOÀN THÀNH QUÁ HẠN\n1. [NV-01] Rà soát đối tượng nghiện — đơn vị chủ trì: Công an thành phố; hạn 01/06/2023; quá hạn 4 ngày.');
    expect(report).toContain('IV. KHÓ KHĂN, VƯỚNG MẮC\n1. [NV-08] Lắp camera an ninh — Công an thành phố: Thiếu kinh phí & <nhân lực>');
  });

  it('speaks English and says when there is nothing to list', () => {
    const en = composePeriodicReport({ planNumber: '45/KH-BCĐ', tasks: [], now: NOW, locale: 'en' });
    expect(en).toContain('REPORT ON THE IMPLEMENTATION OF PLAN No. 45/KH-BCĐ');
    expect(en).toContain('Total tasks: 0, of which:');
    expect(en.match(/\(None\.\)/g)).toHaveLength(3);
  });
});
