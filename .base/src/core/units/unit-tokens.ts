/**
 * Word tokens of Vietnamese text for unit matching, keeping where each came from in the original
 * text. Tokens are folded (no diacritics, lower case) and common abbreviations are brought to one
 * canonical form, so "Công an thành phố", "CA TP" and "cong an TP" all read `ca tp`.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** a line break or clause punctuation separates it from the previous token: no name spans it */
  breakBefore?: boolean;
}

const CLAUSE_BREAK = /[\n\r;:()[\]!?]/;

const WORD_CHAR = /^[a-z0-9]+$/;

function foldChar(char: string): string {
  return char
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Maximal runs of letters/digits; "CATP" inside "CATPX" is one token, so codes keep word boundaries. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let current: Token | undefined;
  let pendingBreak = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const folded = foldChar(char);
    if (folded === '' && current) {
      current.end = i + 1; // a combining mark of decomposed input belongs to its letter
    } else if (folded !== '' && WORD_CHAR.test(folded)) {
      if (current) {
        current.text += folded;
        current.end = i + 1;
      } else {
        current = { text: folded, start: i, end: i + 1, ...(pendingBreak && tokens.length > 0 && { breakBefore: true }) };
        pendingBreak = false;
      }
    } else {
      if (CLAUSE_BREAK.test(char)) pendingBreak = true;
      if (current) {
        tokens.push(current);
        current = undefined;
      }
    }
  }
  if (current) tokens.push(current);
  return tokens;
}

/** Longer phrases first; each becomes one canonical token. */
const ABBREVIATIONS: ReadonlyArray<[string[], string]> = (
  [
    ['uy ban mat tran to quoc viet nam', 'mttq'],
    ['uy ban mat tran to quoc', 'mttq'],
    ['mat tran to quoc viet nam', 'mttq'],
    ['mat tran to quoc', 'mttq'],
    ['ubmttq', 'mttq'],
    ['uy ban nhan dan', 'ubnd'],
    ['ban chi dao', 'bcd'],
    ['cong an', 'ca'],
    ['thanh pho', 'tp'],
    ['doan thanh nien cong san ho chi minh', 'dtn'],
    ['doan thanh nien', 'dtn'],
    ['doan tn', 'dtn'],
    ['hoi lien hiep phu nu', 'hpn'],
    ['hoi phu nu', 'hpn'],
    ['hoi lhpn', 'hpn'],
    ['hlhpn', 'hpn'],
    ['hoi cuu chien binh', 'hccb'],
    ['hoi ccb', 'hccb'],
    ['hoi nong dan', 'hnd'],
    ['dang uy', 'du'],
  ] as const
)
  .map(([phrase, canonical]): [string[], string] => [phrase.split(' '), canonical])
  .sort((a, b) => b[0].length - a[0].length);

/** Folds and merges abbreviations; "Phường 5", "P 5" and "P5" all become `p5`. */
export function canonicalTokens(text: string): Token[] {
  const raw = tokenize(text);
  const out: Token[] = [];
  let i = 0;
  while (i < raw.length) {
    const token = raw[i] as Token;
    const next = raw[i + 1];
    if ((token.text === 'phuong' || token.text === 'p') && next && !next.breakBefore && /^\d+$/.test(next.text)) {
      out.push({ ...token, text: `p${next.text}`, end: next.end });
      i += 2;
      continue;
    }
    const rule = ABBREVIATIONS.find(([words]) => words.every((word, k) => raw[i + k]?.text === word && (k === 0 || !raw[i + k]?.breakBefore)));
    if (rule) {
      const last = raw[i + rule[0].length - 1] as Token;
      out.push({ ...token, text: rule[1], end: last.end });
      i += rule[0].length;
      continue;
    }
    out.push({ ...token });
    i += 1;
  }
  return out;
}

/** The lookup key of a name: its canonical tokens joined by spaces. */
export function canonicalKey(text: string): string {
  return canonicalTokens(text)
    .map((t) => t.text)
    .join(' ');
}
