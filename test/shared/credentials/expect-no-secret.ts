import { expect } from 'vitest';
import { toProblemDocument } from '../../../functions/http/problem-document';
import { AppError } from '../../../shared/problems';

/** Every text a thrown error exposes: message, detail, headers, problem document, the cause chain. */
export function exposedTextOf(error: unknown): string {
  const texts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 10; depth += 1) {
    if (current instanceof Error) {
      texts.push(
        current.name,
        current.message,
        current.stack ?? '',
        JSON.stringify(current),
        String(current),
      );
      if (current instanceof AppError) {
        texts.push(
          JSON.stringify(current.detail),
          JSON.stringify(current.headers),
          JSON.stringify(current.extensions),
        );
        texts.push(
          JSON.stringify(toProblemDocument(current, { instance: '/v1/tokens', language: 'en' })),
        );
      }
      current = current.cause;
    } else {
      texts.push(typeof current === 'string' ? current : JSON.stringify(current));
      current = undefined;
    }
  }
  return texts.join('\n');
}

/** Fails when any secret (or its base64 form) shows in anything the error exposes. */
export function expectNoSecretIn(error: unknown, secrets: readonly string[]): void {
  const text = exposedTextOf(error);
  for (const secret of secrets) {
    expect(text).not.toContain(secret);
    expect(text).not.toContain(Buffer.from(secret).toString('base64'));
  }
}

/** Runs `action`, which must throw an AppError; returns it. */
export async function appErrorFrom(action: () => Promise<unknown>): Promise<AppError> {
  try {
    await action();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an AppError, but the call succeeded');
}
