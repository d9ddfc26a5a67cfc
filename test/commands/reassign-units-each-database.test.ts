import { beforeEach, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { type CommandHarness, createHarness, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

/**
 * QA: /giao refused the plan's collective unit CTXH_P5 ("các tổ chức chính trị - xã hội cùng cấp"),
 * and /giao with only a lead dropped the task's supporting units without a word. Every unit and
 * collective group of the plan is accepted; a lead alone keeps the supporting units, and the answer says them.
 */
describeOnEachDatabase('/giao: which units the task ends with', (use) => {
  let h: CommandHarness;
  beforeEach(async () => {
    h = await createHarness(use());
    await h.bindSteeringAndUnit();
  });
  const rolesOf = async (code: string) => {
    const task = (await h.stores.tasks.findTaskByCode(code))!;
    return task.assignments.map((a) => `${a.unitCode}:${a.role}`).sort();
  };
  // the answer without its paragraph on units that have no group (reassign-units-without-group.test.ts)
  const giao = async (text: string) => (await h.send(STEERING_CHAT, SECRETARY, text)).map((r) => marksToPlainText(r.html).split('\n\n⚠️')[0]).join('\n');
  const MEMBERS = ['DTN_P5', 'HCCB_P5', 'HND_P5', 'HPN_P5', 'MTTQ_P5'];

  it('a lead alone keeps the supporting units (less the new lead) and the answer names them', async () => {
    expect(await giao('/giao P5-01 HND_P5 | giao lại theo chỉ đạo')).toBe(
      'Đã giao lại nhiệm vụ P5-01: chủ trì Hội Nông dân Phường 5; phối hợp (giữ như trước): Ủy ban Mặt trận Tổ quốc Việt Nam Phường 5, Đoàn Thanh niên Cộng sản Hồ Chí Minh Phường 5, Hội Liên hiệp Phụ nữ Phường 5, Hội Cựu chiến binh Phường 5.',
    );
    expect(await rolesOf('P5-01')).toEqual(['DTN_P5:support', 'HCCB_P5:support', 'HND_P5:lead', 'HPN_P5:support', 'MTTQ_P5:support']);
  });

  it('“không” clears the supporting units; the collective code CTXH_P5 gives them back as its members', async () => {
    expect(await giao('/giao P5-01 CAP5 không | bỏ phối hợp')).toBe('Đã giao lại nhiệm vụ P5-01: chủ trì Công an Phường 5; không có đơn vị phối hợp.');
    expect(await rolesOf('P5-01')).toEqual(['CAP5:lead']);
    const answer = await giao('/giao P5-01 CAP5 ctxh_p5 | bổ sung phối hợp');
    expect(answer).toMatch(/^Đã giao lại nhiệm vụ P5-01: chủ trì Công an Phường 5; phối hợp: .*Hội Nông dân Phường 5\.$/);
    expect(await rolesOf('P5-01')).toEqual(['CAP5:lead', ...MEMBERS.map((c) => `${c}:support`)]);
  });

  it('a collective group named in words, next to a unit, as supporting units', async () => {
    await giao('/giao GD3-03 BCD_TP, các tổ chức chính trị - xã hội Phường 5, CAP5 | thêm phối hợp');
    expect(await rolesOf('GD3-03')).toEqual(['BCD_TP:lead', 'CAP5:support', ...MEMBERS.map((c) => `${c}:support`)].sort());
  });

  it('every unit code of the plan is accepted as the lead', async () => {
    const units = await h.stores.directory.listUnits();
    for (const unit of units) {
      const answer = await giao(`/giao GD3-03 ${unit.code} không | thử từng mã`);
      expect(answer).toBe(`Đã giao lại nhiệm vụ GD3-03: chủ trì ${unit.name}; không có đơn vị phối hợp.`);
      expect(await rolesOf('GD3-03')).toEqual([`${unit.code}:lead`]);
    }
  }, 60_000);

  it('a collective group of several units cannot lead: a Vietnamese reason, nothing changed', async () => {
    const before = await h.snapshot();
    expect(await giao('/giao P5-01 CTXH_P5 | thử')).toBe(
      '“CTXH_P5” là nhóm các tổ chức chính trị - xã hội cùng cấp (MTTQ_P5, DTN_P5, HPN_P5, HCCB_P5, HND_P5): mỗi nhiệm vụ chỉ có một đơn vị chủ trì. Hãy chọn một đơn vị trong nhóm làm chủ trì; nhóm có thể ghi vào phần phối hợp. Không có gì thay đổi.',
    );
    expect(await h.snapshot()).toEqual(before);
  });

  it('an unknown unit is still refused, nothing changed', async () => {
    const before = await h.snapshot();
    expect(await giao('/giao P5-01 CAP5 XYZ_P9 | thử')).toBe(
      'Không xác định được đơn vị “XYZ_P9”. Hãy dùng mã đơn vị (ví dụ BCD_P5) hoặc tên đơn vị; nhiều đơn vị thì ngăn cách bằng dấu phẩy.',
    );
    expect(await h.snapshot()).toEqual(before);
  });

  // QA: "/giao P5-01 Hội Nông dân phường 5 | …" split the name at its spaces and refused "Hội"
  it('units typed by their names with spaces, no commas: each name is one unit', async () => {
    expect(await giao('/giao P5-01 Công an phường 5 Hội Nông dân phường 5 | theo tên')).toBe(
      'Đã giao lại nhiệm vụ P5-01: chủ trì Công an Phường 5; phối hợp: Hội Nông dân Phường 5.',
    );
    expect(await rolesOf('P5-01')).toEqual(['CAP5:lead', 'HND_P5:support']);
    expect(await giao('/giao P5-01 Hội Nông dân phường 5 không | chỉ một đơn vị')).toBe(
      'Đã giao lại nhiệm vụ P5-01: chủ trì Hội Nông dân Phường 5; không có đơn vị phối hợp.',
    );
    expect(await rolesOf('P5-01')).toEqual(['HND_P5:lead']);
    expect(await giao('/giao P5-01 CAP5 Hội Liên hiệp Phụ nữ Phường 5 DTN_P5 | mã và tên')).toBe(
      'Đã giao lại nhiệm vụ P5-01: chủ trì Công an Phường 5; phối hợp: Hội Liên hiệp Phụ nữ Phường 5, Đoàn Thanh niên Cộng sản Hồ Chí Minh Phường 5.',
    );
  });

  it('a name that names no unit is quoted whole in the refusal, nothing changed', async () => {
    const before = await h.snapshot();
    expect(await giao('/giao P5-01 CAP5 Sở Giao thông vận tải | thử')).toBe(
      'Không xác định được đơn vị “Sở Giao thông vận tải”. Hãy dùng mã đơn vị (ví dụ BCD_P5) hoặc tên đơn vị; nhiều đơn vị thì ngăn cách bằng dấu phẩy.',
    );
    expect(await h.snapshot()).toEqual(before);
    // QA: "Công an phường" names Công an Phường 5 by its words, then "9" named nothing: the name is quoted whole
    expect(await giao('/giao P5-01 Công an phường 9 | thử')).toBe(
      'Không xác định được đơn vị “Công an phường 9”. Hãy dùng mã đơn vị (ví dụ BCD_P5) hoặc tên đơn vị; nhiều đơn vị thì ngăn cách bằng dấu phẩy.',
    );
    expect(await h.snapshot()).toEqual(before);
  });
});
