// Wraps the results page of @easyops-cn/docusaurus-search-local:
// - its robots tag uses `property`, which crawlers and Docusaurus's sitemap
//   ignore; as `name` it keeps the page (results for whatever was typed) out
//   of search engines, sitemap.xml and the search index;
// - it gets a description, like every page;
// - its content goes inside <main> (see ../Layout), like every page's.
// A wrapper suffices: Head tags merge and the Layout reads the context.
import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import SearchPage from '@theme-original/SearchPage';
import {NeedsMain} from '../Layout/needsMain';

const description = 'Search the module, the HiveBox project and the interview questions, offline.';

export default function SearchPageWrapper(): ReactNode {
  return (
    <NeedsMain.Provider value>
      <Head>
        <meta name="robots" content="noindex, follow" />
        <meta name="description" content={description} />
        <meta property="og:description" content={description} />
      </Head>
      <SearchPage />
    </NeedsMain.Provider>
  );
}
