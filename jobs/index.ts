/** Every scheduled job, in the order a tick runs them. */
import { cardDeadlinesJob } from './card-deadlines.ts';
import { deadlineNudgesJob } from './deadline-nudges.ts';
import { recurringDutiesJob } from './recurring-duties.ts';
import { steeringDigestJob } from './steering-digest.ts';
import type { AnyJobDefinition } from './types.ts';
import { unitDigestJob } from './unit-digest.ts';
import { weeklySteeringDigestJob } from './weekly-steering-digest.ts';

export const ALL_JOBS: readonly AnyJobDefinition[] = [
  unitDigestJob,
  deadlineNudgesJob,
  recurringDutiesJob,
  steeringDigestJob,
  weeklySteeringDigestJob,
  cardDeadlinesJob,
];

export { cardDeadlinesJob, deadlineNudgesJob, recurringDutiesJob, steeringDigestJob, unitDigestJob, weeklySteeringDigestJob };
