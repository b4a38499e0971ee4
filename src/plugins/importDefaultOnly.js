// The one TypeScript helper that @docusaurus/utils-common's client code calls
// (see clientTslib.ts), with tslib's meaning: a CommonJS module's exports
// become the default export unless it is an ES module already.
export function __importDefault(mod) {
  return mod && mod.__esModule ? mod : {default: mod};
}
