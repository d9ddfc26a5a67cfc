import { describe, expect, it } from 'vitest';
import { normalizeReply } from '../../../src/core/replies/normalize-reply.ts';
import { readReply } from '../../../src/core/replies/read-reply.ts';

/**
 * A particle or "mức" that is written as another word gives no figure: "được 8 nhà" counts houses (not
 * "8 nha", 8 %), "còn mục 5" names an item (not "mức 5"). Unaccented or written as the function word,
 * the figure stands.
 */
describe('figures beside words that fold like particles or "mức"', () => {
  it.each([['Được 8 nhà rồi anh'], ['Đã làm được 8 nhà rồi'], ['Làm xong mục 5 rồi, còn mục 6 anh ạ'], ['Còn mục 5 nữa là xong'], ['Bắt cá được 20 cá rồi']])(
    '%s has no percent',
    (text) => {
      expect(readReply(text).percent).toBeNull();
    },
  );

  it.each([
    ['Được 80 nhá anh', 80],
    ['Tiến độ đạt mức 60 rồi ạ', 60],
    ['duoc 80 nha', 80],
    ['Đạt 70 rồi nha anh', 70],
  ])('%s reads %i', (text, percent) => {
    expect(readReply(text).percent).toBe(percent);
  });

  it('marks only the words written otherwise, in a reply typed with diacritics', () => {
    expect(normalizeReply('Được 8 nhà rồi nha anh')[0]?.notFigureWord).toEqual([2]);
    expect(normalizeReply('duoc 8 nha roi nha anh')[0]?.notFigureWord).toBeUndefined();
  });
});
