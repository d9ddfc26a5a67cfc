import type { MiddlewareFn } from 'grammy';
import type { AppDeps } from '../../app-deps.ts';
import { hasControlChars, stripControlChars, stripControlCharsWithSpans, type TextSpan } from '../../core/text/control-chars.ts';
import type { BotContext } from './bot-context.ts';

type Node = Record<string, unknown>;

/** Texts that carry entities measured in them; their entities move with the removed characters. */
const TEXT_WITH_ENTITIES: readonly [text: string, entities: string][] = [
  ['text', 'entities'],
  ['caption', 'caption_entities'],
];

function clean(node: unknown, depth: number): void {
  if (depth > 12 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const item: unknown = node[i];
      if (typeof item === 'string') node[i] = stripControlChars(item);
      else clean(item, depth + 1);
    }
    return;
  }
  const record = node as Node;
  for (const [textKey, entitiesKey] of TEXT_WITH_ENTITIES) {
    const text = record[textKey];
    const entities = record[entitiesKey];
    if (typeof text === 'string' && Array.isArray(entities) && hasControlChars(text)) {
      const cleaned = stripControlCharsWithSpans(text, entities as TextSpan[]);
      record[textKey] = cleaned.text;
      record[entitiesKey] = cleaned.spans;
    }
  }
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string') {
      if (hasControlChars(value)) record[key] = stripControlChars(value);
    } else clean(value, depth + 1);
  }
}

/**
 * The boundary where text from Telegram enters: an update without a sender (channel posts, forged
 * updates) is ignored quietly, and control characters (NUL among them, which PostgreSQL refuses) are
 * removed from every string of the update — messages, captions, names, titles, file names, button
 * data — with entities moved so commands and mentions still line up.
 */
export function acceptInbound(deps: Pick<AppDeps, 'logger'>): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (!ctx.from) {
      deps.logger.debug({ updateId: ctx.update.update_id }, 'update without a sender ignored');
      return;
    }
    clean(ctx.update, 0);
    await next();
  };
}
