/**
 * The one contract for a view kept in the address bar (the search page, the tree, the advisor).
 * Pure — no DOM, no `location` — so each implementation is unit-tested on its own, and the
 * browser part (src/client/address.ts) is written once for all of them.
 *
 * A URL is input from anyone: `read` never throws and never trusts it. Whatever it cannot use is
 * dropped or corrected, and each correction is explained in `problems`, in words for the reader,
 * with the offending value echoed back as text (never markup) and cut short. `write` is canonical:
 * only what differs from the default view, in a fixed order, so equal views have equal URLs and
 * `write(read(x))` is the corrected form of any address `x`.
 */
export interface Reading<S> {
  state: S;
  /** Friendly sentences, one per thing the address asked for that could not be used as given. */
  problems: string[];
}

export interface UrlState<S> {
  read(params: URLSearchParams): Reading<S>;
  write(state: S): URLSearchParams;
}

/** `?a=1&b=2` for a URL, or nothing when there are no parameters. */
export function toQuery(params: URLSearchParams): string {
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The canonical query string for what an address says (its parameters read, corrected and written back). */
export function canonicalQuery<S>(contract: UrlState<S>, params: URLSearchParams): string {
  return toQuery(contract.write(contract.read(params).state));
}

/** A value from the address shown back to the reader: cut to `max` characters (whole ones, emoji included). */
export function cut(value: string, max = 24): string {
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max).join('')}…`;
}

/** A value from the address quoted in a message: “value”, cut short. */
export const quote = (value: string, max = 40): string => `“${cut(value, max)}”`;
