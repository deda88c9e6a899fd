import { describe, expect, it } from 'vitest';
import { annotationAttrs, type BuildctlOptions, buildctlArgs, buildctlEnv, csvField, parseCsvRecord } from '../../src/core/buildctl.js';
import { UsageError } from '../../src/core/errors.js';
import { parsePlatformList } from '../../src/core/platform.js';

const base: BuildctlOptions = {
  platforms: parsePlatformList('linux/amd64,linux/arm64'),
  context: 'app',
  tags: ['127.0.0.1:5000/app:1'],
  labels: [],
  buildArgs: [],
  secretFiles: {},
  push: true,
  outputs: [],
  cache: 'none',
  cacheFrom: [],
  cacheTo: [],
  provenance: 'false',
  sbom: 'false',
  metadataFile: '/tmp/m.json',
};

// the fixed head of every build: progress, frontend, context and Dockerfile, platforms
const HEAD = [
  'build', '--progress', 'plain', '--frontend', 'dockerfile.v0',
  '--local', 'context=app', '--local', 'dockerfile=app', '--opt', 'filename=Dockerfile',
  '--opt', 'platform=linux/amd64,linux/arm64',
];
const PUSH = ['--output', 'type=image,name=127.0.0.1:5000/app:1,push=true'];
const META = ['--metadata-file', '/tmp/m.json'];
const env = { FROM_ENV: 'e v', EMPTY: '' };

