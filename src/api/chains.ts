import type { ChainPath, RelayChain } from "../store/store.js";

/** One way statements reached print, with how many reports took it: the store's grouped chain, as the API serves it. */
export type ReportingChain = ChainPath;

/**
 * Groups the store's per-report chains by their path, circular ones first, then the longest and
 * most travelled: `groupChains([{chain: ["A", "B"]}, {chain: ["A", "B"]}])` → one chain with 2 reports.
 */
export function groupChains(chains: readonly RelayChain[]): ReportingChain[] {
  const byPath = new Map<string, { links: readonly string[]; circular: boolean; statements: Set<string>; reports: number }>();
  for (const c of chains) {
    const key = c.chain.join("\u0000");
    const entry = byPath.get(key) ?? { links: c.chain, circular: false, statements: new Set<string>(), reports: 0 };
    entry.circular ||= c.circular;
    entry.statements.add(c.statement);
    entry.reports++;
    byPath.set(key, entry);
  }
  return sortChains([...byPath.values()].map((c) => ({ links: c.links, circular: c.circular, statements: [...c.statements], statement_count: c.statements.size, reports: c.reports })));
}

/** Circular chains first, then the longest, then the most travelled (then by links, so that both engines agree). */
export function sortChains<T extends Pick<ReportingChain, "links" | "circular" | "reports">>(chains: readonly T[]): T[] {
  return [...chains].sort(
    (a, b) => Number(b.circular) - Number(a.circular) || b.links.length - a.links.length || b.reports - a.reports || a.links.join("\u0000").localeCompare(b.links.join("\u0000")),
  );
}
