import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlineNudgesJob, recurringDutiesJob, steeringDigestJob, unitDigestJob } from '../../jobs/index.ts';
import type { JobSlot, JobStores } from '../../jobs/types.ts';
import type { TaskRecord } from '../../src/core/model/records.ts';
import { ManualClock } from '../../src/core/time/clock.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { createScheduler } from '../../src/scheduler/create-scheduler.ts';
import { FakeOutbox } from '../support/fake-outbox-jobs.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-databases.ts';
import { actor, jobDeps, type SeedWorld, seedWorld } from './seed-world.ts';
import { at, localTime } from './simulate.ts';

const slotOf = (base: Omit<JobSlot, 'now' | 'late'>, now: Date): JobSlot => ({ ...base, now, late: false });

describe('job runs on the seed plan', () => {
  let testDb: TestDatabase;
  let db: Database;
  let world: SeedWorld;

  beforeAll(async () => {
    testDb = await createTestDatabase('sqlite');
    db = await openDatabase(testDb.url, { migrate: false });
    world = await seedWorld(db, at('2023-02-20 00:00'));
  });
  afterAll(async () => {
    await db.close();
    await testDb.drop();
  });

  it('nudges the lead unit group mentioning its focal point, linked to the task', async () => {
    const deps = jobDeps(world.stores);
    const {
      slots: [slot],
    } = await deadlineNudgesJob.slots(deps, '2023-02-28');
    await deadlineNudgesJob.run(deps, slotOf(slot!, at('2023-02-28 08:00')));
    const [message] = deps.outbox.messages;
    expect(deps.outbox.messages).toHaveLength(1);
    expect(message).toMatchObject({ chatId: world.chatIds.CATP, kind: 'nudge', link: { unitId: expect.any(Number) } });
    expect(message!.message.html).toContain('<mention id="501">Trần Văn Bình</mention>');
    expect(message!.message.html).not.toContain('id="900"');
  });

  it('holds a message composed in quiet hours until 07:00', async () => {
    const deps = jobDeps(world.stores);
    const {
      slots: [slot],
    } = await steeringDigestJob.slots(deps, '2023-03-01');
    await steeringDigestJob.run(deps, { ...slotOf(slot!, at('2023-03-01 22:15')), late: true });
    expect(deps.outbox.messages.map((m) => localTime(m.notBefore))).toEqual(['2023-03-02 07:00']);
  });

  it('lists the unit’s tasks by bucket and the silent ones', async () => {
    const deps = jobDeps(world.stores);
    const { slots, batch } = await unitDigestJob.slots(deps, '2023-03-01');
    const catp = slots.find((s) => s.chatId === world.chatIds.CATP)!;
    await unitDigestJob.run(deps, slotOf(catp, at('2023-03-01 07:30')), batch);
    const html = deps.outbox.messages[0]!.message.html;
    expect(html).toContain('Quá hạn: 1');
    expect(html).toContain('GD1-01');
    expect(html).toContain('Chưa báo cáo trong 7 ngày');
  });

  it('follows per-chat settings: another digest time, digests or nudges turned off', async () => {
    const deps = jobDeps(world.stores);
    await world.stores.chats.updateSettings(world.chatIds.CAP5, { unitDigestTime: '09:15' }, actor);
    await world.stores.chats.updateSettings(world.chatIds.BCD_TP, { digestsEnabled: false }, actor);
    await world.stores.chats.updateSettings(world.chatIds.CATP, { nudgesEnabled: false }, actor);
    try {
      const { slots } = await unitDigestJob.slots(deps, '2023-03-02');
      expect(slots.map((s) => [s.chatId, localTime(s.scheduledAt)])).toEqual([
        [world.chatIds.CATP, '2023-03-02 07:30'],
        [world.chatIds.CAP5, '2023-03-02 09:15'],
      ]);
      const {
        slots: [nudgeSlot],
      } = await deadlineNudgesJob.slots(deps, '2023-03-03');
      await deadlineNudgesJob.run(deps, slotOf(nudgeSlot!, at('2023-03-03 08:00')));
      expect(deps.outbox.messages.map((m) => m.chatId)).toEqual([world.chatIds.steering]);
      expect(await unitDigestJob.slots(deps, '2023-03-04')).toEqual({ slots: [] });
    } finally {
      await world.stores.chats.updateSettings(world.chatIds.CAP5, { unitDigestTime: '07:30' }, actor);
      await world.stores.chats.updateSettings(world.chatIds.BCD_TP, { digestsEnabled: true }, actor);
      await world.stores.chats.updateSettings(world.chatIds.CATP, { nudgesEnabled: true }, actor);
    }
  });

  it('a scheduler on the real clock schedule does nothing before a slot’s time', async () => {
    const deps = jobDeps(world.stores);
    const scheduler = createScheduler({ jobs: [unitDigestJob], deps, clock: new ManualClock(0), owner: 'early' });
    expect(await scheduler.tick(at('2023-03-06 07:29'))).toEqual({ ran: [], skipped: [], failed: [] });
    expect((await scheduler.tick(at('2023-03-06 07:30'))).ran).toHaveLength(3);
  });

  it('hands what slots() read to run() within the tick: one task query and no chat lookups for the unit digests', async () => {
    const taskQueries: unknown[] = [];
    let chatLookups = 0;
    const stores = {
      ...world.stores,
      tasks: {
        ...world.stores.tasks,
        listTasks: (filter?: Parameters<typeof world.stores.tasks.listTasks>[0]) => {
          taskQueries.push(filter);
          return world.stores.tasks.listTasks(filter);
        },
      },
      chats: {
        ...world.stores.chats,
        getChat: (id: number) => {
          chatLookups++;
          return world.stores.chats.getChat(id);
        },
      },
    } as typeof world.stores;
    const deps = jobDeps(stores);
    const scheduler = createScheduler({ jobs: [unitDigestJob], deps, clock: new ManualClock(0), owner: 'batch' });
    expect((await scheduler.tick(at('2023-03-07 07:30'))).ran).toHaveLength(3);
    expect(taskQueries).toEqual([{ unitIds: expect.any(Array) }]);
    expect(chatLookups).toBe(0);
    // Run on its own (no batch), a slot reads its chat and its unit's tasks itself.
    const { slots } = await unitDigestJob.slots(deps, '2023-03-08');
    await unitDigestJob.run(deps, slotOf(slots[0]!, at('2023-03-08 07:30')));
    expect(chatLookups).toBe(1);
    expect(taskQueries.slice(1)).toEqual([{ unitId: expect.any(Number) }]);
  });
});

