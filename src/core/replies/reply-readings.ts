import type { ReplyReading } from './types.ts';

/** Readings the reader returns outright, split from read-reply.ts (round 42). */

/** "bên em thì chưa" beside another's finish: not started, said plainly. */
const OWN_NOT_YET_CONFIDENCE = 0.7;

export function ownNotYet(note: string, reasons: string[]): ReplyReading {
  return { status: 'not_started', percent: null, note, confidence: OWN_NOT_YET_CONFIDENCE, kind: 'report', reasons: [...reasons, 'own_not_yet'] };
}

export function blocked(note: string, confidence: number, reasons: string[]): ReplyReading {
  return { status: 'blocked', percent: null, note, confidence, kind: 'report', reasons };
}

export function none(note: string, kind: ReplyReading['kind'], confidence: number, reasons: string[]): ReplyReading {
  return { status: 'none', percent: null, note, confidence, kind, reasons };
}

export function goingOn(note: string, reasons: string[]): ReplyReading {
  return { status: 'in_progress', percent: null, note, confidence: 0.7, kind: 'report', reasons: [...reasons, 'work_going_on'] };
}
