import { describe, expect, it } from 'vitest';
import type { TaskRecord, UnitRecord } from '../../../src/core/model/records.ts';
import { createBindingCode } from '../../../src/core/usecases/create-binding-code.ts';
import { exampleTaskCode } from '../../../src/core/usecases/example-task-code.ts';
import { exampleUnitCode } from '../../../src/core/usecases/example-unit-code.ts';
import type { WorkflowPorts } from '../../../src/core/usecases/ports.ts';
import { vietnamInstant } from '../../../src/core/time/zone.ts';

/** A deployment whose plan is not the seed's: no CAP5, no P5-01. */
const UNITS: UnitRecord[] = [
  { id: 2, code: 'XA2', name: 'Xã số 2', kind: 'commune', aliases: [] },
  { id: 1, code: 'XA1', name: 'Xã số 1', kind: 'commune', aliases: [] },
];

describe('examples come from this deployment, never the seed plan', () => {
  it('a unit code: the directory’s first by code, or a placeholder', () => {
    expect(exampleUnitCode(UNITS, 'vi')).toBe('XA1');
    expect(exampleUnitCode([], 'vi')).toBe('<mã đơn vị>');
    expect(exampleUnitCode([], 'en')).toBe('<unit code>');
  });

  it('a task code: none without a unit, whatever the plan holds', async () => {
    const tasks = { listTasks: async () => [{ code: 'P5-01' } as TaskRecord] };
    expect(await exampleTaskCode(tasks, null, 'vi')).toBe('<mã nhiệm vụ>');
  });

  it('/moi with an unknown unit suggests one of the directory’s units', async () => {
    const ports = { stores: { directory: { listUnits: async () => UNITS } } } as unknown as WorkflowPorts;
    const result = await createBindingCode(ports, { query: 'không có', actor: { id: 'x' }, now: vietnamInstant(2023, 3, 1, 9, 0), locale: 'vi' });
    expect(result).toEqual({ ok: false, refusal: 'invite.unit_not_found', params: { query: 'không có', example: 'XA1' } });
  });
});
