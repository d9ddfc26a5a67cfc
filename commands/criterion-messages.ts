/**
 * Criteria in a unit's group: /tieuchi posts one message per criterion the unit reports; a reply to
 * one of them reports a measurement ("85 theo báo cáo tháng 11"), a photo or document replied to it
 * is kept as evidence. /tieuchi <mã> <giá trị> does the same without the message.
 */
import { criterionStatusLabel, measurementBesideVerdict, targetText } from '../src/core/criteria/compose-criteria-summary.ts';
import type { CriterionRecord } from '../src/core/ports/criterion-store.ts';
import { escapeHtml } from '../src/core/text/html.ts';
import { recordCriterionMeasurement } from '../src/core/usecases/record-criterion-measurement.ts';
import { actorOf } from './context-helpers.ts';
import type { CommandContext, FileHandler, ReplyHandler } from './types.ts';

function pick(ctx: CommandContext, vi: string, en: string): string {
  return ctx.locale === 'vi' ? vi : en;
}

function targetPart(ctx: CommandContext, criterion: CriterionRecord): string {
  const target = targetText(criterion);
  return target ? ` (${pick(ctx, 'chỉ tiêu', 'target')} ${escapeHtml(target)})` : '';
}

function reportsIt(criterion: CriterionRecord, unitId: number | null): boolean {
  return criterion.unitId === null || criterion.unitId === unitId;
}

export async function postUnitCriteria(ctx: CommandContext): Promise<void> {
  const own = (await ctx.deps.stores.criteria.listCriteria()).filter((c) => reportsIt(c, ctx.chat.unitId));
  if (own.length === 0) {
    await ctx.reply({ html: pick(ctx, 'Đơn vị không có tiêu chí phải báo cáo.', 'This unit reports no criteria.') });
    return;
  }
  await ctx.reply({
    html: pick(
      ctx,
      `Tiêu chí đơn vị báo cáo: ${own.length}. Trả lời từng tin dưới đây bằng số đo (ví dụ "85 theo báo cáo tháng 11" hoặc "đạt"), gửi ảnh/tệp trả lời tin để làm minh chứng; hoặc gửi /tieuchi &lt;mã&gt; &lt;giá trị&gt; [ghi chú].`,
      `Criteria this unit reports: ${own.length}. Reply to each message below with the measurement (e.g. "85 per the November report" or "met"), reply with a photo/file as evidence; or send /tieuchi &lt;code&gt; &lt;value&gt; [note].`,
    ),
  });
  for (const criterion of own) {
    const value = measurementBesideVerdict(criterion);
    const latest = criterion.latest
      ? pick(ctx, '\nLần đo gần nhất: ', '\nLast measured: ') +
        `${value ? `${escapeHtml(value)} — ` : ''}${criterionStatusLabel(criterion.latest.verdict, ctx.locale)}`
      : pick(ctx, '\nChưa đo.', '\nNot measured yet.');
    const evidence =
      criterion.evidenceCount > 0 ? pick(ctx, `\nMinh chứng: ${criterion.evidenceCount} tệp`, `\nEvidence: ${criterion.evidenceCount} file(s)`) : '';
    const sent = await ctx.reply({
      html: `<b>${escapeHtml(criterion.code)}</b> ${escapeHtml(criterion.text)}${targetPart(ctx, criterion)}${latest}${evidence}`,
    });
    for (const message of sent) {
      await ctx.deps.stores.criteria.recordCriterionMessage({ criterionId: criterion.id, chatId: ctx.chat.id, messageId: message.messageId });
    }
  }
}