describe('buildctlArgs', () => {
  it.each<[string, Partial<BuildctlOptions>, string[]]>([
    ['defaults: one tag pushed', {}, [...HEAD, ...PUSH, ...META]],
    ['addr goes before the subcommand', { addr: 'tcp://127.0.0.1:1234' }, ['--addr', 'tcp://127.0.0.1:1234', ...HEAD, ...PUSH, ...META]],
    [
      '--file: its directory and base name, relative to the working directory',
      { file: 'docker/prod.Dockerfile' },
      [...HEAD.slice(0, 7), '--local', 'dockerfile=docker', '--opt', 'filename=prod.Dockerfile', ...HEAD.slice(11), ...PUSH, ...META],
    ],
    [
      'a bare Dockerfile name lives in the working directory',
      { file: 'Dockerfile.ci', context: '.' },
      ['build', '--progress', 'plain', '--frontend', 'dockerfile.v0', '--local', 'context=.', '--local', 'dockerfile=.', '--opt', 'filename=Dockerfile.ci', ...HEAD.slice(11), ...PUSH, ...META],
    ],
    ['one platform', { platforms: parsePlatformList('linux/arm/v7') }, [...HEAD.slice(0, 11), '--opt', 'platform=linux/arm/v7', ...PUSH, ...META]],
    ['target', { target: 'runtime' }, [...HEAD, '--opt', 'target=runtime', ...PUSH, ...META]],
    ['labels (a bare key is an empty value)', { labels: ['a=b c', 'org.x=1=2', 'bare'] }, [...HEAD, '--opt', 'label:a=b c', '--opt', 'label:org.x=1=2', '--opt', 'label:bare=', ...PUSH, ...META]],
    [
      'build args: values kept as they are, bare names from env, unknown bare names left out',
      { buildArgs: ['X=1;rm -rf /', 'FROM_ENV', 'EMPTY', 'MISSING', 'Y=a,b'] },
      [...HEAD, '--opt', 'build-arg:X=1;rm -rf /', '--opt', 'build-arg:FROM_ENV=e v', '--opt', 'build-arg:EMPTY=', '--opt', 'build-arg:Y=a,b', ...PUSH, ...META],
    ],
    ['a repeated build arg: the last wins', { buildArgs: ['X=1', 'X=2'] }, [...HEAD, '--opt', 'build-arg:X=2', ...PUSH, ...META]],
    ['SOURCE_DATE_EPOCH as a build arg', { sourceDateEpoch: 1700000000 }, [...HEAD, '--opt', 'build-arg:SOURCE_DATE_EPOCH=1700000000', ...PUSH, ...META]],
    ['an explicit SOURCE_DATE_EPOCH build arg wins', { sourceDateEpoch: 1700000000, buildArgs: ['SOURCE_DATE_EPOCH=0'] }, [...HEAD, '--opt', 'build-arg:SOURCE_DATE_EPOCH=0', ...PUSH, ...META]],
    ['provenance true is buildx’s mode=min; sbom true is BuildKit’s default scanner', { provenance: 'true', sbom: 'true' }, [...HEAD, '--opt', 'attest:provenance=mode=min', '--opt', 'attest:sbom=', ...PUSH, ...META]],
    ['attestation values pass through', { provenance: 'mode=max', sbom: 'generator=example/scanner:1' }, [...HEAD, '--opt', 'attest:provenance=mode=max', '--opt', 'attest:sbom=generator=example/scanner:1', ...PUSH, ...META]],
    [
      'secret files (a path with a comma is quoted)',
      { secretFiles: { npm: '/tmp/s/npm', odd: '/tmp/a,b' } },
      [...HEAD, '--secret', 'id=npm,src=/tmp/s/npm', '--secret', 'id=odd,"src=/tmp/a,b"', ...PUSH, ...META],
    ],
    [
      'cache: registry, derived from the first tag',
      { cache: 'registry' },
      [...HEAD, '--import-cache', 'type=registry,ref=127.0.0.1:5000/app:buildcache', '--export-cache', 'type=registry,ref=127.0.0.1:5000/app:buildcache,mode=max', ...PUSH, ...META],
    ],
    [
      'cache: local, rotated through DIR.new',
      { cache: 'local', localCacheDir: '/c' },
      [...HEAD, '--import-cache', 'type=local,src=/c', '--export-cache', 'type=local,dest=/c.new,mode=max', ...PUSH, ...META],
    ],
    [
      'explicit cache values win over the shorthand, gha with url and token too',
      { cache: 'gha', cacheFrom: ['type=gha,url=http://c/,token=t'], cacheTo: ['type=inline'] },
      [...HEAD, '--import-cache', 'type=gha,url=http://c/,token=t', '--export-cache', 'type=inline', ...PUSH, ...META],
    ],
    [
      'several tags: one name= field, quoted as a CSV field',
      { tags: ['127.0.0.1:5000/app:1', '127.0.0.1:5000/app:latest'] },
      [...HEAD, '--output', 'type=image,"name=127.0.0.1:5000/app:1,127.0.0.1:5000/app:latest",push=true', ...META],
    ],
    ['tags without push: an image output that is not pushed', { push: false }, [...HEAD, '--output', 'type=image,name=127.0.0.1:5000/app:1', ...META]],
    ['no tags, no push, no outputs: no --output (a cache-only build)', { push: false, tags: [] }, [...HEAD, ...META]],
    [
      'push by digest into a repository',
      { tags: [], pushByDigest: '127.0.0.1:5000/app' },
      [...HEAD, '--output', 'type=image,name=127.0.0.1:5000/app,push-by-digest=true,name-canonical=true,push=true', ...META],
    ],
    [
      'annotations: index, manifest, both, per platform, unprefixed',
      { annotations: ['index:org.opencontainers.image.title=T', 'manifest:a=1', 'index,manifest:b=x,y', 'manifest[linux/arm64]:c=3', 'd=4'] },
      [
        ...HEAD,
        '--output',
        'type=image,name=127.0.0.1:5000/app:1,push=true,annotation-index.org.opencontainers.image.title=T,annotation-manifest.a=1,"annotation-index.b=x,y","annotation-manifest.b=x,y",annotation-manifest[linux/arm64].c=3,annotation.d=4',
        ...META,
      ],
    ],
    [
      'user outputs: passed through, tags become the image name, annotations added',
      { outputs: ['type=image,push=true,oci-mediatypes=true', 'type=local,dest=out'], annotations: ['index:k=v'] },
      [...HEAD, '--output', 'type=image,push=true,oci-mediatypes=true,name=127.0.0.1:5000/app:1,annotation-index.k=v', '--output', 'type=local,dest=out', ...META],
    ],
    [
      'user outputs: buildx shorthands (registry, a bare path)',
      { tags: [], push: false, outputs: ['type=registry,name=r/x:1', 'dist'] },
      [...HEAD, '--output', 'type=image,name=r/x:1,push=true', '--output', 'type=local,dest=dist', ...META],
    ],
    ['user outputs: a quoted field stays one field', { tags: [], push: false, outputs: ['type=oci,"dest=/tmp/a,b.tar"'] }, [...HEAD, '--output', 'type=oci,"dest=/tmp/a,b.tar"', ...META]],
    [
      'a combination: split leg with cache, labels, args, secret, attestations and SOURCE_DATE_EPOCH',
      {
        addr: 'unix:///run/buildkit/buildkitd.sock',
        platforms: parsePlatformList('linux/arm64'),
        tags: [],
        pushByDigest: '127.0.0.1:5000/app',
        cache: 'registry',
        cacheSuffix: 'linux-arm64',
        labels: ['l=1'],
        buildArgs: ['V=2'],
        secretFiles: { tok: '/s/tok' },
        provenance: 'mode=max',
        sbom: 'true',
        sourceDateEpoch: 0,
        annotations: ['manifest:m=1'],
        target: 't',
      },
      [
        '--addr', 'unix:///run/buildkit/buildkitd.sock', ...HEAD.slice(0, 11), '--opt', 'platform=linux/arm64', '--opt', 'target=t',
        '--opt', 'label:l=1', '--opt', 'build-arg:V=2', '--opt', 'build-arg:SOURCE_DATE_EPOCH=0',
        '--opt', 'attest:provenance=mode=max', '--opt', 'attest:sbom=', '--secret', 'id=tok,src=/s/tok',
        '--import-cache', 'type=registry,ref=127.0.0.1:5000/app:buildcache-linux-arm64',
        '--export-cache', 'type=registry,ref=127.0.0.1:5000/app:buildcache-linux-arm64,mode=max',
        '--output', 'type=image,name=127.0.0.1:5000/app,push-by-digest=true,name-canonical=true,push=true,annotation-manifest.m=1',
        ...META,
      ],
    ],
    ['no metadata file: no flag', { metadataFile: '' }, [...HEAD, ...PUSH]],
  ])('%s', (_name, over, want) => {
    expect(buildctlArgs({ ...base, ...over }, env)).toEqual(want);
  });

  it.each<[string, Partial<BuildctlOptions> & { load?: boolean; ociLayout?: string }, RegExp]>([
    ['load', { load: true }, /buildctl cannot load an image into Docker/],
    ['an OCI layout detour', { ociLayout: '/tmp/l' }, /OCI layout detour is for the docker driver only/],
    ['no platforms', { platforms: [] }, /at least one platform/],
    ['push without tags', { tags: [] }, /push: true needs at least one tag/],
    ['a bad tag', { tags: ['App:1'] }, /is not a valid image reference/],
    ['push by digest into a tagged reference', { tags: [], pushByDigest: '127.0.0.1:5000/app:1' }, /must be a repository without tag or digest/],
    ['a bad build-arg name', { buildArgs: ['1X=2'] }, /build-args: "1X" is not NAME=value/],
    ['a fractional SOURCE_DATE_EPOCH', { sourceDateEpoch: 1.5 }, /SOURCE_DATE_EPOCH: 1.5 is not a whole number/],
    ['gha cache without explicit values', { cache: 'gha' }, /cache: gha needs the Actions cache URL and token/],
    ['an explicit gha cache without url', { cacheTo: ['type=gha,mode=max'] }, /cache-to: "type=gha,mode=max": a gha cache needs url= and token=/],
    ['a local cache without a directory', { cache: 'local' }, /cache: local needs a cache directory/],
    ['a remote context', { context: 'https://github.com/o/r.git' }, /is not a local directory/],
    ['a context on stdin', { context: '-' }, /is not a local directory/],
    ['a Dockerfile on stdin', { file: '-' }, /Dockerfile on standard input/],
    ['an exporter BuildKit does not know', { outputs: ['type=cacheonly'] }, /type=cacheonly is buildx-only/],
    ['an unknown exporter', { outputs: ['type=s3,dest=x'] }, /"s3" is not an exporter BuildKit knows/],
    ['an output without type', { outputs: ['dest=x,name=y'] }, /has no type=/],
    ['docker without dest (buildx would load it)', { outputs: ['type=docker'] }, /type=docker needs dest= with buildctl/],
    ['a tar on stdout', { outputs: ['-'] }, /a tar on standard output/],
    ['a quote inside an output field', { outputs: ['type=image,name="a,b"'] }, /quote inside a field/],
    ['an unterminated quote', { outputs: ['type=image,"name=a'] }, /unterminated quote/],
    ['an annotation without a value', { annotations: ['index:k'] }, /annotations: "index:k" is not \[LEVEL:\]KEY=VALUE/],
    ['an unknown annotation level', { annotations: ['config:k=v'] }, /"config" in "config:k=v" is not index/],
    ['a platform on an index annotation', { annotations: ['index[linux/amd64]:k=v'] }, /a platform applies to manifest annotations only/],
  ])('rejects %s with a UsageError', (_name, over, why) => {
    const run = () => buildctlArgs({ ...base, ...over } as BuildctlOptions, env);
    expect(run).toThrow(UsageError);
    expect(run).toThrow(why);
  });

  it('takes bare build-arg names from process.env by default', () => {
    process.env.GENCI_BUILDCTL_TEST_ARG = 'from-process';
    try {
      expect(buildctlArgs({ ...base, buildArgs: ['GENCI_BUILDCTL_TEST_ARG'] })).toContain('build-arg:GENCI_BUILDCTL_TEST_ARG=from-process');
    } finally {
      delete process.env.GENCI_BUILDCTL_TEST_ARG;
    }
  });

  it('needs no environment of its own: SOURCE_DATE_EPOCH is in argv', () => {
    expect(buildctlEnv({ sourceDateEpoch: 5, provenance: 'false', sbom: 'false' })).toEqual({});
  });
});

describe('CSV fields as Go’s encoding/csv reads them', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    [' lead', '" lead"'],
  ])('%j -> %j', (value, want) => {
    expect(csvField(value)).toBe(want);
    expect(parseCsvRecord(want, 't')).toEqual([value]);
  });

  it('splits a record into fields, quoted or not', () => {
    expect(parseCsvRecord('type=image,"name=a,b",,push=true', 't')).toEqual(['type=image', 'name=a,b', '', 'push=true']);
  });

  it('annotation attributes keep the value after the first =', () => {
    expect(annotationAttrs(['manifest-descriptor:k=a=b', 'index-descriptor:x='])).toEqual([
      ['annotation-manifest-descriptor.k', 'a=b'],
      ['annotation-index-descriptor.x', ''],
    ]);
  });
});
