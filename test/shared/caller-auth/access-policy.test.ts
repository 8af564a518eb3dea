import { describe, expect, it } from 'vitest';
import {
  compileRepositoryPattern,
  parseAccessPolicy,
  type Access,
  type Caller,
  type RepositoryLocator,
} from '../../../shared/caller-auth';
import { ConfigError } from '../../../shared/config';
import { AppError } from '../../../shared/problems';

const K8S_ISSUER = 'https://container.googleapis.com/v1/projects/p/locations/us/clusters/c';
const PULLER = 'ar-puller@my-project.iam.gserviceaccount.com';

const ciJob: Caller = {
  issuer: K8S_ISSUER,
  subject: 'system:serviceaccount:ci:image-puller',
  claims: {
    sub: 'system:serviceaccount:ci:image-puller',
    groups: ['builders', 'readers'],
    env: 'prod',
  },
};
const robot: Caller = {
  issuer: 'https://accounts.google.com',
  subject: '1102484959',
  email: 'Robot@My-Project.iam.gserviceaccount.com',
  claims: {},
};

const repo = (registry: string, repositoryPathPrefix: string): RepositoryLocator => ({
  registry,
  repositoryPathPrefix,
});
const teamRepo = repo('us-docker.pkg.dev', 'my-project/team-images');

function denial(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected PERMISSION_DENIED, but access was granted');
}

