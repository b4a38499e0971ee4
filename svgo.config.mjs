// One svgo setup for the repository: `npm run optimize-svgs` applies it and
// `npm run lint` (lint:svg) checks that every committed SVG is already optimal.
// preset-default keeps viewBox (scaling) and <title>; multipass reaches a fixpoint.
export default {
  multipass: true,
  plugins: ['preset-default'],
};
