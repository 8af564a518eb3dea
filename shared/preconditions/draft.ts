import type { Language } from '../i18n';
import { isMessageId, renderMessage, type Message } from '../i18n';
import type { FieldPath } from '../problems';
import type { Check, CheckId, CheckStatus } from './types';

/**
 * A check before it has a language. Checks are pure functions returning drafts, so every machine
 * field (id, status, evidence, missing, commands, docs) is decided once and cannot vary with the
 * language; only `message` and `remediation.summary` are rendered per language.
 */
export interface CheckDraft {
  id: CheckId;
  status: CheckStatus;
  message: Message;
  evidence: Record<string, unknown>;
  missing: FieldPath[];
  remediation: { summary: Message; commands: string[]; docs: string[] } | null;
}

export function localizeCheck(draft: CheckDraft, language: Language): Check {
  return {
    id: draft.id,
    status: draft.status,
    message: renderMessage(draft.message, language),
    evidence: localizeEvidence(draft.evidence, language),
    missing: draft.missing,
    remediation: draft.remediation
      ? {
          summary: renderMessage(draft.remediation.summary, language),
          commands: draft.remediation.commands,
          docs: draft.remediation.docs,
        }
      : null,
  };
}

/** Evidence is machine facts; the one human text it may carry (an error's detail) is rendered. */
function localizeEvidence(
  evidence: Record<string, unknown>,
  language: Language,
): Record<string, unknown> {
  let localized: Record<string, unknown> | undefined;
  for (const name of Object.keys(evidence)) {
    const value = evidence[name];
    if (isMessage(value)) {
      localized ??= { ...evidence };
      localized[name] = renderMessage(value, language);
    }
  }
  return localized ?? evidence;
}

function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    isMessageId((value as { id: string }).id)
  );
}
