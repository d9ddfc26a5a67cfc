/**
 * Contract for reading Vietnamese deadline language (see parse-deadline.ts).
 * Instants are absolute; local dates are yyyy-MM-dd in Asia/Ho_Chi_Minh.
 */
export type RecurrenceFrequency = 'weekly' | 'monthly' | 'quarterly' | 'half_yearly' | 'yearly';

export interface Recurrence {
  frequency: RecurrenceFrequency;
  /** "trước ngày 20 hằng tháng": each occurrence is due before this day of the period (see boundary rule). */
  dayOfPeriod?: number;
  /** first and last local dates the recurrence applies, when the text bounds it. */
  from?: string;
  until?: string;
}

/** How "trước ngày D" is read: due at the end of D-1 (strict, default) or at the end of D (inclusive). */
export type BeforeBoundary = 'strict' | 'inclusive';

export interface DeadlineContext {
  /** issue date of the document, used to resolve day/month without a year and relative phrases. */
  documentDate: string; // yyyy-MM-dd
  beforeBoundary?: BeforeBoundary;
}

export type NotDeadlineReason = 'effective_date' | 'continuous' | 'per_regulation' | 'posting_date' | 'unrecognised';

export type DeadlineReading =
  | { kind: 'due'; due: Date; /** local date of the due day */ dueDate: string; reading: string; matched: string }
  | { kind: 'period'; start: Date; end: Date; startDate: string; endDate: string; reading: string; matched: string }
  | { kind: 'recurrence'; recurrence: Recurrence; reading: string; matched: string }
  | { kind: 'none'; reason: NotDeadlineReason; reading: string; matched?: string };
