/** Words of a text with their offsets, for the unit scanner. */
export interface Token {
  start: number;
  end: number;
  word: string;
  folded: string;
  /** punctuation right after the word (",", ";", ")") */
  after: string;
}

/** Words of `text` (offsets shared with `folded`, see foldSameLength); a word never runs over a line break. */
export function tokenize(text: string, folded: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/[^\s]+/g)) {
    const raw = m[0];
    const lead = /^[("“]*/.exec(raw)![0].length;
    const trail = /[,;:.)"”!?]*$/.exec(raw.slice(lead))![0];
    const start = m.index + lead;
    const end = m.index + raw.length - trail.length;
    if (end <= start) continue;
    tokens.push({ start, end, word: text.slice(start, end), folded: folded.slice(start, end), after: trail });
  }
  // a name never runs over a line break, nor into a parenthesis ("Phòng Tham mưu (PV01)": the code is an alias)
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i]!;
    const between = text.slice(token.end, tokens[i + 1]!.start);
    if (token.after === '' && between.includes('\n')) token.after = '\n';
    else if (token.after === '' && between.includes('(')) token.after = '(';
  }
  return tokens;
}

export function nextTokenAt(tokens: readonly Token[], offset: number): number {
  const i = tokens.findIndex((token) => token.start >= offset);
  return i < 0 ? tokens.length : i;
}
