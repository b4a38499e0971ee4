import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {describe, expect, it} from 'vitest';
import type {Quiz} from '@site/src/module/quiz';
import QuizForm from './QuizForm';
import {isAnsweredRight, listSections, scoreQuiz} from './score';
import {parseQuizRecord, quizStorageKey, withResult} from './storage';

describe('scoring', () => {
  const questions = [{correct: [1]}, {correct: [0, 2]}, {correct: [3]}];

  it('counts a single-answer question right only with its right option', () => {
    expect(isAnsweredRight([1], [1])).toBe(true);
    expect(isAnsweredRight([1], [0])).toBe(false);
    expect(isAnsweredRight([1], [])).toBe(false);
  });

  it('counts a choose-all question right only with exactly its right options', () => {
    expect(isAnsweredRight([0, 2], [2, 0])).toBe(true);
    expect(isAnsweredRight([0, 2], [0])).toBe(false); // partial
    expect(isAnsweredRight([0, 2], [0, 1, 2])).toBe(false); // one too many
    expect(isAnsweredRight([0, 2], [0, 0])).toBe(false);
  });

  it('scores a whole quiz, unanswered questions counting as wrong', () => {
    expect(scoreQuiz(questions, [[1], [0, 2], [3]])).toEqual({result: {correct: 3, total: 3}, right: [true, true, true]});
    expect(scoreQuiz(questions, [[1], [0]])).toEqual({result: {correct: 1, total: 3}, right: [true, false, false]});
    expect(scoreQuiz(questions, [])).toEqual({result: {correct: 0, total: 3}, right: [false, false, false]});
  });

  it('names the sections covered', () => {
    const all = ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6'];
    expect(listSections(['6.1', '6.2', '6.3', '6.4', '6.5'], all)).toBe('6.1 to 6.5');
    expect(listSections(['6.1', '6.3', '6.5'], all)).toBe('6.1, 6.3 and 6.5');
    expect(listSections(['6.1', '6.2'], all)).toBe('6.1 and 6.2');
    expect(listSections(['6.6'], all)).toBe('6.6');
    expect(listSections([], all)).toBe('');
  });
});

describe('stored result', () => {
  it('is keyed by the module number', () => {
    expect(quizStorageKey('6')).toBe('quiz:module-6');
    expect(quizStorageKey('12')).toBe('quiz:module-12');
  });

  it('reads a last and a best result', () => {
    expect(parseQuizRecord('{"last":{"correct":14,"total":20},"best":{"correct":18,"total":20}}')).toEqual({
      last: {correct: 14, total: 20},
      best: {correct: 18, total: 20},
    });
  });

  it.each([
    ['nothing', null],
    ['an empty string', ''],
    ['not JSON', '{"last":'],
    ['null', 'null'],
    ['an array', '[14,20]'],
    ['a missing best', '{"last":{"correct":14,"total":20}}'],
    ['text for numbers', '{"last":{"correct":"14","total":20},"best":{"correct":18,"total":20}}'],
    ['more right than asked', '{"last":{"correct":21,"total":20},"best":{"correct":18,"total":20}}'],
    ['a negative count', '{"last":{"correct":-1,"total":20},"best":{"correct":18,"total":20}}'],
    ['no questions', '{"last":{"correct":0,"total":0},"best":{"correct":0,"total":0}}'],
    ['fractions', '{"last":{"correct":1.5,"total":20},"best":{"correct":18,"total":20}}'],
  ])('ignores %s', (_, raw) => {
    expect(parseQuizRecord(raw)).toBeNull();
  });

  it('keeps the best result across attempts, and always the last', () => {
    const first = withResult(null, {correct: 14, total: 20});
    expect(first).toEqual({last: {correct: 14, total: 20}, best: {correct: 14, total: 20}});
    const worse = withResult(first, {correct: 9, total: 20});
    expect(worse).toEqual({last: {correct: 9, total: 20}, best: {correct: 14, total: 20}});
    const better = withResult(worse, {correct: 20, total: 20});
    expect(better.best).toEqual({correct: 20, total: 20});
    // A quiz that grew: the best is the higher share right.
    expect(withResult(better, {correct: 22, total: 23}).best).toEqual({correct: 20, total: 20});
  });
});

describe('<QuizForm> on the server', () => {
  const quiz: Quiz = {
    module: '6',
    covers: ['6.1', '6.2', '6.3'],
    beingWritten: ['6.4'],
    questions: [
      {section: '6.1', anchor: '61-a', question: 'One right?', options: ['Alpha', 'Beta', 'Gamma'], correct: [1], explanation: 'SECRET-EXPLANATION-1'},
      {section: '6.2', anchor: '62-b', question: 'Two right?', options: ['Delta', 'Epsilon', 'Zeta'], correct: [0, 2], explanation: 'SECRET-EXPLANATION-2'},
    ],
  };
  const html = renderToStaticMarkup(<QuizForm quiz={quiz} />);

  it('renders a named form with a fieldset and legend per question', () => {
    expect(html).toMatch(/^<form aria-label="Module 6 self-check quiz">/);
    expect(html.match(/<fieldset/g)).toHaveLength(2);
    expect(html).toContain('<legend class="legend"><span class="number">1.</span> One right?</legend>');
  });

  it('uses radios for one right answer and checkboxes, with a hint, for several', () => {
    expect(html.match(/type="radio" name="quiz-6-q1"/g)).toHaveLength(3);
    expect(html.match(/type="checkbox" name="quiz-6-q2"/g)).toHaveLength(3);
    expect(html).toContain('Two right?<span class="hint"> Choose all that apply.</span>');
    expect(html).not.toMatch(/One right\?<span class="hint">/);
  });

  it('says which sections it covers', () => {
    expect(html).toContain('2 questions on sections 6.1 to 6.3.');
    expect(html).toContain('Section 6.4 is still being written and has no questions yet.');
  });

  it('holds nothing about the answers before checking', () => {
    expect(html).not.toContain('SECRET-EXPLANATION');
    expect(html).not.toContain('right answer)');
    expect(html).not.toMatch(/checked|data-correct|hidden|Review 6/);
    // The value of an option is its position, which says nothing about it being right.
    expect(html.match(/value="(\d)"/g)).toEqual(['value="0"', 'value="1"', 'value="2"', 'value="0"', 'value="1"', 'value="2"']);
  });

  it('says checking needs JavaScript until the page is interactive, with an empty live region for the result', () => {
    expect(html).toContain('<button type="submit" class="button button--primary" disabled="">Checking answers needs JavaScript</button>');
    expect(html).toContain('<p role="status" tabindex="-1" class="result"></p>');
    expect(html).not.toContain('Retake quiz');
  });
});
