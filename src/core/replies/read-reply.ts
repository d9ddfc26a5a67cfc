import { normalizeVietnamese } from '../text/fold.ts';
import { decideStatus } from './decide-status.ts';
import { isAcknowledgement } from './detect-acknowledgement.ts';
import { isQuestionClause } from './detect-question.ts';
import { normalizeReply } from './normalize-reply.ts';
import { readPercent } from './read-percent.ts';
import { readSignals } from './read-signals.ts';
import type { ReplyReading } from './types.ts';

/** A question asked alongside a report makes the report a little less certain. */
const ALSO_ASKS_FACTOR = 0.85;

/**
 * How the bot reads a free-text reply to a task message:
 * normalise → split clauses → set questions aside → read status words with their negation and
 * tense → read the figure → weigh → confidence. Never reads a question or acknowledgement as done.
 */
export function readReply(text: string): ReplyReading {
  const note = normalizeVietnamese(text);
  const clauses = normalizeReply(text);
  const asking = clauses.filter(isQuestionClause);
  const telling = clauses.filter((clause) => !asking.includes(clause));
  const signals = telling.flatMap(readSignals);
  const figure = readPercent(telling);
  const decision = decideStatus(signals, figure);
  const reasons = [...signals.map((signal) => signal.tag), ...figure.reasons];

  const onlyPromisesToStart =
    signals.length > 0 && figure.percent === null && signals.every((signal) => signal.tag.startsWith('start_ahead'));
  if (!decision || (onlyPromisesToStart && isAcknowledgement(telling))) {
    if (asking.length > 0) return none(note, 'question', 0.9, [...reasons, 'question']);
    if (isAcknowledgement(telling)) return none(note, 'acknowledgement', 0.9, [...reasons, 'acknowledgement']);
    return none(note, 'unclear', clauses.length === 0 ? 0.9 : 0.3, [...reasons, 'no_status_words']);
  }

  let confidence = decision.confidence;
  if (asking.length > 0) {
    confidence *= ALSO_ASKS_FACTOR;
    reasons.push('also_asks');
  }
  return {
    status: decision.status,
    percent: decision.percent,
    note,
    confidence: Math.round(confidence * 100) / 100,
    kind: 'report',
    reasons: [...reasons, ...decision.reasons],
  };
}

function none(note: string, kind: ReplyReading['kind'], confidence: number, reasons: string[]): ReplyReading {
  return { status: 'none', percent: null, note, confidence, kind, reasons };
}
