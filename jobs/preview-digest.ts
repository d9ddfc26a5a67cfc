/** The digest a chat would get at a time, composed exactly as the jobs do, without claiming or sending. */
import { addDays } from '../src/core/time/local-date.ts';
import { previousWorkingDay, type WorkCalendar } from '../src/core/time/work-calendar.ts';
import { DEFAULT_SCHEDULE, isWeeklyDigestDay, steeringDigestTime } from '../src/core/jobs/chat-schedule.ts';
import { atLocalTime } from '../src/core/jobs/schedule-time.ts';
import type { ChatRecord } from '../src/core/model/records.ts';
import { localDateKey } from '../src/core/time/zone.ts';
import { buildSteeringDigests, buildUnitDigest } from './digest-content.ts';
import type { JobStores } from './types.ts';

export type DigestEdition = 'unit' | 'steering' | 'steering-weekly';

export interface DigestPreview {
  edition: DigestEdition;
  messages: string[];
}

export async function previewDigest(
  stores: Pick<JobStores, 'tasks' | 'reports' | 'directory' | 'chats' | 'extensions'>,
  chat: ChatRecord,
  now: Date,
  calendar: WorkCalendar,
): Promise<DigestPreview> {
  if (chat.kind === 'unit') {
    const html = await buildUnitDigest(stores, chat, now, undefined, calendar);
    return { edition: 'unit', messages: html === null ? [] : [html] };
  }
  const localDate = localDateKey(now);
  const weekly = isWeeklyDigestDay(chat, localDate, calendar);
  const sinceDay = weekly ? addDays(localDate, -7) : previousWorkingDay(localDate, calendar);
  const since = atLocalTime(sinceDay, steeringDigestTime(chat), DEFAULT_SCHEDULE.steeringDigestTime);
  const digests = await buildSteeringDigests(stores, chat, now, { weekly, since, calendar });
  return { edition: weekly ? 'steering-weekly' : 'steering', messages: digests.map((d) => d.html) };
}
