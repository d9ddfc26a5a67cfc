import { describe, expect, it } from 'vitest';
import type { TaskRecord } from '../../../src/core/model/records.ts';
import { hasReplyThreads } from '../../../src/core/model/platform-traits.ts';
import { composeTaskCard } from '../../../src/core/usecases/compose-task-message.ts';
import { deriveTaskState } from '../../../src/core/status/derive-task-state.ts';

const task = {
  id: 7,
  code: 'P5-01',
  title: 'Rà soát thủ tục',
  planNumber: '45/KH-BCĐ',
  phaseName: null,
  dueAt: null,
  deadlineText: null,
  sourceClause: null,
  body: null,
  assignments: [{ unitId: 1, unitName: 'Công an Phường 5', role: 'lead' }],
} as unknown as TaskRecord;

describe('how a task message says to report, by messenger', () => {
  it('tells Telegram members to reply and Zalo members to mention the bot with the code', () => {
    expect(hasReplyThreads('telegram')).toBe(true);
    expect(hasReplyThreads('zalo')).toBe(false);
    const now = new Date('2026-03-02T01:00:00Z');
    expect(composeTaskCard(deriveTaskState({ task, now: now }), 1, now, 'vi').html).toContain('Trả lời tin nhắn này để báo tiến độ');
    const zalo = composeTaskCard(deriveTaskState({ task, now: now }), 1, now, 'vi', false).html;
    expect(zalo).not.toContain('Trả lời tin nhắn này');
    expect(zalo).toContain('“@tên_bot P5-01 đã triển khai được 60%”');
    expect(composeTaskCard(deriveTaskState({ task, now: now }), 1, now, 'en', false).html).toContain('“@bot_name P5-01 60% done”');
  });
});
