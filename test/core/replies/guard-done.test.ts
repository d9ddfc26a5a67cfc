import { describe, expect, it } from 'vitest';
import { guardDone } from '../../../src/core/replies/guard-done.ts';
import type { ClauseRole } from '../../../src/core/replies/types.ts';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import { REPLY_CONFIDENCE_THRESHOLD, type Clause, type ReplyReading, type Signal } from '../../../src/core/replies/types.ts';

const DONE: ReplyReading = { status: 'done', percent: 100, note: '', confidence: 0.92, kind: 'report', reasons: ['done'] };
const done = (phrase = 'xong'): Signal => ({ status: 'done', strong: true, tag: `done:${phrase}` });
const clause = (words: string): Clause => ({ tokens: words.split(' '), asked: false });

function guard(parts: ReadonlyArray<[string, ClauseRole, Signal[]]>): ReplyReading {
  return guardDone(
    DONE,
    parts.map(([words]) => clause(words)),
    parts.map(([, role]) => role),
    parts.map(([, , signals]) => signals),
  );
}

describe('guardDone: the one place a "done" must pass', () => {
  it('lets a plain done through', () => {
    expect(guard([['xong', 'tell', [done()]]])).toBe(DONE);
  });

  it('withdraws done when the reply also names remaining work, and asks', () => {
    const reading = guard([
      ['xong', 'tell', [done()]],
      ['con 2 ho nua', 'tell', [{ status: 'in_progress', strong: true, tag: 'remaining' }]],
    ]);
    expect(reading).toMatchObject({ status: 'in_progress', percent: null });
    expect(reading.confidence).toBeLessThan(REPLY_CONFIDENCE_THRESHOLD);
    expect(reading.reasons).toContain('guard:remainingWork');
  });

  it('withdraws done when the reply also denies completion', () => {
    const reading = guard([
      ['xong roi', 'tell', [done()]],
      ['chua xong', 'tell', [{ status: 'in_progress', strong: false, tag: 'done_negated' }]],
    ]);
    expect(reading.status).toBe('in_progress');
    expect(reading.reasons).toContain('guard:negatedCompletion');
  });

  it('withdraws a bare done beside a question or a third party, and asks', () => {
    for (const role of ['ask', 'relay'] as const) {
      const reading = guard([
        ['xong', 'tell', [done()]],
        ['ben phuong 2 bao xong', role, []],
      ]);
      expect(reading).toMatchObject({ status: 'none', kind: 'unclear', percent: null });
      expect(reading.confidence).toBeLessThan(REPLY_CONFIDENCE_THRESHOLD);
    }
  });

  it('asks even when the unit clearly says it finished, if the reply also asks (strict guard)', () => {
    for (const words of ['da xong', 'xong roi', 'hoan thanh']) {
      const phrase = words.includes('hoan') ? 'hoan thanh' : 'xong';
      const reading = guard([
        [words, 'tell', [done(phrase)]],
        ['anh kiem tra giup em', 'ask', []],
      ]);
      expect(reading.status).not.toBe('done');
      expect(reading.confidence).toBeLessThan(REPLY_CONFIDENCE_THRESHOLD);
    }
  });

  it('keeps done beside another unit’s status when the done clause names this unit as its subject', () => {
    expect(
      guard([
        ['ben phuong 2 bao xong', 'relay', []],
        ['ben em cung da hoan thanh', 'tell', [done('hoan thanh')]],
      ]),
    ).toBe(DONE);
  });

  it('keeps done against an earlier denial only for a later whole-task or now clause', () => {
    const denied: Signal = { status: 'in_progress', strong: false, tag: 'done_negated' };
    expect(
      guard([
        ['hom qua chua xong', 'tell', [denied]],
        ['nay da xong het roi', 'tell', [done()]],
      ]),
    ).toBe(DONE);
    expect(
      guard([
        ['da xong roi', 'tell', [done()]],
        ['chua xong', 'tell', [denied]],
      ]).status,
    ).toBe('in_progress');
  });

  it('withdraws done beside a count of parts finished or work sent back, unless a later clause says all of it now', () => {
    const counted: Signal = { status: 'in_progress', strong: false, tag: 'done_count' };
    const sentBack: Signal = { status: 'blocked', strong: false, tag: 'undone:bi tra lai' };
    const partly = guard([
      ['da xong 2 khu pho roi', 'tell', [counted]],
      ['xong roi', 'tell', [done()]],
    ]);
    expect(partly).toMatchObject({ status: 'in_progress', percent: null });
    expect(partly.reasons).toContain('guard:partial');
    expect(partly.confidence).toBeLessThan(REPLY_CONFIDENCE_THRESHOLD);
    const undone = guard([
      ['xong roi', 'tell', [done()]],
      ['bi tra lai', 'tell', [sentBack]],
    ]);
    expect(undone.status).toBe('in_progress');
    expect(undone.reasons).toContain('guard:undone');
    expect(
      guard([
        ['bi tra lai', 'tell', [sentBack]],
        ['nay da nop lai xong het roi', 'tell', [done()]],
      ]),
    ).toBe(DONE);
  });

  it('leaves other readings alone', () => {
    const blocked: ReplyReading = { ...DONE, status: 'blocked', percent: null };
    expect(guardDone(blocked, [clause('vuong')], ['relay'], [[]])).toBe(blocked);
  });
});

describe('readReply never reads done beside a doubt unless the unit itself clearly finished', () => {
  it.each([
    'xong, còn 2 hộ nữa',
    'xong hết, chỉ còn khâu tổng hợp',
    'chưa xong, bên kia xong rồi',
    'bên phường 2 báo xong, bên em thì',
    'xong? anh xem',
    'xong gì mà xong',
    'hoàn thành đâu anh',
    'Em làm xong rồi nhưng chưa nộp',
    'dạ xong rồi, anh kiểm tra giúp em nhé?',
  ])('%j is not done', (text) => {
    expect(readReply(text).status).not.toBe('done');
  });

  it.each(['bên phường 2 báo xong rồi, bên em cũng đã hoàn thành', 'hôm qua chưa xong, nay đã xong hết rồi'])('%j is done', (text) => {
    expect(readReply(text).status).toBe('done');
  });
});
