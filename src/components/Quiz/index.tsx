import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import type {Quiz as QuizData} from '@site/src/module/quiz';
import * as rendered from '@quiz-data/server';
import type {QuizFormProps} from './QuizForm';
import styles from './styles.module.css';

/**
 * The module's self-check quiz, `<Quiz />` in the MDX (src/remark/quiz.ts
 * adds `module`). This file is all of the quiz a module page loads up
 * front, so it stays small: the form (QuizForm.tsx) and the questions with
 * their answers (generated from quiz.yml by the module plugin, src/module/plugin.ts) are lazy
 * chunks, fetched when the reader comes near the quiz or touches it.
 *
 * The server renders the form in full, questions and options only
 * (`@quiz-data/server` holds the form and the quizzes in the server bundle
 * only). In the browser that HTML is left as it is, readable and with
 * working radio buttons, until the chunks arrive: then the form replaces it,
 * keeping what the reader has already ticked and where the focus is.
 *
 * Why not React.lazy and Suspense: React outlines a large Suspense boundary
 * of a long page into a hidden element that a script reveals, so without
 * JavaScript the quiz would not show. Why our own code: neither Docusaurus
 * nor React offers hydration on visibility.
 */
export interface QuizProps {
  /** The module's number, "6". */
  module: string;
}

interface Loaded {
  Form: (props: QuizFormProps) => ReactNode;
  quiz: QuizData;
}

interface Shown extends Loaded {
  /** What the reader did before the form's code arrived. */
  before?: Pick<QuizFormProps, 'initialChoices' | 'initialFocus'>;
}

const loads = new Map<string, Promise<Loaded>>();
const loaded = new Map<string, Loaded>();

function load(moduleNumber: string): Promise<Loaded> {
  let promise = loads.get(moduleNumber);
  if (!promise) {
    promise = Promise.all([import('./QuizForm'), import(`@quiz-data/module-${moduleNumber}.json`)]).then(([form, data]) => {
      const result = {Form: form.default, quiz: (data.default ?? data) as QuizData};
      loaded.set(moduleNumber, result);
      return result;
    });
    // A failed load (offline, chunk not cached) may be retried on the next touch.
    promise.catch(() => loads.delete(moduleNumber));
    loads.set(moduleNumber, promise);
  }
  return promise;
}

/** The choices and focus in the server-rendered form, as positions: question i, option j. */
function readBefore(region: HTMLElement, moduleNumber: string): Shown['before'] {
  const prefix = `quiz-${moduleNumber}-q`;
  const inputs = Array.from(region.querySelectorAll<HTMLInputElement>(`input[name^="${prefix}"]`));
  const choices: number[][] = [];
  let focus: {question: number; option: number} | undefined;
  for (const input of inputs) {
    const question = Number(input.name.slice(prefix.length)) - 1;
    const option = Number(input.value);
    choices[question] ??= [];
    if (input.checked) choices[question].push(option);
    if (input === document.activeElement) focus = {question, option};
  }
  return {initialChoices: choices, initialFocus: focus};
}

const touches = ['pointerdown', 'focusin', 'touchstart'] as const;

export default function Quiz({module: moduleNumber}: QuizProps): ReactNode {
  const region = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<Shown | null>(() => {
    // On the server the form is rendered into the page; back on a page whose
    // quiz already loaded, it is shown at once.
    const onServer = rendered.quizzes[moduleNumber];
    if (rendered.Form && onServer) return {Form: rendered.Form, quiz: onServer};
    return loaded.get(moduleNumber) ?? null;
  });
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const element = region.current;
    if (shown || !element) return undefined;
    let active = true;
    function start() {
      load(moduleNumber).then(
        (result) => {
          if (active) setShown({...result, before: readBefore(element!, moduleNumber)});
        },
        () => active && setFailed(true),
      );
    }
    // Start a little before the quiz scrolls into view, so it is ready when read.
    const observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && start(), {rootMargin: '300px 0px'})
        : null;
    touches.forEach((type) => element.addEventListener(type, start, {passive: true}));
    if (observer) observer.observe(element);
    else start();
    return () => {
      active = false;
      observer?.disconnect();
      touches.forEach((type) => element.removeEventListener(type, start));
    };
  }, [shown, moduleNumber]);

  if (shown) {
    return (
      <div ref={region} className={styles.quiz} data-quiz={moduleNumber}>
        <shown.Form quiz={shown.quiz} {...shown.before} />
      </div>
    );
  }
  // Until then React leaves the server's HTML inside alone: an empty inner
  // HTML is not compared when hydrating.
  return (
    <>
      <div ref={region} className={styles.quiz} data-quiz={moduleNumber} dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />
      {failed && (
        <p className={styles.notice} role="alert">
          Checking answers needs the quiz&apos;s code, which could not be loaded. Reload the page to try again.
        </p>
      )}
    </>
  );
}
