/**
 * The querying examples shown on /api/, as code that runs unchanged in Node 18+ or a browser
 * console. The browser tests run every one of them against the built site and check what it
 * prints, so the documentation cannot rot.
 */
export interface ApiExample {
  id: string;
  title: string;
  intro: string;
  code: string;
}

import type { Dictionary } from '../i18n/en';

export function apiExamples(graphUrl: string, flowUrl: string, words: Dictionary): ApiExample[] {
  const examples: Array<Omit<ApiExample, 'title' | 'intro'>> = [
    {
      id: 'example-script',
      code: `const response = await fetch('${graphUrl}');
if (!response.ok) throw new Error(\`Could not fetch the graph: HTTP \${response.status}\`);
const graph = await response.json();

const counts = {};
for (const node of graph.nodes) counts[node.type] = (counts[node.type] ?? 0) + 1;
console.log(counts);`,
    },
    {
      id: 'example-fine-tuned-wins',
      code: `const graph = await (await fetch('${graphUrl}')).json();
const byId = new Map(graph.nodes.map((node) => [node.id, node]));

const task = 'task:ner'; // named entity recognition
const claims = graph.edges
  .filter((edge) => edge.type === 'addresses' && edge.target === task)
  .map((edge) => byId.get(edge.source))
  .filter((claim) => claim.verdict === 'fine-tuned');

for (const claim of claims) console.log(claim.text, claim.url);`,
    },
    {
      id: 'example-lineage',
      code: `const graph = await (await fetch('${graphUrl}')).json();
const byId = new Map(graph.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const edge of graph.edges) if (edge.type === 'evolves-from' && !parentOf.has(edge.source)) parentOf.set(edge.source, edge.target);

const line = [];
for (let id = 'model:chatgpt'; id; id = parentOf.get(id)) line.push(byId.get(id).name);
console.log(line.join(' ← '));`,
    },
    {
      id: 'example-decision',
      code: `const [flow, graph] = await Promise.all(
  ['${flowUrl}', '${graphUrl}'].map(async (url) => (await fetch(url)).json()),
);
const byId = new Map(graph.nodes.map((node) => [node.id, node]));
const questions = new Map(flow.questions.map((question) => [question.id, question]));

let question = questions.get(flow.start);
for (const letter of 'nnny') {
  const branch = question[letter === 'y' ? 'yes' : 'no'];
  if (branch.outcome) {
    console.log(flow.outcomes[branch.outcome]);
    for (const id of branch.because) console.log('-', byId.get(id).text);
    break;
  }
  question = questions.get(branch.next);
}`,
    },
  ];
  const text = words.api.examples as Record<string, { title: string; intro: string }>;
  return examples.map((example) => ({ ...example, ...text[example.id]! }));
}
