// Goods given to the receiver of the flow told before, with no giver named, come from the state whose own government
// speaks of the giving (its government, a ministry, its army), not from that flow's giver: "the Dutch defence ministry
// confirmed that drones had been shipped to Ukraine" after "Spain delivered howitzers to Ukraine" is the Netherlands'
// gift. Only on a page where several states give to that receiver (else a third state's word is an onlooker's), and
// never from a state at war with the receiver.
import { describe, expect, it } from "vitest";
import { claimsOfReport } from "./support/short-report.js";

const claimsOf = (text: string) => claimsOfReport(text, "official", "2024-11-05");

/** The giver and receiver of the transfers read from the last sentence of `text` (at least one is read there). */
function flowOfLast(text: string): string[] {
  const last = text.split(/(?<=\.)\s+/).pop()!;
  const found = claimsOf(text).filter((c) => c.kind === "transfer" && last.startsWith(c.evidence.text.slice(0, 24)));
  expect(found.length).toBeGreaterThan(0);
  return [...new Set(found.map((c) => `${c.supplier}>${c.recipient}`))];
}

describe("the state whose own government speaks of goods given gives them", () => {
  it.each([
    ["Norway sent 20 trucks to Ukraine in March. Spain delivered 10 howitzers to Ukraine in May. The Dutch defence ministry confirmed on Friday that 12 drones had been shipped to Ukraine in June.", "NLD>UKR"],
    ["Poland gave 30 tanks to Ukraine last year. Italy sent 8 radars to Ukraine in April. The German government said 40 armoured vehicles were handed over to Kyiv in the summer.", "DEU>UKR"],
    ["Denmark handed 19 jets to Ukraine. Belgium delivered 6 helicopters to Ukraine in March. Britain's Ministry of Defence said 300 missiles had gone to Ukraine by the end of May.", "GBR>UKR"],
  ])("%s", (text, flow) => expect(flowOfLast(text)).toEqual([flow]));
});

describe("a state at war with the receiver gives nothing by speaking", () => {
  it("keeps the flow before", () => {
    const text = "Norway sent 20 trucks to Ukraine in March. Spain delivered 10 howitzers to Ukraine in May. The Russian defence ministry said 12 more howitzers had been shipped to Ukraine in June.";
    expect(flowOfLast(text)).not.toContain("RUS>UKR");
  });
});
