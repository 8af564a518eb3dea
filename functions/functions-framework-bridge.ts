import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { http } from '@google-cloud/functions-framework';
import { negotiateLanguage, type Language } from '../shared/i18n';
import { AppError } from '../shared/problems';
import type { ApiApp } from './http/env';
import { unsupportedMediaType } from './http/problem-response';
import { rawProblem } from './http/raw-problem';

type Listener = (req: IncomingMessage, res: ServerResponse) => unknown;

interface BodyParserError extends Error {
  type?: string;
  status?: number;
}

interface ExpressLayer {
  handle?: Listener;
  route?: { stack?: ExpressLayer[] };
}

interface ExpressApplication {
  handle: (req: IncomingMessage, res: ServerResponse, callback?: (error?: unknown) => void) => void;
  router?: { stack?: ExpressLayer[] };
  __problemBridge?: true;
}

let bridgeInstalled = false;

/**
 * functions-framework parses bodies with body-parser before our function runs; on malformed JSON
 * (or an unsupported charset) Express would answer an HTML page, with a stack trace outside
 * production. This replaces Express's final handler for those errors: the request is handed to
 * our own function anyway (the raw body is kept in `req.rawBody`), so both entries answer the
 * same problem document. Only when no raw body exists is a problem written here directly.
 */
export function installFrameworkErrorBridge(): void {
  if (bridgeInstalled) return;
  const requireFromFramework = createRequire(
    createRequire(import.meta.url).resolve('@google-cloud/functions-framework'),
  );
  const express = requireFromFramework('express') as { application: ExpressApplication };
  const originalHandle = express.application.handle;
  express.application.handle = function handle(this: ExpressApplication, req, res, callback) {
    const fallback = (error?: unknown) => {
      const language = negotiateLanguage(headerValue(req.headers['accept-language']));
      if (error === undefined) {
        return writeProblem(res, new AppError('NOT_FOUND', { id: 'http.notFound.here' }), language);
      }
      const functionHandler = findFunctionHandler(this);
      if (functionHandler && (req as { rawBody?: unknown }).rawBody instanceof Buffer) {
        return void functionHandler(req, res);
      }
      writeProblem(res, appErrorFromBodyParser(error as BodyParserError, req), language);
    };
    return originalHandle.call(this, req, res, callback ?? fallback);
  };
  bridgeInstalled = true;
}

function findFunctionHandler(app: ExpressApplication): Listener | undefined {
  const layers = app.router?.stack ?? [];
  for (let index = layers.length - 1; index >= 0; index -= 1) {
    const handler = layers[index]?.route?.stack?.[0]?.handle;
    if (handler) return handler;
  }
  return undefined;
}

function appErrorFromBodyParser(error: BodyParserError, req: IncomingMessage): AppError {
  if (error.status === 413 || error.type === 'entity.too.large') {
    return new AppError('PAYLOAD_TOO_LARGE', { id: 'http.payloadTooLarge.unknownLimit' });
  }
  // body-parser refuses a charset (or Content-Encoding) of a JSON body it cannot decode, before
  // the app sees the request: the same 415 the app answers, naming what JSON bodies are sent as.
  if (error.status === 415) {
    return unsupportedMediaType(req.headers['content-type'], ['application/json'], error);
  }
  if (error.type === 'entity.parse.failed') {
    return new AppError('MALFORMED_JSON', { id: 'http.malformedJson' });
  }
  return new AppError('INVALID_REQUEST', { id: 'http.unreadableBody' });
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}

function writeProblem(res: ServerResponse, error: AppError, language: Language): void {
  if (res.headersSent) return void res.end();
  const { status, headers, body } = rawProblem(error, language);
  res.writeHead(status, headers);
  res.end(body);
}

/** Registers the app as an HTTP function with functions-framework under `name`. */
export function registerFunction(name: string, app: ApiApp): void {
  installFrameworkErrorBridge();
  const listener = getRequestListener(app.fetch);
  http(name, (req, res) => listener(req, res));
}
