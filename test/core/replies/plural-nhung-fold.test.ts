import { describe, expect, it } from 'vitest';
import { normalizeReply } from '../../../src/core/replies/normalize-reply.ts';
import { readReply } from '../../../src/core/replies/read-reply.ts';

/**
 * "những" (plural) folds like "nhưng" (but), which ends a clause. Written with its accents it stays inside its
 * clause, so the object of a done ("những hộ bị ngập") is not read as a problem of its own.
 */
describe('"những" typed with accents is no "but"', () => {
  it('keeps the object in the clause of its verb', () => {
    expect(normalizeReply('Đã khảo sát xong những hộ bị ngập nặng').map((c) => c.tokens.join(' '))).toEqual(['da khao sat xong nhung ho bi ngap nang']);
    expect(normalizeReply('Những điểm sạt lở đã cắm biển xong').length).toBe(1);
  });

  it('still splits at "nhưng", accented or not', () => {
    expect(normalizeReply('Xong rồi nhưng chưa có dấu').length).toBe(2);
    expect(normalizeReply('xong roi nhung chua co dau').length).toBe(2);
  });

  it('reads a done with such an object as done', () => {
    expect(readReply('Đã khảo sát xong những hộ bị ngập nặng, danh sách em gửi anh rồi').status).toBe('done');
  });
});
