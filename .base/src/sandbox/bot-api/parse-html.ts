import { badRequest } from './api-error.ts';
import type { ApiError } from './api-error.ts';
import type { TgMessageEntity } from './types.ts';

/**
 * Parses Telegram's HTML parse mode into plain text + entities, rejecting what Telegram rejects
 * (unknown tags, unbalanced tags) with Telegram's wording, so a bot bug shows up in the sandbox too.
 */
export interface ParsedText {
  text: string;
  entities: TgMessageEntity[];
}

const TAG_TO_ENTITY: Record<string, string> = {
  b: 'bold',
  strong: 'bold',
  i: 'italic',
  em: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strikethrough',
  strike: 'strikethrough',
  del: 'strikethrough',
  'tg-spoiler': 'spoiler',
  span: 'spoiler',
  a: 'text_link',
  code: 'code',
  pre: 'pre',
  blockquote: 'blockquote',
  'tg-emoji': 'custom_emoji',
};

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

interface OpenTag {
  name: string;
  offset: number;
  attributes: Record<string, string>;
}

export function parseTelegramHtml(html: string): ParsedText {
  let text = '';
  const entities: TgMessageEntity[] = [];
  const stack: OpenTag[] = [];
  const fail = (detail: string): ApiError => badRequest(`can't parse entities: ${detail}`);
  const byteOffset = (index: number): number => Buffer.byteLength(html.slice(0, index));
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '&') {
      const semi = html.indexOf(';', i);
      const name = semi > i ? html.slice(i + 1, semi) : '';
      const decoded = semi > i && semi - i <= 10 ? decodeEntity(name) : undefined;
      if (decoded === undefined) {
        text += '&';
        i += 1;
      } else {
        text += decoded;
        i = semi + 1;
      }
      continue;
    }
    if (ch !== '<') {
      text += ch;
      i += 1;
      continue;
    }
    const close = html.indexOf('>', i);
    if (html[i + 1] === '/') {
      if (close < 0) throw fail(`Unclosed end tag at byte offset ${byteOffset(i)}`);
      const name = html
        .slice(i + 2, close)
        .trim()
        .toLowerCase();
      const open = stack.pop();
      if (!open) throw fail(`Unexpected end tag at byte offset ${byteOffset(i)}`);
      if (open.name !== name) {
        throw fail(`Unmatched end tag at byte offset ${byteOffset(i)}, expected "</${open.name}>", found "</${name}>"`);
      }
      pushEntity(entities, open, text.length - open.offset, stack);
      i = close + 1;
      continue;
    }
    const nameMatch = /^[a-zA-Z][a-zA-Z0-9-]*/.exec(html.slice(i + 1));
    const name = (nameMatch?.[0] ?? '').toLowerCase();
    if (!(name in TAG_TO_ENTITY)) throw fail(`Unsupported start tag "${name}" at byte offset ${byteOffset(i)}`);
    if (close < 0) throw fail(`Unclosed start tag at byte offset ${byteOffset(i)}`);
    const attributes = parseAttributes(html.slice(i + 1 + name.length, close));
    if (name === 'span' && attributes.class !== 'tg-spoiler') throw fail('Tag "span" must have class "tg-spoiler"');
    stack.push({ name, offset: text.length, attributes });
    i = close + 1;
  }
  const unclosed = stack.pop();
  if (unclosed) throw fail(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text, entities };
}

function decodeEntity(name: string): string | undefined {
  const named = NAMED_ENTITIES[name];
  if (named !== undefined) return named;
  const numeric = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(name);
  if (!numeric) return undefined;
  const digits = numeric[1]!;
  const code = digits.startsWith('x') ? Number.parseInt(digits.slice(1), 16) : Number.parseInt(digits, 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const pattern = /([a-zA-Z_-]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  for (const match of source.matchAll(pattern)) {
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    attributes[match[1]!.toLowerCase()] = value.replaceAll('&amp;', '&').replaceAll('&quot;', '"');
  }
  return attributes;
}

function pushEntity(entities: TgMessageEntity[], open: OpenTag, length: number, stack: OpenTag[]): void {
  if (length <= 0) return;
  const type = TAG_TO_ENTITY[open.name]!;
  const entity: TgMessageEntity = { type, offset: open.offset, length };
  if (type === 'text_link') {
    const href = open.attributes.href;
    if (!href) return;
    entity.url = href;
  } else if (type === 'blockquote' && 'expandable' in open.attributes) {
    entity.type = 'expandable_blockquote';
  } else if (type === 'code') {
    // <pre><code class="language-x"> is one pre entity carrying the language.
    const parent = stack[stack.length - 1];
    const language = /^language-(.+)$/.exec(open.attributes.class ?? '')?.[1];
    if (parent?.name === 'pre' && language) {
      parent.attributes['data-language'] = language;
      return;
    }
  } else if (type === 'pre' && open.attributes['data-language']) {
    entity.language = open.attributes['data-language'];
  }
  entities.push(entity);
}
