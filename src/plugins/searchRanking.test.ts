import {describe, expect, it} from 'vitest';
import lunr from 'lunr';
import {boostDocuments} from './searchRanking';

/** An index part as the search plugin writes it: documents and a serialized lunr index. */
function part(docs: {i: number; u: string; t: string}[]) {
  const index = lunr(function build() {
    this.ref('i');
    this.field('t');
    for (const doc of docs) this.add({...doc, i: String(doc.i)});
  });
  return {documents: docs, index: JSON.parse(JSON.stringify(index)) as {fieldVectors: [string, number[]][]}};
}

const ranked = (p: ReturnType<typeof part>, term: string) =>
  lunr.Index.load(p.index)
    .search(term)
    .map((result) => p.documents.find((doc) => String(doc.i) === result.ref)!.u);

describe('boostDocuments', () => {
  const docs = [
    // The teaching page names the term once in a long passage ...
    {i: 1, u: '/base/foundations/module-06/', t: `Sign each image with cosign. ${'Supply chain security covers what you build on. '.repeat(12)}`},
    // ... the practice page in a short one, so lunr ranks it first.
    {i: 2, u: '/base/interview/interview-questions/', t: 'Sign the image with cosign and check it.'},
  ];

  it('puts the boosted page first for a term both pages share', () => {
    const p = part(docs);
    expect(ranked(p, 'cosign')[0]).toBe('/base/interview/interview-questions/');
    expect(boostDocuments([p], [{path: 'foundations/', factor: 3}], '/base/')).toEqual([1]);
    expect(ranked(p, 'cosign')).toEqual(['/base/foundations/module-06/', '/base/interview/interview-questions/']);
  });

  it('leaves other pages as they were and matches paths under the base URL only', () => {
    const p = part(docs);
    const before = JSON.stringify(p.index.fieldVectors.find(([key]) => key === 't/2'));
    expect(boostDocuments([p], [{path: 'foundations/', factor: 3}, {path: 'base/interview/', factor: 2}], '/base/')).toEqual([1, 0]);
    expect(JSON.stringify(p.index.fieldVectors.find(([key]) => key === 't/2'))).toBe(before);
  });
});
