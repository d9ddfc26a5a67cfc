/**
 * Each day just after midnight (weekends too: an edit notifies nobody), the cards of the tasks whose
 * deadline passed since the day before are edited, so a card never says less than the task's state:
 * "— đã quá hạn" appears the morning after the deadline, not at the next report. One refresh row per
 * task; the outbox turns it into one edit per group under its rate limits (refresh-task-cards.ts).
 */
import { atLocalTime, endOfLocalDay } from '../src/core/jobs/schedule-time.ts';
import { dailyRunSlotKey, JOB_NAMES } from '../src/core/jobs/slot-keys.ts';
import { cardsChangedBetween } from '../src/core/usecases/card-time-changes.ts';
import { loadStatusReports } from '../src/core/usecases/load-task-views.ts';
import { refreshTaskCards } from '../src/core/usecases/refresh-task-cards.ts';
import { addDays } from '../src/core/time/local-date.ts';
import type { JobDefinition } from './types.ts';

const RUN_AT = '00:05';
const CATCH_UP_DAYS = 7;
/** Tasks judged between turns of the event loop: a national plan's cards must not hold the bot's updates. */
const YIELD_EVERY = 200;

export const cardDeadlinesJob: JobDefinition = {
  name: JOB_NAMES.cardDeadlines,
  async slots(_deps, localDate) {
    const scheduledAt = atLocalTime(localDate, RUN_AT, RUN_AT);
    return {
      slots: [
        {
          job: JOB_NAMES.cardDeadlines,
          key: dailyRunSlotKey(JOB_NAMES.cardDeadlines, localDate),
          chatId: null,
          localDate,
          scheduledAt,
          // a day missed while the bot was down is caught up later: its deadlines' cards still need the edit
          relevantUntil: endOfLocalDay(addDays(localDate, CATCH_UP_DAYS)),
        },
      ],
    };
  },
  async run(deps, slot) {
    // since yesterday's run: a deadline that passed in between changed the cards
    const from = atLocalTime(addDays(slot.localDate, -1), RUN_AT, RUN_AT);
    const tasks = (await deps.stores.tasks.listTasks()).filter((task) => task.dueAt !== null || task.recurrence !== null);
    const { reports, complete } = await loadStatusReports(deps.stores.reports, tasks);
    let enqueued = 0;
    let judged = 0;
    for (const task of tasks) {
      if (++judged % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      if (!cardsChangedBetween(task, from, slot.now, reports, complete)) continue;
      if (await refreshTaskCards(deps, { task, now: slot.now })) enqueued++;
    }
    return { enqueued, detail: `${enqueued} task(s) with cards changed by time` };
  },
};
