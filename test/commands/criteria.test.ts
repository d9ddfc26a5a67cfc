import { beforeAll, expect, it } from 'vitest';
import { readMeasurement } from '../../src/core/criteria/judge-criterion.ts';
import { CAP5_CHAT, CATP_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

describeOnEachDatabase('/tieuchi', (use) => {
  let h: CommandHarness;
  beforeAll(async () => {
    h = await createHarness(use());
    await h.bindSteeringAndUnit('CAP5', CAP5_CHAT);
    await h.bindSteeringAndUnit('CATP', CATP_CHAT);
  });

  it('imports the plan’s criteria with their responsible unit', async () => {
    const criteria = await h.stores.criteria.listCriteria();
    expect(criteria).toHaveLength(10);
    expect(criteria.find((c) => c.code === 'TC-C2')).toMatchObject({ target: '>= 80', unitOfMeasure: '%', unitName: 'Công an Phường 5', latest: null });
    expect(criteria.find((c) => c.code === 'TC-C6')?.unitId).toBeNull();
  });

  it('before any measurement the steering group sees every criterion “chưa đo” and the verdict incomplete', async () => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/tieuchi');
    expect(answer?.html).toContain('Đạt 0/10; chưa đạt 0; chưa đo 10. Đánh giá chung: <b>CHƯA ĐỦ SỐ LIỆU</b>.');
    expect(answer?.html).toContain('⬜ <b>TC-C2</b>');
  });

  it('the responsible unit reports a number against the target, with a note, audited', async () => {
    const [ok] = await h.send(CAP5_CHAT, FOCAL, '/tieuchi tc-c2 85 theo báo cáo tháng 11');
    expect(ok?.html).toBe('Đã ghi nhận tiêu chí <b>TC-C2</b>: 85 % (chỉ tiêu ≥ 80 %) — <b>đạt</b>.\nGhi chú: theo báo cáo tháng 11');
    const [low] = await h.send(CAP5_CHAT, FOCAL, '/tieuchi TC-T1 17,5');
    expect(low?.html).toContain('17,5 % (chỉ tiêu &lt; 15 %) — <b>chưa đạt</b>');
    const [words] = await h.send(CAP5_CHAT, FOCAL, '/tieuchi TC-C1 đạt không phát hiện băng nhóm');
    expect(words?.html).toContain('TC-C1</b>: đạt — <b>đạt</b>');
    expect(await h.stores.audit.list({ action: 'criterion.measure' })).toHaveLength(3);
  });

  it('refuses another unit’s criterion, a bad value, an unknown code and the steering group, recording nothing', async () => {
    const before = (await h.stores.audit.list({ action: 'criterion.measure' })).length;
    expect((await h.send(CATP_CHAT, FOCAL, '/tieuchi TC-C2 90'))[0]?.html).toBe('Tiêu chí TC-C2 do Công an Phường 5 báo cáo, không phải đơn vị này.');
    expect((await h.send(CAP5_CHAT, FOCAL, '/tieuchi TC-C2 nhiều'))[0]?.html).toBe('Tiêu chí này đo bằng số (chỉ tiêu ≥ 80): hãy gửi một số, ví dụ 85.');
    expect((await h.send(CAP5_CHAT, FOCAL, '/tieuchi TC-C1 tốt'))[0]?.html).toBe(
      'Tiêu chí này đánh giá bằng lời: hãy gửi &quot;đạt&quot; hoặc &quot;chưa đạt&quot;.',
    );
    expect((await h.send(CAP5_CHAT, FOCAL, '/tieuchi TC-X9 1'))[0]?.html).toContain('Không có tiêu chí "TC-X9"');
    expect((await h.send(CAP5_CHAT, FOCAL, '/tieuchi TC-C2'))[0]?.html).toContain('Thiếu giá trị');
    expect((await h.send(STEERING_CHAT, SECRETARY, '/tieuchi TC-C2 90'))[0]?.html).toBe('Số đo tiêu chí chỉ báo trong nhóm của đơn vị.');
    expect(await h.stores.audit.list({ action: 'criterion.measure' })).toHaveLength(before);
  });

  it('a criterion without a responsible unit takes a measurement from any unit with tasks in the plan', async () => {
    const [ok] = await h.send(CATP_CHAT, FOCAL, '/tieuchi TC-C6 chưa đạt còn thiếu 1 ủy viên');
    expect(ok?.html).toContain('TC-C6</b>: chưa đạt — <b>chưa đạt</b>');
  });

  it('the steering group sees met / not met / not measured per criterion and overall', async () => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/tieuchi');
    expect(answer?.html).toContain('Đạt 2/10; chưa đạt 2; chưa đo 6. Đánh giá chung: <b>CHƯA ĐẠT</b>.');
    expect(answer?.html).toMatch(/✅ <b>TC-C2<\/b> .* — đạt: 85 %, \d\d\/\d\d\/\d{4}/);
    expect(answer?.html).toMatch(/❌ <b>TC-T1<\/b>/);
    const [unitList] = await h.send(CAP5_CHAT, FOCAL, '/tieuchi');
    expect(unitList?.html).toContain('Tiêu chí đơn vị báo cáo');
    expect(unitList?.html).not.toContain('TC-C5');
  });
});

it('readMeasurement judges every target operator', () => {
  const verdict = (target: string | null, value: string) => {
    const r = readMeasurement(target, value);
    return r.ok ? r.measurement.verdict : r.error;
  };
  expect([verdict('>= 80', '80'), verdict('> 80', '80'), verdict('<= 5', '5'), verdict('< 15', '15'), verdict('= 0', '0'), verdict('= 100', '99%')]).toEqual([
    'met',
    'not_met',
    'met',
    'not_met',
    'met',
    'not_met',
  ]);
  expect([verdict(null, 'Đạt'), verdict(null, 'chưa đạt'), verdict(null, 'KHÔNG ĐẠT')]).toEqual(['met', 'not_met', 'not_met']);
});
