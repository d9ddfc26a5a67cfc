import { t } from '../src/core/i18n/translate.ts';
import type { TaskRecord } from '../src/core/model/records.ts';
import { readReply } from '../src/core/replies/index.ts';
import { taskCodeCandidates } from '../src/core/replies/find-task-code.ts';
import { type NamedCode, type ReplyScope, scopeReplyToTasks } from '../src/core/usecases/scope-reply-to-tasks.ts';
import type { CommandContext, ReplyContext } from './types.ts';

/** "P5-09" → "P5": a code's series, the part before its last separator. */
function codeSeries(code: string): string | null {
  const cut = Math.max(code.lastIndexOf('-'), code.lastIndexOf('_'), code.lastIndexOf('.'));
  return cut > 0 ? code.slice(0, cut).toUpperCase() : null;
}

/**
 * The codes a reply names, each with its task (current, else archived, so that it is refused as archived).
 * A word that is no task's code counts only when it is in a series of the plans' codes ("P5-09" beside
 * P5-01 … P5-08): "COVID-19", "1.5ha" or "10h-11h" are ordinary words of the report.
 */
async function lookUpCodes(ctx: CommandContext, anchor: TaskRecord, text: string): Promise<NamedCode[]> {
  const { tasks } = ctx.deps.stores;
  const named: NamedCode[] = [];
  let series: Set<string> | null = null;
  for (const candidate of taskCodeCandidates(text)) {
    // the card's own code needs no read (and a plain reply with no code-like word reads nothing)
    const task =
      candidate.code === anchor.code ? anchor : ((await tasks.findTaskByCode(candidate.code)) ?? (await tasks.findArchivedTaskByCode(candidate.code)));
    if (!task) {
      series ??= new Set((await tasks.listTasks()).flatMap((open) => codeSeries(open.code) ?? []));
      const own = codeSeries(candidate.code);
      if (own === null || !series.has(own)) continue;
    }
    named.push({ candidate, task });
  }
  return named;
}

/** Which task(s) a free-text reply to `anchor`'s card (or a mention naming it) is about; see scopeReplyToTasks. */
export async function scopeReply(ctx: ReplyContext, anchor: TaskRecord, text: string, unitId: number): Promise<ReplyScope> {
  return scopeReplyToTasks({
    anchor,
    anchorNamedInText: ctx.namedTask !== undefined,
    text,
    named: await lookUpCodes(ctx, anchor, text),
    unitId,
    readsAsStatus: (words) => readReply(words).status !== 'none',
  });
}

/** The typed form of a report, as members write it on this messenger ("@Điều phối /tiendo …" without reply threads). */
export function typedExample(ctx: CommandContext, command: string): string {
  return ctx.channel?.replyThreads === false ? `${ctx.channel.mention} ${command}` : command;
}

/**
 * The typed report suggested for the card's task: from the user's own words for it when they read as done or as
 * a percent ("đang làm 70%" → /tiendo P5-02 70), else a generic example.
 */
function typedReportOf(code: string, words: string | undefined): string {
  const reading = words === undefined ? null : readReply(words);
  if (reading?.status === 'done') return `/xong ${code}`;
  if (reading && reading.status !== 'none' && reading.status !== 'blocked' && reading.percent !== null) return `/tiendo ${code} ${reading.percent}`;
  return `/tiendo ${code} 50`;
}

/** The question back when a reply names a code the bot cannot record it for: nothing is stored. */
export async function askBackAboutCodes(ctx: CommandContext, anchor: TaskRecord, scope: Exclude<ReplyScope, { kind: 'one' | 'several' }>): Promise<void> {
  const { locale } = ctx;
  const html =
    scope.kind === 'unclear'
      ? t(locale, 'reply.which_task', { codes: scope.codes.join(', '), example: typedExample(ctx, `/xong ${scope.codes[0] ?? anchor.code}`) })
      : t(locale, scope.kind === 'unknown_code' ? 'reply.code_unknown' : 'reply.code_not_units', {
          code: scope.code,
          card: anchor.code,
          example: typedExample(ctx, typedReportOf(anchor.code, scope.anchorText)),
        });
  await ctx.reply({ html, replyToMessageId: ctx.messageId });
}
