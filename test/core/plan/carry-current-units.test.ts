import { describe, expect, it } from 'vitest';
import type { UnitRecord } from '../../../src/core/model/records.ts';
import { carryCurrentUnits } from '../../../src/core/plan/carry-current-units.ts';
import type { PlanFile } from '../../../src/core/plan/plan-schema.ts';

const unit = (code: string, name: string): UnitRecord => ({ id: code.length, code, name, kind: 'police', aliases: [] });
const KNOWN = [unit('CAP5', 'Công an Phường 5'), unit('CATP', 'Công an thành phố'), unit('DTN', 'Đoàn Thanh niên')];

const file = (tasks: { code: string; lead: string; support?: string[] }[]) =>
  ({ units: [{ code: 'CAP5', name: 'Công an Phường 5', kind: 'police' }], tasks: tasks.map((t) => ({ ...t, title: t.code })) }) as unknown as PlanFile;

describe('carryCurrentUnits', () => {
  it('gives a matched duty the supports set on the current task, notes what the document said, and lists the units', () => {
    const drafted = file([
      { code: 'P5-01', lead: 'CAP5', support: ['DTN'] },
      { code: 'NV02', lead: 'CAP5', support: ['DTN'] },
    ]);
    const current = [
      { code: 'P5-01', title: 'x', lead: 'CAP5', support: ['CATP'] },
      { code: 'NV02', title: 'y', lead: 'CAP5', support: ['CATP'] },
    ];
    const { file: out, carried } = carryCurrentUnits(drafted, { current, matched: new Set(['P5-01']), known: KNOWN });
    expect(carried).toBe(1);
    expect(out.tasks[0]).toMatchObject({
      support: ['CATP'],
      review_notes: ['Đơn vị phối hợp lấy theo kế hoạch đang theo dõi (nhiệm vụ P5-01); văn bản mới ghi: DTN.'],
    });
    // a code that is only the same by chance (not matched) is another duty: left as drafted
    expect(out.tasks[1]).toEqual(drafted.tasks[1]);
    expect(out.units.map((u) => u.code)).toEqual(['CAP5', 'CATP']);
  });

  it('gives a duty matched under another lead the lead the secretariat set, marked for review', () => {
    const drafted = file([{ code: 'GD3-03', lead: 'CAP5' }]);
    const current = [{ code: 'GD3-03', title: 'x', lead: 'CATP', support: [] }];
    const { file: out, carried } = carryCurrentUnits(drafted, { current, matched: new Set(['GD3-03']), known: KNOWN });
    expect(carried).toBe(1);
    expect(out.tasks[0]).toMatchObject({
      lead: 'CATP',
      review: true,
      review_notes: ['Chủ trì lấy theo kế hoạch đang theo dõi (nhiệm vụ GD3-03); văn bản mới ghi: CAP5.'],
    });
    expect(out.units.map((u) => u.code)).toEqual(['CAP5', 'CATP']);
  });

  it('leaves a duty alone when the current task has the same supports, or none set', () => {
    const drafted = file([
      { code: 'A', lead: 'CAP5', support: ['CATP'] },
      { code: 'B', lead: 'CAP5', support: ['DTN'] },
    ]);
    const current = [
      { code: 'A', title: 'a', lead: 'CAP5', support: ['CATP'] },
      { code: 'B', title: 'b', lead: 'CAP5', support: [] },
    ];
    const { file: out, carried } = carryCurrentUnits(drafted, { current, matched: new Set(['A', 'B']), known: KNOWN });
    expect(carried).toBe(0);
    expect(out).toBe(drafted);
  });
});
