import { describe, expect, it } from 'vitest';
import { MESSAGES_EN } from '../../../src/core/i18n/messages-en.ts';
import { MESSAGES_VI } from '../../../src/core/i18n/messages-vi.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const tags = (text: string) => [...text.matchAll(/<\/?(\w+)[^>]*>/g)].map((m) => m[0].replace(/\s.*>/, '>')).sort();

describe('the English catalog keeps step with the Vietnamese one', () => {
  it('every message has the same placeholders and the same HTML tags in both languages', () => {
    const differ = Object.keys(MESSAGES_VI).flatMap((key) => {
      const vi = MESSAGES_VI[key as keyof typeof MESSAGES_VI];
      const en = MESSAGES_EN[key as keyof typeof MESSAGES_EN];
      const problems: string[] = [];
      if (placeholders(vi).join() !== placeholders(en).join()) problems.push(`${key}: {${placeholders(vi).join()}} ≠ {${placeholders(en).join()}}`);
      if (tags(vi).join() !== tags(en).join()) problems.push(`${key}: ${tags(vi).join('')} ≠ ${tags(en).join('')}`);
      return problems;
    });
    expect(differ).toEqual([]);
  });
});
