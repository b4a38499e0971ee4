// The part of nprogress (a dependency of the theme's) that progressBar.ts uses.
declare module 'nprogress' {
  const nprogress: {configure(options: {template?: string; barSelector?: string}): unknown};
  export default nprogress;
}
