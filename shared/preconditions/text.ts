import { formatMessage, type Language } from '../i18n';
import { en, type MessageId } from './messages/en';
import { es } from './messages/es';

export type { MessageId } from './messages/en';

/** Every catalogue by language; the type makes a missing id a compile error. */
export const MESSAGE_CATALOGUES: Record<Language, Record<MessageId, string>> = { en, es };

/** A message before it has a language: an id and the machine values for its slots. */
export interface TextRef {
  id: MessageId;
  params?: Record<string, string | number>;
}

export function renderText(text: TextRef, language: Language): string {
  return formatMessage(MESSAGE_CATALOGUES[language][text.id], text.params ?? {});
}
