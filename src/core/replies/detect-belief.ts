/** "em tưởng …", "cứ tưởng …": what the teller thought, opening the clause. */
export function believed(tokens: readonly string[]): boolean {
  const at = tokens.indexOf('tuong');
  return at >= 0 && at <= 1 && (at === 0 || ['em', 'cu', 'minh', 'toi', 'tui'].includes(tokens[0] ?? ''));
}
