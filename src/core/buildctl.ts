// `buildctl build` (plain BuildKit, no Docker) from the same options as `docker buildx build`.
// Each BuildOptions field means here what it means to buildx; the translations follow BuildKit
// v0.13's own parsers (cmd/buildctl/build, frontend/dockerui, exporter/containerimage/exptypes):
//   --file F            → --local dockerfile=<dir of F> --opt filename=<base of F> (F relative to the
//                         working directory, as buildx reads it; default <context>/Dockerfile)
//   context             → --local context=<dir> (a local directory only)
//   platforms           → one --opt platform=a,b
//   target / labels     → --opt target=T / --opt label:K=V
//   build args          → --opt build-arg:K=V; a bare NAME takes its value from `env` (docker's rule),
//                         and is left out when `env` lacks it
//   sourceDateEpoch     → --opt build-arg:SOURCE_DATE_EPOCH=N (what the Dockerfile frontend and the
//                         exporters read; buildx sends the same attribute); a SOURCE_DATE_EPOCH build
//                         arg given explicitly wins, as in buildx
//   provenance / sbom   → nothing for 'false'; buildx's `true` is `mode=min` for provenance (buildx's
//                         documented default; BuildKit alone would default to max) and an empty value
//                         (BuildKit's default scanner) for the SBOM; other values pass through
//   secretFiles         → --secret id=ID,src=PATH
//   cache               → cacheSettings(o) as --import-cache / --export-cache (same CSV syntax)
//   tags / push         → --output type=image,name=<all tags>[,push=true] (no tags and no push: no
//                         --output, BuildKit 0.13 builds into its cache only; it has no cacheonly exporter)
//   pushByDigest        → --output type=image,name=<repo>,push-by-digest=true,name-canonical=true,push=true
//   annotations         → exporter attributes annotation[-<type>][<platform>].KEY=V on image/oci/docker outputs
//   outputs             → passed through (buildx's shorthands translated: a bare path is type=local,
//                         type=registry is type=image,push=true); tags become their name=, as in buildx
// The environment: buildctl reads SOURCE_DATE_EPOCH from its own environment too, but the argv
// value wins, so it goes into argv only; buildctl adds no default attestations, so nothing like
// BUILDX_NO_DEFAULT_ATTESTATIONS is needed. buildctlEnv returns what is left (nothing).
import { basename, dirname, join } from 'node:path';
import { validateImageName, validateRepositoryName } from '../registry/reference.js';
import { type BuildOptions, buildArgValues, cacheSettings, validateBuildArg } from './build.js';
import { UsageError } from './errors.js';
import { formatPlatform } from './platform.js';

export interface BuildctlOptions extends Omit<BuildOptions, 'builder' | 'load' | 'ociLayout' | 'attestationFlags'> {
  /** BuildKit address (--addr); undefined = BUILDKIT_HOST / buildctl's default */
  addr?: string;
}

/** The exporters BuildKit v0.13 knows (client/exporters.go). */
const EXPORTERS = new Set(['image', 'local', 'tar', 'oci', 'docker']);
/** Exporters that write an image and so take name= and annotations. */
const IMAGE_EXPORTERS = new Set(['image', 'oci', 'docker']);
const ANNOTATION_TYPES = new Set(['index', 'index-descriptor', 'manifest', 'manifest-descriptor']);

/** One field of a CSV record as Go's encoding/csv reads it (quoted when it has to be). */
export function csvField(value: string): string {
  return /[",\r\n]|^\s/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV record (Go's encoding/csv, the way buildctl reads --output, --secret and cache values). */
export function parseCsvRecord(text: string, what: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new UsageError(`${what}: "${text}" has an unterminated quote`);
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',') throw new UsageError(`${what}: "${text}" has text after a closing quote (quote the whole field: "key=a,b")`);
    } else {
      const end = text.indexOf(',', i);
      field = text.slice(i, end < 0 ? text.length : end);
      if (field.includes('"')) throw new UsageError(`${what}: "${text}" has a quote inside a field (quote the whole field: "key=a,b")`);
      i = end < 0 ? text.length : end;
    }
    fields.push(field);
    if (i >= text.length) return fields;
    i++; // the comma
  }
}

type Attrs = [string, string][];

function parseAttrs(text: string, what: string): Attrs {
  return parseCsvRecord(text, what).map((f) => {
    const eq = f.indexOf('=');
    if (eq < 0) throw new UsageError(`${what}: "${f}" in "${text}" is not key=value`);
    return [f.slice(0, eq).toLowerCase(), f.slice(eq + 1)];
  });
}

