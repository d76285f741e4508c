/**
 * How to cite the paper this site is built on. The README shows the same BibTeX, and its title
 * and year are the bibliography's `yang-2023` entry; a unit test keeps all three in step.
 */
export const PAPER_BIBTEX = `@article{yang2023harnessing,
  title  = {Harnessing the Power of LLMs in Practice: A Survey on ChatGPT and Beyond},
  author = {Jingfeng Yang and Hongye Jin and Ruixiang Tang and Xiaotian Han and Qizhang Feng and Haoming Jiang and Bing Yin and Xia Hu},
  year   = {2023},
  eprint = {2304.13712},
  archivePrefix = {arXiv},
  primaryClass  = {cs.CL}
}`;

/** The bibliography id of the paper itself. */
export const PAPER_REFERENCE = 'yang-2023';
