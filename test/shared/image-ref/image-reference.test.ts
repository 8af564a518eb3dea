import { describe, expect, it } from 'vitest';
import { parseImageReference, type ImageWarning } from '../../../shared/image-ref';
import { translate } from '../../../shared/i18n';
import { appErrorOf, HEX128, HEX64, HEX96 } from './support';

/** A warning as the API writes it in English. */
function textOf(warning: ImageWarning | undefined): string {
  if (warning === undefined) return '';
  return translate('en', `warning.${warning.code}`, warning.params);
}

const TAG_128 = `v${'1'.repeat(127)}`;

describe('parseImageReference: valid references and their normalized form', () => {
  it.each([
    // name, input, registry, repositoryPath, tag, digest, normalized
    [
      'a Docker Hub official short name',
      'nginx',
      'docker.io',
      'library/nginx',
      'latest',
      null,
      'docker.io/library/nginx:latest',
    ],
    [
      'an explicit library namespace',
      'library/nginx',
      'docker.io',
      'library/nginx',
      'latest',
      null,
      'docker.io/library/nginx:latest',
    ],
    [
      'a Docker Hub user repository',
      'user/app',
      'docker.io',
      'user/app',
      'latest',
      null,
      'docker.io/user/app:latest',
    ],
    [
      'docker.io with a single component',
      'docker.io/nginx',
      'docker.io',
      'library/nginx',
      'latest',
      null,
      'docker.io/library/nginx:latest',
    ],
    [
      'the legacy index.docker.io host',
      'index.docker.io/nginx',
      'docker.io',
      'library/nginx',
      'latest',
      null,
      'docker.io/library/nginx:latest',
    ],
    [
      'index.docker.io with a namespace and tag',
      'index.docker.io/user/app:1.0',
      'docker.io',
      'user/app',
      '1.0',
      null,
      'docker.io/user/app:1.0',
    ],
    [
      'localhost without a port',
      'localhost/x',
      'localhost',
      'x',
      'latest',
      null,
      'localhost/x:latest',
    ],
    [
      'localhost with a port',
      'localhost:5000/x',
      'localhost:5000',
      'x',
      'latest',
      null,
      'localhost:5000/x:latest',
    ],
    [
      'a host with uppercase letters, kept as written',
      'Foo.com/x',
      'Foo.com',
      'x',
      'latest',
      null,
      'Foo.com/x:latest',
    ],
    [
      'an uppercase first component without a dot, which is a host',
      'FOO/bar',
      'FOO',
      'bar',
      'latest',
      null,
      'FOO/bar:latest',
    ],
    [
      'a host name with a port',
      'registry.example.com:443/team/app:1.0',
      'registry.example.com:443',
      'team/app',
      '1.0',
      null,
      'registry.example.com:443/team/app:1.0',
    ],
    [
      'an IPv4 host with a port',
      '10.0.0.1:5000/a/b',
      '10.0.0.1:5000',
      'a/b',
      'latest',
      null,
      '10.0.0.1:5000/a/b:latest',
    ],
    [
      'an IPv6 host with a port',
      '[::1]:5000/a',
      '[::1]:5000',
      'a',
      'latest',
      null,
      '[::1]:5000/a:latest',
    ],
    [
      'an IPv6 host without a port',
      '[2001:db8::1]/a/b:v2',
      '[2001:db8::1]',
      'a/b',
      'v2',
      null,
      '[2001:db8::1]/a/b:v2',
    ],
    [
      'a deeply nested path',
      'example.com/a/b/c/d/e:1',
      'example.com',
      'a/b/c/d/e',
      '1',
      null,
      'example.com/a/b/c/d/e:1',
    ],
    [
      'the "." separator',
      'a.b',
      'docker.io',
      'library/a.b',
      'latest',
      null,
      'docker.io/library/a.b:latest',
    ],
    [
      'the "_" separator',
      'a_b',
      'docker.io',
      'library/a_b',
      'latest',
      null,
      'docker.io/library/a_b:latest',
    ],
    [
      'the "__" separator',
      'a__b',
      'docker.io',
      'library/a__b',
      'latest',
      null,
      'docker.io/library/a__b:latest',
    ],
    [
      'a run of dashes as separator',
      'a---b',
      'docker.io',
      'library/a---b',
      'latest',
      null,
      'docker.io/library/a---b:latest',
    ],
    [
      'every separator in one component',
      'x/a-b.c_d__e--f',
      'docker.io',
      'x/a-b.c_d__e--f',
      'latest',
      null,
      'docker.io/x/a-b.c_d__e--f:latest',
    ],
    [
      'a name without "/" whose ":5000" is a tag, not a port',
      'localhost:5000',
      'docker.io',
      'library/localhost',
      '5000',
      null,
      'docker.io/library/localhost:5000',
    ],
    [
      'a dotted name without "/", which is a Docker Hub name',
      'test.com:5000',
      'docker.io',
      'library/test.com',
      '5000',
      null,
      'docker.io/library/test.com:5000',
    ],
    [
      'a first component without "." or ":" after which a dotted one follows',
      'foo/foo_bar.com:8080',
      'docker.io',
      'foo/foo_bar.com',
      '8080',
      null,
      'docker.io/foo/foo_bar.com:8080',
    ],
    [
      'a tag of exactly 128 characters',
      `nginx:${TAG_128}`,
      'docker.io',
      'library/nginx',
      TAG_128,
      null,
      `docker.io/library/nginx:${TAG_128}`,
    ],
    [
      'a tag with uppercase letters',
      'lowercase:Uppercase',
      'docker.io',
      'library/lowercase',
      'Uppercase',
      null,
      'docker.io/library/lowercase:Uppercase',
    ],
    [
      'a tag starting with "_"',
      'nginx:_v1.2-rc',
      'docker.io',
      'library/nginx',
      '_v1.2-rc',
      null,
      'docker.io/library/nginx:_v1.2-rc',
    ],
    [
      'a sha256 digest',
      `nginx@sha256:${HEX64}`,
      'docker.io',
      'library/nginx',
      null,
      `sha256:${HEX64}`,
      `docker.io/library/nginx@sha256:${HEX64}`,
    ],
    [
      'a sha384 digest',
      `nginx@sha384:${HEX96}`,
      'docker.io',
      'library/nginx',
      null,
      `sha384:${HEX96}`,
      `docker.io/library/nginx@sha384:${HEX96}`,
    ],
    [
      'a sha512 digest',
      `nginx@sha512:${HEX128}`,
      'docker.io',
      'library/nginx',
      null,
      `sha512:${HEX128}`,
      `docker.io/library/nginx@sha512:${HEX128}`,
    ],
    [
      'a tag and a digest, both kept',
      `example.com/app:1.0@sha256:${HEX64}`,
      'example.com',
      'app',
      '1.0',
      `sha256:${HEX64}`,
      `example.com/app:1.0@sha256:${HEX64}`,
    ],
    [
      'a path of exactly 255 characters',
      `example.com/${'a'.repeat(255)}`,
      'example.com',
      'a'.repeat(255),
      'latest',
      null,
      `example.com/${'a'.repeat(255)}:latest`,
    ],
    [
      'a Docker Hub name of 255 characters with "library/"',
      'a'.repeat(247),
      'docker.io',
      `library/${'a'.repeat(247)}`,
      'latest',
      null,
      `docker.io/library/${'a'.repeat(247)}:latest`,
    ],
    [
      'a dotted first component with "_", which distribution reads as a path and runtimes as the host',
      'my_registry.example.com/app',
      'my_registry.example.com',
      'app',
      'latest',
      null,
      'my_registry.example.com/app:latest',
    ],
  ])('accepts %s: %j', (_name, input, registry, repositoryPath, tag, digest, normalized) => {
    const reference = parseImageReference(input);
    expect(reference).toMatchObject({
      reference: input,
      registry,
      repositoryPath,
      tag,
      digest,
      normalized,
    });
    expect(reference.repository).toBe(`${registry}/${repositoryPath}`);
  });
});

