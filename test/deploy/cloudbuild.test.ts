import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const cloudbuild = parse(readFileSync(new URL('cloudbuild.yaml', root), 'utf8')) as {
  substitutions: Record<string, string>;
  steps: Array<{ id: string; name: string; entrypoint?: string; args: string[] }>;
  images?: string[];
};
const scripts = (
  JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;
const text = JSON.stringify(cloudbuild);

describe('cloudbuild.yaml', () => {
  it('runs install, audit, lint, test, image build, push and deploy in that order', () => {
    expect(cloudbuild.steps.map((step) => step.id)).toEqual([
      'install',
      'audit',
      'lint',
      'test',
      'build-image',
      'push-image',
      'deploy',
    ]);
  });

  it('only calls npm scripts that package.json defines', () => {
    const commands = cloudbuild.steps.flatMap((step) => {
      const line = [step.entrypoint ?? '', ...step.args].join(' ');
      return [...line.matchAll(/npm (?:run ([\w:-]+)|(test|start|ci)\b)/g)].map(
        (m) => m[1] ?? m[2],
      );
    });
    expect(commands).toContain('lint');
    expect(commands).toContain('test');
    for (const command of commands) {
      if (command === 'ci' || command === 'audit') continue;
      expect(scripts, `npm script "${command}"`).toHaveProperty(command as string);
    }
  });

  it('declares every user substitution it uses', () => {
    const used = new Set([...text.matchAll(/\$\{(_[A-Z0-9_]+)\}/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(0);
    for (const name of used) expect(cloudbuild.substitutions, name).toHaveProperty(name as string);
  });

  it('pushes the image to Artifact Registry tagged with the commit and deploys that image to Cloud Run', () => {
    const image = '${_LOCATION}-docker.pkg.dev/$PROJECT_ID/${_REPOSITORY}/${_SERVICE}:$SHORT_SHA';
    expect(cloudbuild.images).toEqual([image]);
    const deploy = cloudbuild.steps.find((step) => step.id === 'deploy');
    expect(deploy?.args.slice(0, 2)).toEqual(['run', 'deploy']);
    expect(deploy?.args).toContain(`--image=${image}`);
    for (const flag of [
      '--concurrency=',
      '--cpu=',
      '--memory=',
      '--min-instances=',
      '--timeout=',
      '--service-account=',
    ]) {
      expect(
        deploy?.args.some((arg) => arg.startsWith(flag)),
        flag,
      ).toBe(true);
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
  it('runs the Cloud Run entry on Node 22 as a non-root user with production dependencies only', () => {
    expect(dockerfile).toMatch(/^FROM node:22-slim AS build$/m);
    expect(dockerfile).toContain('npm ci --omit=dev');
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toContain('"dist/server.js"');
  });
});
