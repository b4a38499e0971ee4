import type {Config} from 'svgo';
declare const config: Config;
export default config;
