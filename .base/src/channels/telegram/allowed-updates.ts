/** The update kinds the features use; Telegram sends nothing else, saving traffic. */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;
