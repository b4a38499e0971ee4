// Wraps (does not eject) the theme's CodeBlock so that Prism, about 27 KB of
// gzip JavaScript, loads only on a page that has a code block. The theme's
// CodeBlock imports prism-react-renderer statically, which put Prism in the
// chunk every doc page loads, code or not; no theme option defers it.
//
// The server, and the first client render, write the code as a plain
// <pre><code> in the same container (so hydration matches and the text is
// readable without JavaScript); after mount the highlighted original is
// loaded and takes its place. Rendering it only after mount also gives Prism
// the reader's color mode, as the original's own `useIsBrowser` re-render does.
import React, {Suspense, lazy, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';
import PlainCodeBlock from './PlainCodeBlock';

type Props = WrapperProps<typeof CodeBlockType>;

const HighlightedCodeBlock = lazy(() => import('@theme-original/CodeBlock'));

export default function CodeBlockWrapper(props: Props): ReactNode {
  const isBrowser = useIsBrowser();
  const plain = <PlainCodeBlock {...props} />;
  if (!isBrowser) return plain;
  return (
    <Suspense fallback={plain}>
      <HighlightedCodeBlock {...props} />
    </Suspense>
  );
}
