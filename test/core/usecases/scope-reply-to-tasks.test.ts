import { describe, expect, it } from 'vitest';
import type { TaskRecord } from '../../../src/core/model/records.ts';
import { taskCodeCandidates } from '../../../src/core/replies/find-task-code.ts';
import { scopeReplyToTasks } from '../../../src/core/usecases/scope-reply-to-tasks.ts';

const UNIT = 5;
const task = (id: number, code: string, unitId = UNIT) => ({ id, code, assignments: [{ unitId }] }) as unknown as TaskRecord;
const TASKS = [task(1, 'P5-01'), task(2, 'P5-02'), task(3, 'GD2-02'), task(4, 'GD3-01', 9)];

function scope(anchorCode: string, text: string, anchorNamedInText = false) {
  const named = taskCodeCandidates(text).map((candidate) => ({ candidate, task: TASKS.find((t) => t.code === candidate.code) ?? null }));
  return scopeReplyToTasks({
    anchor: TASKS.find((t) => t.code === anchorCode)!,
    anchorNamedInText,
    text,
    named,
    unitId: UNIT,
    readsAsStatus: (words) => /xong|làm/.test(words),
  });
}
const codesOf = (result: ReturnType<typeof scope>) =>
  result.kind === 'several' ? result.parts.map((p) => [p.task.code, p.text]) : result.kind === 'one' ? [[result.task.code, result.text, result.moved]] : result;

describe('which task(s) a reply is about', () => {
  it('no code, the card’s own code, or a word that is no code ("P5", "10h"): the card’s task, the whole text', () => {
    expect(codesOf(scope('P5-01', 'xong rồi'))).toEqual([['P5-01', 'xong rồi', false]]);
    expect(codesOf(scope('P5-01', 'P5-01 xong rồi'))).toEqual([['P5-01', 'P5-01 xong rồi', false]]);
    expect(codesOf(scope('P5-01', 'tổ P5 họp lúc 10h xong rồi'))).toEqual([['P5-01', 'tổ P5 họp lúc 10h xong rồi', false]]);
  });

  it('one other task of the unit takes all the words, before and after its code', () => {
    expect(codesOf(scope('GD2-02', 'đã xong P5-02 nhé'))).toEqual([['P5-02', 'đã xong nhé', true]]);
  });

  it('an unknown code, another unit’s task', () => {
    expect(scope('GD2-02', 'P5-09 xong rồi nhé')).toEqual({ kind: 'unknown_code', code: 'P5-09' });
    expect(scope('GD2-02', 'GD3-01 xong')).toEqual({ kind: 'not_units', code: 'GD3-01' });
    // what the text says of the card's own task is kept for the question back
    expect(scope('P5-02', 'GD3-01 thì xong rồi, còn P5-02 thì đang làm 70%')).toEqual({ kind: 'not_units', code: 'GD3-01', anchorText: 'đang làm 70%' });
    expect(scope('P5-02', 'P5-09 xong, đang làm 70%', true)).toEqual({ kind: 'unknown_code', code: 'P5-09' });
    expect(scope('P5-02', 'đang làm 70%, P5-09 xong', true)).toEqual({ kind: 'unknown_code', code: 'P5-09', anchorText: 'đang làm 70%' });
  });

  it('several codes: each part up to the next code, joining words dropped', () => {
    expect(codesOf(scope('P5-01', 'P5-01 xong roi, con P5-02 thi dang lam 50%'))).toEqual([
      ['P5-01', 'xong roi'],
      ['P5-02', 'dang lam 50%'],
    ]);
    expect(codesOf(scope('P5-01', 'việc P5-01 thì xong rồi, còn nhiệm vụ P5-02 thì đang làm 50%'))).toEqual([
      ['P5-01', 'xong rồi'],
      ['P5-02', 'đang làm 50%'],
    ]);
    // a word that only looks like a joining word stays ("thiếu", "mãi", the unit's own "nhiệm vụ")
    expect(codesOf(scope('P5-01', 'P5-01 thiếu kinh phí, P5-02 mãi chưa xong'))).toEqual([
      ['P5-01', 'thiếu kinh phí'],
      ['P5-02', 'mãi chưa xong'],
    ]);
    expect(codesOf(scope('P5-01', 'P5-01 đã hoàn thành nhiệm vụ, P5-02 mãi chưa xong'))).toEqual([
      ['P5-01', 'đã hoàn thành nhiệm vụ'],
      ['P5-02', 'mãi chưa xong'],
    ]);
  });

  it('a mention (its code taken out in place): the words before the next code are the named task’s', () => {
    expect(codesOf(scope('P5-01', 'xong rồi , P5-02 đang làm 30%', true))).toEqual([
      ['P5-01', 'xong rồi'],
      ['P5-02', 'đang làm 30%'],
    ]);
  });

  it('words that cannot be given to one task: unclear', () => {
    expect(scope('P5-01', 'P5-01, P5-02 đều xong')).toEqual({ kind: 'unclear', codes: ['P5-01', 'P5-02'] });
    expect(scope('P5-01', 'P5-01 và P5-02 đều xong')).toEqual({ kind: 'unclear', codes: ['P5-01', 'P5-02'] });
    expect(scope('GD2-02', 'xong hết P5-01 và P5-02 đang làm')).toEqual({ kind: 'unclear', codes: ['P5-01', 'P5-02'] });
  });
});
