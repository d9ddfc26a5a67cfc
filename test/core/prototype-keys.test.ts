import { describe, expect, it } from 'vitest';
import { parseScheduleSetting } from '../../src/core/jobs/chat-schedule-settings.ts';
import { draftPlan } from '../../src/core/plan-draft/draft-plan.ts';
import { parseDeadline } from '../../src/core/deadline/parse-deadline.ts';
import { readReply } from '../../src/core/replies/read-reply.ts';
import { buildUnitDirectory, findUnitMentions, resolveUnit } from '../../src/core/units/match-units.ts';
import { parseUserDate } from '../../src/core/usecases/parse-user-date.ts';

/** Every name a plain object inherits, as a user might type it (alone, lower-case, inside a sentence). */
const NAMES = [...Object.getOwnPropertyNames(Object.prototype), '__proto__', 'prototype'];
const TEXTS = NAMES.flatMap((name) => [name, name.toLowerCase(), `đã xong ${name}`, `${name} 50%`, `vướng ${name}`, `thứ ${name}`, `${name} tháng`]);

const directory = buildUnitDirectory([{ code: 'CAP5', name: 'Công an Phường 5', aliases: ['CAP5'] }]);

describe('text typed by users never reaches Object.prototype through a lookup table', () => {
  it('the reply reader reads them as ordinary words', () => {
    const plain = readReply('abcxyz');
    for (const text of NAMES) expect(readReply(text), text).toMatchObject({ status: plain.status });
    for (const text of TEXTS) expect(() => readReply(text), text).not.toThrow();
    expect(readReply('constructor xong rồi').status).toBe(readReply('abcxyz xong rồi').status);
  });

  it('deadlines, dates, settings, unit names and the plan drafter do not trip on them', () => {
    for (const text of TEXTS) {
      expect(() => parseDeadline(text, { documentDate: '2023-02-27' }), text).not.toThrow();
      expect(() => parseUserDate(text, new Date('2023-02-27T02:00:00Z')), text).not.toThrow();
      expect(() => findUnitMentions(text, directory), text).not.toThrow();
      expect(resolveUnit(text, directory).kind, text).not.toBe('unit');
      for (const key of ['gio', 'tuan', 'tonghop', 'nhac', text]) {
        const result = parseScheduleSetting(key, text, 'steering');
        expect(result.ok, `${key} ${text}`).toBe(false);
      }
    }
    expect(() => draftPlan(`KẾ HOẠCH\n${TEXTS.join('\n')}\n`)).not.toThrow();
  });
});