const formatAttrs = (attrs: Attrs): string => attrs.map(([k, v]) => csvField(`${k}=${v}`)).join(',');

function setAttr(attrs: Attrs, key: string, value: string): void {
  const at = attrs.findIndex(([k]) => k === key);
  if (at >= 0) attrs[at] = [key, value];
  else attrs.push([key, value]);
}

/**
 * buildx's --annotation values ([TYPE[,TYPE…]:]KEY=VALUE, TYPE = index, manifest, … with an optional
 * [platform] on manifest types) as BuildKit exporter attributes: annotation-index.KEY, annotation.KEY, …
 */
export function annotationAttrs(annotations: string[]): Attrs {
  const out: Attrs = [];
  for (const a of annotations) {
    const eq = a.indexOf('=');
    if (eq < 0) throw new UsageError(`annotations: "${a}" is not [LEVEL:]KEY=VALUE`);
    const k = a.slice(0, eq);
    const value = a.slice(eq + 1);
    const colon = k.indexOf(':');
    const key = colon < 0 ? k : k.slice(colon + 1);
    if (!/^\S+$/.test(key)) throw new UsageError(`annotations: "${a}" has an empty key or a key with spaces`);
    if (colon < 0) {
      out.push([`annotation.${key}`, value]);
      continue;
    }
    for (const level of k.slice(0, colon).split(',')) {
      const m = /^([a-z-]+)(?:\[([A-Za-z0-9_/-]+)\])?$/.exec(level);
      if (!m || !ANNOTATION_TYPES.has(m[1] as string)) throw new UsageError(`annotations: "${level}" in "${a}" is not index, index-descriptor, manifest or manifest-descriptor`);
      if (m[2] && (m[1] as string).startsWith('index')) throw new UsageError(`annotations: "${a}": a platform applies to manifest annotations only`);
      out.push([`annotation-${m[1]}${m[2] ? `[${m[2]}]` : ''}.${key}`, value]);
    }
  }
  return out;
}

/** A user's --output value as buildctl takes it (buildx's shorthands translated). */
function userOutput(o: BuildctlOptions, text: string, annotations: Attrs): string {
  if (text === '-') throw new UsageError('outputs: "-" (a tar on standard output) is not supported with buildctl; use type=tar,dest=FILE');
  const attrs: Attrs = !text.includes('=') && !text.startsWith('"') ? [['type', 'local'], ['dest', text]] : parseAttrs(text, 'outputs');
  const typeAt = attrs.findIndex(([k]) => k === 'type');
  if (typeAt < 0) throw new UsageError(`outputs: "${text}" has no type=`);
  let type = (attrs[typeAt] as [string, string])[1];
  if (type === 'registry') {
    type = 'image';
    attrs[typeAt] = ['type', 'image'];
    if (!attrs.some(([k]) => k === 'push')) attrs.push(['push', 'true']);
  }
  if (type === 'cacheonly') throw new UsageError('outputs: type=cacheonly is buildx-only; with buildctl leave outputs empty and set no tags to build into the cache only');
  if (!EXPORTERS.has(type)) throw new UsageError(`outputs: "${type}" is not an exporter BuildKit knows (image, registry, local, tar, oci, docker)`);
  if (type !== 'image' && !attrs.some(([k]) => k === 'dest')) {
    throw new UsageError(`outputs: type=${type} needs dest= with buildctl (it cannot load into Docker)`);
  }
  if (IMAGE_EXPORTERS.has(type)) {
    // buildx: the tags name every image output
    if (o.tags.length) setAttr(attrs, 'name', o.tags.join(','));
    for (const [k, v] of annotations) setAttr(attrs, k, v);
  }
  return formatAttrs(attrs);
}

function checkGha(entries: string[], flag: string): void {
  for (const e of entries) {
    const attrs = parseAttrs(e.includes('=') ? e : `type=registry,ref=${e}`, flag);
    if (!attrs.some(([k, v]) => k === 'type' && v === 'gha')) continue;
    if (!attrs.some(([k]) => k === 'url') || !attrs.some(([k]) => k === 'token')) {
      throw new UsageError(`${flag}: "${e}": a gha cache needs url= and token= with buildctl (buildx takes them from the Actions runtime)`);
    }
  }
}

function checkContext(path: string, what: string): void {
  if (path === '-' || /^[a-z][a-z0-9+.-]*:\/\//i.test(path) || /^git@/.test(path)) {
    throw new UsageError(`${what}: "${path}" is not a local directory; buildctl here builds a local context only (clone or download it first)`);
  }
}

