import type { TextRange } from './references.ts';

/** What split-duties.ts knows of one clause of an item. */
interface ClauseFacts extends TextRange {
  opensWithUnit: boolean;
  roleOnly: boolean;
  roles: { lead?: string | undefined };
  time: { deadline?: unknown };
}

/** The item's first piece is one short sentence with no unit and no time, and the next sentence opens with the unit that acts. */
export function isThemeSentence(piece: readonly ClauseFacts[], next: ClauseFacts | undefined, text: string): boolean {
  // ("… . Các cấp ủy, tổ chức đảng tổ chức quán triệt …": a collective after "Các" opens the sentence too)
  const opens = next && (next.opensWithUnit || (next.roles.lead !== undefined && /^\s*(?:Các|Những)\s/u.test(text.slice(next.start))));
  if (!opens || next.roleOnly) return false;
  const sentence = text.slice(piece[0]!.start, piece[piece.length - 1]!.end);
  return (
    !piece[0]!.opensWithUnit &&
    piece.every((f) => f.time.deadline === undefined) &&
    !/[.;]\s/u.test(sentence) &&
    /\.\s*$/u.test(text.slice(0, next.start)) &&
    sentence.replace(/[.\s]+$/u, '').split(/\s+/u).length <= 14
  );
}
