import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';

/**
 * A throwaway site folder for tests of what reads a site's docs (the module
 * plugin, the lint): `write` puts a file at a site path, making its folders;
 * `remove` deletes the whole folder.
 */
export function scratchSite(prefix: string) {
  const root = mkdtempSync(join(tmpdir(), prefix));
  return {
    root,
    docs: join(root, 'docs'),
    write(path: string, text: string) {
      mkdirSync(dirname(join(root, path)), {recursive: true});
      writeFileSync(join(root, path), text);
    },
    remove: () => rmSync(root, {recursive: true, force: true}),
  };
}

export type ScratchSite = ReturnType<typeof scratchSite>;
