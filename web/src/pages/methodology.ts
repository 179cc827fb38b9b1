// What the words and figures of the dashboard mean, and how the estimates are made.
import scale from "../../../src/knowledge/likelihood-scale.json";
import { h, mount } from "../dom.js";
import { page } from "../parts.js";

const term = (name: string, ...text: (string | HTMLElement)[]) => [h("dt", { id: `m-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}` }, name), h("dd", null, ...text)];

export function methodologyPage(main: HTMLElement): void {
  mount(main, page("How to read the ledger",
    h("p", { class: "lede" }, "Every figure on these pages traces back to a sentence in a stored report. This page says what the words mean and how the derived figures are made."),
    h("h2", null, "Words"),
    h("dl", { class: "glossary" },
      term("Claim", "One proposition in one report: who sends what to whom, how much, over which period, who says so and how sure they are. A claim keeps the exact span of text it was read from."),
      term("Statement", "One original act of claiming: one source, on one occasion, saying one thing. When several outlets retell the same briefing, their claims are one statement carried by several reports, and are counted once."),
      term("Flow", "A supplier, a recipient and a kind of item, over time. Production and stock statements (no recipient) belong to the state, not to a flow."),
      term("Running total", "A figure that counts everything to the day it was stated (\u201cso far\u201d, \u201csince the war began\u201d). Running totals are never added to each other: a later total replaces an earlier one. A figure for a window (\u201clast month\u201d) is an amount over that window, added after the latest running total. Rates (per month, a share) and plans (a target, a ceiling) are never added to a flow."),
      term("Independent sources", "How many distinct original sources back a statement or a flow. A relay (an outlet citing another outlet or agency) never counts as independent of what it relays, and the count is never more than the number of distinct sources."),
      term("Reporting chain", "The path a statement took to print: the original source, each relay, the printing outlet. A circular chain comes back to a name it started from (A cites B, which cites A): such reports do not confirm each other."),
      term("Certainty", "How the report puts it: asserted (said as fact by the source), reported (passed on), believed (an assessment), possible, doubted, or denied.")),
    h("h2", null, "Admiralty grades"),
    h("p", null, "Sources are graded on the Admiralty (NATO STANAG 2511) scale: a letter for the source's reliability and a digit for the credibility of what it says."),
    h("div", { class: "table-wrap" }, h("table", { class: "admiralty" },
      h("thead", null, h("tr", null, h("th", null, "Reliability"), h("th", null, "Meaning"), h("th", null, "Credibility"), h("th", null, "Meaning"))),
      h("tbody", null, [
        ["A", "reliable", "1", "confirmed by other independent sources"],
        ["B", "usually reliable", "2", "probably true"],
        ["C", "fairly reliable", "3", "possibly true"],
        ["D", "not usually reliable", "4", "doubtful"],
        ["E", "unreliable", "5", "improbable"],
        ["F", "cannot be judged", "6", "cannot be judged"],
      ].map(([a, b, c, d]) => h("tr", null, h("td", { class: "grade" }, a), h("td", null, b), h("td", { class: "grade" }, c), h("td", null, d)))))),
    h("p", null, "Reliability follows from the kind of source (a government body, a research institute, an outlet, an unnamed official) and its record here; credibility from how many independent sources say the same. Each grade lists its reasons on the Sources page."),
    h("h2", null, "Likelihood words (ICD 203)"),
    h("p", null, "How likely a flow is to have happened is said in the words of US Intelligence Community Directive 203, each standing for a band of probability:"),
    h("div", { class: "table-wrap" }, h("table", { class: "icd203" },
      h("thead", null, h("tr", null, h("th", null, "Words"), h("th", { class: "num" }, "Probability"))),
      h("tbody", null, scale.scale.map((r) => h("tr", null, h("td", null, r.phrase), h("td", { class: "num" }, `${Math.round(r.min * 100)}–${Math.round(r.max * 100)} %`)))))),
    h("p", null, `Each statement moves a starting belief of ${Math.round(scale.prior * 100)} % up or down by its certainty (asserted and reported statements up, doubted and denied ones down); sources that are not independent count once.`),
    h("h2", null, "Estimates"),
    h("ul", null,
      h("li", null, h("strong", null, "Flow curves. "), "Running totals set the curve; amounts over a window are added after them. The curve never goes down: a lower bound holds for every later day and an upper bound for every earlier day. The shaded band is the range the figures allow; where stated figures fall outside it, the statements disagree and the flow page lists them as conflicting figures."),
      h("li", null, h("strong", null, "Containers to rounds. "), "Rounds are estimated from containers by drawing each factor from its distribution (how many standard containers, the share filled with ammunition, rounds per container for each calibre) and reporting the median and a 90 % band with the parameters and their sources."),
      h("li", null, h("strong", null, "Balance. "), "What moves each way between two states is set side by side by item and unit, never added across units, with the ratios statements give.")),
    h("h2", null, "Figures as written"),
    h("p", null, "Figures are rounded for reading (2.28 million, not 2,282,552.8); the exact value is kept in the exports (CSV and JSON), together with the source, the day, the outlet, the address and the sentence of each statement.")));
}
