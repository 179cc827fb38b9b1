// The one storage suite, run over every engine (STYLE.md habit 5): SQLite always, PostgreSQL where it answers.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/store.js";
import { groupChains, sortChains } from "../../src/api/chains.js";
import { engines, type Engine } from "./engines.js";
import { makeDoc } from "./make-doc.js";
import { crashAndResume, memoryAtSizes } from "./child-runs.js";

const list = await engines();

const briefing = (id: string, outlet: string, published: string, extra = "") =>
  makeDoc({ id, outlet, published, url: `https://${outlet.toLowerCase().replace(/\W+/g, "")}.example/${id}` }, [
    `Defence Minister Kang Min-jun told lawmakers that roughly 4,200 containers of shells had crossed the border by rail.${extra}`,
    "Officials also described new rail sidings near the port.",
  ], [
    { evidence: "Defence Minister Kang Min-jun told lawmakers that roughly 4,200 containers of shells had crossed the border by rail.", speaker: "Kang Min-jun", org: "Ministry of National Defense", country: "KOR", quantity: { value: 4200, approx: true }, cumulative: true },
  ]);

describe.each(list)("store on $name", (engine: Engine) => {
  let store: Store;
  let opened: Awaited<ReturnType<Engine["open"]>>;
  beforeEach(async () => {
    opened = await engine.open();
    store = opened.store;
  });
  // Runs when a test fails too: its database (PostgreSQL schema, SQLite folder) never outlives it.
  afterEach(async () => {
    const o = opened;
    opened = undefined as never;
    await o?.dispose();
  });

  it("stores identical bytes once", async () => {
    expect((await store.putDocument(briefing("d1", "Daily Wire", "2024-03-04"))).status).toBe("stored");
    expect((await store.putDocument(briefing("d1", "Daily Wire", "2024-03-04"))).status).toBe("unchanged");
    expect(await store.countDocuments()).toBe(1);
    expect(await store.listClaims()).toHaveLength(1);
    expect(await store.listStatements()).toHaveLength(1);
  });

  it("makes changed bytes a new version whose claims alone count", async () => {
    await store.putDocument(briefing("d1", "Daily Wire", "2024-03-04"));
    const changed = makeDoc({ id: "d1", outlet: "Daily Wire", published: "2024-03-04" }, ["Kang Min-jun now puts it at 5,000 containers."], [
      { evidence: "Kang Min-jun now puts it at 5,000 containers.", speaker: "Kang Min-jun", country: "KOR", quantity: { value: 5000 } },
    ]);
    const r = await store.putDocument(changed);
    expect(r).toMatchObject({ status: "new-version", key: "d1@2" });
    expect((await store.getDocument("d1"))?.version).toBe(2);
    const st = await store.listStatements();
    expect(st).toHaveLength(1);
    expect(st[0].quantity?.value).toBe(5000);
    expect(st[0].reports.map((x) => x.doc)).toEqual(["d1"]);
  });

  it("rolls back a whole document when one claim breaks a constraint, and takes the next", async () => {
    const bad = briefing("bad", "Daily Wire", "2024-03-04");
    bad.claims = [...bad.claims, { ...bad.claims[0], id: "bad#1", kind: "bogus" as never }];
    await expect(store.putDocument(bad)).rejects.toThrow();
    expect(await store.getDocument("bad")).toBeNull();
    expect(await store.listClaims({ doc: "bad" })).toHaveLength(0);
    expect((await store.putDocument(briefing("good", "Daily Wire", "2024-03-04"))).status).toBe("stored");
    expect(await store.countDocuments()).toBe(1);
  });

  it("links one briefing retold by several outlets into one statement with one independent source", async () => {
    await store.putDocument(briefing("a", "Daily Wire", "2024-03-04"));
    await store.putDocument(briefing("b", "Morning Ledger", "2024-03-05", " The ministry declined further comment."));
    await store.putDocument(briefing("c", "Coast Herald", "2024-03-06", " Rail traffic has tripled, residents say."));
    const st = await store.listStatements({ source: "kang" });
    expect(st).toHaveLength(1);
    expect(st[0].reports.map((r) => r.doc)).toEqual(["a", "b", "c"]);
    expect(st[0].independent_sources).toBe(1);
    const [flow] = await store.listFlows();
    expect(flow).toMatchObject({ supplier: "PRK", recipient: "RUS", item: "artillery-ammunition", statements: 1, reports: 3, independent_sources: 1 });
  });

  it("keeps running totals as such: the latest figure is the latest total, never a sum", async () => {
    const total = (id: string, published: string, value: number) =>
      makeDoc({ id, outlet: "Daily Wire", published }, [`So far ${value} containers have gone north, Kang Min-jun said.`], [
        { evidence: `So far ${value} containers have gone north, Kang Min-jun said.`, speaker: "Kang Min-jun", country: "KOR", quantity: { value }, cumulative: true },
      ]);
    await store.putDocument(total("t1", "2023-12-01", 3000));
    await store.putDocument(total("t2", "2024-02-01", 5000));
    await store.putDocument(total("t3", "2024-04-01", 6500));
    const flow = (await store.listFlows())[0];
    expect(flow.latest?.quantity.value).toBe(6500);
    expect(flow.statements).toBe(3);
    const timeline = await store.getFlow("PRK", "RUS", "artillery-ammunition");
    expect(timeline.map((s) => s.quantity?.value)).toEqual([3000, 5000, 6500]);
    expect(timeline.every((s) => s.cumulative)).toBe(true);
  });

  it("reads a flow's timeline a page at a time, in the order of the whole flow, reports for the page only", async () => {
    const total = (id: string, published: string, value: number) =>
      makeDoc({ id, outlet: "Harbour Post", published }, [`By now ${value} containers have left for the north, Kang Min-jun said.`], [
        { evidence: `By now ${value} containers have left for the north, Kang Min-jun said.`, speaker: "Kang Min-jun", country: "KOR", quantity: { value }, cumulative: true },
      ]);
    // Stored out of time order: pages follow the flow's time order, not the order of writing.
    for (const [id, day, value] of [["p3", "2024-05-01", 7000], ["p1", "2024-01-01", 3000], ["p4", "2024-07-01", 9000], ["p2", "2024-03-01", 5000], ["p5", "2024-09-01", 11000]] as const)
      await store.putDocument(total(id, day, value));
    const whole = await store.getFlow("PRK", "RUS", "artillery-ammunition");
    expect(whole.map((s) => s.quantity?.value)).toEqual([3000, 5000, 7000, 9000, 11000]);
    const first = await store.getFlow("PRK", "RUS", "artillery-ammunition", { limit: 2 });
    const second = await store.getFlow("PRK", "RUS", "artillery-ammunition", { limit: 2, offset: 2 });
    const last = await store.getFlow("PRK", "RUS", "artillery-ammunition", { limit: 2, offset: 4 });
    expect([first, second, last].map((p) => p.map((s) => s.quantity?.value))).toEqual([[3000, 5000], [7000, 9000], [11000]]);
    expect(second.map((s) => s.reports.map((r) => r.doc))).toEqual([["p3"], ["p4"]]);
    expect(await store.getFlow("PRK", "RUS", "artillery-ammunition", { offset: 3 })).toEqual(whole.slice(3));
    expect(await store.getFlow("PRK", "RUS", "artillery-ammunition", { limit: 2, offset: 9 })).toEqual([]);
  });

  it("counts the statements a filter lets through as many as it lists, whatever the page", async () => {
    const line = (value: number, who: string) => `Officials of the ${who} put the containers sent north at ${value}.`;
    const bodies = ["Port Authority", "Customs Service", "Coast Guard", "Rail Board"];
    for (let i = 0; i < bodies.length; i++)
      await store.putDocument(makeDoc({ id: `c${i}`, outlet: "Harbour Post", published: `2024-0${i + 2}-01` }, [line(1000 * (i + 1), bodies[i])], [
        { evidence: line(1000 * (i + 1), bodies[i]), org: bodies[i], country: "KOR", quantity: { value: 1000 * (i + 1) }, cumulative: true, stated: `2024-0${i + 2}-01` },
      ]));
    for (const filter of [{}, { supplier: "PRK" }, { state: "RUS" }, { source: "coast" }, { since: "2024-03-15" }, { item: "drones" as const }, { limit: 1, offset: 1 }]) {
      const { limit: _l, offset: _o, ...all } = filter as { limit?: number; offset?: number };
      expect(await store.countStatements(filter), JSON.stringify(filter)).toBe((await store.listStatements(all)).length);
    }
    expect(await store.countStatements({ since: "2024-03-15" })).toBe(2);
  });

  it("keeps each flow's summary in step with every write, a new version's changed figure included", async () => {
    const total = (id: string, published: string, value: number) =>
      makeDoc({ id, outlet: "Morning Ledger", published }, [`The tally now stands at ${value} containers, Kang Min-jun told reporters.`], [
        { evidence: `The tally now stands at ${value} containers, Kang Min-jun told reporters.`, speaker: "Kang Min-jun", country: "KOR", quantity: { value }, cumulative: true },
      ]);
    await store.putDocument(total("k1", "2024-01-10", 2000));
    expect((await store.listFlows())[0]).toMatchObject({ statements: 1, latest: { quantity: { value: 2000 } } });
    await store.putDocument(total("k2", "2024-03-10", 4100));
    expect((await store.listFlows())[0]).toMatchObject({ statements: 2, last_stated: "2024-03-10", latest: { quantity: { value: 4100 } } });
    // Same statements, same reports, same days: only the figure changes, and the listing must see it.
    await store.putDocument(total("k2", "2024-03-10", 4700));
    expect((await store.listFlows())[0]).toMatchObject({ statements: 2, latest: { quantity: { value: 4700 } } });
    const bare = await store.getFlow("PRK", "RUS", "artillery-ammunition", { reports: false });
    expect(bare.map((s) => [s.quantity?.value, s.reports.length])).toEqual([[2000, 0], [4700, 0]]);
    const tallies = await store.tallyStatements();
    expect(tallies.reduce((n, t) => n + t.count, 0)).toBe(2);
  });

  it("dates a statement by the day its reports give, not by a later retelling's month, in either order", async () => {
    const day = makeDoc({ id: "day", outlet: "Harbour Post", published: "2024-03-05" }, ["On Monday Kang Min-jun put the shipments at 3,300 containers."], [
      { evidence: "On Monday Kang Min-jun put the shipments at 3,300 containers.", speaker: "Kang Min-jun", country: "KOR", quantity: { value: 3300 }, stated: "2024-03-04" },
    ]);
    const background = makeDoc({ id: "later", outlet: "Coast Herald", published: "2024-05-20" }, ["Back in March, Kang Min-jun had spoken of 3,300 containers."], [
      { evidence: "Back in March, Kang Min-jun had spoken of 3,300 containers.", speaker: "Kang Min-jun", country: "KOR", quantity: { value: 3300 }, stated: "2024-03" },
    ]);
    for (const doc of [background, day]) await store.putDocument(doc);
    const st = await store.listStatements({ source: "kang" });
    expect(st).toHaveLength(1);
    expect(st[0].stated).toBe("2024-03-04");
    expect(st[0].reports.map((r) => r.doc).sort()).toEqual(["day", "later"]);
  });

  it("links one figure told as shells in one report and as munitions in another, but not a different figure", async () => {
    const told = (id: string, published: string, item: "artillery-ammunition" | "ammunition", value: number, sentence: string) =>
      makeDoc({ id, outlet: `Outlet ${id}`, published }, [sentence], [{ evidence: sentence, speaker: "Kang Min-jun", country: "KOR", item, quantity: { value } }]);
    await store.putDocument(told("m1", "2024-06-03", "ammunition", 2600, "Kang Min-jun said 2,600 containers of munitions had been sent."));
    await store.putDocument(told("m2", "2024-06-04", "artillery-ammunition", 2600, "According to Kang Min-jun, 2,600 containers of shells went north."));
    await store.putDocument(told("m3", "2024-06-04", "artillery-ammunition", 900, "Kang Min-jun also counted 900 containers of shells in May."));
    const st = await store.listStatements({ source: "kang" });
    expect(st.map((s) => [s.quantity?.value, s.reports.map((r) => r.doc)])).toEqual([[2600, ["m1", "m2"]], [900, ["m3"]]]);
  });

  it("never counts a relay, nor more independent sources than distinct sources", async () => {
    await store.putDocument(makeDoc({ id: "r1", outlet: "Harbour Post", published: "2024-05-02" }, ["Citing a military intelligence report, the agency said 900 containers moved."], [
      { evidence: "Citing a military intelligence report, the agency said 900 containers moved.", org: "military intelligence", country: "KOR", quantity: { value: 900 }, relays: ["Yonhap", "Harbour Post"] },
    ]));
    await store.putDocument(makeDoc({ id: "r2", outlet: "Yonhap", published: "2024-05-02" }, ["A military intelligence report seen by Yonhap put the figure at 900 containers."], [
      { evidence: "A military intelligence report seen by Yonhap put the figure at 900 containers.", org: "military intelligence", country: "KOR", quantity: { value: 900 }, relays: ["Yonhap"] },
    ]));
    await store.putDocument(makeDoc({ id: "r3", outlet: "Kyiv Courier", published: "2024-05-03" }, ["Ukraine's intelligence service counted 1,400 containers."], [
      { evidence: "Ukraine's intelligence service counted 1,400 containers.", org: "Ukrainian intelligence", country: "UKR", quantity: { value: 1400 } },
    ]));
    const st = await store.listStatements();
    const sources = new Set(st.map((s) => s.source.org));
    for (const s of st) expect(s.independent_sources).toBeLessThanOrEqual(new Set(s.reports.map((r) => r.doc)).size);
    const [flow] = await store.listFlows();
    expect(flow.independent_sources).toBeLessThanOrEqual(sources.size);
    expect(flow.independent_sources).toBe(2);
    expect(flow.conflicts?.length).toBe(1);
    expect(st.find((s) => s.source.org === "military intelligence")?.reports).toHaveLength(2);
  });

  it("groups near-duplicate wire copies, which add no independent source, and shows relay chains", async () => {
    const story = "Berlin has handed Kyiv at least 150 armoured vehicles since January, a tally of government data shows, with further deliveries of infantry fighting vehicles and recovery tanks planned before the winter as plants in Kassel speed up work.";
    const copy = (id: string, outlet: string, text: string) =>
      makeDoc({ id, outlet, published: "2024-09-02" }, [text], [
        { evidence: "Berlin has handed Kyiv at least 150 armoured vehicles since January", org: outlet, supplier: "DEU", recipient: "UKR", item: "armoured-vehicles", quantity: { min: 150, unit: "vehicles" } },
      ]);
    await store.putDocument(copy("w1", "Continental Wire", story));
    await store.putDocument(copy("w2", "Harbour Post", `${story} Reporting by staff.`));
    await store.putDocument(copy("w3", "Coast Herald", story.replace("speed up", "accelerate")));
    const w1 = await store.getDocument("w1");
    expect(w1?.group).not.toBeNull();
    expect((await store.getDocument("w3"))?.group).toBe(w1?.group);
    const [flow] = await store.listFlows();
    expect(flow).toMatchObject({ statements: 1, reports: 3, independent_sources: 1 });
    await store.putDocument(makeDoc({ id: "t1", outlet: "Evening Flash", published: "2024-09-03" }, ["Kyiv's spies count 60 missiles, Continental Wire said, citing Ukrinform."], [
      { evidence: "Kyiv's spies count 60 missiles, Continental Wire said, citing Ukrinform.", org: "Ukrainian military intelligence", country: "UKR", supplier: "PRK", recipient: "RUS", item: "ballistic-missiles", quantity: { value: 60, unit: "missiles" }, relays: ["Ukrinform", "Continental Wire", "Evening Flash"] },
    ]));
    const chains = await store.listRelayChains({ supplier: "PRK", recipient: "RUS", item: "ballistic-missiles" });
    expect(chains.map((c) => c.chain)).toEqual([["Ukrainian military intelligence", "Ukrinform", "Continental Wire", "Evening Flash"]]);
    // The whole ledger's paths, tallied in SQL, say what the per-report chains grouped say.
    const grouped = groupChains(await store.listRelayChains());
    const paths = sortChains(await store.listChainPaths());
    expect(paths.map((p) => [p.links, p.circular, p.reports, p.statement_count])).toEqual(grouped.map((g) => [g.links, g.circular, g.reports, g.statement_count]));
  });

  it("leaves no half document after a SIGKILL, and a rerun finishes without duplicates", async () => {
    const r = await crashAndResume(opened.options, 300);
    expect(r.killedAt).toBeLessThan(300);
    expect(r.documents).toBe(300);
    expect(r.halfDocuments).toBe(0);
    expect(r.duplicateClaims).toBe(0);
  }, 120_000);

  // 10,000 documents take minutes on PostgreSQL (up to ten on a busy two-core machine, hence the wide limit): there it
  // runs where ARMSFLOW_HEAVY=1 (CI), SQLite always.
  it.skipIf(engine.name !== "sqlite" && process.env.ARMSFLOW_HEAVY !== "1")("ingests 10,000 small reports with memory that does not grow with the folder", async () => {
    const m = await memoryAtSizes(opened.options, [2000, 10000]);
    console.log(`${engine.name}: heap ${m[0].heapMB.toFixed(1)} MB at 2,000 → ${m[1].heapMB.toFixed(1)} MB at 10,000; rss ${m[0].rssMB.toFixed(0)} → ${m[1].rssMB.toFixed(0)} MB`);
    expect(m[1].heapMB).toBeLessThan(m[0].heapMB * 1.5 + 16);
    expect(m[1].rssMB).toBeLessThan(m[0].rssMB * 1.5 + 32);
  }, 1_200_000);
});
