import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import TopicImage from '@site/src/components/TopicImage';
import type {ModuleData, SectionData} from '@site/src/module/data';
import styles from './styles.module.css';

export interface HomePageProps {
  /** Every module, read from its MDX by the module plugin (src/module/plugin.ts). */
  modules: ModuleData[];
}

const words = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve'];
const countWord = (n: number) => words[n] ?? String(n);

function TopicCard({section, permalink}: {section: SectionData; permalink: string}): ReactNode {
  const beingWritten = section.status === 'being-written';
  return (
    <li className={styles.topic} data-section={section.number}>
      {section.area && <TopicImage area={section.area} />}
      <Link to={`${permalink}#${section.anchor}`} className={styles.topicLink}>
        <span className={styles.number}>{section.number}</span> {section.title}
      </Link>
      {beingWritten && <span className={styles.status}>Being written</span>}
      {section.summary && <p className={styles.summary}>{section.summary}</p>}
    </li>
  );
}

function Topics({module, heading, id}: {module: ModuleData; heading: string; id: string}): ReactNode {
  return (
    <section aria-labelledby={id}>
      <Heading as="h2" id={id}>
        {heading}
      </Heading>
      <ol className={styles.topics}>
        {module.sections.map((section, i) => (
          <TopicCard key={i} section={section} permalink={module.permalink} />
        ))}
      </ol>
    </section>
  );
}

/**
 * The home page. Routed by the module plugin, which passes every module's
 * model: the topic cards (number, title, area, anchor, "being written" and the
 * summary from the module's front matter) follow the module's MDX.
 */
export default function HomePage({modules}: HomePageProps): ReactNode {
  // The site publishes one module: the first is the one the hero introduces.
  const [first] = modules;
  return (
    <Layout
      title={first ? `Module ${first.number}: ${first.title}` : undefined}
      description="Module 6 of the Dynamic DevOps Roadmap: retrospectives, performance, supply chain security, environments, operators and continuous deployment.">
      <main>
        <header className={styles.hero}>
          <div className="container">
            <p className={styles.kicker}>Dynamic DevOps Roadmap{first && ` · Module ${first.number}`}</p>
            <Heading as="h1" className={styles.title}>
              {first?.title ?? 'Dynamic DevOps Roadmap'}
            </Heading>
            <p className={styles.lead}>
              Your pipeline ships. Now make it better: run retrospectives that change things, find the
              code that is really slow, secure what you build on, give each environment its place and
              let Kubernetes operators carry the routine work.
            </p>
            <div className={styles.actions}>
              {first && (
                <Link className="button button--primary button--lg" to={first.permalink}>
                  Start the module
                </Link>
              )}
              <Link className="button button--secondary button--lg" to="/getting-started/">
                How the roadmap works
              </Link>
            </div>
          </div>
        </header>
        <div className="container margin-vert--lg">
          {modules.map((module) => (
            <Topics
              key={module.permalink}
              module={module}
              id={modules.length === 1 ? 'topics' : `module-${module.number}-topics`}
              heading={
                modules.length === 1
                  ? `${countWord(module.sections.length)} topics`
                  : `Module ${module.number}: ${module.title}`
              }
            />
          ))}
          <section className={styles.practice} aria-labelledby="practice">
            <Heading as="h2" id="practice">
              Then practise
            </Heading>
            <p>
              Apply the module to the <Link to="/projects/hivebox/#phase-6">HiveBox project, phase 6</Link>,
              and check yourself with the{' '}
              <Link to="/interview/interview-questions/#module-6">interview questions for module 6</Link>.
            </p>
          </section>
        </div>
      </main>
    </Layout>
  );
}
