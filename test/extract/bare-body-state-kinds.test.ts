// A ministry named without its state ("the defence ministry said") is the ministry of the state the page speaks for:
// the state of the site the page is written in (or filed from, by its dateline), before the state the clause names
// first. A state's possessive before a body that commits ("Norway's materiel agency signed ...")
// makes the body the subject, of that state. Sentences written for the test.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

/** The body and state of every claim's source ("Argentine defence ministry | ARG"). */
function sources(text: string, url?: string): string[] {
  const doc = processDocument({ path: "bodies.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "bodies", outlet: "Probe Wire", published: "2024-10-01", url } as never });
  return [...new Set(doc.claims.map((c) => `${c.source.org ?? "-"} | ${c.source.country ?? "-"}`))];
}
const ministries = (list: string[]) => list.filter((s) => /ministry|department/i.test(s));

describe("a bare ministry speaks for the state of the page", () => {
  it.each([
    ["Two more radars arrive in Manila\n\nJapan handed two coastal radars to the Philippines on Tuesday, the Department of National Defense said. Manila has asked Tokyo for more, and Philippine officers trained on the radars in Manila.", "https://news.example.ph/a", "PHL"],
    ["Howitzers for Buenos Aires\n\nFrance will deliver 12 howitzers to Argentina next year, the defence ministry said. Argentina paid for them in May and Argentine gunners will train in Argentina.", "https://diario.example.ar/b", "ARG"],
    ["Frigates leave the yard\n\nGermany sent two frigates to Pakistan last week, the ministry of defence said on Friday. Pakistan ordered them in 2022, and Pakistani crews sailed them home to Pakistan.", "https://daily.example.pk/c", "PAK"],
  ])("the site's state: %s", (text, url, state) => expect(ministries(sources(text, url))).toEqual([expect.stringMatching(new RegExp(`\\| ${state}$`))]));
});

describe("a state's possessive before a body that commits", () => {
  it.each([
    ["India's Defence Acquisition Council cleared the purchase of 26 Rafale jets from France on Monday.", "Defence Acquisition Council | IND"],
    ["Norway's Defence Materiel Agency signed for 54 Leopard tanks from Germany.", "Defence Materiel Agency | NOR"],
    ["Indonesia's Defence Acquisition Council has approved a plan to buy 12 drones from Turkey.", "Defence Acquisition Council | IDN"],
  ])("%s", (text, expected) => expect(sources(text)).toEqual([expected]));
});
