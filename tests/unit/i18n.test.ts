/** The Chinese words the site needs are all there: the API's field docs and the dictionaries' shape. */
import { describe, expect, it } from 'vitest';
import { EDGES, NODE_TYPES } from '../../src/graph/types';
import { en } from '../../src/i18n/en';
import { LOCALES, localeOfPath, localizeUrl } from '../../src/i18n/locales';
import { zh } from '../../src/i18n/zh';
import { samePageIn } from '../../src/components/links';
import { decisionFlowFields, nodeFields } from '../../src/views/api-docs';

describe('the API documentation in Chinese', () => {
  it('describes every field and edge the English page documents', () => {
    const keys = [
      ...NODE_TYPES.flatMap((type) => nodeFields(type).map((f) => `${type}.${f.name}`)),
      ...decisionFlowFields().question.map((f) => `question.${f.name}`),
      ...decisionFlowFields().branch.map((f) => `branch.${f.name}`),
      ...Object.keys(EDGES).map((type) => `edge.${type}`),
    ];
    expect(keys.filter((key) => !(key in zh.api.fields))).toEqual([]);
    expect(Object.keys(zh.api.examples).sort()).toEqual(Object.keys(en.api.examples).sort());
  });
});

describe('languages in URLs', () => {
  it('moves a site URL into a language and back, under any base path', () => {
    expect(localizeUrl('/guide/nlu/#claim-x', 'zh')).toBe('/zh/guide/nlu/#claim-x');
    expect(localizeUrl('/zh/guide/nlu/', 'en')).toBe('/guide/nlu/');
    expect(localizeUrl('/zh/guide/nlu/', 'zh')).toBe('/zh/guide/nlu/');
    expect(localizeUrl('/sub/models/gpt-3/', 'zh', '/sub/')).toBe('/sub/zh/models/gpt-3/');
    expect(localizeUrl('https://arxiv.org/abs/1', 'zh')).toBe('https://arxiv.org/abs/1');
  });

  it('tells a page’s language from its path', () => {
    expect(localeOfPath('/zh/tree/')).toBe('zh');
    expect(localeOfPath('/zhx/tree/')).toBe('en');
    expect(localeOfPath('/tree/')).toBe('en');
    expect(localeOfPath('/sub/zh/', '/sub/')).toBe('zh');
    expect(LOCALES.zh.lang).toBe('zh-CN');
  });

  it('switches between the not-found pages where they really are: /404.html and /zh/404/', () => {
    const at = (path: string) => new URL(path, 'http://localhost');
    expect(samePageIn(at('/zh/404/'), 'en')).toBe('/404.html');
    expect(samePageIn(at('/404.html'), 'zh')).toBe('/zh/404/');
    expect(samePageIn(at('/404'), 'zh')).toBe('/zh/404/');
    expect(samePageIn(at('/guide/nlu/'), 'zh')).toBe('/zh/guide/nlu/');
    expect(samePageIn(at('/models/404-bert/'), 'zh')).toBe('/zh/models/404-bert/');
  });
});

describe('descriptions for search engines', () => {
  it('say what a task or dataset is and how many claims its page holds, in each language', () => {
    expect(en.entityMeta('NER', 'Find names in text.', 2)).toBe(
      "NER: Find names in text. This page gathers the survey's 2 claims about it, with their verdicts.",
    );
    expect(en.entityMeta('NER', 'Find names in text.', 0)).toBe('NER: Find names in text.');
    expect(zh.entityMeta('视觉问答', '回答关于图像内容的问题。', 1200)).toBe(
      '视觉问答：回答关于图像内容的问题。本页收录综述中关于它的1,200条论断及其结论。',
    );
  });
});
