import React, {type ReactNode} from 'react';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import styles from './styles.module.css';

export interface BeingWrittenProps {
  /** Which part of the section is still empty. */
  part?: 'text' | 'resources';
  /** Defaults to the page's own "Edit this page" URL. */
  editUrl?: string;
}

function useEditUrl(): string | undefined {
  try {
    return useDoc().metadata.editUrl ?? undefined;
  } catch {
    // Outside a docs page (a test, a custom page): there is no doc to edit.
    return undefined;
  }
}

/** Marks an empty part of a section so readers see it is coming, and how to help. */
export default function BeingWritten({part = 'text', editUrl}: BeingWrittenProps): ReactNode {
  const docEditUrl = useEditUrl();
  const href = editUrl ?? docEditUrl;
  const message =
    part === 'resources'
      ? 'No resources are listed yet.'
      : 'This section is being written.';
  const invitation = part === 'resources' ? 'Suggest a resource' : 'Help write it';
  return (
    <p className={styles.beingWritten} data-being-written={part}>
      <span className={styles.badge}>Coming soon</span> {message}{' '}
      {href && (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {invitation} by editing this page on GitHub
        </a>
      )}
      {href && '.'}
    </p>
  );
}
