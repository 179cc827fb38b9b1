// Ingest at scale, linking on: stores generated reports one by one through the store's putDocument (one
// transaction each: near-duplicates, the linker over the store port, statements refreshed) into a fresh
// SQLite file, and prints the store time per document around each thousand documents stored. Flat linking
// means the time at 10,000 stays near the time at 1,000: the linker's candidates come from an
// index on what identifies a statement (flow, occasion, source), never from a scan of a flow's year.
// Run: npm run bench -- ingest-scale        or  npx tsx bench/ingest-scale.bench.ts [DOCS=10000] [--json]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { openStore } from "../src/store/open-store.js";
import type { ClaimSpec } from "../test/store/make-doc.js";
import { makeDoc } from "../test/store/make-doc.js";

const args = process.argv.slice(2);
const json = args.includes("--json");
const DOCS = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
/** Documents timed before each checkpoint (the mean of their store times is the checkpoint's figure). */
const WINDOW = 200;

// A crawl is lopsided: a few flows carry most reports (the first flow here takes half of them).
const FLOWS: [string, string, ClaimSpec["item"], string][] = [
  ["PRK", "RUS", "artillery-ammunition", "containers"], ["PRK", "RUS", "artillery-ammunition", "containers"], ["PRK", "RUS", "artillery-ammunition", "containers"],
  ["IRN", "RUS", "drones", "drones"], ["DEU", "UKR", "armoured-vehicles", "vehicles"], ["RUS", "PRK", "oil-fuel", "barrels"],
];
const SPEAKERS = ["Kang Min-jun", "Petra Lindqvist", "Omar Haddad", "Ines Moreau", "Taro Sato", "Lena Brandt"];
const BODIES = ["Ministry of Defence", "Joint Chiefs of Staff", "State Department", "Sanctions Monitoring Team"];
const OUTLETS = ["Daily Wire", "Morning Ledger", "Coast Herald", "Harbour Post", "Kyiv Courier", "Baltic Times", "Delta News", "Nord Review", "River Gazette", "Pine Observer"];
const WORDS = "port rail convoy border night train depot ship crane customs satellite image warehouse truck river bridge ministry parliament briefing guard harbour cargo manifest route winter summer fuel grain loaders inspection tracking sanctions envoy talks summit".split(" ");
const DAY0 = Date.UTC(2022, 0, 1);
const iso = (day: number) => new Date(DAY0 + day * 86_400_000).toISOString().slice(0, 10);

/**
 * The i-th report: an occasion (a speaker or body giving a figure on a flow, on the crawl's day) retold
 * by about six outlets over a few days; each report also carries an own-voice retelling, a figure of an
 * earlier month told again, an undated background line and, now and then, a year-level figure.
 */
function report(i: number) {
  const occasion = Math.floor(i / 6);
  const [supplier, recipient, item, unit] = FLOWS[occasion % FLOWS.length];
  // A crawl moves on in time: about ten reports a day, so the ledger grows in days, not in reports per day.
  const day = Math.floor(i / 10) + (i % 3);
  const outlet = OUTLETS[(i * 7) % OUTLETS.length];
  const speaker = occasion % 3 === 2 ? null : SPEAKERS[occasion % SPEAKERS.length];
  const org = speaker ? null : BODIES[occasion % BODIES.length];
  const value = 500 + ((occasion * 37) % 400) * 25;
  const earlier = 300 + ((occasion * 13) % 200) * 20;
  const who = speaker ?? `The ${org}`;
  const s = [
    `${who} said on ${iso(day)} that ${value} ${unit} had gone from ${supplier} to ${recipient} (report ${i}).`,
    `That is the largest count yet, ${outlet} noted of the ${item} shipments.`,
    `In ${iso(Math.max(0, day - 60)).slice(0, 7)}, the figure given was ${earlier} ${unit}.`,
    `Shipments of ${item} from ${supplier} have been seen for a long time.`,
    `Over the year ${iso(day).slice(0, 4)} some ${value * 3} ${unit} were counted.`,
    Array.from({ length: 60 }, (_, k) => WORDS[(i * 7919 + k * k * 31 + k) % WORDS.length]).join(" ") + ".",
  ];
  const base = { supplier, recipient, item };
  const claims: ClaimSpec[] = [
    { ...base, evidence: s[0], speaker, org, country: "KOR", quantity: { value, unit: unit as never }, cumulative: true, stated: iso(day) },
    { ...base, evidence: s[1], org: outlet, certainty: "reported", quantity: { value, unit: unit as never } },
    { ...base, evidence: s[2], speaker, org, country: "KOR", quantity: { value: earlier, unit: unit as never }, stated: iso(Math.max(0, day - 60)).slice(0, 7) },
    { ...base, evidence: s[3], org: outlet, certainty: "reported", stated: null },
  ];
  if (i % 4 === 0) claims.push({ ...base, evidence: s[4], org, speaker, country: "KOR", quantity: { value: value * 3, unit: unit as never }, stated: iso(day).slice(0, 4) });
  return makeDoc({ id: `g${String(i).padStart(7, "0")}`, outlet, published: iso(day), url: `https://news.example/${i}` }, s, claims);
}

const dir = mkdtempSync(join(tmpdir(), "armsflow-ingest-scale-"));
const store = await openStore({ db: join(dir, "scale.db") });
await store.migrate();
const checkpoints = [1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000].filter((n) => n <= DOCS);
const rows: { stored: number; ms_per_doc: number; docs_per_s: number }[] = [];
const started = performance.now();
let windowMs = 0;
try {
  for (let i = 0; i < DOCS; i++) {
    const doc = report(i);
    const t = performance.now();
    await store.putDocument(doc);
    const ms = performance.now() - t;
    if (checkpoints.some((c) => i >= c - WINDOW && i < c)) windowMs += ms;
    if (checkpoints.includes(i + 1)) {
      const per = windowMs / WINDOW;
      rows.push({ stored: i + 1, ms_per_doc: +per.toFixed(2), docs_per_s: +(1000 / per).toFixed(0) });
      windowMs = 0;
      if (!json) console.log(`sqlite: store time per document at ${(i + 1).toLocaleString("en-US")} stored: ${per.toFixed(2)} ms (${(1000 / per).toFixed(0)} documents/s, mean of the last ${WINDOW})`);
    }
  }
  const statements = (await store.listStatements({ limit: 1 })).length;
  const first = rows[0], last = rows.at(-1)!;
  const summary = {
    engine: "sqlite",
    documents: DOCS,
    seconds: +((performance.now() - started) / 1000).toFixed(1),
    checkpoints: rows,
    ingest_ms_per_doc_at_1k: first?.ms_per_doc ?? null,
    ingest_ms_per_doc_at_10k: rows.find((r) => r.stored === 10_000)?.ms_per_doc ?? null,
    ingest_docs_per_s_at_10k: rows.find((r) => r.stored === 10_000)?.docs_per_s ?? null,
    flat_ratio: first && last ? +(first.ms_per_doc / last.ms_per_doc).toFixed(2) : null,
  };
  if (json) console.log(JSON.stringify(summary));
  else console.log(`sqlite: ${DOCS.toLocaleString("en-US")} documents in ${summary.seconds} s; rate at ${last.stored.toLocaleString("en-US")} stored is ${(100 * summary.flat_ratio!).toFixed(0)} % of the rate at ${first.stored.toLocaleString("en-US")}${statements ? "" : " (no statements?)"}`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
