import { ownEntry } from '../text/own-entry.ts';

/** Small counts written as digits or Vietnamese words (folded), as in "sáu tháng", "mười hai tháng". */
export const COUNT = String.raw`\d{1,3}|muoi hai|muoi mot|muoi|mot|hai|ba|bon|sau|bay|tam|chin`;

const WORDS: Record<string, number> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  'muoi mot': 11,
  'muoi hai': 12,
};

export function readCount(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  return ownEntry(WORDS, text) ?? null;
}
