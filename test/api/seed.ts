// A small ledger for the API and browser tests: reports written for these tests, in varied phrasing,
// stored through the real store (no mock) so the routes read what the linking made of them.
import type { Store } from "../../src/store/store.js";
import { makeDoc } from "../store/make-doc.js";

export const SEED = [
  makeDoc({ id: "seed-harbour-wire", outlet: "Harbour Wire", title: "Freight trains carry crates north", published: "2023-10-14" }, [
    "Freight trains crossed the border bridge at night, a defence official said.",
    "Seoul's defence minister Park Jae-ho said Pyongyang had shipped about 1,000 containers of munitions to Russia since August.",
    "Moscow did not comment.",
  ], [
    { evidence: "Seoul's defence minister Park Jae-ho said Pyongyang had shipped about 1,000 containers of munitions to Russia since August.", quantity: { value: 1000, approx: true }, speaker: "Park Jae-ho", org: "Ministry of National Defense", country: "KOR", stated: "2023-10-13", cumulative: true },
  ]),
  makeDoc({ id: "seed-capital-ledger", outlet: "Capital Ledger", title: "Container count climbs", published: "2024-01-20", url: "https://example.org/ledger/containers" }, [
    "The count keeps rising.",
    "In a parliamentary briefing, minister Park Jae-ho put the total at roughly 4,000 containers, up from a thousand in the autumn.",
    "Analysts at a private institute believe the true figure is closer to 5,000 containers.",
  ], [
    { evidence: "In a parliamentary briefing, minister Park Jae-ho put the total at roughly 4,000 containers, up from a thousand in the autumn.", quantity: { value: 4000, approx: true }, speaker: "Park Jae-ho", org: "Ministry of National Defense", country: "KOR", stated: "2024-01-19", cumulative: true },
    { evidence: "Analysts at a private institute believe the true figure is closer to 5,000 containers.", quantity: { value: 5000, approx: true }, org: "Asan Institute", certainty: "believed", stated: "2024-01-19", cumulative: true },
  ]),
  makeDoc({ id: "seed-steppe-daily", outlet: "Steppe Daily", title: "Oil flows the other way", published: "2024-02-02" }, [
    "Russia has sent more than 1 million barrels of oil to North Korea this year, according to satellite imagery reviewed by the paper.",
    "Tankers were seen loading at a Far East port.",
  ], [
    { evidence: "Russia has sent more than 1 million barrels of oil to North Korea this year, according to satellite imagery reviewed by the paper.", supplier: "RUS", recipient: "PRK", item: "oil-fuel", quantity: { min: 1_000_000, unit: "barrels" }, org: "Steppe Daily", stated: "2024-02-02", cumulative: true },
  ]),
  makeDoc({ id: "seed-relay-digest", outlet: "Relay Digest", title: "Briefing retold", published: "2024-01-21" }, [
    "Citing the Capital Ledger, the digest reported that minister Park Jae-ho counted some 4,000 containers so far.",
  ], [
    { evidence: "Citing the Capital Ledger, the digest reported that minister Park Jae-ho counted some 4,000 containers so far.", quantity: { value: 4000, approx: true }, speaker: "Park Jae-ho", org: "Ministry of National Defense", country: "KOR", stated: "2024-01-19", cumulative: true, certainty: "reported", relays: ["Capital Ledger"] },
  ]),
];

export async function seed(store: Store): Promise<void> {
  for (const doc of SEED) await store.putDocument(doc);
}