describe('recurring duty job', () => {
  const task: TaskRecord = {
    id: 9,
    planId: 1,
    planNumber: '45/KH-BCĐ',
    phaseCode: null,
    phaseName: null,
    code: 'BC-01',
    title: 'Báo cáo kết quả hằng tháng',
    body: null,
    sourceClause: null,
    section: null,
    startAt: null,
    dueAt: null,
    deadlineText: 'trước ngày 20 hằng tháng',
    recurrence: { frequency: 'monthly', dayOfPeriod: 20, dueDay: 19 },
    status: 'in_progress',
    percent: null,
    doneReportedAt: null,
    confirmedAt: null,
    archivedAt: null,
    assignments: [
      {
        id: 1,
        taskId: 9,
        unitId: 3,
        unitCode: 'CAP5',
        unitName: 'Công an Phường 5',
        role: 'lead',
        status: 'in_progress',
        percent: null,
        lastReportAt: null,
        doneReportedAt: null,
        // given the duty after May's report was due: June is the first occurrence it owes
        assignedAt: at('2023-05-25 08:00'),
      },
    ],
  };
  const chat = {
    id: 20,
    platform: 'telegram',
    externalId: '-20',
    title: null,
    kind: 'unit' as const,
    unitId: 3,
    active: true,
    locale: 'vi' as const,
    settings: {},
  };
  const stores = {
    tasks: { listTasks: async () => [task], getActivePlans: async () => [] },
    // the job reads each duty's report history (which occurrence each report covered); this unit never reported
    reports: { historyOfTasks: async () => new Map() },
    chats: { listChats: async (f?: { kind?: string }) => (f?.kind === 'unit' ? [chat] : []), listMembers: async () => [], getChat: async () => chat },
  } as unknown as JobStores;

  it('reminds before each occurrence with the period in the text, and once only', async () => {
    const deps = { ...jobDeps(stores as never, new FakeOutbox()), stores };
    const {
      slots: [slot],
    } = await recurringDutiesJob.slots(deps, '2023-06-14');
    await recurringDutiesJob.run(deps, slotOf(slot!, at('2023-06-14 08:00')));
    await recurringDutiesJob.run(deps, slotOf(slot!, at('2023-06-14 08:20')));
    const june = deps.outbox.messages.filter((m) => m.idempotencyKey.includes('@2023-06'));
    expect(june.map((m) => m.idempotencyKey)).toEqual(['nudge:9@2023-06:3:before_3:2023-06-14:20']);
    expect(june[0]!.message.html).toContain('(tháng 06/2023)');
    expect(june[0]!.message.html).toContain('Hạn: 19/06/2023');
  });
});
