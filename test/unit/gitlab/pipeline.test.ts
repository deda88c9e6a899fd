import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { COMPONENTS, componentInputs, includeInputs, renderComponent, renderIncludes } from '../../../src/gitlab/component.js';
import { docToObject, type Job, type VariableValue } from '../../../src/gitlab/model.js';
import { type GitlabOptions, MODES, resolveOptions } from '../../../src/gitlab/options.js';
import { generatePipeline, renderPipeline } from '../../../src/gitlab/pipeline.js';
import { SETTINGS } from '../../../src/gitlab/settings.js';
import { staleTemplates } from '../../../src/gitlab/templates.js';

const jobNames = (o: GitlabOptions) => Object.keys(generatePipeline(o).jobs);

describe('pipeline layout per mode', () => {
  it.each([
    [{ mode: 'buildx' }, ['image-build']],
    [{ mode: 'native' }, ['image-build-linux-amd64', 'image-build-linux-arm64', 'image-merge']],
    [{ mode: 'kaniko' }, ['image-build-linux-amd64', 'image-build-linux-arm64', 'image-merge']],
    [{ mode: 'buildah' }, ['image-build']],
    [{ mode: 'buildah', buildahStrategy: 'native' }, ['image-build-linux-amd64', 'image-build-linux-arm64', 'image-merge']],
    [{ mode: 'buildkit' }, ['image-build']],
    [{ mode: 'buildx', mirror: [{ source: 'alpine:3.20' }] }, ['image-mirror', 'image-build']],
    [{ mode: 'native', jobPrefix: 'app', platforms: ['linux/arm/v7'], runnerTags: { 'linux/arm/v7': ['pi'] } }, ['app-build-linux-arm-v7', 'app-merge']],
  ] as [GitlabOptions, string[]][])('%o -> %o', (o, names) => {
    expect(jobNames(o)).toEqual(names);
  });

  it('per-arch jobs carry their platform and runner tags; merge needs only the builds', () => {
    const doc = generatePipeline({ mode: 'native', runnerTags: { 'linux/arm64': ['arm', 'big'] }, mirror: [{ source: 'a/b:1' }] });
    expect(doc.jobs['image-build-linux-amd64']?.tags).toEqual(['saas-linux-small-amd64']);
    expect(doc.jobs['image-build-linux-arm64']?.tags).toEqual(['arm', 'big']);
    expect(doc.jobs['image-build-linux-arm64']?.variables?.GENCI_PLATFORM).toBe('linux/arm64');
    expect(doc.jobs['image-merge']?.needs).toEqual(['image-build-linux-amd64', 'image-build-linux-arm64']);
    expect(doc.jobs['image-mirror']?.stage).toBe('.pre');
  });

  it('buildx job: dind service, TLS variables, optional MTU', () => {
    const job = generatePipeline({ mode: 'buildx', dindMtu: 1400 }).jobs['image-build'] as Job;
    expect(job.image).toBe('docker:28-cli');
    expect(job.services).toEqual([{ name: 'docker:28-dind', alias: 'docker', command: ['--mtu=1400'] }]);
    expect(job.variables).toMatchObject({ DOCKER_HOST: 'tcp://docker:2376', DOCKER_TLS_CERTDIR: '/certs' });
    expect(generatePipeline({ mode: 'buildx' }).jobs['image-build']?.services?.[0]?.command).toBeUndefined();
  });

  it('kaniko uses the -debug image with an empty entrypoint, manifest-tool an alpine image', () => {
    const doc = generatePipeline({ mode: 'kaniko', images: { kaniko: 'my/kaniko:debug' } });
    expect(doc.jobs['image-build-linux-amd64']?.image).toEqual({ name: 'my/kaniko:debug', entrypoint: [''] });
    expect(doc.jobs['image-merge']?.image).toEqual({ name: 'mplatform/manifest-tool:alpine-v2.2.0', entrypoint: [''] });
  });

  it('stages are emitted only when not GitLab defaults', () => {
    expect(generatePipeline({ mode: 'native' }).stages).toBeUndefined();
    expect(generatePipeline({ mode: 'native', stage: 'images', mergeStage: 'publish' }).stages).toEqual(['images', 'publish']);
  });

  it.each([
    [{ mode: 'nope' }, /unknown mode/],
    [{ mode: 'native', platforms: ['linux/riscv64'] }, /no runner tags for linux\/riscv64.*--runner-tag/],
    [{ mode: 'buildx', platforms: ['linux/sparc'] }, /invalid platform/],
    [{ mode: 'buildx', platforms: [] }, /no platforms/],
    [{ mode: 'buildx', tags: ['a,b'] }, /comma/],
    [{ mode: 'buildx', tags: ['a\nb'] }, /line break/],
    [{ mode: 'buildx', buildArgs: ['NOVALUE'] }, /NAME=VALUE/],
    [{ mode: 'buildx', buildArgs: ['BAD-NAME=1'] }, /NAME=VALUE/],
    [{ mode: 'buildx', buildArgs: ['A=1\n2'] }, /line break/],
    [{ mode: 'buildx', registryUserVariable: 'X; rm' }, /variable name/],
    [{ mode: 'buildx', jobPrefix: 'a b' }, /job prefix/],
    [{ mode: 'buildx', dindMtu: 10 }, /MTU/],
    [{ mode: 'buildx', mirror: [{ source: 'a b' }] }, /mirror source/],
  ] as [GitlabOptions, RegExp][])('rejects %o', (o, re) => {
    expect(() => generatePipeline(o)).toThrow(re);
  });

  it('platform aliases are normalised and de-duplicated', () => {
    expect(resolveOptions({ mode: 'buildx', platforms: ['amd64,x86_64', 'aarch64', 'armhf'] }).platforms.map((p) => [p.architecture, p.variant])).toEqual([
      ['amd64', undefined],
      ['arm64', undefined],
      ['arm', 'v7'],
    ]);
  });
});

