// Wraps (does not replace) the theme's MDX component map so module pages can
// use our components without an import line in every file.
import MDXComponents from '@theme-original/MDXComponents';
import Figure from '@site/src/components/Figure';
import TopicImage from '@site/src/components/TopicImage';
import Resources from '@site/src/components/Resources';
import BeingWritten from '@site/src/components/BeingWritten';

export default {
  ...MDXComponents,
  Figure,
  TopicImage,
  Resources,
  BeingWritten,
};
