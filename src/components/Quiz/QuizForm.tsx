import React, {useEffect, useRef, useState, useSyncExternalStore, type FormEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import type {Quiz} from '@site/src/module/quiz';
import {listSections, scoreQuiz, type Scored} from './score';
import {useQuizRecord} from './storage';
import styles from './styles.module.css';

/**
 * The quiz form: loaded lazily by ./index.tsx, and the same markup on the
 * server and at hydration. Native radios and checkboxes, uncontrolled, so
 * choices made before the page was interactive count. Nothing about the
 * right answers is rendered until the reader checks.
 */
export interface QuizFormProps {
  quiz: Quiz;
  /** Options ticked before the form's code arrived: per question, the option positions. */
  initialChoices?: number[][];
  /** The option that had focus then, to keep it there. */
  initialFocus?: {question: number; option: number};
}

const noSubscription = () => () => {};
/** False on the server and while hydrating, true once this form is interactive. */
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

const phrase = ({correct, total}: {correct: number; total: number}) => `${correct} of ${total}`;

export default function QuizForm({quiz, initialChoices, initialFocus}: QuizFormProps): ReactNode {
  const {module: moduleNumber, questions} = quiz;
  const hydrated = useHydrated();
  const {record, save, clear} = useQuizRecord(moduleNumber);
  const [scored, setScored] = useState<Scored | null>(null);
  // Focus goes to the result after checking, and to the first question after a retake.
  const [focusTarget, setFocusTarget] = useState<'result' | 'start' | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const name = (i: number) => `quiz-${moduleNumber}-q${i + 1}`;

  useEffect(() => {
    if (!initialFocus) return;
    const {question, option} = initialFocus;
    form.current?.querySelector<HTMLInputElement>(`input[name="${name(question)}"][value="${option}"]`)?.focus();
    // Once, when the form replaces the server's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (focusTarget === 'result') status.current?.focus();
    if (focusTarget === 'start') form.current?.querySelector<HTMLInputElement>('input')?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const chosen = questions.map((_, i) => data.getAll(name(i)).map(Number));
    const next = scoreQuiz(questions, chosen);
    setScored(next);
    save(next.result);
    setFocusTarget('result');
  }

  function retake() {
    form.current?.reset();
    setScored(null);
    clear();
    setFocusTarget('start');
  }

  const all = [...quiz.covers, ...quiz.beingWritten].sort((a, b) => a.localeCompare(b, 'en', {numeric: true}));
  const covers = listSections(quiz.covers, all);
  const pending = listSections(quiz.beingWritten, all);

  if (questions.length === 0) {
    return <p className={styles.notice}>No questions yet: they come as the sections are written.</p>;
  }

  return (
    <form ref={form} aria-label={`Module ${moduleNumber} self-check quiz`} onSubmit={check}>
      <p className={styles.intro}>
        {questions.length} questions on section{quiz.covers.length === 1 ? '' : 's'} {covers}.
        {pending && ` Section${quiz.beingWritten.length === 1 ? ' ' : 's '}${pending} ${quiz.beingWritten.length === 1 ? 'is' : 'are'} still being written and ${quiz.beingWritten.length === 1 ? 'has' : 'have'} no questions yet.`}{' '}
        Some questions have more than one right answer; they say so. Your answers and results stay in this browser.
      </p>
      {record && (
        <p className={styles.record} data-print="hide">
          Last result: {phrase(record.last)}. Best result: {phrase(record.best)}.
        </p>
      )}
      <ol className={styles.questions}>
        {questions.map((question, i) => {
          const multiple = question.correct.length > 1;
          const right = scored?.right[i];
          return (
            <li key={name(i)}>
              <fieldset className={clsx(styles.question, scored && (right ? styles.right : styles.wrong))}>
                <legend className={styles.legend}>
                  <span className={styles.number}>{i + 1}.</span> {question.question}
                  {multiple && <span className={styles.hint}> Choose all that apply.</span>}
                </legend>
                <ul className={styles.options}>
                  {question.options.map((option, j) => (
                    <li key={j}>
                      <label className={styles.option}>
                        <input
                          type={multiple ? 'checkbox' : 'radio'}
                          name={name(i)}
                          value={j}
                          defaultChecked={initialChoices?.[i]?.includes(j)}
                        />
                        <span>
                          {option}
                          {scored && question.correct.includes(j) && <strong className={styles.answerMark}> (right answer)</strong>}
                        </span>
                      </label>
                    </li>
                  ))}
                </ul>
                {scored && (
                  <div className={styles.feedback}>
                    <p>
                      <strong className={styles.verdict}>{right ? '✓ Right.' : '✗ Wrong.'}</strong> {question.explanation}
                    </p>
                    <a href={`#${question.anchor}`}>Review {question.section}</a>
                  </div>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className={styles.actions} data-print="hide">
        <button type="submit" className="button button--primary" disabled={!hydrated}>
          {hydrated ? 'Check answers' : 'Checking answers needs JavaScript'}
        </button>
        {(scored || record) && (
          <button type="button" className="button button--secondary" onClick={retake}>
            Retake quiz
          </button>
        )}
      </div>
      <p ref={status} role="status" tabIndex={-1} className={clsx(styles.result, scored && styles.resultShown)}>
        {scored && `${phrase(scored.result)} correct.`}
      </p>
    </form>
  );
}
