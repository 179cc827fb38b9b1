import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArmsDocument } from "../../src/core/document.js";
import { resolveTimes, resolveTimesStage } from "../../src/extract/resolve-times.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const iso = (d: Date) => d.toISOString().slice(0, 10);
const day = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));

const only = (text: string, published: string | null) => {
  const found = resolveTimes(text, published);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("resolveTimes: table", () => {
  it.each([
    ["Trains ran in June.", "2024-07-15", "2024-06", "2024-06", false],
    ["Trains ran in 2023.", "2024-07-15", "2023", "2023", false],
    ["Trains ran on 7 March.", "2024-07-15", "2024-03-07", "2024-03-07", false],
    ["Trains ran between March and November 2024.", "2024-12-01", "2024-03", "2024-11", false],
    ["Trains ran between 7 September and 1 October.", "2023-10-17", "2023-09-07", "2023-10-01", false],
    ["Trains ran from late June to early July.", "2024-07-15", "2024-06", "2024-07", false],
    ["Trains ran in mid-2022.", "2024-07-15", "2022-05", "2022-08", false],
    ["Trains ran in late 2023.", "2024-07-15", "2023-09", "2023-12", false],
    ["Trains ran last week.", "2024-07-15", "2024-07-08", "2024-07-14", false],
    ["Trains ran last month.", "2024-01-10", "2023-12", "2023-12", false],
    ["Trains ran last year.", "2024-01-10", "2023", "2023", false],
    ["Trains ran this year.", "2024-01-10", "2024", "2024", false],
    ["Trains ran last September.", "2024-02-27", "2023-09", "2023-09", false],
    ["Trains have run since the summit in September.", "2024-02-27", "2023-09", null, true],
    ["Trains have run since the September summit.", "2024-02-27", "2023-09", null, true],
    ["Trains have run since March 2024.", "2024-11-22", "2024-03", null, true],
    ["As of February 16, trains had run.", "2024-02-27", null, "2024-02-16", true],
  ])("%s (published %s)", (text, published, start, end, cumulative) => {
    const t = only(text, published);
    expect(t.period).toEqual({ start, end });
    expect(t.cumulative).toBe(cumulative);
  });

  it.each(["so far", "to date", "in total", "up to now", "already"])("'%s' is a running total with no date", (cue) => {
    const t = only(`Trains have ${cue === "already" ? "already run" : `run ${cue}`}.`, "2024-02-27");
    expect(t).toMatchObject({ period: { start: null, end: null }, cumulative: true });
  });

  it.each(["recently", "soon", "earlier this year", "lately", "in the coming weeks", "this week", "now"])("'%s' gives nothing", (phrase) => {
    expect(resolveTimes(`Trains will run ${phrase}.`, "2024-02-27")).toEqual([]);
  });

  it.each([
    ["The minister said on Friday that trains ran.", true],
    ["The envoy told reporters on Monday that trains ran.", true],
    ["Berlin announced on July 8 that trains ran.", true],
    ["On July 8, Germany announced that trains ran.", true],
    ["On Tuesday the Kremlin rejected the claim.", true],
    ["Trains ran on Tuesday, the minister said.", false],
    ["In September, trains ran north.", false],
  ])("speech: %s", (text, speech) => expect(only(text, "2024-07-15").speech ?? false).toBe(speech));

  it("marks relative anchors and leaves them open with no publication date", () => {
    expect(only("Trains ran in June.", "2024-07-15").anchor).toBe("relative");
    expect(only("Trains ran in June 2023.", "2024-07-15").anchor).toBe("absolute");
    expect(only("Trains ran last week.", null)).toMatchObject({ period: { start: null, end: null }, anchor: "relative" });
    expect(only("Trains ran in June 2023.", null).period).toEqual({ start: "2023-06", end: "2023-06" });
  });
});

describe("resolveTimes: properties", () => {
  it("puts a bare month on or before the publication month, within a year", () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 11 }), (pub, m) => {
      const t = resolveTimes(`Trains ran in ${MONTHS[m]}.`, iso(pub));
      const [y, mm] = t[0].period.start!.split("-").map(Number);
      const back = (pub.getUTCFullYear() - y) * 12 + (pub.getUTCMonth() + 1 - mm);
      return t.length === 1 && mm === m + 1 && back >= 0 && back < 12 && t[0].period.end === t[0].period.start;
    }));
  });
  it("puts a weekday on or up to six days before the publication day", () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 6 }), (pub, w) => {
      const t = resolveTimes(`Trains ran on ${WEEKDAYS[w]}.`, iso(pub));
      const d = new Date(`${t[0].period.start}T00:00:00Z`);
      const back = (pub.getTime() - d.getTime()) / 86_400_000;
      return d.getUTCDay() === w && back >= 0 && back <= 6;
    }));
  });
  it("takes last week as the Monday-to-Sunday week before the publication week", () => {
    fc.assert(fc.property(day, (pub) => {
      const t = resolveTimes("Trains ran last week.", iso(pub))[0];
      const s = new Date(`${t.period.start}T00:00:00Z`);
      const e = new Date(`${t.period.end}T00:00:00Z`);
      const back = (pub.getTime() - e.getTime()) / 86_400_000;
      return s.getUTCDay() === 1 && e.getUTCDay() === 0 && back >= 1 && back <= 7;
    }));
  });
  it("never throws and keeps spans inside the text", () => {
    const words = fc.constantFrom("since", "in", "on", "June", "Friday", "2023", "last", "week", "said", "between", "and", "mid-2022", "7", "March", ",", "as of", "so far", "the", "summit", "12:30", "1/2/3");
    fc.assert(fc.property(fc.array(words, { maxLength: 14 }), fc.option(day, { nil: null }), (ws, pub) => {
      const text = ws.join(" ");
      return resolveTimes(text, pub ? iso(pub) : null).every((t) => t.span.start >= 0 && t.span.end <= text.length && t.span.start < t.span.end);
    }));
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => Array.isArray(resolveTimes(s, "2024-02-27"))));
  });
  it("keeps spans that re-slice the text, shifted by the offset", () => {
    const text = "Since the September summit, trains ran between 7 March and 9 May, the minister said on Friday.";
    for (const offset of [0, 9]) {
      const doc = "x".repeat(offset) + text;
      const found = resolveTimes(text, "2024-07-15", offset);
      expect(found.map((t) => doc.slice(t.span.start, t.span.end))).toEqual(["Since the September", "between 7 March and 9 May", "on Friday"]);
    }
  });
});

describe("resolve-times stage", () => {
  it("reads a 'Read also' box, which has no publication date of its own, against the page's day", () => {
    const text = "Trains ran last week. Read also: Ships sailed last week. Nothing to see.";
    const doc = new ArmsDocument("t.txt", new Uint8Array(), { id: "t", published: "2024-07-15" });
    doc.text = text;
    doc.segments = [
      { kind: "main", span: { start: 0, end: 22 }, headline: null, published: "2024-07-15" },
      { kind: "embedded", span: { start: 22, end: 71 }, headline: null, published: null },
    ];
    doc.sentences = [
      { span: { start: 0, end: 21 }, segment: 0, headline: false, candidate: true },
      { span: { start: 33, end: 56 }, segment: 1, headline: false, candidate: true },
      { span: { start: 57, end: 71 }, segment: 1, headline: false, candidate: false },
    ];
    resolveTimesStage()(doc);
    expect(doc.times.map((t) => [doc.slice(t.span), t.period.start])).toEqual([["last week", "2024-07-08"], ["last week", "2024-07-08"]]);
  });
});
