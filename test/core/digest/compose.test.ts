import { composePlanOverview } from '../../../src/core/usecases/compose-plan-overview.ts';
import { describe, expect, it } from 'vitest';
import { composePeriodicReport } from '../../../src/core/digest/compose-periodic-report.ts';
import { composeSteeringDigest } from '../../../src/core/digest/compose-steering-digest.ts';
import { composeUnitDigest } from '../../../src/core/digest/compose-unit-digest.ts';
import { unitRows } from '../../../src/core/digest/digest-rows.ts';
import { allPartRows, findSilentUnits, partKey, silentTasks } from '../../../src/core/digest/index.ts';
import type { TaskRecord } from '../../../src/core/model/records.ts';
import { splitMessage } from '../../../src/core/text/split-message.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';
import { CATP, catpRows, endOf, NOW, TASKS, taskRecord, views } from './fixture.ts';

const UNITS = [
  { code: 'CATP', name: 'Công an thành phố Trà Vinh', shortName: 'Công an thành phố' },
  { code: 'CAP5', name: 'Công an Phường 5' },
  { code: 'HPN', name: 'Hội Phụ nữ <P5>' },
];
const PHASES = [
  { name: 'Giai đoạn 1', end: endOf(2023, 5, 31) },
  { name: 'Giai đoạn 2', start: vietnamInstant(2023, 6, 1), end: endOf(2023, 6, 17) },
  { name: 'Giai đoạn 3', end: endOf(2023, 12, 31) },
];