describe('parseImageReference: decisions of distribution/reference on its own test vectors', () => {
  it.each([
    ['docker/docker', true],
    ['library/debian', true],
    ['debian', true],
    ['docker.io/docker/docker', true],
    ['docker.io/library/debian', true],
    ['index.docker.io/docker/docker', true],
    ['127.0.0.1:5000/docker/docker', true],
    ['127.0.0.1:5000/debian', true],
    ['192.168.0.1', true],
    ['192.168.0.1:80', true],
    ['192.168.0.1:8/debian', true],
    ['192.168.0.2:25000/debian', true],
    ['[fc00::1]:5000/docker', true],
    ['[fc00:1:2:3:4:5:6:7]:5000/library/debian', true],
    ['docker.io/docker/docker:tag', true],
    [`localhost:5000/foo/bar@sha256:${HEX64}`, true],
    ['https://github.com/docker/docker', false],
    ['docker/Docker', false],
    ['-docker', false],
    ['-docker/docker', false],
    ['-docker.io/docker/docker', false],
    ['docker///docker', false],
    ['docker.io/docker/Docker', false],
    ['docker.io/docker///docker', false],
    ['[fc00::1]', false],
    ['[fc00::1]:5000', false],
    ['fc00::1:5000/debian', false],
    ['[fe80::1%eth0]:5000/debian', false],
    ['[2001:db8:3:4::192.0.2.33]:5000/debian', false],
    [HEX64, false],
    [`foo/${HEX64}`, true],
  ])('%j is accepted: %s', (input, accepted) => {
    if (accepted) expect(() => parseImageReference(input)).not.toThrow();
    else expect(appErrorOf(() => parseImageReference(input)).code).toBe('INVALID_REFERENCE');
  });
});

