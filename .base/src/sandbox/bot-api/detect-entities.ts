import type { TgMessageEntity } from './types.ts';

/**
 * Entities Telegram's clients attach to what a person types: bot commands (`/cmd`, `/cmd@bot`),
 * @mentions and links. Offsets are in UTF-16 code units, like JavaScript strings.
 */
export function detectUserEntities(text: string): TgMessageEntity[] {
  const entities: TgMessageEntity[] = [];
  const patterns: [string, RegExp][] = [
    ['bot_command', /(?<![\w/@])\/[a-zA-Z0-9_]{1,32}(?:@[a-zA-Z0-9_]{3,32})?(?![\w/])/g],
    ['mention', /(?<![\w@])@[a-zA-Z0-9_]{5,32}(?!\w)/g],
    ['url', /\bhttps?:\/\/[^\s<>"]+/g],
  ];
  for (const [type, pattern] of patterns) {
    for (const match of text.matchAll(pattern)) {
      entities.push({ type, offset: match.index, length: match[0].length });
    }
  }
  return entities.sort((a, b) => a.offset - b.offset);
}
