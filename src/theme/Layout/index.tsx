// Wraps (does not eject) the theme's Layout: a page that opts in through
// NeedsMain gets its content inside <main>. A wrapper because the search
// plugin's results page renders <Layout> itself, with no way to pass a <main>.
import React, {useContext, type ReactNode} from 'react';
import Layout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {WrapperProps} from '@docusaurus/types';
import {NeedsMain} from './needsMain';

type Props = WrapperProps<typeof LayoutType>;

export default function LayoutWrapper(props: Props): ReactNode {
  const needsMain = useContext(NeedsMain);
  if (!needsMain) return <Layout {...props} />;
  return (
    <Layout {...props}>
      <main>{props.children}</main>
    </Layout>
  );
}
