/**
 * The evolution tree's words in the browser (src/client/tree/, src/tree/state.ts) and the few it
 * shares with the page (dates, weights, the legend, which the SVG export draws too).
 */
import type { Bundle, Words } from '../client';
import { verdictLabels, verdictWords } from './verdicts';

const list = (names: string[]) => new Intl.ListFormat('en-GB').format(names);

const en = {
  branch: {
    'pre-transformer': 'Pre-transformer',
    'encoder-only': 'Encoder-only',
    'encoder-decoder': 'Encoder-decoder',
    'decoder-only': 'Decoder-only',
  },
  verdict: verdictLabels(verdictWords.en),
  format: {
    /** "May 2020 (drawn in 2019 in Figure 1)". */
    drawnIn: (release: string, year: number) => `${release} (drawn in ${year} in Figure 1)`,
    weights: (open: boolean) => (open ? 'open weights' : 'closed weights'),
    separator: ', ',
    notInFigure: 'not drawn in Figure 1',
    from: (parents: string[]) => `from ${list(parents)}`,
    count: (n: number) => `(${n})`,
  },
  legend: {
    title: 'Legend',
    fill: 'Fill and border',
    open: 'Filled: open weights',
    closed: 'Hollow: closed',
    dashed: 'Dashed: named in the text, not drawn in Figure 1',
    selected: 'Selected; its lineage stays bright, the rest fades',
    fresh: 'Thick outline: new in the year shown',
  },
  url: {
    noModelDidYouMean: (value: string, name: string) =>
      `There is no model ${value} in the tree; did you mean ${name}? The whole tree is shown.`,
    noModel: (value: string) =>
      `There is no model ${value} in the tree, so the whole tree is shown. Try the “Find a model” box.`,
    branch: (value: string, branches: string) =>
      `Ignored the unknown branch ${value}; branches are ${branches}.`,
    weights: (value: string) => `Ignored weights=${value}; use “open” or “closed”.`,
    org: (value: string) => `Ignored the unknown organisation ${value}.`,
    year: (key: string, value: string) => `Ignored ${key}=${value}; use a four-digit year.`,
    swapped: (from: number, to: number) =>
      `The years were the wrong way round (${from} to ${to}), so they were swapped.`,
    figure: (value: string) =>
      `Ignored figure=${value}; use figure=1 to show only the models of Figure 1.`,
    timeTravel: (value: string, first: number, last: number) =>
      `Ignored year=${value}; the tree runs from ${first} to ${last}.`,
    focus: (value: string) => `Ignored focus=${value}; use 1, 2 or all.`,
    focusAlone: 'Focus needs a selected model, so the whole tree is shown.',
    withAlone: 'A comparison needs a selected model first (model=…), so it was dropped.',
    withUnknown: (value: string) => `There is no model ${value} to compare with.`,
    withSelf: 'A model compared with itself says nothing, so the comparison was dropped.',
  },
  tree: {
    loadFailed: (why: string) =>
      `The interactive tree could not be loaded (${why}); every model is still listed below.`,
    hiddenByFilters: (name: string) =>
      `${name} is hidden by these filters, so it is no longer selected.`,
    filtersCleared: (name: string) => `Filters cleared to show ${name}.`,
    selectionCleared: 'Selection cleared.',
    selected: (name: string, year: number) =>
      `Selected ${name}, ${year}. Its details are in the panel.`,
    noMatch: (query: string) => `No model matches “${query}”.`,
    typeName: 'Type a model name or alias.',
    none: 'No model matches these filters.',
    all: (total: number) => `Showing all ${total} models.`,
    some: (shown: number, total: number) => `Showing ${shown} of ${total} models.`,
    filtersOn: (n: number) => `(${n} on)`,
    savedPng: 'The current view was saved as a PNG image, with a title, the legend and the source.',
    savedSvg:
      'The tree as shown was saved as an SVG drawing, with a title, the legend and the source.',
    fullScreen: 'Full screen',
    exitFullScreen: 'Exit full screen',
    filteredOut: ' · hidden by the filters',
    countOf: (shown: number, total: number) =>
      shown === total ? `(${total})` : `(${shown} of ${total})`,
    newIn: (year: number) => ` · new in ${year}`,
  },
  time: {
    /** The slider's spoken value. */
    value: (year: number, added: number, total: number) =>
      `${year}: ${total} ${total === 1 ? 'model' : 'models'} so far, ${added} new`,
    all: (total: number) => `All years: ${total} models`,
    play: 'Play',
    pause: 'Pause',
    allYears: 'All years',
  },
  keys: {
    /** Where the keyboard cursor is in the drawing. */
    at: (name: string, year: number, branch: string, parents: number, children: number) =>
      `${name}, ${year}, ${branch}. ${parents} ${parents === 1 ? 'parent' : 'parents'}, ${children} ${children === 1 ? 'child' : 'children'}. Enter opens its details.`,
    nowhere: (direction: 'up' | 'down' | 'left' | 'right') =>
      ({
        up: 'No parent in view.',
        down: 'No child in view.',
        left: 'Nothing further left in this branch and year.',
        right: 'Nothing further right in this branch and year.',
      })[direction],
  },
  chart: {
    scope: (shown: number, total: number) =>
      `${shown === total ? `Counting the ${total} models` : `Counting the ${shown} of the ${total} models that the filters show`} as Figure 1's bar chart does: those drawn in the figure, less its pre-transformer roots, which it gives no organisation. A model from two organisations counts for both.`,
  },
  panel: {
    details: 'Details',
    empty:
      'Select a model in the drawing or in the list to see its facts, its lineage and what the guide says about it.',
    released: 'Released',
    branch: 'Branch',
    organisation: 'Organisation',
    weights: 'Weights',
    open: 'Open (filled in the drawing)',
    closed: 'Closed (hollow in the drawing)',
    parameters: 'Parameters',
    aliases: 'Also known as',
    paper: 'Paper',
    readOn: (host: string) => `Read it on ${host}`,
    inFigure: 'In Figure 1',
    yes: 'Yes',
    textOnly: 'No, named in the text',
    parents: 'Evolves from',
    children: 'Evolved into',
    says: (n: number) => `What the guide says (${n})`,
    loading: 'Loading the claims…',
    noClaims: 'No claim of the guide names this model.',
    failedBefore: 'The claims could not be loaded just now; ',
    failedAfter: ' lists them.',
    page: (name: string) => `${name}'s page`,
    search: (name: string) => `Search claims about ${name}`,
    backToList: 'Back to the list',
    clear: 'Clear selection',
    close: 'Close details',
    compareWith: 'Compare with…',
    compareLabel: (name: string) => `Compare ${name} with another model`,
    compare: 'Compare',
    stopCompare: 'End the comparison',
    focus: 'Focus on its lineage',
    focusDepth: { off: 'Whole tree', '1': '1 generation', '2': '2 generations', all: 'All' },
  },
  compare: {
    heading: (a: string, b: string) => `${a} and ${b}`,
    same: 'The same model.',
    ancestor: (a: string, b: string, generations: number) =>
      `${a} is an ancestor of ${b}, ${generations} ${generations === 1 ? 'generation' : 'generations'} back:`,
    descendant: (a: string, b: string, generations: number) =>
      `${a} descends from ${b}, ${generations} ${generations === 1 ? 'generation' : 'generations'} on:`,
    cousins: (a: string, b: string, ancestor: string) =>
      `${a} and ${b} both descend from ${ancestor}, their nearest common ancestor:`,
    none: (a: string, b: string) =>
      `${a} and ${b} share no ancestor in the tree: they grew from separate roots.`,
    arrow: ' → ',
    announce: (text: string) => `Compared: ${text}`,
    notFound: (query: string) => `No model matches “${query}” to compare with.`,
  },
  export: {
    title: 'Model evolution tree',
    subtitle: (shown: number, first: number, last: number) =>
      `${shown} language models, ${first}–${last}, by branch and year`,
    source: (url: string) =>
      `Source: Yang et al., “Harnessing the Power of LLMs in Practice” (2023), Figure 1 — redrawn by the LLM Practical Guide, ${url}`,
  },
};

