import { describe, expect, it } from 'vitest';
import { marksToPlainText } from '../../src/core/text/marks.ts';
import { CAP5_CHAT, type CommandHarness, FOCAL, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

/**
 * QA: in a group set to English, /caidat, /tieuchi and /baocao refused bad values in Vietnamese ("Giờ không hợp lệ …
 * Nothing changed."), and the English help's own examples ("tuan fri", "met") were refused.
 */
describe('refusals and the help’s own examples in an English group', () => {
  let h: CommandHarness;
  withHarness({ per: 'each' }, async (harness) => {
    h = harness;
    await h.bindSteeringAndUnit();
    await h.deliver();
    await h.send(STEERING_CHAT, SECRETARY, '/ngonngu en');
    await h.send(CAP5_CHAT, FOCAL, '/ngonngu en');
  });
  const answer = async (chat: string, user: typeof FOCAL, text: string) => (await h.send(chat, user, text)).map((r) => marksToPlainText(r.html)).join('\n');

  it('/caidat refuses in English and takes English day names', async () => {
    expect(await answer(STEERING_CHAT, SECRETARY, '/caidat gio 25:00')).toBe('Invalid time: "25:00". E.g. 07:30, 7h30, 7h or 7 giờ. Nothing changed.');
    expect(await answer(STEERING_CHAT, SECRETARY, '/caidat tonghop maybe')).toBe('Invalid value: "maybe". Use "on" or "off" (bật/tắt). Nothing changed.');
    expect(await answer(CAP5_CHAT, FOCAL, '/caidat tuan fri')).toBe('The weekly digest is set only in the steering group. Nothing changed.');
    expect(await answer(STEERING_CHAT, SECRETARY, '/caidat tuan fri')).toContain('Weekly digest: Friday');
    expect(await answer(STEERING_CHAT, SECRETARY, '/caidat tuan monday')).toContain('Weekly digest: Monday');
  });

  it('/tieuchi takes "met" / "not met" and refuses in English', async () => {
    expect(await answer(CAP5_CHAT, FOCAL, '/tieuchi TC-C1 good')).toBe('This criterion is judged in words: send "met" or "not met" (đạt / chưa đạt).');
    expect(await answer(CAP5_CHAT, FOCAL, '/tieuchi TC-C2 many')).toBe('This criterion is measured by a number (target ≥ 80): send a number, e.g. 85.');
    expect(await answer(CAP5_CHAT, FOCAL, '/tieuchi TC-C1 not met two groups found')).toContain('TC-C1');
    const criterion = (await h.stores.criteria.listCriteria()).find((c) => c.code === 'TC-C1');
    expect(criterion?.latest?.verdict).toBe('not_met');
  });

  it('/baocao refuses a bad period in English', async () => {
    expect(await answer(STEERING_CHAT, SECRETARY, '/baocao quý V/2023')).toMatch(/^Invalid report period: "quý V\/2023"\. Use one of:/);
  });

  it('/baocao reads a period written in English and heads the report in English', async () => {
    const report = await answer(STEERING_CHAT, SECRETARY, '/baocao quarter 2/2023');
    expect(report).toMatch(/— Q2 2023/);
    expect(report).not.toMatch(/QUÝ|Invalid report period/);
  });
});
