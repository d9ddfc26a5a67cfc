import { describe, expect, it } from 'vitest';
import { withEnglishRead } from '../../../src/core/replies/english-phrases.ts';
import { readReply } from '../../../src/core/replies/read-reply.ts';
import type { ReplyStatus } from '../../../src/core/replies/types.ts';

/** English status phrases mixed into Vietnamese chats read as the Vietnamese they mean. */
const CASES: ReadonlyArray<readonly [string, ReplyStatus]> = [
  ["Haven't started yet anh", 'not_started'],
  ['We have not started, mai em làm', 'not_started'],
  ["We're stuck, chưa có kinh phí", 'blocked'],
  ['Waiting for the district to sign', 'blocked'],
  ['Will start next Monday ạ', 'not_started'],
  ['Still working on it anh, còn 3 tổ', 'in_progress'],
  ["It's on track anh", 'in_progress'],
  ['Not done yet, còn 2 khu phố', 'in_progress'],
  ['Submitted the report this morning ạ', 'done'],
  ['All done anh ơi', 'done'],
];

describe('English status phrases', () => {
  it.each(CASES)('%s → %s', (text, status) => {
    expect(readReply(text).status).toBe(status);
  });

  it('rewrites only whole phrases and leaves Vietnamese and single English words alone', () => {
    expect(withEnglishRead("Em haven't started")).toContain('chưa bắt đầu');
    expect(withEnglishRead('Done rồi anh, em check lại file')).toBe('Done rồi anh, em check lại file');
    expect(withEnglishRead('Đã xong, không còn vướng gì')).toBe('Đã xong, không còn vướng gì');
  });
});
