import React, {type ReactNode} from 'react';
import {isTopicArea, type TopicArea} from '@site/src/module/conventions';
import Planning from './icons/planning.svg';
import Code from './icons/code.svg';
import ContinuousIntegration from './icons/continuous-integration.svg';
import ContinuousDelivery from './icons/continuous-delivery.svg';
import ContinuousDeployment from './icons/continuous-deployment.svg';
import Infrastructure from './icons/infrastructure.svg';
import Containers from './icons/containers.svg';
import styles from './styles.module.css';

/** One icon per area the module model knows (src/module/conventions.ts); TypeScript holds them in step. */
export const topicIcons: Record<TopicArea, typeof Planning> = {
  planning: Planning,
  code: Code,
  'continuous-integration': ContinuousIntegration,
  'continuous-delivery': ContinuousDelivery,
  'continuous-deployment': ContinuousDeployment,
  infrastructure: Infrastructure,
  containers: Containers,
};

export type {TopicArea};

export interface TopicImageProps {
  /** The DevOps area of the section, as in its heading ("6.3 Continuous Integration - ..."). */
  area: TopicArea;
}

/**
 * The section's topic icon. Decorative: the heading already names the area.
 * An unknown area draws nothing rather than failing the build; the content
 * lint (`module/section-parts`) names the valid ones.
 */
export default function TopicImage({area}: TopicImageProps): ReactNode {
  if (!isTopicArea(area)) return null;
  const Icon = topicIcons[area];
  return (
    <span className={styles.topicImage} data-area={area}>
      <Icon aria-hidden="true" focusable="false" className={styles.icon} />
    </span>
  );
}
