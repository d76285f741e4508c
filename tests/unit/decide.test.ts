/**
 * The advisor's logic (src/decide/): reading and writing `?answers=`, walking Figure 2's flow, and
 * the flow's soundness as the advisor needs it — every path ends in an outcome, every question
 * and every outcome can be reached.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeAnswers, parseAnswers, type Answer } from '../../src/decide/answers';
import { publishFlow } from '../../src/decide/publish';
import {
  endings,
  follow,
  longestPath,
  paths,
  reachable,
  restore,
  settle,
  shortestAnswers,
  type Flow,
} from '../../src/decide/walk';
import type { DecisionFlow } from '../../src/graph/decision-flow';
import { realSite } from './site';
import { GraphIndex } from '../../src/graph/query';

let flow: DecisionFlow;
let graph: GraphIndex;
beforeAll(async () => {
  const site = await realSite();
  flow = site.flow!;
  graph = site.graph;
});

const letters = (s: string): Answer[] => [...s].map((c) => (c === 'y' ? 'yes' : 'no'));

describe('?answers= in the address bar', () => {
  it('writes one letter per answer and reads it back', () => {
    const answers: Answer[] = ['no', 'no', 'yes', 'no'];
    expect(encodeAnswers(answers)).toBe('nnyn');
    expect(parseAnswers('nnyn')).toEqual({ answers });
    expect(encodeAnswers([])).toBe('');
  });

  it('forgives case and surrounding spaces', () => {
    expect(parseAnswers(' NnY ')).toEqual({ answers: ['no', 'no', 'yes'] });
  });

  it('an empty value means no answers yet', () => {
    expect(parseAnswers('')).toEqual({ answers: [] });
  });

  it('explains anything else, quoting it back as text, cut short', () => {
    expect(parseAnswers('yes,no').problem).toMatch(
      /^The answers in this link \(“yes,no”\) could not be read: .* y for yes and n for no/,
    );
    const hostile = '<img src=x onerror=alert(1)>'.repeat(3);
    const { problem } = parseAnswers(hostile);
    expect(problem).toContain('“<img src=x onerror=alert…”');
    expect(problem!.length).toBeLessThan(220);
  });
});

describe('walking the flow', () => {
  it('starts at the first question', () => {
    expect(follow(flow, [])).toEqual({
      steps: [],
      question: expect.objectContaining({ id: flow.start }),
    });
  });

  it('asks the next question after a continuing answer and records the path', () => {
    const position = follow(flow, letters('nn'))!;
    expect(position.question?.id).toBe('multiple-tasks');
    expect(position.steps.map((s) => [s.question.id, s.answer])).toEqual([
      ['mimicking-humans', 'no'],
      ['emergent-abilities', 'no'],
    ]);
  });

  it('ends in the outcome of the deciding answer, with its claims', () => {
    const position = follow(flow, letters('y'))!;
    expect(position.ending).toMatchObject({
      id: 'mimicking-humans-yes',
      outcome: 'llm',
      answer: 'yes',
    });
    expect(position.ending!.because.length).toBeGreaterThan(0);
    expect(follow(flow, letters('nnnnnnnyny'))!.ending).toMatchObject({
      id: 'knowledge-inconsistent-yes',
      outcome: 'none',
    });
  });

  it('rejects answers that run past an outcome', () => {
    expect(follow(flow, letters('yn'))).toBeUndefined();
    expect(follow(flow, letters('n'.repeat(flow.questions.length + 1)))).toBeUndefined();
  });

  it('settles answers that run past an outcome at that outcome, keeping the rest apart', () => {
    const { position, ignored } = settle(flow, letters('ynny'))!;
    expect(position).toEqual(follow(flow, letters('y')));
    expect(ignored).toEqual(letters('nny'));
    expect(settle(flow, letters('nn'))).toEqual({
      position: follow(flow, letters('nn')),
      ignored: [],
    });
  });
});

describe('restoring a shared link', () => {
  it('restores the position of valid answers, with no message', () => {
    const { position, problem } = restore(flow, 'nny');
    expect(problem).toBeUndefined();
    expect(position.ending?.outcome).toBe('llm');
    expect(position.steps).toHaveLength(3);
  });

  it('no answers (or none given) is the first question', () => {
    for (const raw of [null, '', '  '])
      expect(restore(flow, raw)).toEqual({
        position: { steps: [], question: expect.objectContaining({ id: flow.start }) },
      });
  });

  it('falls back to the first question with a message for answers that cannot be read', () => {
    for (const raw of ['maybe', 'yes,no', 'y n', '../../etc']) {
      const { position, problem } = restore(flow, raw);
      expect(position.question?.id, raw).toBe(flow.start);
      expect(position.steps).toEqual([]);
      expect(problem, raw).toMatch(/Starting from the first question\.$/);
    }
  });

  it('keeps the outcome a link reaches and names the answers past it that were ignored', () => {
    // The site's own example: the first "yes" already settles it.
    const { position, problem } = restore(flow, 'ynny');
    expect(position.ending?.id).toBe('mimicking-humans-yes');
    expect(position.steps).toHaveLength(1);
    expect(problem).toBe(
      'The first answer in this link already leads to a recommendation, so the 3 answers after it (no, no, yes) were ignored.',
    );
    const settled = [...shortestAnswers(flow).values()].find((a) => a.length > 1)!;
    expect(restore(flow, `${encodeAnswers(settled)}y`).problem).toBe(
      `The first ${settled.length} answers in this link already lead to a recommendation, so the answer after them (yes) was ignored.`,
    );
    // A long tail is named in part.
    expect(restore(flow, 'n'.repeat(200)).problem).toMatch(
      /so the \d+ answers after them \(no, no, no, no, no, no, …\) were ignored\.$/,
    );
  });
});

describe('the flow of Figure 2, as the advisor walks it', () => {
  it('every path ends in an outcome supported by claims that exist', () => {
    const all = paths(flow);
    expect(all.length).toBeGreaterThan(0);
    for (const { answers, ending } of all) {
      const position = follow(flow, answers)!;
      expect(position.ending, encodeAnswers(answers)).toEqual(ending);
      expect(['llm', 'fine-tuned', 'none']).toContain(ending.outcome);
      expect(ending.because.length, ending.id).toBeGreaterThan(0);
      for (const slug of ending.because) expect(graph.nodeOf('claim', slug), slug).toBeDefined();
    }
  });

  it('every answer to every question leads somewhere: a question that exists or an outcome', () => {
    const ids = new Set(flow.questions.map((q) => q.id));
    for (const question of flow.questions) {
      for (const answer of ['yes', 'no'] as const) {
        const { next, outcome } = question[answer];
        expect(Boolean(next) !== Boolean(outcome), `${question.id} ${answer}`).toBe(true);
        if (next) expect(ids.has(next), `${question.id} ${answer} → ${next}`).toBe(true);
      }
    }
  });

  it('no question is unreachable, and every ending is reached by some path', () => {
    expect(reachable(flow)).toEqual(new Set(flow.questions.map((q) => q.id)));
    expect(new Set(paths(flow).map((p) => p.ending.id))).toEqual(
      new Set(endings(flow).map((e) => e.id)),
    );
  });

  it("each of the figure's three outcomes can be reached", () => {
    expect(new Set(endings(flow).map((e) => e.outcome))).toEqual(
      new Set(['llm', 'fine-tuned', 'none']),
    );
  });

  it("asks at most the figure's ten questions, and knows the shortest way to each ending", () => {
    expect(longestPath(flow)).toBe(10);
    const shortest = shortestAnswers(flow);
    expect(encodeAnswers(shortest.get('mimicking-humans-yes')!)).toBe('y');
    expect(encodeAnswers(shortest.get('knowledge-intensive-no')!)).toBe('nnnnnnnn');
    for (const ending of endings(flow))
      expect(follow(flow, shortest.get(ending.id)!)!.ending!.id).toBe(ending.id);
  });
});

describe('the walk on other flows', () => {
  const q = (id: string, yes: object, no: object) => ({
    id,
    question: `${id}?`,
    explanation: 'e',
    example: 'x',
    yes,
    no,
  });
  const broken: Flow = {
    start: 'a',
    questions: [
      q('a', { outcome: 'llm', because: ['c1'] }, { next: 'b' }),
      q('b', { outcome: 'none', because: ['c2'] }, { outcome: 'fine-tuned', because: ['c3'] }),
      q('orphan', { next: 'a' }, { next: 'b' }),
    ],
  };

  it('finds a question no path reaches', () => {
    expect([...reachable(broken)]).toEqual(['a', 'b']);
  });

  it('enumerates merging paths separately and picks the shortest for each ending', () => {
    const merging: Flow = {
      start: 'a',
      questions: [
        q('a', { next: 'c' }, { next: 'b' }),
        q('b', { next: 'c' }, { outcome: 'llm', because: ['x'] }),
        q('c', { outcome: 'none', because: ['y'] }, { outcome: 'fine-tuned', because: ['z'] }),
      ],
    };
    expect(paths(merging).map((p) => encodeAnswers(p.answers))).toEqual([
      'yy',
      'yn',
      'nyy',
      'nyn',
      'nn',
    ]);
    expect(encodeAnswers(shortestAnswers(merging).get('c-yes')!)).toBe('yy');
    expect(longestPath(merging)).toBe(3);
  });
});

describe('the published flow (/api/decision-flow.json)', () => {
  it('names supporting claims by graph id, and walks exactly like the content', () => {
    const published = publishFlow(flow);
    expect(published.version).toBe(1);
    expect(published.outcomes).toEqual({
      llm: expect.any(String),
      'fine-tuned': expect.any(String),
      none: expect.any(String),
    });
    for (const question of published.questions) {
      for (const branch of [question.yes, question.no]) {
        if ('next' in branch) expect(branch).toEqual({ next: branch.next });
        else for (const id of branch.because) expect(graph.node(id)?.type, id).toBe('claim');
      }
    }
    const summary = (f: Flow) =>
      paths(f).map((p) => `${encodeAnswers(p.answers)}→${p.ending.outcome}`);
    expect(summary(published)).toEqual(summary(flow));
  });
});
