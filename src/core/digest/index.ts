export type { DigestUnit } from './types.ts';
export { composeUnitDigest } from './compose-unit-digest.ts';
export { composeSteeringDigest } from './compose-steering-digest.ts';
export { findSilentUnits, partKey, silentTasks } from './find-signals.ts';
export { allPartRows, unitRows } from './digest-rows.ts';
