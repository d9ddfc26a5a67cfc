import { beforeAll, expect, it } from 'vitest';
import { parseRecordId } from '../../src/core/model/record-id.ts';
import { CAP5_CHAT, type CommandHarness, createHarness, FOCAL, SECRETARY, STEERING_CHAT } from '../support/command-harness.ts';
import { describeOnEachDatabase } from '../support/test-databases.ts';

const STALE = 'Nút này không còn hiệu lực.';

describeOnEachDatabase('forged button data and user text that looks like code', (use) => {
  let h: CommandHarness;
  beforeAll(async () => {
    h = await createHarness(use());
    await h.bindSteeringAndUnit();
  });

  it('answers forged or mangled ids quietly, before any query, and changes nothing', async () => {
    const before = await h.snapshot();
    const forged = [
      ['st:99999999999:bl', CAP5_CHAT],
      ['st:abc:bl', CAP5_CHAT],
      ['st:-3:dn', CAP5_CHAT],
      ['st:1e3:ip', CAP5_CHAT],
      ['st:2147483648:dt', CAP5_CHAT],
      ['st:', CAP5_CHAT],
      ['ud:abc', CAP5_CHAT],
      ['ud:99999999999', CAP5_CHAT],
      ['cf:99999999999', STEERING_CHAT],
      ['cf:0x10', STEERING_CHAT],
      ['rt:9007199254740993', STEERING_CHAT],
      ['gh:99999999999:y', STEERING_CHAT],
      ['gh:1:maybe', STEERING_CHAT],
    ] as const;
    for (const [data, chat] of forged) {
      const user = chat === CAP5_CHAT ? FOCAL : SECRETARY;
      const toasts = h.toasts.length;
      const replies = await h.press(chat, user, data);
      expect(replies, data).toEqual([]);
      expect(h.toasts.slice(toasts), data).toEqual([STALE]);
    }
    expect(await h.snapshot()).toEqual(before);
  });

  it('a status code named like an Object.prototype property is not a status', async () => {
    const task = (await h.stores.tasks.findTaskByCode('P5-01'))!;
    const before = await h.snapshot();
    for (const code of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      await h.press(CAP5_CHAT, FOCAL, `st:${task.id}:${code}`);
      const [answer] = await h.press(CAP5_CHAT, FOCAL, `pk:x:${code}`);
      expect(answer?.html).toBeDefined();
    }
    expect(await h.snapshot()).toEqual(before);
  });

  it('a reply made of Object.prototype names is read as text, not crashed on', async () => {
    const messageId = await h.taskMessageId(CAP5_CHAT, 'P5-01');
    for (const text of ['constructor', 'Constructor xong', '__proto__', 'toString valueOf', 'hasOwnProperty']) {
      const result = await h.replyTo(CAP5_CHAT, FOCAL, messageId, text);
      expect(result.handled, text).toBe(true);
    }
  });
});

it('parseRecordId takes decimal positive ids within PostgreSQL int4 only', () => {
  expect(parseRecordId('1')).toBe(1);
  expect(parseRecordId('2147483647')).toBe(2_147_483_647);
  for (const text of ['', '0', '01', '-1', '+1', '1.0', '1e3', '0x10', ' 1', '1 ', '2147483648', '99999999999', 'NaN', 'Infinity', '１']) {
    expect(parseRecordId(text), text).toBeNull();
  }
});