describe('parseImageReference: invalid references say what is wrong', () => {
  it.each([
    [
      'uppercase in the repository path',
      'docker.io/Library/nginx',
      ['must be lowercase', 'Write "library/nginx"'],
    ],
    ['uppercase in a short name', 'Nginx', ['must be lowercase']],
    [
      'a tag of 129 characters',
      `nginx:${TAG_128}x`,
      ['tag is 129 characters long', 'limit is 128'],
    ],
    [
      'a sha256 digest with 63 hex digits',
      `nginx@sha256:${HEX64.slice(1)}`,
      ['63 hex digits', 'exactly 64'],
    ],
    [
      'a sha512 digest with 127 hex digits',
      `nginx@sha512:${HEX128.slice(1)}`,
      ['127 hex digits', 'exactly 128'],
    ],
    [
      'a sha256 digest in uppercase hex',
      `nginx@sha256:${HEX64.toUpperCase()}`,
      ['digest hex must be lowercase', HEX64],
    ],
    [
      'an uppercase digest algorithm',
      `nginx:1@SHA256:${HEX64}`,
      ['algorithm must be lowercase', '"sha256"'],
    ],
    [
      'an unknown digest algorithm',
      `nginx@md5:${'a'.repeat(32)}`,
      ['unsupported digest algorithm "md5"', 'sha256'],
    ],
    ['an unknown algorithm with a short hex part', 'nginx@foo:abc', ['at least 32']],
    ['a malformed digest algorithm', `nginx@1sha:${HEX64}`, ['not well-formed']],
    ['a digest without an algorithm', `nginx@${HEX64}`, ['has no algorithm']],
    [
      'a digest with a non-hex character',
      `nginx@sha256:${HEX64.slice(1)}g`,
      ['"g"', 'not a hexadecimal digit'],
    ],
    [
      'an https:// URL scheme',
      'https://gcr.io/proj/app',
      [
        'must not contain a URL scheme',
        '"https://"',
        'Write it without the scheme: "gcr.io/proj/app"',
      ],
    ],
    ['a docker:// transport prefix', 'docker://nginx', ['URL scheme', '"docker://"']],
    ['an empty string', '', ['the reference is empty']],
    ['only whitespace', '  \t', ['the reference is empty']],
    ['a trailing newline', 'nginx\n', ['whitespace at position 5']],
    ['a space inside', 'nginx :1', ['whitespace at position 5']],
    ['a bare 64-hex image ID', HEX64, ['cannot specify 64-byte hexadecimal strings', 'image ID']],
    ['an empty path component', 'a//b', ['empty component', '"//"']],
    ['a trailing "/"', 'a/', ['ends with "/"']],
    ['a leading "/"', '/a', ['starts with "/"']],
    [
      'a host followed by nothing',
      'example.com/',
      ['repository path is missing after the registry host "example.com"'],
    ],
    ['only a tag', ':tag', ['repository name is missing']],
    ['only a digest', `@sha256:${HEX64}`, ['repository name is missing']],
    ['"@" without a digest', 'nginx@', ['"@" is not followed by a digest']],
    ['":" without a tag', 'nginx:', ['":" is not followed by a tag']],
    ['two digests', `nginx@sha256:${HEX64}@sha256:${HEX64}`, ['more than one "@"']],
    ['two tags', 'nginx:1:2', ['tag "1:2" contains ":"']],
    ['a tag starting with "."', 'nginx:.v1', ['must start with a letter, digit or "_"']],
    ['a character not allowed in a tag', 'nginx:v1+2', ['character "+" is not allowed in the tag']],
    ['a non-ASCII character in a tag', 'nginx:versión', ['U+00F3']],
    ['an IPv6 zone id', '[fe80::1%eth0]/a', ['zone id']],
    ['an IPv6 host without "]"', '[::1/a', ['no closing "]"']],
    ['an IPv6 host without brackets', 'fe80::1/a', ['more than one ":"', 'in brackets']],
    ['a port without a host', ':5000/a', ['registry host is missing']],
    ['a non-numeric port', 'localhost:abc/x', ['port "abc"', 'not a number']],
    [
      'a host name with "_" and uppercase',
      'My_Host.com/x',
      ['character "_" is not allowed in the registry host'],
    ],
    ['a host label starting with "-"', '-foo.com/x', ['starts or ends with "-"']],
    ['an empty host label', 'foo..com/x', ['empty label']],
    ['three underscores in a row', 'a___b', ['3 underscores in a row']],
    ['a component ending with a separator', 'a-/b', ['"a-" ends with the separator "-"']],
    [
      'a component starting with a separator',
      '_a',
      ['must start with a lowercase letter or digit'],
    ],
    ['two different separators in a row', 'a.-b', ['combines separators', '".-"']],
    [
      'a character not allowed in the path',
      'a!b',
      ['character "!" is not allowed in the path component "a!b"'],
    ],
    [
      'a path of 256 characters',
      `example.com/${'a'.repeat(256)}`,
      ['must not be more than 255 characters', 'has 256'],
    ],
    [
      'a Docker Hub name of 256 characters with "library/"',
      'a'.repeat(248),
      ['must not be more than 255 characters', 'has 256'],
    ],
    [
      'a dotted first component with "_" counted in the 255 limit, as distribution reads it as path',
      `my_reg.example.com/${'a'.repeat(240)}`,
      ['must not be more than 255 characters', 'has 259'],
    ],
    ['an input over the length bound', 'a'.repeat(5000), ['5000 characters long', 'limit is 4096']],
  ])('rejects %s', (_name, input, words) => {
    const error = appErrorOf(() => parseImageReference(input));
    expect(error).toMatchObject({ code: 'INVALID_REFERENCE', status: 400, path: ['reference'] });
    expect(error.message).toContain(JSON.stringify(input).slice(0, 100));
    for (const word of words) expect(error.message).toContain(word);
  });

  it('puts the pointer it is given on the error, for batch items', () => {
    const error = appErrorOf(() => parseImageReference('Nginx', { path: ['references', 7] }));
    expect(error.path).toEqual(['references', 7]);
  });
});

