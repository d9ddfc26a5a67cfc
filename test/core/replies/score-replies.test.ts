import { describe, expect, it } from 'vitest';
import { formatConfusion, type KeyLine, parseKey, type Reading, scoreReadings } from '../../../scripts/reply-score.ts';

const key: KeyLine[] = [
  { text: 'xong rồi', status: 'done', percent: 100 },
  { text: 'được 60%', status: 'in_progress', percent: 60 },
  { text: '6/8 tổ', status: 'in_progress', percent: 75 },
  { text: 'còn 2 tổ nữa là xong', status: 'in_progress', percent: null },
  { text: 'bên Hội Phụ nữ báo xong rồi', status: 'none', percent: null, note: 'third party' },
  { text: 'chờ ý kiến lãnh đạo', status: 'blocked', percent: null },
  { text: 'mai mới bắt đầu', status: 'not_started', percent: null },
];

describe('scoreReadings', () => {
  it('counts right, false done, percent errors and the confusion matrix on made-up readings', () => {
    const readings: Reading[] = [
      { status: 'done', percent: 100 }, // right
      { status: 'in_progress', percent: 61 }, // right: within ±1
      { status: 'in_progress', percent: 70 }, // percent error
      { status: 'done', percent: 100 }, // wrong, false done
      { status: 'done', percent: 100 }, // wrong, false done
      { status: 'not_started', percent: null }, // wrong status
      { status: 'not_started', percent: 0 }, // right: the key gives no percent
    ];
    const score = scoreReadings(key, readings);
    expect(score).toMatchObject({ n: 7, correct: 3, accuracy: 0.429, false_done: 2, percent_errors: 1 });
    expect(score.confusion.in_progress).toEqual({ not_started: 0, in_progress: 2, blocked: 0, done: 1, none: 0 });
    expect(score.confusion.none.done).toBe(1);
    expect(score.confusion.blocked.not_started).toBe(1);
    expect(score.misses.map((m) => m.what)).toEqual(['percent', 'status', 'status', 'status']);
    expect(score.misses[2]).toMatchObject({ note: 'third party', read: { status: 'done' } });
  });

  it('does not count a done read as done as a false done, nor judge percent on non-reports', () => {
    const score = scoreReadings(
      [key[0]!, key[4]!],
      [
        { status: 'done', percent: 100 },
        { status: 'none', percent: 50 },
      ],
    );
    expect(score).toMatchObject({ n: 2, correct: 2, accuracy: 1, false_done: 0, percent_errors: 0 });
  });

  it('counts a done key read below the confidence threshold (the bot asks) as done_asked, not as a false done', () => {
    const score = scoreReadings(
      [key[0]!, key[3]!, key[1]!],
      [
        { status: 'none', percent: null, confidence: 0.45 }, // a done the bot asks about: wrong, not a false done
        { status: 'in_progress', percent: null, confidence: 0.45 }, // asked, status right
        { status: 'in_progress', percent: 60, confidence: 0.93 }, // stored
      ],
    );
    expect(score).toMatchObject({ correct: 2, false_done: 0, done_asked: 1 });
  });

  it('a report whose percent the key gives but the reading lacks is a percent error', () => {
    const score = scoreReadings([key[1]!], [{ status: 'in_progress', percent: null }]);
    expect(score).toMatchObject({ correct: 0, percent_errors: 1, false_done: 0 });
  });

  it('refuses readings that do not line up with the key, and an empty key scores 0', () => {
    expect(() => scoreReadings(key, [])).toThrow('7 key lines but 0 readings');
    expect(scoreReadings([], [])).toMatchObject({ n: 0, correct: 0, accuracy: 0 });
  });

  it('prints the confusion matrix with expected rows and read columns', () => {
    const score = scoreReadings(
      [key[0]!, key[3]!],
      [
        { status: 'done', percent: 100 },
        { status: 'done', percent: 100 },
      ],
    );
    const lines = formatConfusion(score.confusion).split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^expected\\read\s+not_st\s+progr\s+block\s+done\s+none$/);
    expect(lines[2]).toMatch(/^progr\s+0\s+0\s+0\s+1\s+0$/);
    expect(lines[4]).toMatch(/^done\s+0\s+0\s+0\s+1\s+0$/);
  });
});

describe('parseKey', () => {
  it('accepts the fixture shape with an optional note and percent, and rejects a bad status', () => {
    expect(parseKey([{ text: 'x', status: 'done', percent: 100, note: 'n' }])).toHaveLength(1);
    expect(() => parseKey([{ text: 'x', status: 'finished', percent: 100 }])).toThrow('0.status');
    expect(parseKey([{ text: 'đang làm', status: 'in_progress' }])[0]!.percent).toBeNull();
  });
});
