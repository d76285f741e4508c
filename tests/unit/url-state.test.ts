/**
 * The URL-state contract (src/core/url-state.ts), held by each of its three implementations: the
 * search page, the tree and the advisor. Whatever the address holds, `read` returns a state and
 * friendly problems and never throws; `write` is canonical, so `write(read(x))` is a fixed point.
 * Small hand-made data (not the guide's content), so the contract is tested on its own.
 */
import { describe, expect, it } from 'vitest';
import { canonicalQuery, cut, quote, toQuery, type UrlState } from '../../src/core/url-state';
import { answersState } from '../../src/decide/answers';
import { advisorState, type Flow } from '../../src/decide/walk';
import { searchState } from '../../src/search/state';
import { treeState } from '../../src/tree/state';

const flow: Flow = {
  start: 'a',
  questions: [
    {
      id: 'a',
      question: 'A?',
      explanation: '',
      example: '',
      yes: { outcome: 'llm', because: [] },
      no: { next: 'b' },
    },
    {
      id: 'b',
      question: 'B?',
      explanation: '',
      example: '',
      yes: { outcome: 'fine-tuned', because: [] },
      no: { outcome: 'none', because: [] },
    },
  ],
};

const tree = treeState({
  models: new Set(['gpt-3', 't5']),
  organisations: new Set(['openai', 'google']),
  find: (query) =>
    query.toLowerCase() === 'gpt3' ? { slug: 'gpt-3', name: 'GPT-3', exact: true } : undefined,
});

/** Each contract with addresses already canonical, and messy ones that read to the same views. */
const CASES: Array<{
  name: string;
  contract: UrlState<unknown>;
  params: string[];
  canonical: string[];
  messy: Array<[string, string]>;
}> = [
  {
    name: 'search',
    contract: searchState as UrlState<unknown>,
    params: ['q', 'verbatim', 'type', 'task', 'model', 'dataset', 'verdict', 'section', 'page'],
    canonical: [
      '',
      '?q=ner',
      '?q=few+shot&task=ner&verdict=llm&page=3',
      '?type=claim&task=ner&task=qa',
      '?q=sumarization&verbatim=1',
    ],
    messy: [
      ['?page=3&verdict=llm&q=few%20shot&task=ner', '?q=few+shot&task=ner&verdict=llm&page=3'],
      ['?task=ner,qa&task=ner&page=1', '?task=ner&task=qa'],
      ['?q=%20%20&page=0&colour=red', ''],
      ['?verbatim=1&q=ner', '?q=ner&verbatim=1'],
      ['?verbatim=1&type=claim', '?type=claim'],
      ['?q=ner&verbatim=yes', '?q=ner'],
    ],
  },
  {
    name: 'tree',
    contract: tree as UrlState<unknown>,
    params: ['model', 'family', 'weights', 'org', 'from', 'to', 'figure'],
    canonical: [
      '',
      '?model=gpt-3',
      '?model=t5&family=encoder-decoder%2Cdecoder-only&weights=open&org=google&from=2019&to=2022&figure=1',
    ],
    messy: [
      [
        '?figure=1&model=GPT3&family=decoder-only,encoder-decoder',
        '?model=gpt-3&family=encoder-decoder%2Cdecoder-only&figure=1',
      ],
      ['?to=2019&from=2022&figure=0', '?from=2019&to=2022'],
      ['?model=nobody&org=nobody&family=bogus', ''],
    ],
  },
  {
    name: 'advisor',
    contract: advisorState(flow) as UrlState<unknown>,
    params: ['answers'],
    canonical: ['', '?answers=y', '?answers=n', '?answers=nn'],
    messy: [
      ['?answers=%20NY%20', '?answers=ny'],
      ['?answers=yy', '?answers=y'],
      ['?answers=maybe', ''],
    ],
  },
  {
    name: 'answers',
    contract: answersState as UrlState<unknown>,
    params: ['answers'],
    canonical: ['', '?answers=nnyn'],
    messy: [
      ['?answers=', ''],
      ['?answers=NNYN', '?answers=nnyn'],
    ],
  },
];

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u0000\u001b\u007f',
  '\u202Eevil 🙂',
  '../../../etc/passwd',
  '%E0%A4%A%FF',
  '__proto__',
  'constructor',
  '-1',
  '1e999',
  'x'.repeat(10_000),
  '🙂'.repeat(5_000),
  '',
  ',,,',
];

describe.each(CASES)('the $name URL state', ({ contract, params, canonical, messy }) => {
  const read = (query: string) => contract.read(new URLSearchParams(query));
  const rewrite = (query: string) => canonicalQuery(contract, new URLSearchParams(query));

  it('writes a canonical address back exactly, with no problems', () => {
    for (const query of canonical) {
      expect(read(query).problems, query).toEqual([]);
      expect(rewrite(query), query).toBe(query);
    }
  });

  it('corrects a messy address to the canonical one, which then stays put', () => {
    for (const [query, expected] of messy) {
      expect(rewrite(query), query).toBe(expected);
      expect(rewrite(rewrite(query)), query).toBe(expected);
    }
  });

  it('reads hostile values without throwing: problems are short text, the address is corrected', () => {
    for (const value of HOSTILE) {
      for (const query of [
        ...params.map((p) => new URLSearchParams([[p, value]])),
        new URLSearchParams(params.map((p) => [p, value])),
        new URLSearchParams(
          params.flatMap((p) => [
            [p, value],
            [p, value],
          ]),
        ),
      ]) {
        const { problems } = contract.read(query);
        for (const problem of problems) {
          expect(typeof problem).toBe('string');
          expect(problem.length, problem.slice(0, 80)).toBeLessThan(400);
        }
        const once = canonicalQuery(contract, query);
        expect(canonicalQuery(contract, new URLSearchParams(once)), value.slice(0, 40)).toBe(once);
      }
    }
  });
});

describe('the helpers of the contract', () => {
  it('quotes values cut to whole characters', () => {
    expect(cut('abc', 5)).toBe('abc');
    expect(cut('abcdef', 3)).toBe('abc…');
    expect(cut('🙂🙂🙂', 2)).toBe('🙂🙂…');
    expect(quote('<b>', 40)).toBe('“<b>”');
  });

  it('makes a query string only when there are parameters', () => {
    expect(toQuery(new URLSearchParams())).toBe('');
    expect(toQuery(new URLSearchParams({ q: 'a b' }))).toBe('?q=a+b');
  });

  it('explains a hostile advisor address and starts again', () => {
    const { state, problems } = advisorState(flow).read(
      new URLSearchParams({ answers: '<img src=x onerror=alert(1)>' }),
    );
    expect(state.question?.id).toBe('a');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('“<img src=x onerror=alert…”');
    expect(problems[0]).toMatch(/Starting from the first question\.$/);
  });
});
