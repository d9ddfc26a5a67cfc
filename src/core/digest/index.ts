export type { DigestBlocker, DigestPhase, DigestTask, DigestUnit, Locale, SilentUnit } from './types.ts';
export { bucketOf, bucketTasks, TASK_BUCKETS, type BucketedTasks, type TaskBucket } from './bucket-tasks.ts';
export { countOfficialBuckets, officialBucketOf, uniqueTasks, type OfficialCounts, type UnitOfficialCounts } from './official-counts.ts';
export { composeUnitDigest, silentTasks, type UnitDigestInput } from './compose-unit-digest.ts';
export { composeSteeringDigest, type SteeringDigestInput } from './compose-steering-digest.ts';
export { composePeriodicReport, type PeriodicReportInput } from './compose-periodic-report.ts';
export { findNewBlockers, findSilentUnits } from './find-signals.ts';
export { daysLeftText } from './wording.ts';
