import { firstContent } from './done-doubt-others.ts';
import { phraseAt } from './match-phrases.ts';

/** Bodies above or beside the unit that send it what it needs (not "phường", "xã": often the unit itself). */
const UPPER_BODIES = [
  'phong',
  'quan',
  'huyen',
  'tinh',
  'so',
  'bcd',
  'ban chi dao',
  'lanh dao',
  'cap tren',
  'van phong',
  'ubnd quan',
  'ubnd huyen',
  'thuong truc',
  'chu tich',
  'don vi chu tri',
  'cong an quan',
  'cong an huyen',
  'kho bac',
  'bao hiem',
];
/** What such a body has not done: sent, passed on, approved, signed, answered. */
const DELIVERIES = ['gui', 'chuyen', 'duyet', 'phe duyet', 'ky', 'cap', 'tra loi', 'co y kien', 'cho y kien', 'huong dan', 'phat', 'giao', 'ban hanh'];

/**
 * "…, phòng chưa gửi mẫu biểu", "quận chưa duyệt danh sách": a clause opening on a body above the unit,
 * then "chưa" and a delivery. What the unit waits for is a blocker, whatever order the reply tells it in.
 */
export function bodyHasNotDelivered(tokens: readonly string[]): boolean {
  const start = firstContent(tokens);
  const body = phraseAt(tokens, start, UPPER_BODIES);
  if (!body) return false;
  for (let k = body.end; k < Math.min(tokens.length, body.end + 4); k++) {
    if (tokens[k] !== 'chua' && !(tokens[k] === 'van' && tokens[k + 1] === 'chua')) continue;
    const next = tokens[k] === 'van' ? k + 2 : k + 1;
    return phraseAt(tokens, next, DELIVERIES) !== null;
  }
  return false;
}
