/**
 * The advisor's words (src/client/decision-advisor.ts, src/decide/): Figure 2's outcomes, the
 * answers, the progress line, and the messages about a shared link. The page dictionaries take
 * the outcomes from here, so they are written once.
 */
import type { Bundle } from '../client';

const en = {
  outcome: {
    llm: {
      title: 'Use an LLM',
      summary:
        'A large language model, prompted with instructions and perhaps a few examples, is the better choice for this application.',
    },
    'fine-tuned': {
      title: 'Use a fine-tuned model',
      summary:
        'A smaller model fine-tuned on labelled data for your task is likely to do as well or better, and costs far less to run.',
    },
    none: {
      title: 'No model does well yet',
      summary:
        'Neither LLMs nor fine-tuned models handle this reliably yet: plan for rules, human review or a different way of framing the task.',
    },
  },
  answer: { yes: 'Yes', no: 'No' },
  progress: (n: number, most: number) => `Question ${n} of at most ${most}`,
  question: (n: number) => `Question ${n}`,
  change: (n: number) => `Change your answer to question ${n}`,
  again: 'Starting from the first question.',
  unreadable: (raw: string, param: string) =>
    `The answers in this link (“${raw}”) could not be read: they are written one letter per question, y for yes and n for no, as in ?${param}=nny.`,
  misfit: (query: string) =>
    `The answers in this link (${query}) do not fit the questions, perhaps because the questions changed since the link was shared.`,
  /** `used` answers reached the outcome; `ignored` are the later ones, already in words. */
  ignored: (used: number, ignored: string[], more: boolean) => {
    const lead =
      used === 1
        ? 'The first answer in this link already leads'
        : `The first ${used} answers in this link already lead`;
    const count = ignored.length === 1 && !more ? 'the answer' : `the ${ignored.length} answers`;
    const named = [...ignored, ...(more ? ['…'] : [])].join(', ');
    return `${lead} to a recommendation, so ${count} after ${used === 1 ? 'it' : 'them'} (${named}) ${ignored.length === 1 && !more ? 'was' : 'were'} ignored.`;
  },
};

export const decideWords: Bundle<typeof en> = {
  en,
  zh: {
    outcome: {
      llm: {
        title: '选用LLM',
        summary: '对这个应用来说，用指令加上几个示例去提示一个大语言模型，是更好的选择。',
      },
      'fine-tuned': {
        title: '选用微调模型',
        summary:
          '针对你的任务、在标注数据上微调的较小模型，效果很可能不相上下甚至更好，运行成本也低得多。',
      },
      none: {
        title: '目前没有模型能做好',
        summary:
          'LLM和微调模型目前都还不能可靠地处理这类任务：考虑规则、人工复核，或换一种方式来定义任务。',
      },
    },
    answer: { yes: '是', no: '否' },
    progress: (n: number, most: number) => `第${n}题，最多${most}题`,
    question: (n: number) => `第${n}题`,
    change: (n: number) => `修改第${n}题的回答`,
    again: '将从第一个问题重新开始。',
    unreadable: (raw: string, param: string) =>
      `这个链接里的回答（“${raw}”）无法识别：回答按题目顺序每题一个字母，y表示是，n表示否，例如?${param}=nny。`,
    misfit: (query: string) =>
      `这个链接里的回答（${query}）与现在的问题对不上，可能是分享链接之后问题有了改动。`,
    ignored: (used: number, ignored: string[], more: boolean) =>
      `这个链接的前${used}个回答已经得出建议，因此之后的${ignored.length}${more ? '个以上' : '个'}回答（${[...ignored, ...(more ? ['…'] : [])].join('、')}）被忽略了。`,
  },
};
