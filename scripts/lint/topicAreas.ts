import {readdirSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

let cached: string[] | undefined;

/**
 * The areas `<TopicImage area="..."/>` can draw: one SVG per area in
 * src/components/TopicImage/icons, registered under the file's name.
 */
export function topicAreas(root: string = repoRoot): string[] {
  if (root === repoRoot && cached) return cached;
  const areas = readdirSync(join(root, 'src/components/TopicImage/icons'))
    .filter((file) => file.endsWith('.svg'))
    .map((file) => file.slice(0, -'.svg'.length))
    .sort();
  if (root === repoRoot) cached = areas;
  return areas;
}