export type TreeWords = Words<typeof en>;

const zhList = (names: string[]) => names.join('、');

export const treeWords: Bundle<TreeWords> = {
  en,
  zh: {
    branch: {
      'pre-transformer': 'Transformer之前',
      'encoder-only': '仅编码器',
      'encoder-decoder': '编码器-解码器',
      'decoder-only': '仅解码器',
    },
    verdict: verdictLabels(verdictWords.zh),
    format: {
      drawnIn: (release: string, year: number) => `${release}（图1把它画在${year}年）`,
      weights: (open: boolean) => (open ? '开源' : '闭源'),
      separator: '、',
      notInFigure: '图1中未画出',
      from: (parents: string[]) => `源自${zhList(parents)}`,
      count: (n: number) => `（${n}）`,
    },
    legend: {
      title: '图例',
      fill: '填充与边框',
      open: '实心：开源',
      closed: '空心：闭源',
      dashed: '虚线框：正文提到、图1未画出',
      selected: '选中的模型；它的谱系保持高亮，其余变淡',
      fresh: '粗边框：所示年份新出现的模型',
    },
    url: {
      noModelDidYouMean: (value: string, name: string) =>
        `演化树中没有模型${value}；你要找的是不是${name}？现在显示整棵演化树。`,
      noModel: (value: string) =>
        `演化树中没有模型${value}，现在显示整棵演化树。可以试试“查找模型”框。`,
      branch: (value: string, branches: string) =>
        `已忽略未知分支${value}；可用的分支有${branches}。`,
      weights: (value: string) => `已忽略weights=${value}；请用“open”（开源）或“closed”（闭源）。`,
      org: (value: string) => `已忽略未知机构${value}。`,
      year: (key: string, value: string) => `已忽略${key}=${value}；年份要写成四位数字。`,
      swapped: (from: number, to: number) => `起止年份写反了（${from}到${to}），已自动对调。`,
      figure: (value: string) => `已忽略figure=${value}；用figure=1只显示图1中的模型。`,
      timeTravel: (value: string, first: number, last: number) =>
        `已忽略year=${value}；演化树的年份范围是${first}至${last}年。`,
      focus: (value: string) => `已忽略focus=${value}；可选1、2或all。`,
      focusAlone: '聚焦需要先选中一个模型，所以现在显示整棵演化树。',
      withAlone: '对比需要先选中一个模型（model=…），所以已取消对比。',
      withUnknown: (value: string) => `没有可以对比的模型${value}。`,
      withSelf: '模型和自己对比没有意义，所以已取消对比。',
    },
    tree: {
      loadFailed: (why: string) => `交互式演化树没能加载（${why}）；下方仍列出了全部模型。`,
      hiddenByFilters: (name: string) => `${name}被当前筛选条件隐藏，已取消选中。`,
      filtersCleared: (name: string) => `已清除筛选条件，以便显示${name}。`,
      selectionCleared: '已取消选中。',
      selected: (name: string, year: number) => `已选中${name}（${year}年），详情见侧栏。`,
      noMatch: (query: string) => `没有与“${query}”匹配的模型。`,
      typeName: '请输入模型名称或别名。',
      none: '没有符合这些筛选条件的模型。',
      all: (total: number) => `显示全部${total}个模型。`,
      some: (shown: number, total: number) => `显示${total}个模型中的${shown}个。`,
      filtersOn: (n: number) => `（已启用${n}项）`,
      savedPng: '当前视图已保存为PNG图片，附标题、图例和出处。',
      savedSvg: '当前显示的演化树已保存为SVG矢量图，附标题、图例和出处。',
      fullScreen: '全屏',
      exitFullScreen: '退出全屏',
      filteredOut: ' · 已被筛选隐藏',
      countOf: (shown: number, total: number) =>
        shown === total ? `（${total}）` : `（${total}个中的${shown}个）`,
      newIn: (year: number) => ` · ${year}年新出现`,
    },
    time: {
      value: (year: number, added: number, total: number) =>
        `${year}年：累计${total}个模型，其中${added}个是当年新出现的`,
      all: (total: number) => `全部年份：共${total}个模型`,
      play: '播放',
      pause: '暂停',
      allYears: '全部年份',
    },
    keys: {
      at: (name: string, year: number, branch: string, parents: number, children: number) =>
        `${name}，${year}年，${branch}。父模型${parents}个，子模型${children}个。按回车查看详情。`,
      nowhere: (direction: 'up' | 'down' | 'left' | 'right') =>
        ({
          up: '视图中没有它的父模型。',
          down: '视图中没有它的子模型。',
          left: '同一分支、同一年份中左边已经没有模型。',
          right: '同一分支、同一年份中右边已经没有模型。',
        })[direction],
    },
    chart: {
      scope: (shown: number, total: number) =>
        `${shown === total ? `统计${total}个模型` : `统计筛选后显示的${shown}个模型（共${total}个）`}，口径与图1的柱状图相同：只算图中画出的模型，不算图中没有标注机构的Transformer之前的根模型。由两家机构合作的模型，两家各记一次。`,
    },
    panel: {
      details: '详情',
      empty: '在演化树或列表中选择一个模型，查看它的基本信息、谱系以及指南对它的论述。',
      released: '发布时间',
      branch: '分支',
      organisation: '机构',
      weights: '权重',
      open: '开源（图中实心）',
      closed: '闭源（图中空心）',
      parameters: '参数量',
      aliases: '别名',
      paper: '论文',
      readOn: (host: string) => `在${host}上阅读`,
      inFigure: '是否在图1中',
      yes: '是',
      textOnly: '否，仅在正文中提及',
      parents: '演化自',
      children: '演化出',
      says: (n: number) => `指南中的相关论断（${n}条）`,
      loading: '正在加载论断……',
      noClaims: '指南中没有论断提到这个模型。',
      failedBefore: '论断暂时没能加载；',
      failedAfter: '列出了全部论断。',
      page: (name: string) => `${name}的模型页面`,
      search: (name: string) => `搜索与${name}有关的论断`,
      backToList: '回到列表',
      clear: '取消选中',
      close: '关闭详情',
      compareWith: '与……对比',
      compareLabel: (name: string) => `将${name}与其他模型对比`,
      compare: '对比',
      stopCompare: '结束对比',
      focus: '聚焦它的谱系',
      focusDepth: { off: '整棵树', '1': '上下1代', '2': '上下2代', all: '全部' },
    },
    compare: {
      heading: (a: string, b: string) => `${a}与${b}`,
      same: '这是同一个模型。',
      ancestor: (a: string, b: string, generations: number) =>
        `${a}是${b}的祖先，相隔${generations}代：`,
      descendant: (a: string, b: string, generations: number) =>
        `${a}由${b}演化而来，相隔${generations}代：`,
      cousins: (a: string, b: string, ancestor: string) =>
        `${a}和${b}都由${ancestor}演化而来，它是两者最近的共同祖先：`,
      none: (a: string, b: string) => `${a}和${b}在演化树中没有共同祖先：它们源自不同的根。`,
      arrow: ' → ',
      announce: (text: string) => `对比结果：${text}`,
      notFound: (query: string) => `没有与“${query}”匹配的模型可供对比。`,
    },
    export: {
      title: '模型演化树',
      subtitle: (shown: number, first: number, last: number) =>
        `${first}至${last}年的${shown}个语言模型，按分支和年份排列`,
      source: (url: string) =>
        `出处：Yang等，《Harnessing the Power of LLMs in Practice》（2023），图1；由LLM实用指南重新绘制，${url}`,
    },
  },
};
