// The content lint's remark preset (scripts/lint/preset.ts), for the remark
// language server / vscode-remark: the editor shows the problems `npm run
// lint` prints. tsx loads the TypeScript rules, as it does for npm scripts.
import {tsImport} from 'tsx/esm/api';

const {default: preset} = await tsImport('./scripts/lint/preset.ts', import.meta.url);

export default preset.default ?? preset;
