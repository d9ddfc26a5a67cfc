import { describe, expect, it } from 'vitest';
import { readPercentArg } from '../../src/core/text/read-percent-arg.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, withHarness } from '../support/command-harness.ts';

describe('readPercentArg', () => {
  it('reads a decimal comma or point, rounding half up to a whole percent and saying what was typed', () => {
    expect(readPercentArg('50,5%')).toEqual({ ok: true, percent: 51, rounded: '50,5' });
    expect(readPercentArg('50.4')).toEqual({ ok: true, percent: 50, rounded: '50.4' });
    expect(readPercentArg('99,99')).toEqual({ ok: true, percent: 100, rounded: '99,99' });
    expect(readPercentArg('60%')).toEqual({ ok: true, percent: 60, rounded: null });
    expect(readPercentArg('0')).toEqual({ ok: true, percent: 0, rounded: null });
  });

  it('tells a value out of range from no number at all', () => {
    expect(readPercentArg('100,5')).toEqual({ ok: false, reason: 'out_of_range' });
    expect(readPercentArg('150')).toEqual({ ok: false, reason: 'out_of_range' });
    expect(readPercentArg('abc')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(readPercentArg('50,')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(readPercentArg('-5')).toEqual({ ok: false, reason: 'not_a_number' });
  });
});

describe('/tiendo with a fraction', () => {
  let h: CommandHarness;
  withHarness({ per: 'all' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
  });

  it('"/tiendo p5-01 50,5% ok" is recorded as 51%, and the answer says it was rounded', async () => {
    const [answer] = await h.send(CAP5_CHAT, FOCAL, '/tiendo p5-01 50,5% ok');
    expect(answer?.html).toContain('Đã làm tròn 50,5% thành 51%');
    expect(answer?.html).toContain('<b>Đang thực hiện</b> 51%');
    expect((await h.stores.tasks.findTaskByCode('P5-01'))!.percent).toBe(51);
    const [point] = await h.send(CAP5_CHAT, FOCAL, '/tiendo P5-01 60.2 tiếp tục');
    expect(point?.html).toContain('Đã làm tròn 60.2% thành 60%');
  });
});
