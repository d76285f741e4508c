/** The copy button's messages (src/client/copy-button.ts). */
import type { Bundle } from '../client';

const en = {
  copied: 'Copied to the clipboard.',
  linkCopied: 'Link copied to the clipboard.',
  selected: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
  copyLink: (link: string) => `Copy this link: ${link}`,
};

export const copyWords: Bundle<typeof en> = {
  en,
  zh: {
    copied: '已复制到剪贴板。',
    linkCopied: '链接已复制到剪贴板。',
    selected: '已选中：按Ctrl+C（Mac上按⌘C）复制。',
    copyLink: (link: string) => `请复制这个链接：${link}`,
  },
};
