/**
 * Command hints ("/tiendo GD1-01 <%>", "gửi /ketnoi ABC") are written once, in Telegram's form, by
 * every composer (nudges, task cards, digests, help, errors). Where a group delivers only messages
 * that mention the bot (Zalo), a command typed as written never reaches it, so the channel renders
 * each hint with its prefix ("@Điều phối /tiendo …"). This is that one renderer.
 *
 * A command is "/" + lower-case letters at the start of a text or after a space, bracket, quote or
 * colon (so dates "15/12" and paths "a/b" are left alone). Not prefixed: a hint already prefixed, a
 * command named as a word ("Lệnh /moi chỉ dùng…", "command /moi"), and a hint labelled for Telegram
 * ("Telegram: /ketnoi ABC"), which is meant for a chat on the other messenger.
 * Content the bot did not write (a note, a unit name, a plan's title) is never prefixed: escapeHtml
 * writes its command-like slash as &#47;, which this pattern does not read as a command.
 */
const COMMAND = /(^|[\s(“"‘'«:;,>])(\/[a-z][a-z0-9_]*)(?![\w/])/g;
const NAMED_NOT_TYPED = /(?:\b(?:lệnh|command)|Telegram:?)\s*$/iu;

export function prefixCommandHints(html: string, prefix: string): string {
  const mention = prefix.trim();
  if (!mention) return html;
  let before = '';
  // tags (and their attributes: an href may contain "/x") are copied as they are; only text is read
  return html
    .split(/(<[^>]*>)/)
    .map((piece) => {
      if (piece.startsWith('<')) return piece;
      const out = piece.replace(COMMAND, (whole, lead: string, command: string, offset: number) => {
        const preceding = before + piece.slice(0, offset) + lead;
        if (preceding.trimEnd().endsWith(mention) || NAMED_NOT_TYPED.test(preceding)) return whole;
        return `${lead}${mention} ${command}`;
      });
      before += piece;
      return out;
    })
    .join('');
}
