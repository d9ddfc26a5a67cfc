/**
 * The weekly steering digest's units chart (PNG) speaks the steering group's language: title, role axis,
 * legend and footnote in English for an English group, in Vietnamese with its diacritics otherwise.
 * The words are read off the canvas as the chart draws them (only unit names, proper nouns, stay Vietnamese).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { weeklySteeringDigestJob } from '../../jobs/weekly-steering-digest.ts';
import type { Locale } from '../../src/core/model/records.ts';
import { type Database, openDatabase } from '../../src/db/open-database.ts';
import { newChart } from '../../src/reports/charts/canvas-kit.ts';
import { createTestDatabase, PROVIDERS, type TestDatabase } from '../support/test-databases.ts';
import { jobDeps, type SeedWorld, seedWorld } from './seed-world.ts';
import { at } from './simulate.ts';

const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

describe.each(PROVIDERS)('the weekly digest’s chart in the group’s language [%s]', (provider) => {
  let testDb: TestDatabase;
  let db: Database;
  let world: SeedWorld;
  const drawn: string[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase(provider);
    db = await openDatabase(testDb.url, { migrate: false });
    world = await seedWorld(db, at('2023-02-20 00:00'));
    const context = Object.getPrototypeOf(newChart(1).ctx) as { fillText: (text: string, x: number, y: number) => void };
    const fillText = context.fillText;
    vi.spyOn(context, 'fillText').mockImplementation(function (this: unknown, text: string, x: number, y: number) {
      drawn.push(text);
      return fillText.call(this, text, x, y);
    });
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await db.close();
    await testDb.drop();
  });

  /** The Friday weekly edition of 10/03/2023: the chart's PNG and every string drawn on it. */
  async function weeklyChart(locale: Locale): Promise<{ png: Uint8Array; words: string[]; units: string[] }> {
    await world.stores.chats.setLocale(world.chatIds.steering, locale);
    const deps = jobDeps(world.stores);
    const { slots } = await weeklySteeringDigestJob.slots(deps, '2023-03-10');
    const slot = slots.find((s) => s.chatId === world.chatIds.steering);
    if (!slot) throw new Error('no weekly slot for the steering group');
    drawn.length = 0;
    await weeklySteeringDigestJob.run(deps, { ...slot, now: slot.scheduledAt, late: false });
    const photo = deps.outbox.messages[0]?.message.attachments?.[0];
    if (photo?.kind !== 'photo') throw new Error('the weekly digest carries no chart');
    const units = (await world.stores.directory.listUnits()).flatMap((u) => [u.name, u.shortName ?? u.name]);
    const words = drawn.filter((w) => !/^\d+$/.test(w) && !units.some((name) => name.startsWith(w.replace(/…$/, ''))));
    if (process.env.CHART_PNG_DIR) writeFileSync(join(process.env.CHART_PNG_DIR, `weekly-units-${locale}-${provider}.png`), photo.bytes);
    return { png: photo.bytes, words, units: drawn.filter((w) => !words.includes(w) && !/^\d+$/.test(w)) };
  }

  it('English group: English title, role axis, legend and footnote, no Vietnamese word', async () => {
    const { png, words, units } = await weeklyChart('en');
    expect([...png.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(words).toContain('Results by unit — Plan 45/KH-BCĐ');
    expect(words).toContain('Figures as of 10/03/2023; lead and support counted apart');
    expect(words).toEqual(expect.arrayContaining(['Lead', 'Support', 'Done on time', 'Not done, overdue']));
    expect(words).toContain('A task has several units: the units add up to more than the tasks.');
    expect(words.filter((w) => VIETNAMESE_LETTERS.test(w) && w !== 'Results by unit — Plan 45/KH-BCĐ')).toEqual([]);
    expect(units.length).toBeGreaterThan(0);
  });

  it('Vietnamese group: Vietnamese words with their diacritics', async () => {
    const { words } = await weeklyChart('vi');
    expect(words).toContain('Kết quả theo đơn vị — Kế hoạch 45/KH-BCĐ');
    expect(words).toContain('Số liệu đến ngày 10/03/2023; chủ trì và phối hợp tính riêng');
    expect(words).toEqual(expect.arrayContaining(['Chủ trì', 'Phối hợp', 'Hoàn thành đúng hạn', 'Chưa hoàn thành, quá hạn']));
    expect(words).toContain('Một nhiệm vụ có nhiều đơn vị: tổng các đơn vị lớn hơn tổng số nhiệm vụ.');
    expect(words.some((w) => /Lead|Support|Done|Results/.test(w))).toBe(false);
  });
});
