import { escapeHtml } from '../text/html.ts';
import type { Locale } from '../model/records.ts';
import { MESSAGES_EN } from './messages-en.ts';
import { MESSAGES_VI, type MessageKey } from './messages-vi.ts';

/** HTML built by our own code (already escaped); t() inserts it as is. */
export class SafeHtml {
  constructor(readonly html: string) {}
}

export function html(text: string): SafeHtml {
  return new SafeHtml(text);
}

export type MessageParams = Record<string, string | number | SafeHtml | null | undefined>;

/**
 * The message catalog: templates with {name} placeholders. String parameters are user text and are
 * escaped here, so callers cannot forget; pre-built HTML is passed as html(…).
 */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = (locale === 'en' ? MESSAGES_EN : MESSAGES_VI)[key];
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return '';
    if (value instanceof SafeHtml) return value.html;
    return typeof value === 'number' ? String(value) : escapeHtml(value);
  });
}

export type { MessageKey };
