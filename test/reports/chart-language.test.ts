import { describe, expect, it } from 'vitest';
import type { ChartKind } from '../../src/reports/charts/render-chart.ts';
import { chartWords } from '../../src/reports/charts/chart-words.ts';
import type { Locale } from '../../src/core/model/records.ts';
import { vietnamInstant } from '../../src/core/time/zone.ts';
import { type CommandHarness, SECRETARY, STEERING_CHAT, withHarness } from '../support/command-harness.ts';

const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Every string a chart of this language draws, with sample figures filled in. */
function drawnWords(locale: Locale): string[] {
  const w = chartWords(locale);
  return [
    ...Object.values(w.official),
    w.unitsTitle('45/KH'),
    w.unitsSubtitle('01/06/2023'),
    w.lead,
    w.support,
    w.unitsFootnote,
    w.timelineTitle('45/KH'),
    w.timelineSubtitle('01/06/2023'),
    w.phaseFigures(50, 1, 2),
    w.today,
    w.openTitle('45/KH'),
    w.openSubtitle('01/06/2023'),
    w.open,
    w.openOverdue,
    w.openEnd(3, 1),
  ];
}

describe('charts speak the chat’s language (QA10 #2)', () => {
  it('an English chart draws no Vietnamese word; a Vietnamese one draws the official names', () => {
    expect(drawnWords('en').filter((word) => VIETNAMESE_LETTERS.test(word))).toEqual([]);
    expect(drawnWords('vi')).toContain('Chưa hoàn thành, quá hạn');
  });

  describe('/kehoach in a steering group', () => {
    let h: CommandHarness;
    const asked: { kind: ChartKind; locale: Locale }[] = [];
    withHarness({ per: 'all', start: vietnamInstant(2023, 3, 6, 9, 0) }, async (harness) => {
      h = harness;
      await h.bindSteeringAndUnit();
      const real = h.deps.outputs.renderChart;
      h.deps.outputs.renderChart = (kind, data, locale) => {
        asked.push({ kind, locale });
        return real(kind, data, locale);
      };
    });

    it('draws the units chart in English once the group chose English, in Vietnamese again after /ngonngu vi', async () => {
      await h.send(STEERING_CHAT, SECRETARY, '/ngonngu en');
      const [english] = await h.send(STEERING_CHAT, SECRETARY, '/kehoach');
      await h.send(STEERING_CHAT, SECRETARY, '/ngonngu vi');
      const [vietnamese] = await h.send(STEERING_CHAT, SECRETARY, '/kehoach');
      expect(asked).toEqual([
        { kind: 'units', locale: 'en' },
        { kind: 'units', locale: 'vi' },
      ]);
      expect(english?.attachments?.[0]?.fileName).toMatch(/^chart-units-/);
      expect(vietnamese?.attachments?.[0]?.fileName).toMatch(/^bieu-do-units-/);
    });
  });
});
