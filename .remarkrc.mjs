// The content lint's remark preset (scripts/lint/preset.ts), for the remark
// language server / vscode-remark: the editor shows the problems `npm run
// lint` prints. tsx loads the TypeScript rules, as it does for npm scripts.
import {register} from 'tsx/esm/api';

register();
const {default: preset} = await import('./scripts/lint/preset.ts');

export default preset;
