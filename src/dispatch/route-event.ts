import { t } from '../core/i18n/translate.ts';
import { taskCodeCandidates } from '../core/replies/find-task-code.ts';
import { exampleTaskCode } from '../core/usecases/example-task-code.ts';
import type { CommandContext, ReplyContext } from '../../commands/types.ts';
import type { AppDeps } from '../app-deps.ts';
import { splitActionPayload } from '../core/actions/action-payload.ts';
import { readReply } from '../core/replies/index.ts';
import { type Introductions, introduceOnce } from './apply-membership.ts';
import type { ChannelSession } from './channel-session.ts';
import { chooseLocale } from './choose-locale.ts';
import type { DispatchRegistry } from './dispatch-registry.ts';
import { dispatchTexts } from './dispatch-texts.ts';
import { findNamedTask } from './find-named-task.ts';
import type { ActionEvent, CommandEvent, FileEvent, InboundUser, TextEvent } from './inbound-event.ts';
import { withoutMention, parseCommandText } from './parse-command-text.ts';
import type { RecordedChat } from './record-chat.ts';

/** What became of an event: a handler took it, or nothing here was meant for the bot. */
export type RouteResult = 'handled' | 'ignored';

export interface RouteInput {
  deps: AppDeps;
  registry: DispatchRegistry;
  session: ChannelSession;
  recorded: RecordedChat;
  user: InboundUser;
  /** builds the handlers' context (authority is asked only when something will run) */
  context(): Promise<CommandContext>;
  /** answers an action press at most once */
  answer(text?: string, alert?: boolean): Promise<void>;
  /** when the bot last introduced itself, per chat (the dispatcher's) */
  introductions: Introductions;
}

function localeOf(input: RouteInput, isPrivate: boolean) {
  return chooseLocale(input.recorded.chat, input.user.languageCode, isPrivate);
}

/** "/name[@bot] args": other bots' commands are left alone; an unknown one of ours (or bare) is answered with the help hint. */
export async function routeCommand(
  input: RouteInput,
  event: Pick<CommandEvent, 'name' | 'rawArgs' | 'addressee' | 'chat' | 'messageId'>,
): Promise<RouteResult> {
  const { session, registry } = input;
  if (event.addressee !== null && event.addressee !== session.botUsername.toLowerCase()) return 'ignored';
  const definition = registry.findCommand(event.name);
  if (!definition) {
    // A mistyped command gets a short answer and the help hint, in groups too; "/x@otherbot" was left above.
    const isPrivate = event.chat.type === 'private';
    await session.reply({ html: dispatchTexts.unknownCommand(localeOf(input, isPrivate), event.name) }, event.messageId);
    return 'handled';
  }
  await registry.runCommand(definition, await input.context(), event.rawArgs);
  return 'handled';
}

/** A press: the payload's prefix names the action; an unknown or stale one is answered as such. Every press is answered once. */
export async function routeAction(input: RouteInput, event: ActionEvent): Promise<RouteResult> {
  const { prefix, args } = splitActionPayload(event.payload);
  const action = input.registry.buttonActions.find((candidate) => candidate.prefix === prefix);
  if (!action) {
    await input.answer(dispatchTexts.staleButton[localeOf(input, event.chat.type === 'private')]);
    return 'handled';
  }
  await action.handle(await input.context(), args);
  await input.answer();
  return 'handled';
}

async function runReplyHandlers(input: RouteInput, context: ReplyContext, text: string): Promise<RouteResult> {
  for (const handler of input.registry.replyHandlers) {
    if (await handler.handle(context, text)) return 'handled';
  }
  return 'ignored';
}

function isAcknowledgement(text: string): boolean {
  const reading = readReply(text);
  return reading.status === 'none' && reading.kind === 'acknowledgement';
}

async function reactSeen(input: RouteInput): Promise<RouteResult> {
  await (await input.context()).react?.('👍');
  return 'handled';
}

/**
 * A unit's reply to a bot message that is no task card (a receipt, the welcome, the /nhiemvu list): the report
 * is not lost in silence. A task code in it places it ("GD2-02 đang làm 30%"); a status with no code is answered
 * with how to write it, storing nothing; anything else (thanks, chat) stays unanswered.
 */
async function routeUnplacedReply(input: RouteInput, text: string, messageId: string | undefined, botMention: string | undefined): Promise<RouteResult> {
  if (input.recorded.chat.kind !== 'unit') return 'ignored';
  const named = await findNamedTask(input.deps, text);
  if (named) return runReplyHandlers(input, { ...(await input.context()), namedTask: named.task }, named.rest);
  if (readReply(text).status === 'none') return 'ignored';
  const locale = localeOf(input, false);
  const example = await exampleTaskCode(input.deps.stores.tasks, input.recorded.chat.unitId, locale);
  const mention = input.session.capabilities.replyThreads ? '' : (botMention ?? `@${input.session.botUsername}`);
  await input.session.reply({ html: dispatchTexts.replyNotPlaced(locale, mention, example) }, messageId);
  return 'handled';
}

/**
 * Text: a reply to one of the bot's messages goes to the reply handlers. A mention of the bot is read
 * as a command when one follows it ("@Điều phối /nhiemvu"); where the messenger has no reply threads,
 * a mention naming a task by its code is a reply to that task ("@Điều phối P5-01 xong rồi"), and a
 * mention with a bare number answers a numbered choice ("@Điều phối 2").
 */
