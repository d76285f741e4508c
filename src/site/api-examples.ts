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

export function apiExamples(graphUrl: string, flowUrl: string): ApiExample[] {
  return [
    {
      id: 'example-script',
      title: 'Fetch it from a script',
      intro: 'Save this as count.mjs and run node count.mjs (Node 18 or later; nothing to install). It counts the nodes of each type.',
      code: `const response = await fetch('${graphUrl}');
if (!response.ok) throw new Error(\`Could not fetch the graph: HTTP \${response.status}\`);
const graph = await response.json();

const counts = {};
for (const node of graph.nodes) counts[node.type] = (counts[node.type] ?? 0) + 1;
console.log(counts);`,
    },
    {
      id: 'example-fine-tuned-wins',
      title: 'All claims about a task where fine-tuned models win',
      intro: 'Claims point at their tasks with addresses edges; follow them backwards from the task and keep the fine-tuned verdicts.',
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
      title: 'A model\'s line of ancestors',
      intro: 'evolves-from edges run from a model to its parents; follow the first parent back to the root.',
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
      title: 'Follow the decision flow',
      intro: 'Answers in the advisor\'s notation (y or n per question, as in /decide/?answers=nnny) lead to an outcome; its because lists graph ids of the supporting claims.',
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
}
