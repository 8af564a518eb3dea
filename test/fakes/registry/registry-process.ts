import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';

/**
 * Debian's `docker-registry` (CNCF distribution 2.8.2) as a child process on 127.0.0.1:0 with
 * token auth. The "listening on" line on stderr gives the port and means the socket is ready.
 */

export interface RegistryProcessOptions {
  directory: string;
  realm: string;
  service: string;
  issuer: string;
  rootCertBundlePath: string;
  binary?: string;
  startTimeoutMs?: number;
}

export interface RegistryProcess {
  host: string;
  /** Everything the registry wrote to stderr (its log), for diagnosing a failing test. */
  log(): string;
  stop(): Promise<void>;
}

const LISTENING = /listening on 127\.0\.0\.1:(\d+)/;
const SETPRIV = '/usr/bin/setpriv';

export async function startRegistryProcess(
  options: RegistryProcessOptions,
): Promise<RegistryProcess> {
  const configPath = join(options.directory, 'config.yml');
  const config = {
    version: 0.1,
    log: { level: 'info', formatter: 'text', accesslog: { disabled: true } },
    storage: {
      filesystem: { rootdirectory: join(options.directory, 'data') },
      delete: { enabled: true },
      maintenance: { uploadpurging: { enabled: false } },
    },
    http: { addr: '127.0.0.1:0', secret: 'test-registry-secret' },
    auth: {
      token: {
        realm: options.realm,
        service: options.service,
        issuer: options.issuer,
        rootcertbundle: options.rootCertBundlePath,
      },
    },
  };
  await writeFile(configPath, stringify(config));

  const binary = options.binary ?? 'docker-registry';
  // setpriv (util-linux, essential on Debian) has the kernel kill the registry when this process
  // dies, even by a signal that skips the 'exit' hook below (a killed test run, a timeout).
  const [command, args] = existsSync(SETPRIV)
    ? [SETPRIV, ['--pdeathsig', 'KILL', '--', binary, 'serve', configPath]]
    : [binary, ['serve', configPath]];
  const child: ChildProcess = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `docker-registry did not report "listening on" within ${options.startTimeoutMs ?? 10_000} ms:\n${stderr.slice(-2000)}`,
        ),
      );
    }, options.startTimeoutMs ?? 10_000);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
      if (stderr.length > 1_000_000) stderr = stderr.slice(-500_000);
      const match = LISTENING.exec(stderr);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT'
          ? new Error(
              `${binary} is not installed; install the Debian package: apt-get install -y docker-registry`,
              { cause: error },
            )
          : error,
      );
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(
          `docker-registry exited early (code ${code}, signal ${signal}):\n${stderr.slice(-2000)}`,
        ),
      );
    });
  });

  return {
    host: `127.0.0.1:${port}`,
    log: () => stderr,
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 2000);
      await exited;
      clearTimeout(timer);
    },
  };
}
