import { randomUUID } from 'node:crypto';
import {
  AppError,
  PROBLEM_MEDIA_TYPE,
  toProblemDocument,
  type ProblemCode,
} from '../../shared/problems';

/** A complete HTTP/1.1 response carrying a problem, for errors raised below the app (socket level). */
export function rawProblemResponse(code: ProblemCode, detail: string): string {
  const document = toProblemDocument(new AppError(code, detail), `urn:uuid:${randomUUID()}`);
  const body = JSON.stringify(document);
  return [
    `HTTP/1.1 ${document.status} ${document.title}`,
    `content-type: ${PROBLEM_MEDIA_TYPE}`,
    `content-length: ${Buffer.byteLength(body)}`,
    'x-content-type-options: nosniff',
    'cache-control: no-store',
    'connection: close',
    '',
    body,
  ].join('\r\n');
}
