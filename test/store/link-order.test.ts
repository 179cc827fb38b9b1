// The one linker, whatever the order: the demo corpus ingested forward, reversed and shuffled gives the
// same statements (ids, members, figures, days, sources), on every engine, and the in-memory linker
// (extract --link, eval, bulk load) gives the same grouping as the store.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArmsDocument } from "../../src/core/document.js";
import { linkClaims } from "../../src/link/link-claims.js";
import { processDocument } from "../../src/pipeline.js";
import { readInputs } from "../../src/ingest/read-files.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { CORPUS } from "../corpus/corpus-pages.js";
import { engines, type Engine } from "./engines.js";

const list = await engines();

/** A seeded shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(xs: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The ledger's statements as comparable text: id, figure, day, source, and the claims that carry it. */
async function picture(store: Store): Promise<string[]> {
  const claims = await store.listClaims({ limit: 1_000_000 });
  const members = new Map<string, string[]>();
  for (const c of claims) members.set(c.statement!, [...(members.get(c.statement!) ?? []), `${c.doc}/${c.id}`]);
  const statements = await store.listStatements({ limit: 1_000_000, reports: false });
  return statements
    .map((s) => JSON.stringify([s.id, s.quantity, s.stated, s.source, s.measure ?? null, s.independent_sources, (members.get(s.id) ?? []).sort()]))
    .sort();
}

let docs: ArmsDocument[] = [];
beforeAll(async () => {
  for await (const input of readInputs([CORPUS])) docs.push(await processDocument(input));
  docs = docs.sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
}, 120_000);

describe.each(list)("linking in any order on $name", (engine: Engine) => {
  const opened: { dispose(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const o of opened) await o.dispose();
  });

  const ingest = async (order: readonly ArmsDocument[]) => {
    const o = await engine.open();
    opened.push(o);
    for (const d of order) await o.store.putDocument(d);
    return picture(o.store);
  };

  it("gives the same statements forward, reversed and shuffled", async () => {
    const forward = await ingest(docs);
    expect(forward.length).toBeGreaterThan(50);
    const crossDoc = forward.filter((s) => new Set((JSON.parse(s)[6] as string[]).map((k) => k.split("/")[0])).size > 1).length;
    expect(crossDoc).toBeGreaterThan(10);
    expect(await ingest([...docs].reverse())).toEqual(forward);
    expect(await ingest(shuffled(docs, 20_240_226))).toEqual(forward);
  }, 300_000);

  it("gives the same statements when two writers store at once (two ingests, or two workers)", async () => {
    const o = await engine.open();
    opened.push(o);
    // A second handle on the same ledger, with connections of its own: the two write at the same time.
    const second = await openStore(o.options);
    try {
      const halves = [docs.filter((_, i) => i % 2 === 0), docs.filter((_, i) => i % 2 === 1)];
      await Promise.all([
        (async () => { for (const d of halves[0]) await o.store.putDocument(d); })(),
        (async () => { for (const d of halves[1]) await second.putDocument(d); })(),
      ]);
    } finally {
      await second.close();
    }
    expect(await picture(o.store)).toEqual(await ingest(docs));
  }, 300_000);
});

describe("the in-memory linker", () => {
  it("groups the corpus's claims as the store does, in any order", async () => {
    const metas = new Map(docs.map((d) => [d.meta.id, d.meta]));
    const claims = docs.flatMap((d) => d.claims);
    const grouping = (links: Map<string, string>) => {
      const by = new Map<string, string[]>();
      for (const c of claims) by.set(links.get(c.id)!, [...(by.get(links.get(c.id)!) ?? []), `${c.doc}/${c.id}`]);
      return [...by].map(([id, m]) => `${id} ${m.sort().join(" ")}`).sort();
    };
    const once = grouping(linkClaims(claims, metas));
    expect(grouping(linkClaims([...claims].reverse(), new Map([...metas].reverse())))).toEqual(once);
    const o = await list[0].open();
    try {
      for (const d of shuffled(docs, 7)) await o.store.putDocument(d);
      const stored = new Map((await o.store.listClaims({ limit: 1_000_000 })).map((c) => [c.id, c.statement!]));
      expect(grouping(stored)).toEqual(once);
    } finally {
      await o.dispose();
    }
  }, 300_000);
});
