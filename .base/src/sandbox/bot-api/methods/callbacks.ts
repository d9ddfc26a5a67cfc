import { badRequest } from '../api-error.ts';
import type { MethodHandler } from './context.ts';

export const answerCallbackQuery: MethodHandler = (ctx, params) => {
  ctx.faults.maybeFail();
  const id = params.requireString('callback_query_id', 'query is too old and response timeout expired or query ID is invalid');
  const record = ctx.state.callbacks.get(id);
  if (!record || record.answered) throw badRequest('query is too old and response timeout expired or query ID is invalid');
  const text = params.string('text');
  if (text !== undefined && text.length > 200) throw badRequest('MESSAGE_TOO_LONG');
  record.answered = true;
  if (text) record.text = text;
  if (params.bool('show_alert')) record.showAlert = true;
  ctx.state.changed();
  return true;
};
