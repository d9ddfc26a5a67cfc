import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyReading } from '../../../src/core/replies/types.ts';

const STATUSES = ['not_started', 'in_progress', 'blocked', 'done', 'none'];

function expectWellFormed(reading: ReplyReading): void {
  expect(STATUSES).toContain(reading.status);
  expect(reading.confidence).toBeGreaterThanOrEqual(0);
  expect(reading.confidence).toBeLessThanOrEqual(1);
  if (reading.percent !== null) {
    expect(Number.isInteger(reading.percent)).toBe(true);
    expect(reading.percent).toBeGreaterThanOrEqual(0);
    expect(reading.percent).toBeLessThanOrEqual(100);
  }
  if (reading.status === 'done') expect(reading.percent).toBe(100);
  if (reading.status === 'none') expect(reading.percent).toBeNull();
}

/** Words the reader knows, so random replies hit its phrase logic and not only unknown words. */
const WORDS = [
  'đã',
  'xong',
  'chưa',
  'còn',
  'nữa',
  'là',
  'đang',
  'làm',
  'vướng',
  'chờ',
  'đợi',
  'ý kiến',
  'bên',
  'Hội',
  'báo',
  'nghe nói',
  'em',
  'anh',
  'gì',
  'mà',
  'đâu',
  'có',
  'không',
  'việc',
  'này',
  'kia',
  'thì',
  'giúp',
  'đề nghị',
  'các đơn vị',
  'hoàn thành',
  '80%',
  '6/8',
  'tổ',
  '15/12',
  '?',
  ',',
  '.',
  ':',
  '✅',
  '👍',
  'kẹt',
  'quá',
  'hết',
  'rồi',
  'ạ',
  'tham khảo',
  'constructor',
  '__proto__',
  'mới',
  'bắt đầu',
  'mai',
];

describe('readReply never throws and always answers in shape', () => {
  it.each([
    '',
    '   ',
    '\u0000\u0001\u0007\u001b[31m',
    '🎉🎉🎉',
    '✅✅',
    'constructor',
    '__proto__',
    'toString valueOf hasOwnProperty',
    'constructor __proto__ prototype',
    '%%%///...???',
    '100/0 tổ',
    '99999999999999999999%',
    '1e400 / 1e-400',
    '\uD800 lone surrogate',
    'x'.repeat(200_000),
    'đã xong '.repeat(20_000),
  ])('reads %j', (text) => {
    expectWellFormed(readReply(text));
  });

  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectWellFormed(readReply(text));
      }),
      { numRuns: 300 },
    );
  });

  it('on replies made of the words it reads', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }), (words) => {
        const reading = readReply(words.join(' '));
        expectWellFormed(reading);
      }),
      { numRuns: 1500 },
    );
  });

  it('reads a very long reply in bounded time', () => {
    const started = performance.now();
    readReply('đã rà soát 45/60 hộ, còn vướng kinh phí. '.repeat(5_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
