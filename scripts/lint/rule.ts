/**
 * A content rule is a `unified-lint-rule` plugin over the page's mdast, so the
 * same rules run in `npm run lint` (unified-engine) and in an editor with the
 * remark language server (.remarkrc.mjs). `defineRule` adds what we need on
 * top: a description for `npm run lint -- --rules`, a scope (module pages or
 * every page), and the module model, read once per page.
 */
import {lintRule} from 'unified-lint-rule';
import type {Root} from 'mdast';
import type {VFile} from 'vfile';
import {isModuleFile} from '../../src/module/conventions';
import {readModule} from '../../src/module/read';
import type {ModuleModel, Place} from '../../src/module/types';

export interface RuleContext {
  tree: Root;
  file: VFile;
  /** The page read as a module (on any page; only module pages must follow the conventions). */
  model: ModuleModel;
  /** Reports a problem at a place in the file: what is wrong, then what to do. */
  report(place: Place | undefined, message: string): void;
}

export interface RuleDefinition {
  /** `module/section-parts`: printed with every problem. */
  id: `${'module' | 'content'}/${string}`;
  /** One line: what the rule asks for. Printed by `npm run lint -- --rules`. */
  description: string;
  /** `module`: only on module pages (`module-NN/index.mdx`); `page`: on every page. */
  scope: 'module' | 'page';
  check(context: RuleContext): void;
}

export type ContentRule = ReturnType<typeof lintRule<Root>> & {id: string; description: string};

const models = new WeakMap<Root, ModuleModel>();

/** The module model of a page, read once per tree whichever rules ask. */
export function modelOf(tree: Root, file: VFile): ModuleModel {
  let model = models.get(tree);
  if (!model) {
    model = readModule(tree, {path: file.path, source: String(file.value)});
    models.set(tree, model);
  }
  return model;
}

export function defineRule(definition: RuleDefinition): ContentRule {
  const origin = definition.id.replace('/', ':');
  const plugin = lintRule<Root>({origin}, (tree, file) => {
    if (definition.scope === 'module' && !isModuleFile(file.path)) return;
    definition.check({
      tree,
      file,
      model: modelOf(tree, file),
      report: (place, message) => {
        file.message(message, {place: place ?? {line: 1, column: 1}});
      },
    });
  });
  return Object.assign(plugin, {id: definition.id, description: definition.description});
}
