import type { AuthClient, GoogleAuth } from 'google-auth-library';
import { GOOGLE_API_MAX_BODY_BYTES, type GoogleApiRequestOptions } from '../google-api';
import type { Message } from '../i18n';
import { AppError } from '../problems';
import { loadGoogleAuthLibrary } from './load-library';

export const GOOGLE_CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';

/**
 * gaxios options that cap every answer body of a google-auth-library client: `size` is the
 * limit node-fetch (gaxios' fetch under Node) enforces while reading, `maxContentLength` the
 * one gaxios checks against Content-Length first.
 */
export function cappedTransporterOptions(maxBytes: number) {
  return { size: maxBytes, maxContentLength: maxBytes };
}

const NO_CREDENTIALS_DETAIL: Message = { id: 'serviceIdentity.noCredentials' };

export interface ApplicationDefaultCredentials {
  /** google-auth-library's client (SourceCredentialProvider for impersonation). */
  getClient(): Promise<AuthClient>;
  getCredentials(): Promise<{ client_email?: string | null }>;
  /** A current access token and the identity it belongs to (null when ADC does not say). */
  getAccessToken(): Promise<{ token: string; identity: string | null }>;
  /**
   * An authorized request (google-auth-library's `AuthClient.request`), for Google REST APIs.
   * `maxContentLength` bounds the answer read (gaxios fails past it); `signal` aborts it.
   */
  request<T>(options: GoogleApiRequestOptions): Promise<{ data: T; status: number }>;
}

export interface ApplicationDefaultCredentialsOptions {
  scopes?: string[];
  /**
   * The service's project, when configured. Without it google-auth-library discovers one while
   * finding credentials, and on a machine with the gcloud CLI that means running
   * `gcloud config config-helper` (a second or more) before the first token.
   */
  projectId?: string | undefined;
}

/** Lazily creates one GoogleAuth; every failure to find credentials is NO_CREDENTIALS. */
export function createApplicationDefaultCredentials(
  options: ApplicationDefaultCredentialsOptions = {},
): ApplicationDefaultCredentials {
  let auth: Promise<GoogleAuth> | undefined;
  let identity: Promise<string | null> | undefined;

  const googleAuth = () =>
    (auth ??= loadGoogleAuthLibrary().then(
      ({ GoogleAuth }) =>
        new GoogleAuth({
          scopes: options.scopes ?? [GOOGLE_CLOUD_PLATFORM_SCOPE],
          ...(options.projectId ? { projectId: options.projectId } : {}),
          // A default for every request of the client, beside the bound each call passes: a
          // request made without one (by google-auth-library itself) reads no more either.
          clientOptions: {
            transporterOptions: cappedTransporterOptions(GOOGLE_API_MAX_BODY_BYTES),
          },
        }),
    ));

  async function getClient(): Promise<AuthClient> {
    try {
      return (await (await googleAuth()).getClient()) as AuthClient;
    } catch (error) {
      throw new AppError('NO_CREDENTIALS', NO_CREDENTIALS_DETAIL, { cause: error });
    }
  }

  async function getCredentials() {
    try {
      return await (await googleAuth()).getCredentials();
    } catch (error) {
      throw new AppError('NO_CREDENTIALS', NO_CREDENTIALS_DETAIL, { cause: error });
    }
  }

  return {
    getClient,
    getCredentials,
    async getAccessToken() {
      const client = await getClient();
      let token: string | null | undefined;
      try {
        token = (await client.getAccessToken()).token;
      } catch (error) {
        throw new AppError('NO_CREDENTIALS', NO_CREDENTIALS_DETAIL, { cause: error });
      }
      if (!token) throw new AppError('NO_CREDENTIALS', NO_CREDENTIALS_DETAIL);
      identity ??= getCredentials().then(
        (credentials) => credentials.client_email ?? null,
        () => null,
      );
      return { token, identity: await identity };
    },
    async request<T>(request: GoogleApiRequestOptions) {
      const client = await getClient();
      const response = await client.request<T>({ ...request, responseType: 'json' });
      return { data: response.data, status: response.status };
    },
  };
}
