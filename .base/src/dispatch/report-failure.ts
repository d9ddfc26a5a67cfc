import type { AppDeps } from '../app-deps.ts';
import type { Locale } from '../core/model/records.ts';
import { scrubSecrets } from '../logger.ts';
import type { ChannelSession } from './channel-session.ts';
import { dispatchTexts } from './dispatch-texts.ts';
import type { InboundEvent } from './inbound-event.ts';

function describeError(error: unknown): string {
  if (error instanceof Error) return scrubSecrets(`${error.name}: ${error.message}\n${error.stack ?? ''}`);
  return scrubSecrets(String(error));
}

/**
 * A handler failed: the log gets the error (scrubbed of tokens), the user only a short Vietnamese
 * apology, never the error. A press gets it as its answer so the spinner stops; the bot keeps running.
 */
export async function reportFailure(
  deps: Pick<AppDeps, 'logger'>,
  event: InboundEvent,
  session: ChannelSession,
  locale: Locale,
  answer: (text?: string, alert?: boolean) => Promise<void>,
  answered: () => boolean,
  error: unknown,
): Promise<void> {
  deps.logger.error({ platform: event.platform, updateKey: event.updateKey, err: describeError(error) }, 'error while handling an update');
  if (event.kind === 'membership') return;
  const apology = dispatchTexts.apology[locale];
  try {
    if (event.kind === 'action' && session.answerAction && !answered()) {
      await answer(apology, true);
      return;
    }
    await session.reply({ html: apology }, event.kind === 'action' ? undefined : event.messageId);
  } catch (replyError) {
    deps.logger.warn({ platform: event.platform, updateKey: event.updateKey, err: describeError(replyError) }, 'could not tell the user about an error');
  }
}