describe('composeUnitDigest', () => {
  const vi = composeUnitDigest({ unitName: 'Công an thành phố', tasks: catpRows(), now: NOW, locale: 'vi' });

  it('has the header, counts by role, the sections in order and the silent list', () => {
    expect(vi.split('\n')[0]).toBe('📋 <b>Tổng hợp nhiệm vụ — Công an thành phố — 05/06/2023</b>');
    expect(vi).toContain('Tổng số: 8 nhiệm vụ (chủ trì 7 · phối hợp 1) · phần việc đã hoàn thành 2 · chưa thực hiện 1');
    const order = ['Quá hạn: 1', 'Sắp đến hạn (≤ 3 ngày): 1', 'Vướng mắc: 1', 'Đang thực hiện: 1', 'Chờ xác nhận: 1', 'Chưa báo cáo trong 7 ngày: 2'].map((h) =>
      vi.indexOf(h),
    );
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('shows due dates, days left or overdue, percent, role and the blocker with its age in working days', () => {
    expect(vi).toContain('• <b>NV-01</b> Rà soát đối tượng nghiện — hạn 01/06/2023 (quá hạn 4 ngày) · 40%');
    expect(vi).toContain('phối hợp · hạn 07/06/2023 (còn 2 ngày)');
    // the run of blocker reports started on Thu 01/06; Fri 02/06 and Mon 05/06 are the working days since
    expect(vi).toContain('⚠️ Vướng mắc (từ 01/06/2023, 2 ngày làm việc): Thiếu kinh phí &amp; &lt;nhân lực&gt;');
    expect(vi).toContain('• <b>NV-07</b> Tuyên truyền pháp luật — chưa báo cáo lần nào');
    expect(vi).toContain('• <b>NV-03</b> Lập hồ sơ quản lý — báo cáo gần nhất 20/05/2023');
  });

  it('escapes user text', () => {
    expect(vi).not.toContain('<script>');
    expect(vi).toContain('&lt;script&gt;alert(1)&lt;&#47;script&gt; tuần tra');
    const unit = composeUnitDigest({ unitName: 'Tổ <b>A</b> & B', tasks: [], now: NOW, locale: 'vi' });
    expect(unit).toContain('Tổ &lt;b&gt;A&lt;&#47;b&gt; &amp; B');
    expect(unit).toContain('Không có nhiệm vụ cần chú ý.');
  });

  it('prints the overdue figures even when its only overdue entries are late “done”s awaiting confirmation (QA10 #4)', () => {
    // NV-04: a recurring duty's late "done" of one period awaits confirmation, another period of it too: two entries, one task
    const awaiting = catpRows().filter((row) => row.code === 'NV-04');
    const figures = { tasks: 1, entries: 2, recurringTasks: 1, recurringEntries: 2 };
    const lines = composeUnitDigest({ unitName: 'Công an thành phố', tasks: awaiting, now: NOW, locale: 'vi', overdueFigures: figures }).split('\n');
    expect(lines).toContain('Quá hạn: 1 nhiệm vụ, 2 lượt (nhiệm vụ định kỳ: 1 nhiệm vụ, 2 lượt, mỗi kỳ mỗi đơn vị còn nợ là một lượt)');
    expect(lines).not.toContain('✅ Không có nhiệm vụ cần chú ý.');
  });

  it('speaks English', () => {
    const en = composeUnitDigest({ unitName: 'City police', tasks: catpRows(), now: NOW, locale: 'en' });
    expect(en.split('\n')[0]).toBe('📋 <b>Task digest — City police — 05/06/2023</b>');
    expect(en).toContain('due 01/06/2023 (4 days overdue)');
    expect(en).toContain('supporting · due 07/06/2023 (2 days left)');
    expect(en).toContain('Blocker (since 01/06/2023, 2 working days)');
    expect(en).toContain('No report for 7 days: 2');
  });

  it('a long digest splits into valid messages under 4096 characters', () => {
    const many: TaskRecord[] = Array.from({ length: 60 }, (_, i) =>
      taskRecord({
        id: 100 + i,
        code: `NV-${100 + i}`,
        title: `Tổ chức tuần tra, kiểm soát địa bàn khóm ${i} và báo cáo kết quả về Ban Chỉ đạo <đợt ${i}>`,
        status: 'in_progress',
        percent: 40,
        due: endOf(2023, 6, 1 + (i % 20)),
        lastReportAt: vietnamInstant(2023, 5, 1),
      }),
    );
    const html = composeUnitDigest({ unitName: 'Công an thành phố', tasks: unitRows(views(NOW, many), CATP.unitId), now: NOW, locale: 'vi' });
    expect(html.length).toBeGreaterThan(6000);
    const parts = splitMessage(html, 4096);
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
    views: views(),
    units: UNITS,
    phases: PHASES,
    now: NOW,
    since: vietnamInstant(2023, 6, 2, 16, 30),
    silentUnits: [{ unitName: 'Hội Phụ nữ <P5>', lastReportAt: vietnamInstant(2023, 5, 20) }],
  };

  it('counts tasks overall, each unit’s roles apart with short names, phases, blockers and silent units', () => {
    const html = composeSteeringDigest({ ...args, locale: 'vi' });
    expect(html.split('\n')[0]).toBe('📊 <b>Tổng hợp ngày — Kế hoạch số 45/KH-BCĐ — 05/06/2023</b>');
    expect(html).toContain(
      '<b>Toàn kế hoạch: 8 nhiệm vụ (mỗi nhiệm vụ tính một lần)</b>\n• Hoàn thành đúng hạn: 1\n• Hoàn thành quá hạn: 1\n• Chưa hoàn thành, trong hạn: 5\n• Chưa hoàn thành, quá hạn: 1',
    );
    expect(html).toContain(
      '           Tổng  ĐH  QH  TH Trễ\nCông an thành phố\n  chủ trì     7   1   1   4   1\n  phối hợp    1   0   0   1   0\nCông an Phường 5\n  chủ trì     1   0   0   1   0\nHội Phụ nữ &lt;P5&gt;\n',
    );
    expect(html).toContain('Mỗi đơn vị tính riêng nhiệm vụ chủ trì và phần phối hợp');
    expect(html).not.toContain('CATP ');
    expect(html).toContain('• Giai đoạn 2: còn 12 ngày (đến 17/06/2023) — đang thực hiện');
    expect(html).not.toContain('Giai đoạn 1');
    expect(html).toContain('Vướng mắc chưa được giải quyết (1)');
    expect(html).toContain('⚠️ Vướng mắc (Công an thành phố, từ 01/06/2023, 2 ngày làm việc): Thiếu kinh phí &amp; &lt;nhân lực&gt;');
    expect(html).toContain('• Hội Phụ nữ &lt;P5&gt; — báo cáo gần nhất 20/05/2023');
    expect(html).not.toContain('Nhiệm vụ quá hạn');
    expect(html).not.toContain('<script>');
  });

  it('keeps showing a blocker in later digests, marking it new only once', () => {
    const first = composeSteeringDigest({ ...args, locale: 'vi', since: vietnamInstant(2023, 5, 31, 16, 30) });
    expect(first).toContain('Lắp camera an ninh 🆕');
    const later = composeSteeringDigest({ ...args, locale: 'vi', now: vietnamInstant(2023, 6, 9, 16, 30), since: vietnamInstant(2023, 6, 8, 16, 30) });
    expect(later).toContain('Vướng mắc chưa được giải quyết (1)');
    expect(later).not.toContain('🆕');
    expect(later).toContain('từ 01/06/2023, 6 ngày làm việc');
  });

  it('lists units without a group once, apart from silent ones', () => {
    const html = composeSteeringDigest({ ...args, locale: 'vi', silentUnits: [], unboundUnits: [UNITS[2]!] });
    expect(html).toContain('🔌 <b>Đơn vị chưa kết nối nhóm (1)</b>: Hội Phụ nữ &lt;P5&gt;');
    expect(html).not.toContain('chưa báo cáo trong');
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

describe('silence', () => {
  it('finds units with open parts and no report for 7 days', () => {
    const quiet = TASKS.map((t) => ({
      ...t,
      assignments: t.assignments.map((a) => (a.unitCode === 'CAP5' ? { ...a, lastReportAt: vietnamInstant(2023, 5, 28, 9) } : a)),
    }));
    expect(findSilentUnits(allPartRows(views(NOW, quiet)), UNITS, NOW)).toEqual([
      { unitName: 'Công an Phường 5', lastReportAt: vietnamInstant(2023, 5, 28, 9) },
    ]);
    expect(findSilentUnits(allPartRows(views()), UNITS, NOW)).toEqual([]);
  });

  it('a unit waiting on the committee is not silent: its blocked parts and undecided extension requests', () => {
    const quiet = TASKS.map((t) => ({
      ...t,
      assignments: t.assignments.map((a) => (a.unitCode === 'CAP5' ? { ...a, lastReportAt: vietnamInstant(2023, 5, 28, 9) } : a)),
    }));
    const rows = allPartRows(views(NOW, quiet));
    const cap5Open = rows.filter((r) => r.unitCode === 'CAP5' && !['done_on_time', 'done_late', 'done_no_deadline', 'awaiting_confirmation'].includes(r.state));
    expect(cap5Open.length).toBeGreaterThan(0);
    // every open part blocked: the blocker section speaks for it
    const blocked = rows.map((r) => (r.unitCode === 'CAP5' ? { ...r, state: 'blocked' as const } : r));
    expect(findSilentUnits(blocked, UNITS, NOW)).toEqual([]);
    // every open part waiting for an extension decision
    const allAsked = new Map(cap5Open.map((r) => [partKey(r.taskId, 'CAP5'), vietnamInstant(2023, 5, 20, 9)]));
    expect(findSilentUnits(rows, UNITS, NOW, 7, new Map(), allAsked)).toEqual([]);
    // one request asked this week is the unit's word on its other parts too
    const [first] = cap5Open;
    if (!first) throw new Error('fixture has an open CAP5 part');
    expect(findSilentUnits(rows, UNITS, NOW, 7, new Map(), new Map([[partKey(first.taskId, 'CAP5'), vietnamInstant(2023, 6, 2, 9)]]))).toEqual([]);
    // an old request does not excuse silence on parts it does not cover
    if (cap5Open.length > 1) {
      expect(findSilentUnits(rows, UNITS, NOW, 7, new Map(), new Map([[partKey(first.taskId, 'CAP5'), vietnamInstant(2023, 5, 20, 9)]]))).toEqual([
        { unitName: 'Công an Phường 5', lastReportAt: vietnamInstant(2023, 5, 28, 9) },
      ]);
    }
  });

  it('a task posted less than 7 days ago is not silent, nor a unit whose group was connected this week', () => {
    const fresh = TASKS.map((t) => ({
      ...t,
      assignments: t.assignments.map((a) => ({ ...a, lastReportAt: null, assignedAt: vietnamInstant(2023, 6, 1, 9) })),
    }));
    const rows = unitRows(views(NOW, fresh), CATP.unitId);
    expect(silentTasks(rows, NOW)).toEqual([]);
    expect(silentTasks(rows, vietnamInstant(2023, 6, 8, 9)).map((r) => r.code)).toContain('NV-07');
    const old = unitRows(
      views(
        NOW,
        TASKS.map((t) => ({ ...t, assignments: t.assignments.map((a) => ({ ...a, lastReportAt: null })) })),
      ),
      CATP.unitId,
    );
    expect(silentTasks(old, NOW).length).toBeGreaterThan(0);
    expect(silentTasks(old, NOW, 7, vietnamInstant(2023, 6, 2, 9))).toEqual([]);
    expect(findSilentUnits(allPartRows(views(NOW, fresh)), UNITS, NOW)).toEqual([]);
    expect(findSilentUnits(allPartRows(views(NOW, fresh)), UNITS, NOW, 7, new Map([['CAP5', vietnamInstant(2023, 5, 1)]]))).toEqual([]);
  });
});

describe('composePeriodicReport', () => {
  const report = composePeriodicReport({ planNumber: '45/KH-BCĐ', views: views(), units: UNITS, now: NOW, locale: 'vi', periodLabel: 'tháng 6/2023' });

  it('gives the official counts overall (tasks) and per unit (roles apart) in plain text', () => {
    expect(report.split('\n').slice(0, 2)).toEqual(['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 45/KH-BCĐ — THÁNG 6/2023', '(Số liệu tính đến ngày 05/06/2023)']);
    expect(report).toContain(
      'Tổng số nhiệm vụ: 8, trong đó:\n- Đã hoàn thành: 2 (25%), gồm: đúng hạn 1; quá hạn 1.\n- Chưa hoàn thành: 6 (75%), gồm: trong hạn 5; quá hạn 1.',
    );
    expect(report).toContain(
      '1. Công an thành phố Trà Vinh: chủ trì 7 (hoàn thành đúng hạn 1; hoàn thành quá hạn 1; chưa hoàn thành trong hạn 4; chưa hoàn thành quá hạn 1); phối hợp 1 (chưa hoàn thành trong hạn 1).',
    );
    expect(report).toContain('Mỗi đơn vị tính riêng nhiệm vụ chủ trì và phần việc phối hợp');
    // a unit with no part says so in a few words; zero buckets are left out (QA14 #6: six phone screens for eight tasks)
    expect(report).toContain('3. Hội Phụ nữ <P5>: không có nhiệm vụ.');
    expect(report).not.toMatch(/ 0;| 0\)/);
    expect(report).not.toMatch(/<b>|&amp;|&lt;/);
  });

  it('lists overdue tasks and blockers with the unit and since when', () => {
    expect(report).toContain(
      'III. NHIỆM VỤ CHƯA HOÀN THÀNH QUÁ HẠN\n1. [NV-01] Rà soát đối tượng nghiện — đơn vị chủ trì: Công an thành phố Trà Vinh; hạn 01/06/2023; quá hạn 4 ngày.',
    );
    expect(report).toContain(
      'IV. KHÓ KHĂN, VƯỚNG MẮC\n1. [NV-08] Lắp camera an ninh — Công an thành phố Trà Vinh: Thiếu kinh phí & <nhân lực> (từ ngày 01/06/2023).',
    );
  });

  it('percentages add up to 100', () => {
    const eight = Array.from({ length: 8 }, (_, i) =>
      taskRecord({
        id: 200 + i,
        code: `X-${i}`,
        title: 'x',
        status: i === 0 ? 'done' : 'in_progress',
        due: endOf(2023, 7, 1),
        doneReportedAt: i === 0 ? NOW : null,
      }),
    );
    const text = composePeriodicReport({ planNumber: 'X', views: views(NOW, eight), units: [], now: NOW, locale: 'vi' });
    expect(text).toContain('Đã hoàn thành: 1 (13%)');
    expect(text).toContain('Chưa hoàn thành: 7 (87%)');
  });

  it('speaks English and says when there is nothing to list', () => {
    const en = composePeriodicReport({ planNumber: '45/KH-BCĐ', views: [], units: [], now: NOW, locale: 'en' });
    expect(en).toContain('REPORT ON THE IMPLEMENTATION OF PLAN No. 45/KH-BCĐ');
    expect(en).toContain('Total tasks: 0, of which:');
    expect(en.match(/\(None\.\)/g)).toHaveLength(3);
  });
});

describe('a phase’s days left: /kehoach and the steering digest word them alike', () => {
  it('a phase ending today "kết thúc hôm nay" in both, "còn N ngày" by the same count', () => {
    const now = vietnamInstant(2023, 6, 17, 9, 0);
    const plan = {
      id: 1,
      number: '45/KH-BCĐ',
      title: 'Chuyển hóa',
      issuer: 'BCĐ',
      issueDate: vietnamInstant(2023, 3, 1),
      area: null,
      status: 'active' as const,
      phases: [
        { id: 2, code: 'GD2', name: 'Giai đoạn 2', startAt: vietnamInstant(2023, 6, 1), endAt: endOf(2023, 6, 17) },
        { id: 3, code: 'GD3', name: 'Giai đoạn 3', startAt: null, endAt: endOf(2023, 12, 31) },
      ],
    };
    const overview = composePlanOverview([plan], [], now, 'vi');
    const digest = composeSteeringDigest({
      planNumber: '45/KH-BCĐ',
      views: views(),
      units: UNITS,
      phases: PHASES,
      now,
      since: vietnamInstant(2023, 6, 16, 16, 30),
      silentUnits: [],
      locale: 'vi',
    });
    expect(overview).toContain('• Giai đoạn 2: 01/06/2023 – 17/06/2023 (kết thúc hôm nay)');
    expect(digest).toContain('• Giai đoạn 2: kết thúc hôm nay (đến 17/06/2023)');
    expect(overview).toContain('(còn 197 ngày)');
    expect(digest).toContain('• Giai đoạn 3: còn 197 ngày (đến 31/12/2023)');
  });
});
