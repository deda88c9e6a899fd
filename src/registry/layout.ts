import { createReadStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../core/errors.js';
import type { RegistryClient } from './client.js';
import { type Descriptor, type ImageManifest, type IndexManifest, isIndexType, manifestBlobs } from './manifest.js';
import type { Reference } from './reference.js';

/**
 * Push an OCI image layout directory (buildx `--output type=oci,dest=DIR,tar=false`) to a
 * repository by digest only: blobs, then each platform manifest, then the index, and no tag.
 * This is push-by-digest for builders whose exporter lacks it (buildx's docker driver).
 */
export async function pushLayout(client: RegistryClient, dir: string, target: Reference): Promise<{ digest: string; mediaType: string }> {
  let top: Descriptor | undefined;
  try {
    top = (JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as IndexManifest).manifests[0];
  } catch (err) {
    throw new UserError(`${dir} is not an OCI image layout (${(err as Error).message.split('\n')[0]})`);
  }
  if (!top) throw new UserError(`the OCI layout in ${dir} holds no image`);
  const blobPath = (digest: string) => join(dir, 'blobs', ...digest.split(':'));
  const pushBlob = async (d: Descriptor) => {
    const path = blobPath(d.digest);
    const size = statSync(path).size;
    await client.pushBlob(target.registry, target.repository, d.digest, size, () => createReadStream(path));
  };
  const pushManifest = async (d: Descriptor): Promise<void> => {
    const bytes = readFileSync(blobPath(d.digest));
    const json = JSON.parse(bytes.toString('utf8')) as ImageManifest | IndexManifest;
    const mediaType = d.mediaType ?? (json as { mediaType?: string }).mediaType ?? '';
    if (isIndexType(mediaType)) {
      // children first, so the index never points at something missing
      await Promise.all((json as IndexManifest).manifests.map(pushManifest));
    } else {
      await Promise.all(manifestBlobs(json as ImageManifest).map(pushBlob));
    }
    await client.putManifest({ registry: target.registry, repository: target.repository, digest: d.digest }, bytes, mediaType);
  };
  await pushManifest(top);
  return { digest: top.digest, mediaType: top.mediaType ?? '' };
}
