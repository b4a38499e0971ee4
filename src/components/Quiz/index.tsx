import React, {Suspense, use, useEffect, useRef, type ReactNode} from 'react';
import type {Quiz as QuizData} from '@site/src/module/quiz';
import styles from './styles.module.css';

/**
 * The module's self-check quiz, `<Quiz />` in the MDX (the remark plugin
 * src/remark/quiz.ts adds `module`). This file is all of the quiz that a
 * module page loads up front, so it stays small: the form itself
 * (QuizForm.tsx) and the questions with their answers (generated from
 * quiz.yml by src/plugins/quiz.ts) are lazy chunks, fetched when the reader
 * comes near the quiz or touches it.
 *
 * The server renders the form in full (questions and options, never the
 * answers). In the browser the Suspense boundary keeps that HTML as it is,
 * readable and with working radio buttons, until the chunks have arrived;
 * then React hydrates it. Our own code because lazy hydration triggered by
 * visibility is not something Docusaurus or React offers as a component.
 */
export interface QuizProps {
  /** The module's number, "6". */
  module: string;
}

interface Loaded {
  Form: typeof import('./QuizForm').default;
  quiz: QuizData;
}

interface Loader {
  promise: Promise<Loaded | null>;
  start: () => void;
}

const loaders = new Map<string, Loader>();

/** One load per module and page session; it waits for `start()` in the browser. */
function loaderFor(moduleNumber: string): Loader {
  let loader = loaders.get(moduleNumber);
  if (!loader) {
    let start = () => {};
    const gate = new Promise<void>((resolve) => {
      start = resolve;
    });
    // The server renders the quiz into the page: nothing to wait for.
    if (typeof window === 'undefined') start();
    const promise = gate
      .then(() => Promise.all([import('./QuizForm'), import(`@quiz-data/module-${moduleNumber}.json`)]))
      .then(([form, data]): Loaded => ({Form: form.default, quiz: (data.default ?? data) as QuizData}))
      // Offline with the chunk not cached, for example: the questions stay, checking does not.
      .catch(() => null);
    loader = {promise, start};
    loaders.set(moduleNumber, loader);
  }
  return loader;
}

function QuizBody({module: moduleNumber}: QuizProps): ReactNode {
  const loaded = use(loaderFor(moduleNumber).promise);
  if (!loaded) {
    return <p className={styles.notice}>The quiz could not be loaded. Reload the page to try again.</p>;
  }
  return <loaded.Form quiz={loaded.quiz} />;
}

const touches = ['pointerdown', 'focusin', 'touchstart'] as const;

export default function Quiz({module: moduleNumber}: QuizProps): ReactNode {
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = region.current;
    if (!element) return undefined;
    const {start} = loaderFor(moduleNumber);
    // Start a little before the quiz scrolls into view, so it is ready when read.
    const observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && load(), {rootMargin: '300px 0px'})
        : null;
    function load() {
      start();
      stop();
    }
    function stop() {
      observer?.disconnect();
      touches.forEach((type) => element!.removeEventListener(type, load));
    }
    touches.forEach((type) => element.addEventListener(type, load, {passive: true}));
    if (observer) observer.observe(element);
    else load();
    return stop;
  }, [moduleNumber]);

  return (
    <div ref={region} className={styles.quiz} data-quiz={moduleNumber}>
      <Suspense fallback={<p className={styles.notice}>The quiz appears here when you scroll to it.</p>}>
        <QuizBody module={moduleNumber} />
      </Suspense>
    </div>
  );
}