/** `buildctl [--addr A] build …` arguments (pure given env, which supplies bare build-arg NAMEs). */
export function buildctlArgs(o: BuildctlOptions, env: NodeJS.ProcessEnv = process.env): string[] {
  const legacy = o as BuildctlOptions & { load?: boolean; ociLayout?: string };
  if (legacy.load) throw new UsageError('load: buildctl cannot load an image into Docker; push it, or give an output such as type=docker,dest=FILE');
  if (legacy.ociLayout) throw new UsageError('buildctl pushes by digest itself; an OCI layout detour is for the docker driver only');
  if (!o.platforms.length) throw new UsageError('platforms: at least one platform is needed');
  if (o.push && !o.tags.length && !o.outputs.length && !o.pushByDigest) throw new UsageError('push: true needs at least one tag');
  for (const t of o.tags) validateImageName(t);
  if (o.pushByDigest) validateRepositoryName(o.pushByDigest);
  checkContext(o.context, 'context');
  if (o.file === '-') throw new UsageError('file: a Dockerfile on standard input is not supported with buildctl; give a path');

  const args = o.addr ? ['--addr', o.addr, 'build'] : ['build'];
  args.push('--progress', 'plain', '--frontend', 'dockerfile.v0');
  const file = o.file ?? join(o.context, 'Dockerfile');
  args.push('--local', `context=${o.context}`, '--local', `dockerfile=${dirname(file)}`, '--opt', `filename=${basename(file)}`);
  args.push('--opt', `platform=${o.platforms.map(formatPlatform).join(',')}`);
  if (o.target) args.push('--opt', `target=${o.target}`);
  for (const l of o.labels) {
    const eq = l.indexOf('=');
    args.push('--opt', eq < 0 ? `label:${l}=` : `label:${l}`);
  }
  for (const b of o.buildArgs) validateBuildArg(b);
  const values = buildArgValues(o.buildArgs, env);
  if (o.sourceDateEpoch !== undefined) {
    if (!Number.isInteger(o.sourceDateEpoch) || o.sourceDateEpoch < 0) throw new UsageError(`SOURCE_DATE_EPOCH: ${o.sourceDateEpoch} is not a whole number of seconds`);
    if (values.SOURCE_DATE_EPOCH === undefined) values.SOURCE_DATE_EPOCH = String(o.sourceDateEpoch);
  }
  for (const [k, v] of Object.entries(values)) args.push('--opt', `build-arg:${k}=${v}`);
  if (o.provenance !== 'false') args.push('--opt', `attest:provenance=${o.provenance === 'true' ? 'mode=min' : o.provenance}`);
  if (o.sbom !== 'false') args.push('--opt', `attest:sbom=${o.sbom === 'true' ? '' : o.sbom}`);
  for (const [id, src] of Object.entries(o.secretFiles)) args.push('--secret', `${csvField(`id=${id}`)},${csvField(`src=${src}`)}`);

  const explicit = o.cacheFrom.length > 0 || o.cacheTo.length > 0;
  if (o.cache === 'gha' && !explicit) {
    throw new UsageError('cache: gha needs the Actions cache URL and token, which buildctl does not get here; use cache: registry or local, or give cache-from/cache-to with url= and token=');
  }
  const cache = cacheSettings(o);
  checkGha(cache.from, 'cache-from');
  checkGha(cache.to, 'cache-to');
  for (const c of cache.from) args.push('--import-cache', c);
  for (const c of cache.to) args.push('--export-cache', c);

  const annotations = annotationAttrs(o.annotations ?? []);
  if (o.outputs.length) {
    for (const out of o.outputs) args.push('--output', userOutput(o, out, annotations));
  } else if (o.pushByDigest) {
    const attrs: Attrs = [['type', 'image'], ['name', o.pushByDigest], ['push-by-digest', 'true'], ['name-canonical', 'true'], ['push', 'true'], ...annotations];
    args.push('--output', formatAttrs(attrs));
  } else if (o.tags.length) {
    const attrs: Attrs = [['type', 'image'], ['name', o.tags.join(',')], ...(o.push ? ([['push', 'true']] as Attrs) : []), ...annotations];
    args.push('--output', formatAttrs(attrs));
  }
  if (o.metadataFile) args.push('--metadata-file', o.metadataFile);
  return args;
}

/**
 * The environment for buildctlArgs' command, on top of the caller's: empty. SOURCE_DATE_EPOCH goes
 * into argv (--opt build-arg:SOURCE_DATE_EPOCH=…, which wins over buildctl's own reading of the
 * variable), and buildctl adds no default attestations to switch off.
 */
export function buildctlEnv(_o: Pick<BuildctlOptions, 'sourceDateEpoch' | 'provenance' | 'sbom'>): Record<string, string> {
  return {};
}
