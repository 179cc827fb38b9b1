// Generates small processed reports (text + claims as JSON), fast, for the crash, memory and speed runs.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ClaimSpec } from "./make-doc.js";

const SPEAKERS = ["Kang Min-jun", "Petra Lindqvist", "Omar Haddad", "Ines Moreau", "Taro Sato", "Lena Brandt", "Yusuf Demir", "Ana Costa"];
const OUTLETS = ["Daily Wire", "Morning Ledger", "Coast Herald", "Harbour Post", "Kyiv Courier", "Baltic Times", "Delta News", "Nord Review"];
const FLOWS: [string, string, ClaimSpec["item"], string][] = [
  ["PRK", "RUS", "artillery-ammunition", "containers"], ["IRN", "RUS", "drones", "drones"], ["DEU", "UKR", "armoured-vehicles", "vehicles"],
  ["USA", "UKR", "air-defence-systems", "systems"], ["RUS", "PRK", "oil-fuel", "barrels"], ["CHN", "RUS", "dual-use-goods", "tonnes"],
];

const WORDS = "port rail convoy border night train depot ship crane customs satellite image warehouse truck river bridge officials analysts ministry parliament briefing border guard harbour cargo manifest route winter summer weapons fuel grain loaders inspection tracking sanctions envoy talks summit".split(" ");

export interface GeneratedReport {
  meta: { id: string; outlet: string; published: string; url: string };
  sentences: string[];
  claims: ClaimSpec[];
}

/** The i-th generated report: a speaker's figure on a flow, retold by several outlets over a few days. */
export function generateReport(i: number): GeneratedReport {
  const occasion = Math.floor(i / 5); // five reports per briefing
  const speaker = SPEAKERS[occasion % SPEAKERS.length];
  const [supplier, recipient, item, unit] = FLOWS[occasion % FLOWS.length];
  const day = new Date(Date.UTC(2022, 0, 1) + (occasion % 1500) * 86_400_000 + (i % 3) * 86_400_000).toISOString().slice(0, 10);
  const value = 100 + ((occasion * 37) % 900) * 10;
  const outlet = OUTLETS[i % OUTLETS.length];
  const s1 = `${speaker} said on ${day} that ${value} ${unit} had moved from ${supplier} to ${recipient} so far (report ${i}).`;
  const s2 = `Officials in ${recipient} did not comment on the ${item} shipments, ${outlet} noted.`;
  // Varied filler, so that the pages are not all near-duplicates of each other as real pages are not.
  const filler = Array.from({ length: 40 }, (_, k) => WORDS[(i * 7919 + k * k * 31 + k) % WORDS.length]).join(" ");
  return {
    meta: { id: `r${String(i).padStart(6, "0")}`, outlet, published: day, url: `https://news.example/${i}` },
    sentences: [s1, s2, `${filler}.`],
    claims: [
      { evidence: s1, supplier, recipient, item, speaker, country: "KOR", quantity: { value, unit: unit as never }, cumulative: true },
      { evidence: s2, supplier, recipient, item, org: outlet, certainty: "reported" },
    ],
  };
}

/** Writes `count` generated reports as JSON files into `dir`. */
export function writeReports(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `r${String(i).padStart(6, "0")}.json`), JSON.stringify(generateReport(i)));
}
