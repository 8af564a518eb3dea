/**
 * Human text, one catalogue for all of it: image warnings, problem titles and details, check
 * messages, manifest findings, credential reach statements, notes and plans. Each text has a
 * stable id (`MessageId`) and one template per language (messages/en/*.ts, messages/es/*.ts) with
 * `{placeholder}` slots; `translate` fills them. Machine fields (codes, ids, causes, statuses)
 * never change with the language; only these texts do. The Spanish texts follow Google Cloud's
 * Spanish documentation (https://cloud.google.com/artifact-registry/docs?hl=es).
 */
export { LANGUAGES, DEFAULT_LANGUAGE, negotiateLanguage, type Language } from './language';
export { formatMessage, placeholdersOf } from './format';
export {
  CATALOGUES,
  MESSAGE_FILES,
  firstMessage,
  isMessageId,
  messageList,
  renderMessage,
  translate,
  type Message,
  type MessageId,
  type MessageList,
  type MessageParam,
  type MessageParams,
} from './catalogue';
export {
  SPANISH_CONTRACTIONS,
  SPANISH_GLOSSARY,
  SPANISH_PRODUCT_NAMES,
  USTED_ANYWHERE,
  USTED_IMPERATIVES,
  glossaryViolations,
  prosePartsOf,
  type GlossaryTerm,
} from './glossary';
