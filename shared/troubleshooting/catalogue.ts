import { formatMessage, type Language } from '../i18n';
import { EN, type MessageId } from './messages/en';
import { ES } from './messages/es';

export type { MessageId };

export const CATALOGUES: Readonly<Record<Language, Readonly<Record<MessageId, string>>>> = {
  en: EN,
  es: ES,
};

// Plans look up many candidate ids per step; a Set answers faster than the catalogue object.
const MESSAGE_IDS: ReadonlySet<string> = new Set(Object.keys(EN));

export function isMessageId(id: string): id is MessageId {
  return MESSAGE_IDS.has(id);
}

/** The text of a message in a language, its `{slots}` filled. */
export function translate(
  language: Language,
  id: MessageId,
  params: Record<string, string | number> = {},
): string {
  return formatMessage(CATALOGUES[language][id], params);
}

/** The first of several candidate ids that exists (most specific variant first). */
export function firstMessage(candidates: readonly string[]): MessageId | undefined {
  return candidates.find(isMessageId);
}
