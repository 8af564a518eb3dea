import type { Language } from '../i18n';
import { renderText, type TextRef } from './text';
import type { Check, CheckId, CheckStatus } from './types';

/**
 * A check before it has a language. Checks are pure functions returning drafts, so every machine
 * field (id, status, evidence, missing, commands, docs) is decided once and cannot vary with the
 * language; only `message` and `remediation.summary` are rendered per language.
 */
export interface CheckDraft {
  id: CheckId;
  status: CheckStatus;
  message: TextRef;
  evidence: Record<string, unknown>;
  missing: string[];
  remediation: { summary: TextRef; commands: string[]; docs: string[] } | null;
}

export function localizeCheck(draft: CheckDraft, language: Language): Check {
  return {
    id: draft.id,
    status: draft.status,
    message: renderText(draft.message, language),
    evidence: draft.evidence,
    missing: draft.missing,
    remediation: draft.remediation
      ? {
          summary: renderText(draft.remediation.summary, language),
          commands: draft.remediation.commands,
          docs: draft.remediation.docs,
        }
      : null,
  };
}
