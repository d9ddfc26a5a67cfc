/** "/tiendo@DieuPhoiBot 12 50%" → name "tiendo", addressee "dieuphoibot", rawArgs "12 50%"; null when the text is no command. */
export function parseCommandText(text: string): { name: string; addressee: string | null; rawArgs: string } | null {
  const match = /^\/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?=\s|$)/.exec(text);
  if (!match) return null;
  return { name: match[1]!.toLowerCase(), addressee: match[2]?.toLowerCase() ?? null, rawArgs: text.slice(match[0].length).trim() };
}

/** The text without the mention of the bot, wherever it was written ("@Điều phối /nhiemvu" → "/nhiemvu"). */
export function withoutMention(text: string, mention: string | undefined, botUsername: string): string {
  const trimmed = text.trim();
  for (const written of [mention, `@${botUsername}`]) {
    if (!written) continue;
    const at = trimmed.toLowerCase().indexOf(written.toLowerCase());
    if (at !== -1) return `${trimmed.slice(0, at)} ${trimmed.slice(at + written.length)}`.replace(/\s+/g, ' ').trim();
  }
  return trimmed;
}
