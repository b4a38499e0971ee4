import React, {type ReactNode} from 'react';
import Planning from './icons/planning.svg';
import Code from './icons/code.svg';
import ContinuousIntegration from './icons/continuous-integration.svg';
import ContinuousDelivery from './icons/continuous-delivery.svg';
import ContinuousDeployment from './icons/continuous-deployment.svg';
import Infrastructure from './icons/infrastructure.svg';
import Containers from './icons/containers.svg';
import styles from './styles.module.css';

export const topicIcons = {
  planning: Planning,
  code: Code,
  'continuous-integration': ContinuousIntegration,
  'continuous-delivery': ContinuousDelivery,
  'continuous-deployment': ContinuousDeployment,
  infrastructure: Infrastructure,
  containers: Containers,
} as const;

export type TopicArea = keyof typeof topicIcons;

export interface TopicImageProps {
  /** The DevOps area of the section, as in its heading ("6.3 Continuous Integration - ..."). */
  area: TopicArea;
}

/** The section's topic icon. Decorative: the heading already names the area. */
export default function TopicImage({area}: TopicImageProps): ReactNode {
  const Icon = topicIcons[area];
  if (!Icon) {
    throw new Error(
      `TopicImage: unknown area "${area}". Use one of: ${Object.keys(topicIcons).join(', ')}.`,
    );
  }
  return (
    <span className={styles.topicImage} data-area={area}>
      <Icon aria-hidden="true" focusable="false" className={styles.icon} />
    </span>
  );
}
