import type { Context } from 'hono';
import { checkManifest, type CheckManifestInput } from '../../shared/manifests';
import type { Message } from '../../shared/i18n';
import { AppError, type FieldPath } from '../../shared/problems';
import type { AppEnv } from '../http/env';
import { jsonPointer, type FieldLocator } from '../http/problem-document';
import type { AppDependencies } from '../dependencies';
import type { ManifestCheckQuery } from './route';

/** Query parameters that stand for a non-cluster field of the JSON form. */
const QUERY_NAMES: Readonly<Record<string, string>> = { live: 'live' };

/**
 * Where the YAML form carried a field: cluster facts, `repository.public` and `live` in the
 * query (`['cluster', 'version']` → `version`), the manifest in the body.
 */
export const inYamlForm: FieldLocator = (path) => {
  const [first, second, ...rest] = path;
  if (first === 'cluster' && second !== undefined) {
    return { pointer: jsonPointer([second, ...rest]), in: 'query' };
  }
  if (first === 'repository' && second === 'public') {
    return { pointer: '/repositoryPublic', in: 'query' };
  }
  if (typeof first === 'string' && QUERY_NAMES[first] !== undefined) {
    return { pointer: jsonPointer([QUERY_NAMES[first]]), in: 'query' };
  }
  return { pointer: jsonPointer(path) };
};

function invalidField(detail: Message, path: FieldPath): AppError {
  return new AppError('INVALID_REQUEST', detail, { path, errors: [{ path, detail }] });
}

/**
 * With a JSON body the query must be empty: it would be a second, conflicting source of cluster
 * facts. The path named is the query parameter's.
 */
export function refuseQueryWithJson(query: ManifestCheckQuery): void {
  const sent = Object.entries(query).find(([, value]) => value !== undefined);
  if (sent) {
    throw invalidField({ id: 'manifest.request.queryWithJson', params: { name: sent[0] } }, [
      sent[0],
    ]);
  }
}

/** The JSON form. */
export function inputFromJson(body: Partial<CheckManifestInput>): CheckManifestInput {
  if (typeof body.manifest !== 'string' || body.cluster === undefined) {
    throw new AppError(
      'INVALID_REQUEST',
      { id: 'manifest.request.bodyRequired' },
      {
        path: ['manifest'],
      },
    );
  }
  return {
    manifest: body.manifest,
    cluster: body.cluster,
    repository: body.repository,
    live: body.live ?? false,
  };
}

/** The YAML form: the body is the manifest, the query carries the cluster facts. */
export function inputFromYaml(text: string, query: ManifestCheckQuery): CheckManifestInput {
  const { version, repositoryPublic, live, ...cluster } = query;
  if (version === undefined) {
    throw invalidField({ id: 'manifest.request.versionRequired' }, ['cluster', 'version']);
  }
  return {
    manifest: text,
    cluster: { version, ...cluster },
    ...(repositoryPublic === undefined ? {} : { repository: { public: repositoryPublic } }),
    live: live ?? false,
  };
}

/**
 * The answer as UTF-8 JSON bytes: the manifest is read and the answer written on the manifest
 * worker (check.ts), so a large manifest never holds the event loop.
 */
export function check(
  c: Context<AppEnv>,
  deps: AppDependencies,
  input: CheckManifestInput,
): Promise<Uint8Array<ArrayBuffer>> {
  const { config } = deps;
  return checkManifest(input, {
    preconditions: () => deps.services.preconditions(),
    language: c.get('language'),
    liveLookups: deps.services.liveLookups(),
    maxLiveLookups: config.MAX_LIVE_LOOKUPS,
    limits: {
      documents: config.MANIFEST_MAX_DOCUMENTS,
      depth: config.MANIFEST_MAX_DEPTH,
      aliases: config.MANIFEST_MAX_ALIASES,
      keysPerMapping: config.MANIFEST_MAX_KEYS_PER_MAPPING,
      nodes: config.MANIFEST_MAX_NODES,
    },
    work: deps.services.manifestWork(),
  });
}