describe('YAML: every value parses back to exactly itself', () => {
  const nasty = [
    'a$(id)',
    'x;y',
    '"dq"',
    "'sq'",
    'line1\nline2',
    '# not a comment',
    'a #b',
    ': colon',
    '- dash',
    '*alias',
    '&anchor',
    '!tag',
    '{flow}',
    '[seq]',
    '@at',
    '`bt`',
    'true',
    'null',
    '0x10',
    '1e3',
    '~',
    ' lead',
    'trail ',
    'tab\there',
    '\\back',
    '$$CI_X',
    '${HOME}',
    'ünï',
    '%percent',
    '|pipe',
    '>fold',
  ];
  const value = (v: VariableValue | undefined) => (typeof v === 'string' ? v : v?.value);

  it.each(MODES)('%s: hostile values survive the YAML round trip', (mode) => {
    for (const h of nasty) {
      const o: GitlabOptions = {
        mode,
        image: `img${h}`,
        tags: [`t${h.replace(/[,\n]/g, '_')}`],
        context: h,
        dockerfile: `d${h}`,
        buildArgs: [`A=${h.replace(/\n/g, ' ')}`],
        cacheRef: `c${h}`,
        archTagPrefix: `p${h.replace(/[,\n]/g, '_')}`,
        registry: `r${h}`,
        mirror: [{ source: 's', destination: `d${h.replace(/[=\s]/g, '_')}` }],
      };
      const text = renderPipeline(o);
      const parsed = load(text) as Record<string, Job>;
      expect(parsed).toEqual(docToObject(generatePipeline(o)));
      for (const job of Object.values(parsed)) {
        const v = job.variables ?? {};
        if ('GENCI_IMAGE' in v) expect(value(v.GENCI_IMAGE)).toBe(`img${h}`);
        if ('GENCI_CONTEXT' in v) expect(value(v.GENCI_CONTEXT)).toBe(h);
        if ('GENCI_BUILD_ARGS' in v) expect(value(v.GENCI_BUILD_ARGS)).toBe(`A=${h.replace(/\n/g, ' ')}`);
        if ('GENCI_REGISTRY' in v) expect(value(v.GENCI_REGISTRY)).toBe(`r${h}`);
        // a value with "$" is marked expand: false, so GitLab passes it on untouched
        for (const [k, x] of Object.entries(v)) {
          if (k.startsWith('GENCI_') && typeof x === 'string' && x.includes('$') && !/^\$CI_[A-Z_]+$/.test(x)) throw new Error(`${k}=${x} would be expanded`);
        }
      }
    }
  });

  it('no user value ever appears in a script', () => {
    const marker = 'MARKER_q9z';
    const o: GitlabOptions = { mode: 'kaniko', image: marker, tags: [marker], context: marker, buildArgs: [`A=${marker}`], registry: marker };
    for (const job of Object.values(generatePipeline(o).jobs)) expect(job.script.join('\n')).not.toContain(marker);
  });
});

describe('components', () => {
  it('templates/ is fresh (regenerate with: npx vite-node scripts/gen-templates.ts)', () => {
    expect(staleTemplates('templates')).toEqual([]);
  });

  it.each(COMPONENTS)('%s: every interpolated input is declared, every declared input is used', (name) => {
    const text = renderComponent(name);
    const [header, body] = text.split('\n---\n') as [string, string];
    const declared = Object.keys((load(header) as { spec: { inputs: Record<string, unknown> } }).spec.inputs).sort();
    const used = [...new Set([...body.matchAll(/\$\[\[ inputs\.([\w-]+) \]\]/g)].map((m) => m[1] as string))].sort();
    expect(used).toEqual(declared);
    expect(componentInputs(name)).toEqual((load(header) as { spec: { inputs: unknown } }).spec.inputs);
  });

  it('include inputs carry only what differs from the defaults', () => {
    const o = resolveOptions({ mode: 'native', image: 'reg/app$x', tags: ['1.0', 'latest'], runnerTags: { 'linux/arm64': ['my-arm'] }, dindMtu: 1400 });
    expect(includeInputs('native', o)).toEqual({
      image: 'reg/app$x',
      tags: '1.0\nlatest',
      matrix: [
        { GENCI_PLATFORM: 'linux/amd64', GENCI_RUNNER_TAG: 'saas-linux-small-amd64' },
        { GENCI_PLATFORM: 'linux/arm64', GENCI_RUNNER_TAG: 'my-arm' },
      ],
      dind_mtu: 1400,
      expand_variables: false,
    });
    expect(includeInputs('buildah', resolveOptions({ mode: 'buildah' }))).toEqual({});
  });

  it('renders an include: component file', () => {
    const text = renderIncludes(
      { mode: 'kaniko', mirror: [{ source: 'alpine:3.20' }], cache: false },
      { project: '$CI_SERVER_FQDN/g/gen-ci', version: '1.2.3' },
    );
    expect(load(text)).toEqual({
      include: [
        { component: '$CI_SERVER_FQDN/g/gen-ci/mirror@1.2.3', inputs: { images: 'alpine:3.20' } },
        { component: '$CI_SERVER_FQDN/g/gen-ci/kaniko@1.2.3', inputs: { cache: false } },
      ],
    });
  });

  it('every setting has a distinct variable and input', () => {
    const vars = Object.values(SETTINGS).map((s) => s.variable);
    expect(new Set(vars).size).toBe(vars.length);
  });
});
