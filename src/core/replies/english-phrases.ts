/**
 * English status phrases typed into Vietnamese chats ("haven't started yet", "working on it", "on
 * track", "submitted"), rewritten as the Vietnamese they mean before the reply is folded, so the rules
 * and the model read one language. Only whole phrases with a clear status meaning are rewritten; single
 * words the lexicons already know ("done", "stuck", "pending") are left as they are.
 */
const APOSTROPHE = "['\u2019]?";
const NEGATED = `(?:have${APOSTROPHE}n${APOSTROPHE}t|has${APOSTROPHE}n${APOSTROPHE}t|did${APOSTROPHE}n${APOSTROPHE}t|don${APOSTROPHE}t|haven${APOSTROPHE}t|hasn${APOSTROPHE}t|didn${APOSTROPHE}t|have not|has not|did not|do not|not yet|not)`;

const ENGLISH_PHRASES: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(`\\b${NEGATED}\\s+(?:yet\\s+)?(?:start|started|begin|begun|starting)(?:\\s+yet)?\\b`, 'giu'), ' chưa bắt đầu '],
  [new RegExp(`\\b${NEGATED}\\s+(?:yet\\s+)?(?:done|finished|finish|completed|complete)(?:\\s+yet)?\\b`, 'giu'), ' chưa xong '],
  [/\b(?:will|gonna|going to|plan(?:ning)? to)\s+(?:start|begin)\b/giu, ' sẽ bắt đầu '],
  [/\b(?:start(?:ing)?|begin(?:ning)?)\s+(tomorrow|next week|next month|next monday|on monday)\b/giu, ' sẽ bắt đầu $1 '],
  [/\b(?:i['\u2019]?m|we['\u2019]?re|i am|we are|still)?\s*working on (?:it|this|that)\b/giu, ' đang làm '],
  [/\b(?:i['\u2019]?m|we['\u2019]?re|i am|we are)\s+on it\b/giu, ' đang làm '],
  [/\bon track\b/giu, ' đang làm đúng tiến độ '],
  [/\bbehind schedule\b/giu, ' chậm tiến độ '],
  [/\b(?:i['\u2019]?m|we['\u2019]?re|i am|we are|got)\s+stuck\b/giu, ' bị vướng '],
  [/\bwaiting (?:for|on)\b/giu, ' đang chờ '],
  [/\b(?:already\s+)?(?:submitted|uploaded|emailed)\b/giu, ' đã gửi '],
  [/\ball done\b/giu, ' xong hết '],
  // "almost done", "nearly finished", "half done": a finish not yet reached, or half of it.
  [/\b(?:almost|nearly|mostly)\s+(?:done|finished|complete|completed)\b/giu, ' gần xong '],
  [/\b(?:half|halfway)\s+(?:done|finished|through)\b/giu, ' được 50% '],
];

export function withEnglishRead(text: string): string {
  let out = text;
  for (const [pattern, vietnamese] of ENGLISH_PHRASES) out = out.replace(pattern, vietnamese);
  return out;
}
