import { describe, expect, it } from 'vitest';
import {
  classifyGoogleRefusal,
  GOOGLE_API_MAX_BODY_BYTES,
  parseGoogleApiError,
  projectOfConsumer,
} from '../../../shared/google-api';
import { serviceDisabledBody, SCOPE_INSUFFICIENT_BODY } from '../../fakes/iam-credentials';
import { arPermissionDeniedBody } from '../../fakes/artifact-registry-iam';

const REPO =
  '//artifactregistry.googleapis.com/projects/my-project/locations/us-central1/repositories/my-repo';

describe("Google's error answers, told apart by their ErrorInfo reason", () => {
  it.each([
    {
      name: 'SERVICE_DISABLED names the service and the consumer project (after a Help detail)',
      status: 403,
      body: serviceDisabledBody('123456789012'),
      refusal: {
        kind: 'api-disabled',
        service: 'iamcredentials.googleapis.com',
        consumer: 'projects/123456789012',
      },
    },
    {
      name: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT is a token without the scope',
      status: 403,
      body: SCOPE_INSUFFICIENT_BODY,
      refusal: { kind: 'scope-insufficient', service: 'iamcredentials.googleapis.com' },
    },
    {
      name: 'IAM_PERMISSION_DENIED "(or it may not exist)" may also be a missing resource',
      status: 403,
      body: arPermissionDeniedBody(REPO),
      refusal: {
        kind: 'permission-denied',
        permission: 'artifactregistry.repositories.getIamPolicy',
        mayNotExist: true,
      },
    },
    {
      name: 'a 403 without ErrorInfo is a missing permission',
      status: 403,
      body: {
        error: {
          code: 403,
          message: 'The caller does not have permission',
          status: 'PERMISSION_DENIED',
        },
      },
      refusal: { kind: 'permission-denied', permission: null, mayNotExist: false },
    },
    {
      name: 'a 403 whose body is not Google JSON is a missing permission',
      status: 403,
      body: '<html>Forbidden</html>',
      refusal: { kind: 'permission-denied', permission: null, mayNotExist: false },
    },
    {
      name: 'the reason wins over the status (SERVICE_DISABLED in a body sent as text)',
      status: 403,
      body: JSON.stringify(serviceDisabledBody('42')),
      refusal: {
        kind: 'api-disabled',
        service: 'iamcredentials.googleapis.com',
        consumer: 'projects/42',
      },
    },
    {
      name: 'a 404 is not found',
      status: 404,
      body: {
        error: {
          code: 404,
          message: 'Not found; Gaia id not found for email x@p.iam.gserviceaccount.com',
          status: 'NOT_FOUND',
        },
      },
      refusal: { kind: 'not-found' },
    },
    {
      name: 'a 401 is unauthenticated',
      status: 401,
      body: undefined,
      refusal: { kind: 'unauthenticated' },
    },
    {
      name: 'a 500 is something else',
      status: 500,
      body: { error: { code: 500 } },
      refusal: { kind: 'other' },
    },
  ])('$name', ({ status, body, refusal }) => {
    expect(classifyGoogleRefusal(status, body).refusal).toEqual(refusal);
  });

  it('keeps the message short and ignores a text body past the bound', () => {
    const long = { error: { code: 403, message: 'x'.repeat(10_000), status: 'PERMISSION_DENIED' } };
    expect(parseGoogleApiError(long)?.message?.length).toBe(512);
    expect(parseGoogleApiError(' '.repeat(GOOGLE_API_MAX_BODY_BYTES + 1))).toBeNull();
    expect(parseGoogleApiError({ not: 'an error' })).toBeNull();
  });

  it.each([
    ['projects/123456789012', '123456789012'],
    ['projects/my-project', 'my-project'],
    ['folders/1', null],
    [null, null],
    ['projects/a b', null],
  ])('reads the project of consumer %s as %s', (consumer, project) => {
    expect(projectOfConsumer(consumer)).toBe(project);
  });
});
