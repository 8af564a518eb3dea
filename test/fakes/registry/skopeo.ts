import { spawn } from 'node:child_process';

/**
 * `skopeo inspect --raw` against the test registry, spawned asynchronously: the token issuer
 * lives in this process, so a synchronous spawn would deadlock on skopeo's token request.
 * Exported for the benchmark, which compares it with the registry client.
 */
export interface SkopeoInspectOptions {
  /** `127.0.0.1:PORT` (plain HTTP, so `--tls-verify=false` is always passed). */
  host: string;
  repository: string;
  /** Tag or digest. */
  reference: string;
  /** `username:password` for the token issuer, e.g. `oauth2accesstoken:<token>`. */
  creds?: string;
  /** A registry JWT, which skips the issuer. */
  registryToken?: string;
  timeoutMs?: number;
}

export interface SkopeoInspectResult {
  /** Byte-exact manifest. */
  stdout: Buffer;
  durationMs: number;
}

export function skopeoInspectRaw(options: SkopeoInspectOptions): Promise<SkopeoInspectResult> {
  const separator = options.reference.includes(':') ? '@' : ':';
  const args = ['inspect', '--raw', '--tls-verify=false'];
  if (options.creds !== undefined) args.push('--creds', options.creds);
  if (options.registryToken !== undefined) args.push('--registry-token', options.registryToken);
  args.push(`docker://${options.host}/${options.repository}${separator}${options.reference}`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('skopeo', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`skopeo did not finish within ${options.timeoutMs ?? 15_000} ms`));
    }, options.timeoutMs ?? 15_000);
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT'
          ? new Error('skopeo is not installed: apt-get install -y skopeo', { cause: error })
          : error,
      );
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      if (code === 0)
        resolve({ stdout: Buffer.concat(stdout), durationMs: performance.now() - started });
      else reject(new Error(`skopeo exited with ${code}: ${stderr.slice(-1000)}`));
    });
  });
}