describe('parseImageReference: warnings', () => {
  it.each([
    [
      'neither tag nor digest',
      'nginx',
      ['IMPLICIT_LATEST_TAG', 'MUTABLE_TAG', 'NOT_ARTIFACT_REGISTRY', 'DOCKER_HUB_RATE_LIMITS'],
    ],
    [
      'an explicit tag on Docker Hub',
      'nginx:1.27',
      ['MUTABLE_TAG', 'NOT_ARTIFACT_REGISTRY', 'DOCKER_HUB_RATE_LIMITS'],
    ],
    ['a digest on another registry', `quay.io/org/app@sha256:${HEX64}`, ['NOT_ARTIFACT_REGISTRY']],
    [
      'a tag and a digest',
      `quay.io/org/app:v1@sha256:${HEX64}`,
      ['TAG_IGNORED_WITH_DIGEST', 'NOT_ARTIFACT_REGISTRY'],
    ],
    [
      'a digest in Artifact Registry',
      `us-docker.pkg.dev/my-project/my-repo/app@sha256:${HEX64}`,
      [],
    ],
    ['a tag in Artifact Registry', 'us-docker.pkg.dev/my-project/my-repo/app:v1', ['MUTABLE_TAG']],
    ['a gcr.io host', 'gcr.io/my-project/app:v1', ['MUTABLE_TAG', 'CONTAINER_REGISTRY_HOST']],
  ])('warns about %s', (_name, input, codes) => {
    const { warnings } = parseImageReference(input);
    expect(warnings.map((warning) => warning.code)).toEqual(codes);
    for (const warning of warnings) {
      const text = textOf(warning);
      expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(text.length).toBeGreaterThan(20);
    }
  });

  it('names the tag and the digest when the tag will be ignored', () => {
    const [warning] = parseImageReference(`example.com/app:v1@sha256:${HEX64}`).warnings;
    expect(textOf(warning)).toContain('"v1"');
    expect(textOf(warning)).toContain(`sha256:${HEX64}`);
  });

  it('names the Artifact Registry repository that serves a gcr.io name', () => {
    const warning = parseImageReference('eu.gcr.io/my-project/app:v1').warnings.find(
      (w) => w.code === 'CONTAINER_REGISTRY_HOST',
    );
    expect(textOf(warning)).toContain('"eu.gcr.io" in location "europe" of project "my-project"');
  });
});

