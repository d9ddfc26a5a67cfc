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
    expect(words?.html).toBe('Đã ghi nhận tiêu chí <b>TC-C1</b>: <b>đạt</b>.\nGhi chú: không phát hiện băng nhóm');
    expect(await h.stores.audit.list({ action: 'criterion.measure' })).toHaveLength(3);
  });

  it('refuses another unit’s criterion, a bad value, an unknown code and the steering group, recording nothing', async () => {
    const before = (await h.stores.audit.list({ action: 'criterion.measure' })).length;
    expect((await h.send(CATP_CHAT, FOCAL, '/tieuchi TC-C2 90'))[0]?.html).toBe('Tiêu chí TC-C2 do Công an Phường 5 báo cáo, không phải đơn vị này.');
    expect((await h.send(CAP5_CHAT, FOCAL, '/tieuchi TC-C2 nhiều'))[0]?.html).toBe('Tiêu chí này đo bằng số (chỉ tiêu ≥ 80): hãy gửi một số, ví dụ 85.');
    expect((await h.send(CAP5_CHAT, FOCAL, '/tieuchi TC-C1 tốt'))[0]?.html).toBe('Tiêu chí này đánh giá bằng lời: hãy gửi "đạt" hoặc "chưa đạt".');
    expect((await h.send(CAP5_CHAT, FOCAL, '/tieuchi TC-X9 1'))[0]?.html).toContain('Không có tiêu chí "TC-X9"');
    expect((await h.send(CAP5_CHAT, FOCAL, '/tieuchi TC-C2'))[0]?.html).toContain('Thiếu giá trị');
    expect((await h.send(STEERING_CHAT, SECRETARY, '/tieuchi TC-C2 90'))[0]?.html).toBe('Số đo tiêu chí chỉ báo trong nhóm của đơn vị.');
    expect(await h.stores.audit.list({ action: 'criterion.measure' })).toHaveLength(before);
  });

  it('a criterion without a responsible unit takes a measurement from any unit with tasks in the plan', async () => {
    const [ok] = await h.send(CATP_CHAT, FOCAL, '/tieuchi TC-C6 chưa đạt còn thiếu 1 ủy viên');
    expect(ok?.html).toContain('TC-C6</b>: <b>chưa đạt</b>.');
  });

  it('the steering group sees met / not met / not measured per criterion and overall', async () => {
    const [answer] = await h.send(STEERING_CHAT, SECRETARY, '/tieuchi');
    expect(answer?.html).toContain('Đạt 2/10; chưa đạt 2; chưa đo 6. Đánh giá chung: <b>CHƯA ĐẠT</b>.');
    expect(answer?.html).toMatch(/✅ <b>TC-C2<\/b> .* — đạt: 85 %, \d\d\/\d\d\/\d{4}/);
    expect(answer?.html).toMatch(/❌ <b>TC-T1<\/b>/);
    // a criterion judged in words says its verdict once ("đạt", not "đạt: đạt")
    expect(answer?.html).toMatch(/✅ <b>TC-C1<\/b> [^\n]* — đạt, \d\d\/\d\d\/\d{4}/);
    expect(answer?.html).not.toMatch(/đạt: (chưa )?đạt/);
    const [unitList] = await h.send(CAP5_CHAT, FOCAL, '/tieuchi');
    expect(unitList?.html).toContain('Tiêu chí đơn vị báo cáo');
    expect(unitList?.html).not.toContain('TC-C5');
  });

  it('in a unit group, /tieuchi posts one message per criterion; a reply to one reports it, a photo replied to it is evidence', async () => {
    const posted = await h.send(CAP5_CHAT, FOCAL, '/tieuchi');
    expect(posted[0]?.html).toContain('Trả lời từng tin dưới đây bằng số đo');
    const shown = posted.slice(1).map((r) => /<b>(TC-[A-Z0-9]+)<\/b>/.exec(r.html)?.[1]);
    expect(shown).toContain('TC-C3');
    expect(shown).not.toContain('TC-C5');
    const c1 = posted.find((r) => r.html.includes('<b>TC-C1</b>'));
    expect(c1?.html).toContain('\nLần đo gần nhất: đạt');
    expect(posted.map((r) => r.html).join('\n')).not.toMatch(/đạt — (chưa )?đạt/);
    const chat = await h.chat(CAP5_CHAT);
    const links = await use().prisma.criterionMessage.findMany({ where: { chatId: chat.id }, include: { criterion: true }, orderBy: { id: 'desc' } });
    expect(new Set(links.map((l) => l.criterion.code))).toEqual(new Set(shown));
    const c3 = links.find((l) => l.criterion.code === 'TC-C3')!;

    const answer = await h.replyTo(CAP5_CHAT, FOCAL, c3.messageId, '96 theo biên bản kiểm tra ngày 10/11');
    expect(answer.handled).toBe(true);
    expect(answer.replies[0]?.html).toBe('Đã ghi nhận tiêu chí <b>TC-C3</b>: 96 % (chỉ tiêu ≥ 95 %) — <b>đạt</b>.\nGhi chú: theo biên bản kiểm tra ngày 10/11');
    expect((await h.stores.criteria.listCriteria()).find((c) => c.code === 'TC-C3')?.latest?.verdict).toBe('met');

    const saved = await h.sendFile(CAP5_CHAT, FOCAL, c3.messageId, { kind: 'photo', fileId: 'photo-1', fileUniqueId: 'u-1', caption: 'biên bản' });
    expect(saved[0]?.html).toBe('Đã lưu minh chứng cho tiêu chí TC-C3 (tổng cộng 1).');
    expect(saved).toHaveLength(1);
    const withValue = await h.sendFile(CAP5_CHAT, FOCAL, c3.messageId, {
      kind: 'document',
      fileId: 'doc-1',
      fileName: 'bb.pdf',
      caption: '90 sau khi rà soát lại',
    });
    expect(withValue.map((r) => r.html)).toEqual(['Đã lưu minh chứng cho tiêu chí TC-C3 (tổng cộng 2).', expect.stringContaining('<b>chưa đạt</b>')]);
    expect((await h.stores.criteria.listCriteria()).find((c) => c.code === 'TC-C3')?.evidenceCount).toBe(2);
    expect(await h.stores.audit.list({ action: 'criterion.evidence' })).toHaveLength(2);
    // The criterion's message in the list now shows the evidence; the steering summary too.
    const again = await h.send(CAP5_CHAT, FOCAL, '/tieuchi');
    expect(again.find((r) => r.html.includes('<b>TC-C3</b>'))?.html).toContain('Minh chứng: 2 tệp');
    const [summary] = await h.send(STEERING_CHAT, SECRETARY, '/tieuchi');
    expect(summary?.html).toMatch(/<b>TC-C3<\/b> .* — chưa đạt: 90 %, \d\d\/\d\d\/\d{4}, 2 minh chứng/);
  });

  it('a reply to a criterion message of another group, or a bad value, records nothing', async () => {
    const chat = await h.chat(CAP5_CHAT);
    const link = (await use().prisma.criterionMessage.findFirst({ where: { chatId: chat.id } }))!;
    const before = (await h.stores.audit.list({ action: 'criterion.measure' })).length;
    expect((await h.replyTo(CATP_CHAT, FOCAL, link.messageId, '90')).replies.map((r) => r.html).join()).not.toContain('Đã ghi nhận tiêu chí');
    const bad = await h.replyTo(CAP5_CHAT, FOCAL, link.messageId, 'nhiều lắm');
    expect(bad.handled).toBe(true);
    expect(bad.replies[0]?.html).not.toContain('Đã ghi nhận');
    expect(await h.stores.audit.list({ action: 'criterion.measure' })).toHaveLength(before);
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
