import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import TopicImage, {type TopicArea} from '@site/src/components/TopicImage';
import styles from './index.module.css';

const modulePath = '/foundations/module-06/';

interface Topic {
  number: string;
  area: TopicArea;
  title: string;
  summary: string;
}

// The module's eight sections; the end-to-end tests check every anchor exists.
const topics: Topic[] = [
  {number: '6.1', area: 'planning', title: 'Agile Retrospective', summary: 'Learn from each iteration: blameless, data-driven, with actions at the end.'},
  {number: '6.2', area: 'code', title: 'Performance Optimization', summary: 'Measure before optimizing, cache at every level, skip calls you do not need.'},
  {number: '6.3', area: 'continuous-integration', title: 'Software Supply Chain Security', summary: 'Signed commits, secret scanning, SBOMs, dependency updates and signed images.'},
  {number: '6.4', area: 'infrastructure', title: 'Multi-environment Architecture', summary: 'Development to production from a common base, with as little drift as possible.'},
  {number: '6.5', area: 'containers', title: 'Kubernetes Operators', summary: 'Custom resources and controllers that put operations knowledge into software.'},
  {number: '6.6', area: 'continuous-delivery', title: 'End-to-End Release Automation', summary: 'Being written: automating a release from commit to production.'},
  {number: '6.7', area: 'continuous-deployment', title: 'Introduction and Solutions in the Market', summary: 'Being written: what continuous deployment is and the tools that do it.'},
  {number: '6.8', area: 'continuous-deployment', title: 'GitOps and Argo CD Essentials', summary: 'Being written: Git as the source of truth, reconciled by Argo CD.'},
];

function anchorOf(number: string): string {
  return `${modulePath}#${number.replace('.', '')}-what-you-need-to-know`;
}

export default function Home(): ReactNode {
  return (
    <Layout
      title="Module 6: Optimize - Keep Improving"
      description="Module 6 of the Dynamic DevOps Roadmap: retrospectives, performance, supply chain security, environments, operators and continuous deployment.">
      <main>
      <header className={styles.hero}>
        <div className="container">
          <p className={styles.kicker}>Dynamic DevOps Roadmap · Module 6</p>
          <Heading as="h1" className={styles.title}>
            Optimize - Keep Improving
          </Heading>
          <p className={styles.lead}>
            Your pipeline ships. Now make it better: run retrospectives that change things, find the
            code that is really slow, secure what you build on, give each environment its place and
            let Kubernetes operators carry the routine work.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to={modulePath}>
              Start the module
            </Link>
            <Link className="button button--secondary button--lg" to="/getting-started/">
              How the roadmap works
            </Link>
          </div>
        </div>
      </header>
      <div className="container margin-vert--lg">
        <Heading as="h2" id="topics">
          Eight topics
        </Heading>
        <ol className={styles.topics}>
          {topics.map((topic) => (
            <li key={topic.number} className={styles.topic}>
              <TopicImage area={topic.area} />
              <Link to={anchorOf(topic.number)} className={styles.topicLink}>
                <span className={styles.number}>{topic.number}</span> {topic.title}
              </Link>
              <p className={styles.summary}>{topic.summary}</p>
            </li>
          ))}
        </ol>
        <section className={styles.practice} aria-labelledby="practice">
          <Heading as="h2" id="practice">
            Then practice
          </Heading>
          <p>
            Apply the module to the <Link to="/projects/hivebox/#phase-6">HiveBox project, phase 6</Link>,
            and check yourself with the <Link to="/interview/interview-questions/#module-6">interview questions for module 6</Link>.
          </p>
        </section>
      </div>
      </main>
    </Layout>
  );
}
