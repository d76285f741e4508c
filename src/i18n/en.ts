/**
 * The site's words in English: a typed dictionary. Another language is a second object of the
 * same type (`Dictionary`), so a missing word is a type error, never a blank on a page.
 * Symbols and colours are the same in every language (core/vocabulary.ts, global.css).
 * Words that carry numbers or names are functions, so each language orders them its own way.
 */
import type {
  ClaimKind,
  DocType,
  Family,
  Outcome,
  PaperSection,
  TaskCategory,
  Verdict,
} from '../core/vocabulary';
import { decideWords } from './client/decide';
import { searchWords } from './client/search';
import { verdictWords } from './client/verdicts';
import { treeWords } from './client/tree';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const number = (n: number) => n.toLocaleString('en-GB');

export const en = {
  /** Each verdict in a word (badges, facets, charts) and a sentence (written once, in search's bundle). */
  verdict: verdictWords.en satisfies Record<Verdict, { label: string; long: string }>,
  kind: {
    takeaway: { label: 'Takeaway', plural: 'Takeaways' },
    'use-case': { label: 'Use case', plural: 'Use cases: where LLMs do well' },
    'non-use-case': { label: 'Non-use case', plural: 'Non-use cases: where LLMs fall short' },
    observation: { label: 'Observation', plural: 'Observations' },
  } satisfies Record<ClaimKind, { label: string; plural: string }>,
  family: {
    'pre-transformer': 'Pre-transformer',
    'encoder-only': 'Encoder-only',
    'encoder-decoder': 'Encoder-decoder',
    'decoder-only': 'Decoder-only',
  } satisfies Record<Family, string>,
  category: {
    nlu: 'Natural language understanding',
    nlg: 'Natural language generation',
    knowledge: 'Knowledge-intensive',
    reasoning: 'Reasoning',
    misc: 'Miscellaneous',
    'real-world': 'Real-world',
    considerations: 'Other considerations',
  } satisfies Record<TaskCategory, string>,
  /** The kinds of search result. */
  docType: {
    claim: 'Claim',
    task: 'Task',
    model: 'Model',
    dataset: 'Dataset',
    section: 'Section',
    reference: 'Reference',
  } satisfies Record<DocType, string>,
  /** Figure 2's outcomes: a recommendation and a sentence on what it means (written once, in the advisor's bundle). */
  outcome: decideWords.en.outcome satisfies Record<Outcome, { title: string; summary: string }>,
  /** The sections of the paper's English original, by number (core/vocabulary.ts has the same titles). */
  paperSection: {
    '1': 'Introduction',
    '2': 'Practical guide for models',
    '2.1': 'BERT-style language models: encoder-decoder or encoder-only',
    '2.2': 'GPT-style language models: decoder-only',
    '3': 'Practical guide for data',
    '3.1': 'Pre-training data',
    '3.2': 'Fine-tuning data',
    '3.3': 'Test data/user data',
    '4': 'Practical guide for NLP tasks',
    '4.1': 'Traditional NLU tasks',
    '4.1.1': 'Traditional NLU tasks: no use case',
    '4.1.2': 'Traditional NLU tasks: use case',
    '4.2': 'Generation tasks',
    '4.2.1': 'Generation tasks: use case',
    '4.2.2': 'Generation tasks: no use case',
    '4.3': 'Knowledge-intensive tasks',
    '4.3.1': 'Knowledge-intensive tasks: use case',
    '4.3.2': 'Knowledge-intensive tasks: no use case',
    '4.4': 'Abilities regarding scaling',
    '4.4.1': 'Abilities regarding scaling: use case with reasoning',
    '4.4.2': 'Abilities regarding scaling: use cases with emergent abilities',
    '4.4.3': 'Abilities regarding scaling: no-use cases and understanding',
    '4.5': 'Miscellaneous tasks',
    '4.5.1': 'Miscellaneous tasks: no use case',
    '4.5.2': 'Miscellaneous tasks: use case',
    '4.6': 'Real world "tasks"',
    '5': 'Other considerations',
    '5.1': 'Other considerations: efficiency',
    '5.2': 'Other considerations: trustworthiness',
    '5.3': 'Other considerations: safety challenges',
    '6': 'Conclusion and future challenges',
  } satisfies Record<PaperSection, string>,
  /** A name as it reads mid-sentence: "Named entity recognition" → "named entity recognition", "NLG evaluation" unchanged. */
  midSentence: (name: string) =>
    /^[A-Z][a-z]/.test(name) ? `${name[0]!.toLowerCase()}${name.slice(1)}` : name,

  /** Punctuation that differs between languages. */
  colon: ': ',
  stop: '.',
  site: {
    name: 'LLM Practical Guide',
    skip: 'Skip to content',
    paperTitle: 'Harnessing the Power of LLMs in Practice: A Survey on ChatGPT and Beyond',
    paperShort: 'Harnessing the Power of LLMs in Practice',
  },
  header: {
    main: 'Main',
    menu: 'Menu',
    search: 'Search',
    theme: { label: 'Colour theme', auto: 'Auto theme', light: 'Light theme', dark: 'Dark theme' },
    onThisPage: 'On this page',
    backToTop: 'Back to top',
  },
  /** The main navigation, in the order the header shows it (routes in components/links.ts). */
  nav: {
    guide: 'Guide',
    tree: 'Evolution tree',
    models: 'Models',
    tasks: 'Tasks',
    datasets: 'Datasets',
    decide: 'LLM or fine-tuned?',
    search: 'Search',
    api: 'API',
  },
  footer: {
    edition: 'An interactive edition of',
    credit:
      "(Yang et al., 2023), written in our own words. Facts and figures are the paper's; mistakes are ours.",
    api: 'Graph API',
    resources: "The authors' resource list",
  },
  language: {
    /** The switch's accessible name, in the page's language. */
    label: 'Language',
    /** Shown once to a reader whose browser prefers the other language. */
    offer: 'This page is also available in English.',
    offerLink: 'Read it in English',
    dismiss: 'No thanks',
    untranslated: 'Not yet translated: shown in English.',
    untranslatedSection: 'This section is not translated yet; it is shown in English.',
  },
  guide: {
    title: 'The guide',
    description:
      "Every section of the survey, in the paper's order: when to use a large language model and when a fine-tuned one.",
    lede: "The survey, section by section, in the paper's order. Each page explains the section in plain words and lists its claims: who wins, on what, by how much, and the evidence the paper gives.",
    sections: 'Guide sections',
    position: (n: number, total: number) => `Section ${n} of ${total}`,
    claims: 'Claims in this section',
    claimsIntro:
      "Each claim stands on its own, names the paper's evidence, and has a link you can share.",
    previousNext: 'Previous and next sections',
    previous: 'Previous',
    next: 'Next',
    onThisPage: 'On this page',
    sectionCount: (n: number) => plural(n, 'claim', 'claims'),
  },
  claim: {
    about: { task: 'Tasks', model: 'Models', dataset: 'Datasets' },
    source: (n: number) => (n === 1 ? 'Source:' : 'Sources:'),
    byline: (authors: string, year: number, number?: number) =>
      `(${authors}, ${year}${number ? `; ref. [${number}] in the paper` : ''})`,
    inContext: 'In context',
    inContextLabel: (kind: string) => `In context: this ${kind} in its section`,
    permalink: (kind: string) => `Link to this ${kind}`,
    paper: (section: string, remark?: number) =>
      `Paper §${section}${remark ? `, Remark ${remark}` : ''}`,
    paperDetail: (title: string, remark?: number, point?: number) =>
      `${title}${remark ? `, takeaway box ${remark}, point ${point}` : ''}`,
    /** The provenance link's accessible name: its text, then what it points to. */
    paperLabel: (paper: string, detail: string) => `${paper}: ${detail}`,
    readInContext: 'Read it in context',
    verdict: 'Verdict:',
    /** After a badge's word, for screen readers: ". LLMs are the better choice." */
    verdictLong: (long: string) => `. ${long}.`,
    none: 'No claim of the guide mentions this yet.',
    inSection: 'In',
  },
  advice: {
    label: "The guide's advice, not a finding of the paper",
  },
  table1: {
    caption: 'Table 1 of the paper: a summary of large language models',
    kind: 'Kind',
    training: 'Training',
    modelType: 'Model type',
    task: 'Pre-training task',
    models: 'Representative models',
    notDrawn: 'Not drawn in Figure 1',
    note: '° Named in Table 1 but not drawn in Figure 1.',
  },
  cite: {
    heading: 'Cite the paper',
    before: 'This guide retells',
    after: '(Yang et al., 2023). If it helps your work, cite the survey:',
    bibtex: 'BibTeX of the paper',
    copy: 'Copy BibTeX',
  },
  home: {
    title: 'LLM Practical Guide: when to use a large language model, and when a fine-tuned one',
    description:
      "An interactive, searchable edition of the survey “Harnessing the Power of LLMs in Practice”: every claim about where LLMs or fine-tuned models win, with the paper's evidence.",
    heading: 'Should you use a large language model or a fine-tuned one?',
    ledeBefore: 'A practical guide built from the survey',
    ledeAfter: (claims: number, tasks: number, models: number, datasets: number) =>
      `(Yang et al., 2023): ${claims} claims about ${tasks} tasks, ${models} models and ${datasets} datasets, each with the paper's evidence.`,
    waysIn: 'Ways in',
    ways: {
      guide: ['Read the guide', 'The paper section by section, in plain words.'],
      tree: [
        'Explore the evolution tree',
        'Figure 1, live: every model by branch, year and organisation.',
      ],
      search: [
        'Search the claims',
        'By task, model, dataset or verdict, e.g. everything about NER.',
      ],
      decide: ['LLM or fine-tuned?', "Answer the paper's yes/no questions about your application."],
      api: ['Use the data', 'The whole knowledge graph as one JSON file.'],
    },
    headline: "The paper's guidelines in brief",
    sections: 'The sections',
  },
  /** A task's or dataset's description for search engines and link previews: what it is, and what the page holds. */
  entityMeta: (name: string, summary: string, claims: number) =>
    `${name}: ${summary}${claims > 0 ? ` This page gathers the survey's ${plural(claims, 'claim', 'claims')} about it, with their verdicts.` : ''}`,
  notFound: {
    title: 'Page not found',
    description: "This page does not exist. Here are the guide's sections and the ways back in.",
    lede: 'There is no page at this address. It may have moved, or the link may have a typo.',
    search: 'Search the guide for what you were looking for',
    placeholder: 'ner, gpt-3, summarization…',
    submit: 'Search',
    homeBefore: 'Go to the',
    home: 'home page',
    homeAfter: ', or pick a section of the guide:',
    /** Offered on the other language's 404 page, in this language. */
    otherLanguage: 'Go to the English edition',
  },
  entity: {
    facts: 'Facts',
    explore: 'Explore',
    alsoKnownAs: 'Also known as',
    verdicts: 'LLM or fine-tuned?',
    model: {
      eyebrow: 'Model',
      description: (name: string, family: string, organisations: string[], year: number) =>
        `${name}: a ${family.toLowerCase()} language model from ${organisations.join(' and ')} (${year}).`,
      inTree: (name: string) => `${name} in the evolution tree`,
      search: (name: string) => `Search claims about ${name}`,
      released: 'Released',
      figureYear: (year: number) => `(Figure 1 draws it in ${year})`,
      architecture: 'Architecture',
      organisation: 'Organisation',
      weights: 'Weights',
      open: 'Open source',
      closed: 'Closed source',
      parameters: 'Parameters',
      paper: 'Paper',
      inFigure1: 'In Figure 1',
      drawn: "Yes, drawn in the paper's evolution tree",
      notDrawn: 'No, named in the text',
      lineage: 'Lineage',
      noLineage: (name: string) =>
        `The guide records no model that ${name} evolves from, and none that evolved from it.`,
      seeInTree: 'See where it sits in the evolution tree',
      moreFrom: (organisation: string) => `More from ${organisation}`,
      nearest: (shown: number, total: number) =>
        `The ${shown} nearest in time of ${total}; all are in the`,
      modelsIndex: 'models index',
      claims: (name: string) => `What the guide says about ${name}`,
    },
    task: {
      eyebrow: 'Task',
      search: (subject: string) => `Search claims about ${subject}`,
      category: 'Category',
      datasets: 'Datasets',
      claims: (subject: string) => `What the guide says about ${subject}`,
    },
    dataset: {
      eyebrow: 'Dataset',
      search: (name: string) => `Search claims that use ${name}`,
      measures: 'Measures',
      link: 'Link',
      claims: (name: string) => `Claims that use ${name}`,
    },
  },
  lineage: {
    /** Ancestors and descendants counted up to `limit` ("1,000 or more" beyond). */
    caption: (name: string, earlier: number, later: number, limit: number) => {
      const count = (n: number) => (n >= limit ? `${number(n)} or more` : String(n));
      const e = `${count(earlier)} earlier ${earlier === 1 ? 'model' : 'models'}`;
      const l = `${count(later)} later ${later === 1 ? 'model evolves' : 'models evolve'}`;
      const text =
        earlier > 0 && later > 0
          ? `${name} evolves from ${e}, and ${l} from it.`
          : earlier > 0
            ? `${name} evolves from ${e}; no model in the guide evolves from it yet.`
            : `${l} from ${name}; the guide records no model it evolves from.`;
      return `${text} Time runs down the page.`;
    },
    ancestors: 'Ancestors, oldest first',
    olderBefore: 'Older ancestors are in',
    tree: 'the evolution tree',
    back: (generations: number) =>
      generations === 1 ? 'Parent' : `${generations} generations back`,
    more: (n: number) => `and ${n} more`,
    thisModel: 'this model',
    descendants: 'Descendants',
  },
  /** /tree/: the evolution tree page and its components (the browser's words: client/tree.ts). */
  tree: {
    title: 'Model evolution tree',
    description: (n: number, oldest: number, newest: number) =>
      `The paper's Figure 1, live: ${n} language models from ${oldest} to ${newest} by branch, year, organisation and open or closed weights, with what the guide says about each.`,
    lede: (n: number, oldest: number, newest: number, drawn: number) =>
      `How language models grew from word embeddings into today's LLMs: ${n} models from ${oldest} to ${newest} on three transformer branches — encoder-only, encoder-decoder and decoder-only — above their pre-transformer roots. ${drawn} are drawn in the paper's Figure 1; the other ${n - drawn} are named in its text.`,
    controls: {
      find: 'Find a model',
      placeholder: 'Name or alias, e.g. GPT-3',
      show: 'Show',
      filters: 'Filters',
      branch: 'Branch',
      weights: 'Weights',
      all: 'All',
      open: 'Open',
      closed: 'Closed',
      released: 'Released',
      from: 'From',
      to: 'to',
      anyYear: 'any year',
      organisation: 'Organisation',
      allOrganisations: 'All organisations',
      figureOnly: 'Only models drawn in Figure 1',
      clear: 'Clear filters',
    },
    toolbar: {
      label: 'View',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      panLeft: 'Pan left',
      panUp: 'Pan up',
      panDown: 'Pan down',
      panRight: 'Pan right',
      fit: 'Fit',
      reset: 'Reset',
      fullScreen: 'Full screen',
      exportPng: 'Export PNG',
      exportSvg: 'Export SVG',
    },
    drawing: {
      label: 'Drawing of the model evolution tree',
      caption:
        'Time runs upward, one band per year; each branch is a column. Drag to pan, scroll or pinch to zoom, select a model to see its details; in the drawing, the arrow keys follow the lineage.',
      description: (n: number) =>
        `${n} models drawn as boxes joined to the models they evolve from. Pre-transformer roots are at the bottom left, then the encoder-only, encoder-decoder and decoder-only branches. The same models, with the same selection, are listed as links under “Models by branch and year” below.`,
      noScriptBefore:
        'Without JavaScript the drawing shows the newest years only; every model is listed below under ',
      noScriptAfter: '.',
    },
    time: {
      label: 'Year',
      play: 'Play',
      hint: 'Show the tree as it stood at the end of a year; that year’s new models stand out.',
    },
    panel: {
      details: treeWords.en.panel.details,
      empty: treeWords.en.panel.empty,
      close: treeWords.en.panel.close,
    },
    list: {
      title: 'Models by branch and year',
      hint: 'The same tree as the drawing, oldest first. A model evolved in the same year from another sits beneath it.',
      jsHint: 'Choosing a name selects it in the drawing and shows its details.',
    },
    chart: {
      title: 'Open and closed models by organisation',
      scope: treeWords.en.chart.scope,
      organisation: 'Organisation',
      open: 'Open',
      closed: 'Closed',
    },
    legend: treeWords.en.legend,
    format: treeWords.en.format,
  },
  verdictSummary: {
    caption: (total: number, subject: string) =>
      `How the ${total} ${total === 1 ? 'claim' : 'claims'} about ${subject} come out`,
    verdict: 'Verdict',
    claims: 'Claims',
    share: 'Share',
    mostOften: (long: string, count: number, total: number) =>
      `Most often: ${long.toLowerCase()} (${count} of ${total}).`,
    noLead: 'No single verdict leads.',
  },
  /** /search/: the page's frame; what the browser writes is in search's bundle (client/search.ts). */
  search: {
    title: 'Search',
    description: (claims: number) =>
      `Search all ${claims} claims of the guide by task, model, dataset, verdict and section, or browse them with filters.`,
    heading: 'Search',
    label: 'Search claims, tasks, models, datasets, sections and references',
    placeholder: 'ner, gpt-3, task:ner verdict:fine-tuned…',
    suggestions: 'Filter suggestions',
    submit: 'Search',
    syntax: 'Search syntax: words, "phrases" and filters such as task:ner',
    type: 'Type',
    toFind: 'To find',
    noScript: 'Search runs in your browser and needs JavaScript, which is off.',
    noScriptMore: 'Every claim is also on the page of its section and of each task it is about:',
    sections: 'Sections',
    tasks: 'Tasks',
    filters: searchWords.en.page.filters,
    results: 'Results',
    pages: 'Result pages',
  },
  /** /decide/: the advisor's frame and the whole flow as an outline. */
  decide: {
    title: 'LLM or fine-tuned? The decision flow',
    description:
      'Figure 2 of the survey as a questionnaire: answer up to ten yes/no questions about your NLP application to learn whether an LLM or a fine-tuned model suits it, and the claims behind the advice.',
    eyebrow: 'Figure 2 of the paper',
    heading: 'LLM or fine-tuned model?',
    lede: (questions: number, guide: string) =>
      `Answer up to ${questions} yes/no questions about your application. The first answer that settles it gives the paper's recommendation — a large language model, a fine-tuned one, or neither yet — with the claims of the [guide](${guide}) behind it.`,
    forExample: 'For example:',
    yourAnswer: 'Your answer',
    recommendation: "The figure's recommendation",
    why: 'Why: the claims behind it',
    back: 'Back',
    restart: 'Start over',
    copy: 'Copy link to this result',
    yourAnswers: 'Your answers',
    change: 'Change',
    wholeFlow: 'The whole flow',
    wholeFlowIntro:
      'All of Figure 2 on one page. Start at question 1 and follow the link for your answer: each leads to the next question or to a recommendation, with the claims behind it.',
    question: (n: number) => `Question ${n}`,
    example: 'Example:',
    answersTo: (n: number) => `Answers to question ${n}`,
    goOn: (n: number) => `Go on to question ${n}`,
    why2: ': why',
    endings: 'The recommendations and why',
    when: (n: number, answer: string) =>
      `if the answer to question ${n} is ${answer.toLowerCase()}`,
    route: (question: string, answer: string) => `“${question}” — ${answer}.`,
    reached: (route: Array<[answer: string, question: number]>) =>
      ` Reached by answering ${route.map(([a, n]) => `${a.toLowerCase()} to ${n}`).join(', ')}.`,
    backTo: (n: number) => `Back to question ${n}`,
    reasons: 'Claims that support it',
  },
  /** /api/: the prose around the generated field tables; `code` and [links](url) are marked up by Rich.astro. */
  api: {
    title: 'Graph API',
    description:
      "The guide's knowledge graph as one JSON file — claims, tasks, models, datasets, sections and references, with typed edges — and Figure 2's decision flow as another.",
    lede: (graph: string, flow: string) =>
      `Everything on this site is drawn from one knowledge graph, published as a single static file: [\`${graph}\`](${graph}), and Figure 2's decision flow is a second, [\`${flow}\`](${flow}). Fetch them from a script, a notebook or another site.`,
    shape: 'Shape',
    shapeText:
      'The file is one JSON object: `{ "version": 1, "nodes": [...], "edges": [...] }`. `version` changes only when the contract breaks.',
    nodeText:
      'Every node has `id` (`type:slug`, e.g. `model:gpt-3`), `type`, `slug`, `label` (a human-readable name), the fields of its type below, and `url` (the page that shows it) where it has a page. Chinese words are in `zh`.',
    edgeText:
      'Every edge has `source` and `target` (node ids) and `type`. Relations are only in edges, never repeated in node fields.',
    nodeTypes: 'Node types',
    inGraph: (n: number) => `(${n} in the current graph)`,
    field: 'Field',
    meaning: 'Meaning',
    optional: ' (optional)',
    edgeTypes: 'Edge types',
    type: 'Type',
    fromTo: 'From → to: meaning',
    example: 'Example',
    exampleIntro: 'A node and its first edges, as they appear in the file:',
    flowHeading: 'The decision flow:',
    flowText: (flow: string, decide: string) =>
      `Figure 2 of the paper — the yes/no questions behind the [LLM or fine-tuned? advisor](${decide}) — is a second file, [\`${flow}\`](${flow}): \`{ "version": 1, "start": "<question id>", "outcomes": {...}, "questions": [...] }\`. Start at the question \`start\` names; each answer either names the \`next\` question or ends in an \`outcome\` — \`llm\`, \`fine-tuned\` or \`none\` (no model does well yet), spelt out in \`outcomes\` (and in Chinese in \`zh.outcomes\`) — with \`because\`, the graph ids (\`claim:<slug>\`) of the claims that support it. The advisor writes a path as one letter per answer, \`y\` or \`n\`: [\`${decide}?answers=nnny\`](${decide}?answers=nnny) opens it at that outcome.`,
    questionFields: 'Fields of a question',
    answerFields: 'Fields of an answer (`yes`, `no`)',
    firstQuestion: 'The first question, as it appears in the file:',
    query: 'Querying it',
    queryText:
      'Every example runs as it is in Node 18 or later, or in a browser console on this site, with nothing to install.',
    examples: {
      'example-script': {
        title: 'Fetch it from a script',
        intro:
          'Save this as count.mjs and run node count.mjs (Node 18 or later; nothing to install). It counts the nodes of each type.',
      },
      'example-fine-tuned-wins': {
        title: 'All claims about a task where fine-tuned models win',
        intro:
          'Claims point at their tasks with addresses edges; follow them backwards from the task and keep the fine-tuned verdicts.',
      },
      'example-lineage': {
        title: "A model's line of ancestors",
        intro:
          'evolves-from edges run from a model to its parents; follow the first parent back to the root.',
      },
      'example-decision': {
        title: 'Follow the decision flow',
        intro:
          "Answers in the advisor's notation (y or n per question, as in /decide/?answers=nnny) lead to an outcome; its because lists graph ids of the supporting claims.",
      },
    },
    /** Field descriptions, where a language has its own; English reads them from the schemas' `.describe()`. */
    fields: {} as Record<string, string>,
  },
  tables: {
    also: 'Also:',
    models: {
      title: 'All models',
      description: (n: number) =>
        `All ${n} language models of the guide in one sortable table: year, architecture family, organisation, open or closed weights, size and the claims that name them.`,
      lede: (n: number, drawn: number, open: number) =>
        `${n} models: the ${drawn} drawn in the paper's evolution tree (Figure 1) and others the survey names. ${open} have open weights, ${n - open} are closed. Sort the table by any column; each name opens the model's page, with its lineage and every claim about it.`,
      label: 'Models table',
      caption: 'Models of the guide',
      model: 'Model',
      year: 'Year',
      family: 'Family',
      organisation: 'Organisation',
      weights: 'Weights',
      open: 'Open',
      closed: 'Closed',
      parameters: 'Parameters',
      unknown: 'unknown',
      claims: 'Claims',
      tasks: 'tasks',
      datasets: 'datasets',
    },
    tasks: {
      title: 'All tasks',
      description: (n: number) =>
        `All ${n} NLP tasks of the guide in one sortable table: category, datasets, and how many claims favour LLMs or fine-tuned models.`,
      lede: (n: number) =>
        `${n} tasks, from named entity recognition to medical diagnosis. For each: how many of the guide's claims about it favour LLMs, favour fine-tuned models, find them comparable, or say it depends. Sort by any column; each name opens the task's page.`,
      label: 'Tasks table',
      caption: 'Tasks of the guide, with the verdicts of their claims',
      task: 'Task',
      category: 'Category',
      claims: 'Claims',
      datasets: 'Datasets',
      models: 'models',
      datasetsLink: 'datasets',
      decide: 'LLM or fine-tuned? The decision flow',
    },
    datasets: {
      title: 'All datasets',
      description: (n: number) =>
        `All ${n} datasets and benchmarks the guide's claims rely on, with the tasks they measure, in one sortable table.`,
      lede: (n: number) =>
        `${n} datasets and benchmarks behind the guide's claims, with the tasks they measure. Sort by any column; each name opens the dataset's page.`,
      label: 'Datasets table',
      caption: 'Datasets of the guide',
      dataset: 'Dataset',
      measures: 'Measures',
      claims: 'Claims',
      models: 'models',
      tasks: 'tasks',
    },
  },
};

/** The shape every language's dictionary has: English's, with any wording allowed. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly [infer A, infer B]
      ? [Widen<A>, Widen<B>]
      : { [K in keyof T]: Widen<T[K]> };
export type Dictionary = Widen<typeof en>;
