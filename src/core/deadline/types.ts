/**
 * Contract for reading Vietnamese deadline language (see parse-deadline.ts and docs/deadlines.md).
 * Instants are absolute; local dates are yyyy-MM-dd in Asia/Ho_Chi_Minh.
 */
export type RecurrenceFrequency = 'weekly' | 'monthly' | 'quarterly' | 'half_yearly' | 'yearly';

export interface Recurrence {
  frequency: RecurrenceFrequency;
  /** "trước ngày 20 hằng tháng": each occurrence is due before this day of the period (see boundary rule). */
  dayOfPeriod?: number;
  /**
   * The day of the period at whose end each occurrence is due, after the boundary rule:
   * "trước ngày 20 hằng tháng" → 19 (strict) or 20 (inclusive); "ngày 20 hằng tháng" → 20.
   * Absent when the day falls in the previous period (e.g. strict "trước ngày 1").
   */
  dueDay?: number;
  /** yearly only: the month in which each occurrence falls ("trước ngày 30/4 hằng năm" → 4, dayOfPeriod 30). */
  monthOfYear?: number;
  /**
   * A report due after the period it covers ("trước ngày 10 tháng đầu quý sau", "trước ngày 05 tháng sau", "trước ngày
   * 15/01 năm sau"): the day lies in the first month after the period (weekly: in the next week; yearly with monthOfYear:
   * in that month of the next year). The occurrence keeps the key of the period it reports on (2023-Q1 due 10/04/2023).
   */
  afterPeriod?: true;
  /** first and last local dates the recurrence applies, when the text bounds it. */
  from?: string;
  until?: string;
}

/** How "trước ngày D" is read: the rule lives in src/core/time/before-boundary.ts. */
export type { BeforeBoundary } from '../time/before-boundary.ts';
import type { BeforeBoundary } from '../time/before-boundary.ts';

export interface DeadlineContext {
  /** issue date of the document, used to resolve day/month without a year and relative phrases. */
  documentDate: string; // yyyy-MM-dd
  beforeBoundary?: BeforeBoundary;
  /** start date (yyyy-MM-dd) for durations without one, e.g. "khoảng 3 tháng" within a phase. */
  anchor?: string;
  /** the day week 1 of a campaign counted in numbered weeks starts (yyyy-MM-dd), for "trong Tuần 3" */
  campaignWeekOne?: string;
}

export type NotDeadlineReason = 'effective_date' | 'continuous' | 'per_regulation' | 'posting_date' | 'unrecognised';

export type DeadlineReading =
  | {
      kind: 'due';
      due: Date;
      /** local date of the due day */ dueDate: string;
      reading: string;
      matched: string;
      /** the text is vague ("cuối năm"); the date is the reading's best estimate */
      approximate?: boolean;
    }
  | {
      kind: 'period';
      start: Date;
      end: Date;
      startDate: string;
      endDate: string;
      reading: string;
      matched: string;
      /** the text is vague ("khoảng 3 tháng"); the dates are the reading's best estimate */
      approximate?: boolean;
    }
  | { kind: 'recurrence'; recurrence: Recurrence; reading: string; matched: string }
  | { kind: 'none'; reason: NotDeadlineReason; reading: string; matched?: string };
