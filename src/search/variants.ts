/**
 * Traditional characters typed into the Chinese search, folded to the Simplified ones the index
 * holds (機器翻譯 → 机器翻译). OpenCC's Traditional → Simplified tables (opencc-js `t2cn`) are
 * 52.6 kB gzip: too much to make every searcher load. The build keeps only the part that can
 * matter — the Traditional forms of characters the index holds — and never maps a character the
 * index holds itself (著 stays 著, as in 著名), so folding cannot lose a match the query had
 * without it. Build time only (Node); the pairs travel in the Chinese artefact.
 */
import { Converter } from 'opencc-js/t2cn';

/** Han blocks OpenCC's tables cover: CJK Unified Ideographs, Extension A, compatibility ideographs. */
const BLOCKS: Array<[number, number]> = [
  [0x4e00, 0x9fff],
  [0x3400, 0x4dbf],
  [0xf900, 0xfaff],
];
/** Traditional as written in Taiwan, Hong Kong and OpenCC's standard form. */
const SOURCES = ['t', 'tw', 'hk'] as const;
const HAN = /\p{Script=Han}/u;

/**
 * Pairs of characters, Traditional then Simplified, one after the other ("機机譯译…"), for every
 * Traditional character whose Simplified form is in `held` and which is not in `held` itself.
 */
export function traditionalVariants(held: ReadonlySet<string>): string {
  const all: string[] = [];
  for (const [from, to] of BLOCKS)
    for (let code = from; code <= to; code++) all.push(String.fromCodePoint(code));
  const map = new Map<string, string>();
  for (const source of SOURCES) {
    // One character per line, so phrase tables never join neighbours.
    const converted = Converter({ from: source, to: 'cn' })(all.join('\n')).split('\n');
    converted.forEach((simplified, i) => {
      const traditional = all[i]!;
      if (simplified !== traditional && held.has(simplified) && !held.has(traditional))
        map.set(traditional, simplified);
    });
  }
  return [...map].map(([t, s]) => t + s).join('');
}

/** The Han characters of some texts. */
export function hanCharacters(texts: Iterable<string>): Set<string> {
  const held = new Set<string>();
  for (const text of texts) for (const char of text) if (HAN.test(char)) held.add(char);
  return held;
}
