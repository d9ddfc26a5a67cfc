import type { ReportedStatus } from '../src/core/usecases/report-status.ts';

/**
 * Unsure readings wait for the user to pick a status in the database (stores.pendingReadings), so the
 * button works on any instance and after a restart; after an hour, or once picked, the choice is gone
 * and the user is asked politely to reply again.
 */
export const PENDING_TTL_MS = 60 * 60_000;

export const PICK_CODES: Record<string, ReportedStatus | 'skip'> = { ip: 'in_progress', dn: 'done', bl: 'blocked', x: 'skip' };

/** Where there are no buttons the choices are numbered in this order and answered by number ("@Điều phối 2"). */
export const PICK_ORDER = ['ip', 'dn', 'bl', 'x'] as const;
