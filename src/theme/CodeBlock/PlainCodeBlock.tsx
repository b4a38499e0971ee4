import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {Props} from '@theme/CodeBlock';
import styles from './styles.module.css';

/** The language a code block names, from its `language` prop or MDX's `language-x` class. */
export function languageOf({language, className}: Pick<Props, 'language' | 'className'>): string | undefined {
  return language ?? /\blanguage-([\w-]+)/.exec(className ?? '')?.[1];
}

/** A title given as a prop, or in a fenced block's meta string (```ts title="a.ts"). */
export function titleOf({title, metastring}: Pick<Props, 'title' | 'metastring'>): ReactNode {
  return title ?? /\btitle=(["'])(.*?)\1/.exec(metastring ?? '')?.[2];
}

/**
 * A code block before its highlighter has loaded: the same text, in a box the
 * size of the highlighted one (same padding and font), so nothing moves when
 * Prism's version replaces it.
 */
export default function PlainCodeBlock({children, className, language, ...props}: Props): ReactNode {
  const lang = languageOf({language, className});
  const title = titleOf(props);
  // MDX hands a fenced block's code over with its final newline; the theme drops it too.
  const code = typeof children === 'string' ? children.replace(/\n$/, '') : children;
  return (
    <div
      className={clsx(className, lang && !className?.includes(`language-${lang}`) && `language-${lang}`, 'theme-code-block', styles.container)}
      data-code-block="plain">
      {title && <div className={styles.title}>{title}</div>}
      <pre className={styles.pre} tabIndex={0}>
        <code className={styles.code}>{code}</code>
      </pre>
    </div>
  );
}
