import React, {Children, isValidElement, type ReactElement, type ReactNode} from 'react';
import styles from './styles.module.css';
import {hostOf, splitTitleAndSource} from '@site/src/module/conventions';

type WithChildren = {children?: ReactNode; href?: string};

/** The text of a React tree, as a reader would see it. */
function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<WithChildren>(node)) return textOf(node.props.children);
  return '';
}

function elementsOf(node: ReactNode): ReactElement<WithChildren>[] {
  return Children.toArray(node).filter((child): child is ReactElement<WithChildren> =>
    isValidElement(child),
  );
}

/**
 * MDX renders a list item's text either directly or inside a <p> (loose
 * lists). Find the item's link wherever it is and keep everything else.
 */
function findLink(item: ReactElement<WithChildren>): {
  link?: ReactElement<WithChildren>;
  rest: ReactNode[];
} {
  const rest: ReactNode[] = [];
  let link: ReactElement<WithChildren> | undefined;
  for (const child of Children.toArray(item.props.children)) {
    if (!link && isValidElement<WithChildren>(child)) {
      if (typeof child.props.href === 'string') {
        link = child;
        continue;
      }
      const inside = Children.toArray(child.props.children);
      const at = inside.findIndex(
        (c) => isValidElement<WithChildren>(c) && typeof c.props.href === 'string',
      );
      if (at >= 0) {
        link = inside[at] as ReactElement<WithChildren>;
        const others = inside.filter((_, i) => i !== at);
        if (textOf(others).trim()) rest.push(...others);
        continue;
      }
    }
    if (typeof child === 'string' && !child.trim()) continue;
    rest.push(child);
  }
  return {link, rest};
}

function Resource({item}: {item: ReactElement<WithChildren>}): ReactNode {
  const {link, rest} = findLink(item);
  if (!link) {
    // Not a link: render the entry as written rather than dropping it.
    return <li className={styles.resource}>{item.props.children}</li>;
  }
  const href = link.props.href!;
  const {title, source = hostOf(href)} = splitTitleAndSource(textOf(link.props.children));
  return (
    <li className={styles.resource}>
      <a className={styles.link} href={href} target="_blank" rel="noopener noreferrer">
        <span className={styles.title}>{title}</span>
        <svg className={styles.externalIcon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M14 3h7v7h-2V6.41l-9.29 9.3-1.42-1.42 9.3-9.29H14V3zM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z"
          />
        </svg>
        <span className={styles.visuallyHidden}> (external link, opens in a new tab)</span>
      </a>
      <span className={styles.source}>
        <span className={styles.visuallyHidden}>Source: </span>
        {source}
      </span>
      {rest.length > 0 && <div className={styles.details}>{rest}</div>}
    </li>
  );
}

export interface ResourcesProps {
  /** A plain Markdown list of links: `- [Title - Source](https://...)`. */
  children: ReactNode;
}

/** Enhances the plain Markdown list of a section's resources. */
export default function Resources({children}: ResourcesProps): ReactNode {
  const lists = elementsOf(children);
  return (
    <div className={styles.resources}>
      {lists.map((list, index) => (
        <ul key={index} className={styles.list}>
          {elementsOf(list.props.children).map((item, i) => (
            <Resource key={i} item={item} />
          ))}
        </ul>
      ))}
    </div>
  );
}
