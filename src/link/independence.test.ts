import { describe, expect, it } from "vitest";
import { chainPaths, independentSources, relayChains, type OriginOf } from "./independence.js";

const st = (id: string, org: string, p: Partial<OriginOf> = {}): OriginOf => ({
  id, source: { speaker: null, org, country: null }, source_key: `org:${org.toLowerCase()}`, media: false, carriers: [], ...p,
});

describe("independentSources", () => {
  it("counts distinct origins, never the press that relays one of them", () => {
    const intel = st("s1", "Border Intelligence", { carriers: ["outlet:harbour post"] });
    const relay = st("s2", "Harbour Post", { media: true, carriers: ["outlet:harbour post", "relay:border intelligence"] });
    const other = st("s3", "Coast Guard Office", { carriers: ["outlet:nord review"] });
    expect(independentSources([intel, relay, other])).toBe(2);
  });
  it("gives a page copied from another no confirmation of its own", () => {
    const wire = st("s1", "Continental Wire", { media: true, carriers: ["group:g1", "outlet:continental wire"] });
    const copy = st("s2", "Evening Flash", { media: true, carriers: ["group:g1", "outlet:evening flash"] });
    expect(independentSources([wire, copy])).toBe(1);
  });
  it("is never more than the distinct sources", () => {
    const list = [st("a", "X"), st("b", "X"), st("c", "Y", { media: true })];
    expect(independentSources(list)).toBeLessThanOrEqual(new Set(list.map((s) => s.source_key)).size);
  });
});

describe("relayChains", () => {
  it("shows who relayed whom; a plain relay A > B > C is not circular, even where B speaks for itself elsewhere", () => {
    const intel = { ...st("s1", "Border Intelligence"), reports: [{ doc: "d2", outlet: "Evening Flash", relays: ["Continental Wire", "Evening Flash"] }] };
    const wire = { ...st("s2", "Continental Wire", { media: true }), reports: [{ doc: "d1", outlet: "Continental Wire", relays: [] }] };
    const chains = relayChains([intel, wire]);
    expect(chains).toEqual([{ statement: "s1", doc: "d2", chain: ["Border Intelligence", "Continental Wire", "Evening Flash"], circular: false }]);
  });

  it("marks circular only a chain that comes back to its origin", () => {
    const back = (org: string, relays: string[], outlet: string) => relayChains([{ ...st("s", org), reports: [{ doc: "d", outlet, relays }] }])[0]?.circular ?? null;
    expect(back("Harbour Post", ["Nord Review"], "Harbour Post")).toBe(true); // the outlet prints what it first said, back through another
    expect(back("Border Intelligence", ["Continental Wire", "Nord Review"], "Evening Flash")).toBe(false);
    // a report lists its origin and its own outlet among the relays, and names a relay twice: still a plain relay
    expect(back("Border Intelligence", ["Continental Wire", "Nord Review", "Continental Wire", "Evening Flash"], "Evening Flash")).toBe(false);
    expect(back("Coast Guard Office", ["Nord Review", "Coast Guard Office", "Evening Flash"], "Evening Flash")).toBe(false);
  });

  it("drops the origin and the outlet from the relays, and names each relay once", () => {
    const [c] = relayChains([{ ...st("s", "Coast Guard Office"), reports: [{ doc: "d", outlet: "Evening Flash", relays: ["Nord Review", "Coast Guard Office", "Nord Review", "Evening Flash"] }] }]);
    expect(c.chain).toEqual(["Coast Guard Office", "Nord Review", "Evening Flash"]);
  });
});

describe("chainPaths", () => {
  const tally = (p: { statements: number; first: string; last?: string; relays?: string[]; outlet?: string; org?: string }) => ({
    source: { speaker: null, org: p.org ?? "Border Intelligence", country: null }, relays: p.relays ?? ["Continental Wire"], outlet: p.outlet ?? "Evening Flash",
    reports: p.statements * 2, statements: p.statements, first: p.first, last: p.last ?? p.first,
  });
  it("a relay that also speaks for itself does not make a path circular", () => {
    const [path] = chainPaths([tally({ statements: 2, first: "s1", last: "s9" })], [{ id: "s9", org: "Continental Wire" }]);
    expect(path).toMatchObject({ links: ["Border Intelligence", "Continental Wire", "Evening Flash"], circular: false, statement_count: 2, reports: 4 });
  });
  it("marks a path circular where it comes back to its origin, as relayChains does", () => {
    expect(chainPaths([tally({ statements: 1, first: "s1", org: "Evening Flash" })], [])[0].circular).toBe(true);
  });
  it("merges tallies of one path and drops relays that are only the printing outlet", () => {
    const paths = chainPaths([tally({ statements: 1, first: "s1" }), tally({ statements: 3, first: "s2", last: "s4", relays: ["Continental Wire", "Evening Flash"] }), tally({ statements: 1, first: "s5", relays: ["Evening Flash"] })], []);
    expect(paths).toEqual([{ links: ["Border Intelligence", "Continental Wire", "Evening Flash"], circular: false, statements: ["s1", "s2", "s4"], statement_count: 4, reports: 8 }]);
  });
});
