// What Docusaurus generates as @generated/site-storage for this site (no
// `future.experimental_storage` in docusaurus.config.ts): unit tests render
// components that use the theme's storage slots outside a build.
export default {type: 'localStorage', namespace: ''};
