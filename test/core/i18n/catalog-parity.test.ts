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

describe('English text names the buttons an English chat shows (QA10 #2)', () => {
  const buttonKeys = Object.keys(MESSAGES_VI).filter((key) => key.startsWith('button.') && key !== 'button.stale') as (keyof typeof MESSAGES_VI)[];

  it('every button has an English label', () => {
    expect(buttonKeys.filter((key) => MESSAGES_EN[key] === MESSAGES_VI[key])).toEqual([]);
  });

  it('no English message or command help names a button by its Vietnamese label', async () => {
    const { commands } = await import('../../../commands/registry.ts');
    const labels = buttonKeys.map((key) => MESSAGES_VI[key]);
    const english = [
      ...Object.entries(MESSAGES_EN),
      ...commands.flatMap((c) => [[`/${c.name} help`, c.help.en] as const, [`/${c.name} usage`, c.usage.en] as const]),
    ];
    const named = english.flatMap(([key, text]) => labels.filter((label) => text.includes(label)).map((label) => `${key}: ${label}`));
    expect(named).toEqual([]);
  });
});
