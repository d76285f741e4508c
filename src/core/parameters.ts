/** Parameter counts as published ("175B", "1.6T", "340M") to numbers, so tables sort them by size. */
const SCALE: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

export function parameterCount(text: string | undefined): number | undefined {
  const match = /^~?\s*(\d+(?:\.\d+)?)\s*([KMBT])$/i.exec(text?.trim() ?? '');
  return match ? Number(match[1]) * SCALE[match[2]!.toUpperCase()]! : undefined;
}
