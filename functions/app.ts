import { randomUUID } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { getPath } from 'hono/utils/url';
import { AppError, appErrorOfIssue } from '../shared/problems';
import type { AppEnv, ApiApp } from './http/env';
import { createMediaTypeTable, createMethodTable, createRouteTemplates } from './http/method-table';
import { fieldIssuesFromZod, validationSummary } from './http/field-issues';
import { appErrorFromHttpException, locatorIn, problemResponse } from './http/problem-response';
import type { RequestPart } from './http/problem-document';
import { METHODS_WITH_BODY, requestBody } from './http/request-body';
import { requestContext } from './http/request-log';
import { ReopeningRouter } from './http/reopening-router';
import {
  createRouteGroupLoader,
  loadRegistrations,
  type RegisterRoutes,
} from './http/route-groups';
import { registerHealthRoutes } from './health';
import { registerDocumentRoutes } from './contract';
import { ROUTE_GROUPS } from './routes';

export type { AppDependencies } from './dependencies';
import type { AppDependencies } from './dependencies';

/** Endpoints whose bodies legitimately exceed the default limit (many items, pasted text). */
const LARGE_BODY_PATHS = [
  '/v1/images/resolve-batch',
  '/v1/manifests/check',
  '/v1/troubleshooting/plans',
];

/**
 * Builds the whole API. The listeners (Cloud Run, Cloud Functions) are separate, thin files.
 *
 * Each group of endpoints (routes.ts) is registered when a request first names one of its paths,
 * before Hono routes that request. Given `registrations` (every group's, in ROUTE_GROUPS order,
 * from `loadRegistrations`), every route is registered now instead, in the contract's order.
 */
export function createApp(
  deps: AppDependencies,
  registrations?: readonly RegisterRoutes[],
): ApiApp {
  const app: ApiApp = new OpenAPIHono<AppEnv>({
    router: new ReopeningRouter(),
    defaultHook: (result, c) => {
      if (result.success) return;
      const locate = locatorIn(locationOf(result.target));
      c.set('fieldLocator', locate);
      // A rule decided by the domain answers with the domain's own code and detail, and lists
      // every field that rule refused (a contradiction between two fields names both).
      const domainIssues = result.error.issues.flatMap((issue) => {
        const domain = appErrorOfIssue(issue);
        return domain ? [{ domain, path: fieldIssuesFromZod([issue])[0]?.path ?? [] }] : [];
      });
      const first = domainIssues[0];
      if (first) {
        const errors = domainIssues
          .filter(({ domain }) => domain.code === first.domain.code)
          .map(({ domain, path }) => ({ path, detail: domain.detail }));
        throw new AppError(first.domain.code, first.domain.detail, {
          path: first.path,
          errors,
          extensions: first.domain.extensions,
          cause: first.domain,
        });
      }
      // The validated value: each field's detail quotes what was sent.
      const sent = (result as { data?: unknown }).data;
      const errors = fieldIssuesFromZod(result.error.issues, sent);
      throw new AppError('INVALID_REQUEST', validationSummary(errors, locate), {
        errors,
        ...(errors[0] ? { path: errors[0].path } : {}),
      });
    },
  });

  app.use(
    '*',
    requestContext(
      deps.logger,
      deps.requestId ?? randomUUID,
      createRouteTemplates(() => app.routes),
    ),
  );
  const allowedMethods = createMethodTable(() => app.routes);
  const acceptedMediaTypes = createMediaTypeTable(() => app.openAPIRegistry.definitions);
  const largeBodyPaths = new Set(LARGE_BODY_PATHS);
  // A body is read only when an operation will take it; other requests go straight to 404/405.
  app.on(
    METHODS_WITH_BODY,
    '*',
    requestBody(
      (method, path) =>
        !allowedMethods(path).includes(method)
          ? null
          : largeBodyPaths.has(path)
            ? deps.config.MAX_LARGE_BODY_BYTES
            : deps.config.MAX_BODY_BYTES,
      acceptedMediaTypes,
    ),
  );

  registerHealthRoutes(app);
  // The contract describes every route in order, whichever groups this app has registered so far.
  registerDocumentRoutes(app, async () => createApp(deps, await loadRegistrations(ROUTE_GROUPS)));
  if (registrations) {
    for (const register of registrations) register(app, deps);
  } else {
    const groups = createRouteGroupLoader(app, deps, ROUTE_GROUPS);
    // Hono routes a request with the routes registered when it arrives: its group comes first.
    const dispatch = app.fetch;
    app.fetch = (request, env, executionCtx) => {
      const ready = groups.readyFor(getPath(request));
      return ready === undefined
        ? dispatch(request, env, executionCtx)
        : ready.then(() => dispatch(request, env, executionCtx));
    };
  }

  app.notFound((c) => {
    const allowed = allowedMethods(c.req.path);
    if (allowed.length === 0) {
      return problemResponse(
        c,
        new AppError('NOT_FOUND', {
          id: 'http.notFound',
          params: { path: c.req.path.slice(0, 200) },
        }),
      );
    }
    const allow = allowed.join(', ');
    if (c.req.method === 'OPTIONS') {
      return c.body(null, 204, { allow: [...allowed, 'OPTIONS'].join(', ') });
    }
    return problemResponse(
      c,
      new AppError(
        'METHOD_NOT_ALLOWED',
        {
          id: 'http.methodNotAllowed',
          params: {
            method: c.req.method.slice(0, 20),
            path: c.req.path.slice(0, 200),
            allowed: allow,
          },
        },
        { headers: { allow } },
      ),
    );
  });

  app.onError(async (error, c) => {
    let appError: unknown = error;
    if (error instanceof HTTPException)
      appError = appErrorFromHttpException(c, error, acceptedMediaTypes);
    const logger = c.get('logger');
    if (!(appError instanceof AppError)) {
      logger.error('Request failed', {
        trace: c.get('trace'),
        requestId: c.get('requestId'),
        error,
      });
    } else if (appError.status >= 500) {
      // An expected upstream or configuration problem: its code and detail say what happened.
      // The cause is named by its kind only: upstream bodies stay out of the logs.
      const cause = describeCause(appError.cause);
      logger.warn(`${appError.code}: ${appError.message}`, {
        trace: c.get('trace'),
        requestId: c.get('requestId'),
        code: appError.code,
        ...(cause ? { cause } : {}),
      });
    }
    return problemResponse(c, appError);
  });

  return app;
}

function describeCause(cause: unknown): string | undefined {
  if (!(cause instanceof Error)) return undefined;
  const { code, status } = cause as { code?: unknown; status?: unknown };
  const facts = [
    typeof code === 'string' ? code : undefined,
    typeof status === 'number' ? `HTTP ${status}` : undefined,
  ].filter(Boolean);
  return facts.length > 0 ? `${cause.name} (${facts.join(', ')})` : cause.name;
}

function locationOf(target: string): RequestPart {
  if (target === 'query') return 'query';
  if (target === 'param') return 'path';
  if (target === 'header') return 'header';
  return 'body';
}