describe('parseAccessPolicy refuses an invalid policy, naming the bad field', () => {
  const rule = {
    name: 'ci',
    callers: [{ issuer: K8S_ISSUER, subject: 'system:serviceaccount:ci:image-puller' }],
    repositories: ['us-docker.pkg.dev/my-project/team-images'],
  };
  it.each([
    { name: 'a document without rules', json: {}, field: 'rules' },
    {
      name: 'a misspelt member',
      json: { rules: [{ ...rule, repositores: [] }] },
      field: 'rules[0]',
    },
    {
      name: 'a caller with only an issuer (it would admit every identity of that issuer)',
      json: { rules: [{ ...rule, callers: [{ issuer: 'https://accounts.google.com' }] }] },
      field: 'rules[0].callers[0]',
    },
    {
      name: 'a recursive "**" pattern',
      json: { rules: [{ ...rule, repositories: ['us-docker.pkg.dev/my-project/**'] }] },
      field: 'rules[0].repositories[0]',
    },
    {
      name: 'a wildcard host',
      json: { rules: [{ ...rule, repositories: ['*-docker.pkg.dev/my-project/repo'] }] },
      field: 'rules[0].repositories[0]',
    },
    {
      name: 'a pattern with nothing after the host',
      json: { rules: [{ ...rule, repositories: ['us-docker.pkg.dev'] }] },
      field: 'rules[0].repositories[0]',
    },
    {
      name: 'an unknown access',
      json: { rules: [{ ...rule, access: ['delete'] }] },
      field: 'rules[0].access[0]',
    },
    {
      name: 'a lifetime under 300 s',
      json: { rules: [{ ...rule, maxLifetimeSeconds: 60 }] },
      field: 'rules[0].maxLifetimeSeconds',
    },
    {
      name: 'a lifetime over 3600 s',
      json: { rules: [{ ...rule, maxLifetimeSeconds: 7200 }] },
      field: 'rules[0].maxLifetimeSeconds',
    },
    {
      name: 'a puller that is not a service account',
      json: { rules: [{ ...rule, pullerServiceAccount: 'alice@example.com' }] },
      field: 'rules[0].pullerServiceAccount',
    },
    { name: 'two rules with one name', json: { rules: [rule, rule] }, field: 'rules[1].name' },
  ])('$name', ({ json, field }) => {
    let thrown: unknown;
    try {
      parseAccessPolicy(json);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect(
      (thrown as ConfigError).problems.some((problem) =>
        problem.startsWith(`ACCESS_POLICY: ${field}:`),
      ),
    ).toBe(true);
  });
});

describe('authorize', () => {
  it('denies everything when no rule matches (default deny), naming caller and repository only', () => {
    const policy = parseAccessPolicy({ rules: [] });
    const error = denial(() => policy.authorize(robot, teamRepo, 'pull'));
    expect(error.code).toBe('PERMISSION_DENIED');
    expect(error.status).toBe(403);
    expect(error.message).toContain('Robot@My-Project.iam.gserviceaccount.com');
    expect(error.message).toContain('https://accounts.google.com');
    expect(error.message).toContain('us-docker.pkg.dev/my-project/team-images');
  });

  it('does not reveal rule names, patterns or puller accounts when it denies', () => {
    const policy = parseAccessPolicy({
      rules: [
        {
          name: 'secret-rule-name',
          callers: [{ issuer: K8S_ISSUER, subject: 'someone-else' }],
          repositories: ['us-docker.pkg.dev/my-project/*'],
          pullerServiceAccount: PULLER,
        },
      ],
    });
    const error = denial(() => policy.authorize(ciJob, teamRepo, 'pull'));
    const exposed = JSON.stringify({ detail: error.message, extensions: error.extensions });
    for (const internal of ['secret-rule-name', 'someone-else', 'my-project/*', PULLER]) {
      expect(exposed).not.toContain(internal);
    }
  });

  const matching: {
    name: string;
    caller: Record<string, unknown>;
    who: Caller;
    granted: boolean;
  }[] = [
    {
      name: 'the exact subject',
      caller: { issuer: K8S_ISSUER, subject: ciJob.subject },
      who: ciJob,
      granted: true,
    },
    {
      name: 'another subject',
      caller: { issuer: K8S_ISSUER, subject: 'system:serviceaccount:ci:other' },
      who: ciJob,
      granted: false,
    },
    {
      name: 'the subject under another issuer',
      caller: { issuer: 'https://other', subject: ciJob.subject },
      who: ciJob,
      granted: false,
    },
    {
      name: 'the email, compared case-insensitively',
      caller: {
        issuer: 'https://accounts.google.com',
        email: 'robot@my-project.iam.gserviceaccount.com',
      },
      who: robot,
      granted: true,
    },
    {
      name: 'the email under the bare "accounts.google.com" issuer spelling',
      caller: { issuer: 'accounts.google.com', email: 'robot@my-project.iam.gserviceaccount.com' },
      who: robot,
      granted: true,
    },
    {
      name: 'an email when the caller has none',
      caller: { issuer: K8S_ISSUER, email: 'robot@my-project.iam.gserviceaccount.com' },
      who: ciJob,
      granted: false,
    },
    {
      name: 'a claim value',
      caller: { issuer: K8S_ISSUER, claims: { env: 'prod' } },
      who: ciJob,
      granted: true,
    },
    {
      name: 'a different claim value',
      caller: { issuer: K8S_ISSUER, claims: { env: 'dev' } },
      who: ciJob,
      granted: false,
    },
    {
      name: 'a member of an array claim',
      caller: { issuer: K8S_ISSUER, claims: { groups: 'readers' } },
      who: ciJob,
      granted: true,
    },
    {
      name: 'a non-member of an array claim',
      caller: { issuer: K8S_ISSUER, claims: { groups: 'admins' } },
      who: ciJob,
      granted: false,
    },
    {
      name: 'a claim the token lacks',
      caller: { issuer: K8S_ISSUER, claims: { team: 'a' } },
      who: ciJob,
      granted: false,
    },
    {
      name: 'subject and claim together, when both hold',
      caller: { issuer: K8S_ISSUER, subject: ciJob.subject, claims: { env: 'prod' } },
      who: ciJob,
      granted: true,
    },
    {
      name: 'subject and claim together, when only the subject holds',
      caller: { issuer: K8S_ISSUER, subject: ciJob.subject, claims: { env: 'dev' } },
      who: ciJob,
      granted: false,
    },
  ];

  it.each(matching)('matching on $name: granted=$granted', ({ caller, who, granted }) => {
    const policy = parseAccessPolicy({
      rules: [
        {
          name: 'r',
          callers: [caller],
          repositories: ['us-docker.pkg.dev/my-project/team-images'],
        },
      ],
    });
    if (granted) expect(policy.authorize(who, teamRepo, 'pull').ruleName).toBe('r');
    else
      expect(denial(() => policy.authorize(who, teamRepo, 'pull')).code).toBe('PERMISSION_DENIED');
  });

  it.each<{ access: Access; listed: Access[] | undefined; granted: boolean }>([
    { access: 'pull', listed: undefined, granted: true },
    { access: 'push', listed: undefined, granted: false },
    { access: 'push', listed: ['pull'], granted: false },
    { access: 'push', listed: ['pull', 'push'], granted: true },
    { access: 'pull', listed: ['push'], granted: false },
  ])('grants $access when the rule lists $listed: $granted', ({ access, listed, granted }) => {
    const policy = parseAccessPolicy({
      rules: [
        {
          name: 'r',
          callers: [{ issuer: K8S_ISSUER, subject: ciJob.subject }],
          repositories: ['us-docker.pkg.dev/my-project/team-images'],
          ...(listed === undefined ? {} : { access: listed }),
        },
      ],
    });
    if (granted) expect(policy.authorize(ciJob, teamRepo, access).access).toBe(access);
    else
      expect(denial(() => policy.authorize(ciJob, teamRepo, access)).message).toContain(
        `to ${access} `,
      );
  });

  it('returns the puller account and the lifetime bound of the first matching rule', () => {
    const policy = parseAccessPolicy({
      rules: [
        {
          name: 'push-only',
          callers: [{ issuer: K8S_ISSUER, subject: ciJob.subject }],
          repositories: ['us-docker.pkg.dev/my-project/*'],
          access: ['push'],
        },
        {
          name: 'short-pull',
          callers: [{ issuer: K8S_ISSUER, subject: ciJob.subject }],
          repositories: ['us-docker.pkg.dev/my-project/*'],
          pullerServiceAccount: PULLER,
          maxLifetimeSeconds: 900,
        },
        {
          name: 'never-reached',
          callers: [{ issuer: K8S_ISSUER, subject: ciJob.subject }],
          repositories: ['us-docker.pkg.dev/my-project/*'],
        },
      ],
    });
    expect(policy.authorize(ciJob, teamRepo, 'pull')).toEqual({
      ruleName: 'short-pull',
      pullerServiceAccount: PULLER,
      maxLifetimeSeconds: 900,
      access: 'pull',
      repository: 'us-docker.pkg.dev/my-project/team-images',
    });
  });

  it('defaults to the service’s own identity and a 3600 s bound', () => {
    const policy = parseAccessPolicy({
      rules: [
        {
          name: 'r',
          callers: [{ issuer: K8S_ISSUER, subject: ciJob.subject }],
          repositories: ['gcr.io/my-project'],
        },
      ],
    });
    expect(policy.authorize(ciJob, repo('gcr.io', 'my-project'), 'pull')).toMatchObject({
      pullerServiceAccount: null,
      maxLifetimeSeconds: 3600,
    });
  });
});

describe('repository patterns ("*" is one path segment or part of one; no recursion)', () => {
  it.each([
    ['us-docker.pkg.dev/proj/repo', 'us-docker.pkg.dev/proj/repo', true],
    ['us-docker.pkg.dev/proj/repo', 'US-Docker.pkg.dev/proj/repo', true],
    ['us-docker.pkg.dev/proj/repo', 'us-docker.pkg.dev/proj/repo2', false],
    ['us-docker.pkg.dev/proj/repo', 'europe-docker.pkg.dev/proj/repo', false],
    ['europe-west1-docker.pkg.dev/proj/*', 'europe-west1-docker.pkg.dev/proj/any-repo', true],
    ['europe-west1-docker.pkg.dev/proj/*', 'europe-west1-docker.pkg.dev/other/any-repo', false],
    ['europe-west1-docker.pkg.dev/proj/*', 'europe-west1-docker.pkg.dev/proj', false],
    [
      'europe-west1-docker.pkg.dev/proj/*',
      'europe-west1-docker.pkg.dev/example.com/proj/repo',
      false,
    ],
    ['us-docker.pkg.dev/*/shared', 'us-docker.pkg.dev/team-a/shared', true],
    ['us-docker.pkg.dev/*/shared', 'us-docker.pkg.dev/team-a/private', false],
    ['us-docker.pkg.dev/proj/team-*', 'us-docker.pkg.dev/proj/team-web', true],
    ['us-docker.pkg.dev/proj/team-*', 'us-docker.pkg.dev/proj/web-team', false],
    ['us-docker.pkg.dev/example.com/proj/*', 'us-docker.pkg.dev/example.com/proj/repo', true],
    ['us-docker.pkg.dev/proj.x/repo', 'us-docker.pkg.dev/projax/repo', false],
    ['gcr.io/proj', 'gcr.io/proj', true],
    ['gcr.io/proj', 'eu.gcr.io/proj', false],
    ['127.0.0.1:5000/proj/repo', '127.0.0.1:5000/proj/repo', true],
  ])('%s against %s → %s', (pattern, repository, expected) => {
    expect(compileRepositoryPattern(pattern).matches(repository)).toBe(expected);
  });
});