export async function routeText(input: RouteInput, event: TextEvent): Promise<RouteResult> {
  if (event.repliesToBot && event.replyToMessageId !== undefined) {
    const threaded = await runReplyHandlers(input, { ...(await input.context()), replyToMessageId: event.replyToMessageId }, event.text);
    return threaded === 'handled' ? threaded : routeUnplacedReply(input, event.text, event.messageId, event.botMention);
  }
  if (!event.mentionsBot) return 'ignored';
  const rest = withoutMention(event.text, event.botMention, input.session.botUsername);
  const command = parseCommandText(rest);
  if (command) return routeCommand(input, { ...command, chat: event.chat, messageId: event.messageId });
  if (input.session.capabilities.replyThreads) return 'ignored';
  const named = await findNamedTask(input.deps, rest);
  if (!named) {
    // Zalo tells no one the bot joined: a group it does not know, mentioning it, gets the intro once.
    if (input.recorded.chat.kind === 'unbound' && event.chat.type !== 'private') {
      return (await introduceOnce(input.deps, input.introductions, input.session, input.recorded.chat)) ? 'handled' : 'ignored';
    }
    const mention = event.botMention ?? `@${input.session.botUsername}`;
    const locale = localeOf(input, false);
    // "@Điều phối" alone, or a steering group's words that are no command: say how to talk to the bot
    // (the bot hears nothing else there, so silence reads as broken).
    const alone = rest.replace(/[\s\p{P}\p{S}]/gu, '') === '';
    if (input.recorded.chat.kind === 'steering' && !alone && isAcknowledgement(rest)) return reactSeen(input);
    if (input.recorded.chat.kind === 'steering' || (alone && input.recorded.chat.kind === 'unit')) {
      const example = input.recorded.chat.kind === 'unit' ? await exampleTaskCode(input.deps.stores.tasks, input.recorded.chat.unitId, locale) : null;
      await input.session.reply({ html: dispatchTexts.mentionHelp(locale, mention, example) }, event.messageId);
      return 'handled';
    }
    if (input.recorded.chat.kind !== 'unit') return 'ignored';
    // "@Điều phối 2": the answer to a numbered choice the bot offered here (no task code needed).
    if (/^\s*\d{1,2}\s*\.?\s*$/.test(rest) && (await runReplyHandlers(input, await input.context(), rest)) === 'handled') return 'handled';
    // "@Điều phối ok" names no task and needs no answer: a 👍 says it was seen.
    if (isAcknowledgement(rest)) return reactSeen(input);
    const example = await exampleTaskCode(input.deps.stores.tasks, input.recorded.chat.unitId, locale);
    // A word shaped like a code ("GD1-01") that names no current task: archived or mistyped, say so.
    const stale = taskCodeCandidates(rest).find((candidate) => /[-_.]/.test(candidate.code));
    const html = stale
      ? t(locale, 'mention.code_not_current', { code: stale.code, mention, example })
      : dispatchTexts.mentionNeedsCode(locale, mention, example);
    await input.session.reply({ html }, event.messageId);
    return 'handled';
  }
  return runReplyHandlers(input, { ...(await input.context()), namedTask: named.task }, named.rest);
}

/**
 * A photo or document: in reply to one of the bot's messages it is evidence (where there are no reply
 * threads, a caption naming the task by its code does the same); a document on its own may be a plan
 * to load. The file handlers decide, in order; `replyToMessageId` is set only for a reply to the bot.
 */
export async function routeFile(input: RouteInput, event: FileEvent): Promise<RouteResult> {
  const threaded = event.repliesToBot === true && event.replyToMessageId !== undefined;
  // Without reply threads (Zalo) a file says which task it is for by the code in its caption.
  const named = !threaded && !input.session.capabilities.replyThreads && event.file.caption ? await findNamedTask(input.deps, event.file.caption) : null;
  // A photo on its own, naming no task, is people sharing pictures with each other, never the bot's business;
  // one addressed to the bot (a Zalo caption naming it) is answered with how to say which task it is for.
  if (!threaded && !named && event.file.kind === 'photo') return event.mentionsBot ? askWhichTaskForPhoto(input, event) : 'ignored';
  const base = await input.context();
  const { replyToMessageId: _ignored, ...unthreaded } = base;
  const context = threaded ? { ...base, replyToMessageId: event.replyToMessageId } : named ? { ...unthreaded, namedTask: named.task } : unthreaded;
  // "P5-01 xong rồi": the code says which task, the rest what of it (the code read as status is a "numbered part").
  const file = named ? { ...event.file, statusText: named.rest } : event.file;
  for (const handler of input.registry.fileHandlers) {
    if (await handler.handle(context, file)) return 'handled';
  }
  return 'ignored';
}

/** A photo sent to the bot without a task code: nothing is stored; the unit is told to send it again with one. */
async function askWhichTaskForPhoto(input: RouteInput, event: FileEvent): Promise<RouteResult> {
  if (input.recorded.chat.kind !== 'unit') return 'ignored';
  const locale = localeOf(input, false);
  const mention = event.botMention ?? `@${input.session.botUsername}`;
  const example = await exampleTaskCode(input.deps.stores.tasks, input.recorded.chat.unitId, locale);
  const stale = event.file.caption ? taskCodeCandidates(event.file.caption).find((candidate) => /[-_.]/.test(candidate.code)) : undefined;
  const html = stale ? t(locale, 'mention.code_not_current', { code: stale.code, mention, example }) : dispatchTexts.photoNeedsCode(locale, mention, example);
  await input.session.reply({ html }, event.messageId);
  return 'handled';
}