export async function reportCriterion(ctx: CommandContext, code: string, text: string): Promise<void> {
  const result = await recordCriterionMeasurement(
    { criteria: ctx.deps.stores.criteria, tasks: ctx.deps.stores.tasks },
    { code, text, chat: ctx.chat, actor: actorOf(ctx), now: ctx.now, locale: ctx.locale },
  );
  if (!result.ok) {
    const name = escapeHtml(code);
    const unitName = escapeHtml(result.criterion?.unitName ?? pick(ctx, 'đơn vị khác', 'another unit'));
    const texts: Record<typeof result.reason, string> = {
      not_unit_chat: pick(ctx, 'Số đo tiêu chí chỉ báo trong nhóm của đơn vị.', 'Criterion measurements are reported in a unit’s group.'),
      unknown_criterion: pick(ctx, `Không có tiêu chí "${name}". Gửi /tieuchi để xem danh sách.`, `No criterion "${name}". Send /tieuchi for the list.`),
      not_responsible: pick(
        ctx,
        `Tiêu chí ${name} do ${unitName} báo cáo, không phải đơn vị này.`,
        `Criterion ${name} is reported by ${unitName}, not this one.`,
      ),
      missing_value: pick(
        ctx,
        `Thiếu giá trị. Ví dụ: /tieuchi ${name} 85 theo báo cáo tháng 11.`,
        `Missing value. E.g. /tieuchi ${name} 85 per the November report.`,
      ),
      // already HTML: t() escaped what the member typed
      bad_value: 'message' in result ? result.message : '',
    };
    await ctx.reply({ html: texts[result.reason], replyToMessageId: ctx.messageId });
    return;
  }
  const { criterion, measurement, note } = result;
  const status = criterionStatusLabel(measurement.verdict, ctx.locale);
  const value = measurementBesideVerdict({ ...criterion, latest: { ...measurement, evidence: note, reportedBy: ctx.user.id, measuredAt: ctx.now } });
  const noteLine = note ? `\n${pick(ctx, 'Ghi chú', 'Note')}: ${escapeHtml(note)}` : '';
  // "TC-01: 85 % (chỉ tiêu ≥ 80 %) — đạt"; judged in words: "TC-02: đạt"
  const outcome = value ? `${escapeHtml(value)}${targetPart(ctx, criterion)} — <b>${status}</b>` : `<b>${status}</b>`;
  await ctx.reply({
    html: `${pick(ctx, 'Đã ghi nhận tiêu chí', 'Recorded criterion')} <b>${escapeHtml(criterion.code)}</b>: ${outcome}.${noteLine}`,
    replyToMessageId: ctx.messageId,
  });
}

/** A text reply to a criterion's message is its measurement. */
export const replyToCriterion: ReplyHandler = {
  async handle(ctx, text) {
    if (ctx.chat.kind !== 'unit' || ctx.replyToMessageId === undefined) return false;
    const criterion = await ctx.deps.stores.criteria.findCriterionByMessage(ctx.chat.id, ctx.replyToMessageId);
    if (!criterion) return false;
    await reportCriterion(ctx, criterion.code, text);
    return true;
  },
};

/** A photo or document replied to a criterion's message is evidence; a caption that is a value is also the measurement. */
export const criterionEvidenceFile: FileHandler = {
  async handle(ctx, file) {
    if (ctx.chat.kind !== 'unit' || ctx.replyToMessageId === undefined) return false;
    const criterion = await ctx.deps.stores.criteria.findCriterionByMessage(ctx.chat.id, ctx.replyToMessageId);
    if (!criterion) return false;
    if (!reportsIt(criterion, ctx.chat.unitId)) {
      const unitName = escapeHtml(criterion.unitName ?? pick(ctx, 'đơn vị khác', 'another unit'));
      await ctx.reply({
        html: pick(
          ctx,
          `Tiêu chí ${escapeHtml(criterion.code)} do ${unitName} báo cáo, không phải đơn vị này.`,
          `Criterion ${escapeHtml(criterion.code)} is reported by ${unitName}, not this one.`,
        ),
      });
      return true;
    }
    const count = await ctx.deps.stores.criteria.addEvidence({
      criterionId: criterion.id,
      unitId: ctx.chat.unitId,
      kind: file.kind,
      fileId: file.fileId,
      fileUniqueId: file.fileUniqueId ?? null,
      fileName: file.fileName ?? null,
      mimeType: file.mimeType ?? null,
      caption: file.caption ?? null,
      uploaderId: ctx.user.id,
      at: ctx.now,
    });
    await ctx.reply({
      html: pick(
        ctx,
        `Đã lưu minh chứng cho tiêu chí ${escapeHtml(criterion.code)} (tổng cộng ${count}).`,
        `Evidence saved for criterion ${escapeHtml(criterion.code)} (${count} in all).`,
      ),
      replyToMessageId: ctx.messageId,
    });
    const caption = file.caption?.trim();
    if (caption && /^(\d|đạt|dat|chưa đạt|chua dat|không đạt|khong dat|met|not met)/i.test(caption)) await reportCriterion(ctx, criterion.code, caption);
    return true;
  },
};