describe('parseImageReference: commands', () => {
  it.each([
    [
      'a Docker Hub short name',
      'nginx',
      'kubectl run nginx --image=docker.io/library/nginx:latest',
      'crictl pull docker.io/library/nginx:latest',
    ],
    [
      'a nested Artifact Registry image',
      'us-docker.pkg.dev/my-project/my-repo/team/web_app.v2:1',
      'kubectl run web-app-v2 --image=us-docker.pkg.dev/my-project/my-repo/team/web_app.v2:1',
      'crictl pull us-docker.pkg.dev/my-project/my-repo/team/web_app.v2:1',
    ],
    [
      'separators collapsed in the pod name',
      'a__b---c',
      'kubectl run a-b-c --image=docker.io/library/a__b---c:latest',
      'crictl pull docker.io/library/a__b---c:latest',
    ],
    [
      'an IPv6 host, quoted against shell globbing',
      '[::1]:5000/app',
      "kubectl run app --image='[::1]:5000/app:latest'",
      "crictl pull '[::1]:5000/app:latest'",
    ],
    [
      'a digest',
      `example.com/app@sha256:${HEX64}`,
      `kubectl run app --image=example.com/app@sha256:${HEX64}`,
      `crictl pull example.com/app@sha256:${HEX64}`,
    ],
  ])('gives ready commands for %s', (_name, input, kubectlRun, crictlPull) => {
    expect(parseImageReference(input).commands).toEqual({ kubectlRun, crictlPull });
  });

  it('cuts the pod name to a 63-character DNS-1123 label', () => {
    const name = `${'a'.repeat(62)}-b${'c'.repeat(30)}`;
    const { kubectlRun } = parseImageReference(`example.com/${name}`).commands;
    const podName = kubectlRun.split(' ')[2] as string;
    expect(podName).toBe('a'.repeat(62));
    expect(podName).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
  });
});
