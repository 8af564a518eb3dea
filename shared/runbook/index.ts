/**
 * Runbooks: an ordered list of steps, each with its exact commands (where they run, whether they
 * change anything, the placeholders left in them) and what success looks like. Troubleshooting
 * plans and the Workload Identity Federation procedure are both runbooks.
 *
 * Commands are filled from request values quoted for the shell context they land in
 * (shell-text.ts), never pasted raw; unknown values stay UPPER_SNAKE placeholders.
 */
export type { RunbookCommand, RunbookStep, Shell } from './types';
export {
  commandSlotNames,
  contextsOf,
  escapeInDoubleQuotes,
  fillTemplate,
  powershellQuote,
  quoteFor,
  shellQuote,
  splitAtPlaceholders,
  type FilledCommand,
  type PlaceholderPart,
  type QuoteContext,
  type TextPart,
} from './shell-text';
export {
  escapeMarkdown,
  fenced,
  inlineCode,
  joinMarkdown,
  appendStepsMarkdown,
  type RunbookMarkdownOptions,
} from './render-markdown';
export { commandExpression, renderRunbookScript, type RunbookScript } from './render-shell';
