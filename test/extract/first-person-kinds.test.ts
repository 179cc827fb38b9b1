// The words of one who speaks for a state, in the first person: a transcript's or an interview's turn ("Ruiz: ...")
// goes on to the end of its paragraph (attribution/turns.ts); "we" and "us" in the speaker's words are the
// speaker's state (claims/first-person.ts); "it" after a fronted time phrase, and a state's scheme or initiative
// as what "it" points back to (claims/party-frames.ts, mentions/follow-references.ts). Phrasings of our own.
import { describe, expect, it } from "vitest";
import type { Claim } from "../../src/core/claim.js";
import { processDocument } from "../../src/pipeline.js";

const claimsOf = (text: string, outlet = "Probe Wire"): Claim[] =>
  processDocument({ path: "first-person.txt", bytes: Buffer.from(`${text}\n`), meta: { id: "first-person", outlet, published: "2025-06-12" } as never }).claims;
const line = (c: Claim) => `${c.supplier}>${c.recipient} ${c.item} ${c.source.country ?? "-"}`;
const of = (claims: Claim[], start: string) => claims.filter((c) => c.evidence.text.startsWith(start)).map(line);

const intro = "Interview\n\nAna Ruiz, Chile's defence minister, spoke to the Probe Wire about aid to Peru.\n\n";

describe("the sentences of a labelled turn after its first are the speaker's, with the speaker's state", () => {
  it.each([
    ["Ruiz: Thank you for having me. Spain has sent Peru forty howitzers since January.", "Spain has sent", "ESP>PER artillery-systems CHL"],
    ["Ana Ruiz: That is a fair question. Brazil delivered 300 rifles to Peru in April.", "Brazil delivered", "BRA>PER weapons-unspecified CHL"],
    ["Ruiz: Let me be clear. Italy is shipping twelve tanks to Peru this autumn.", "Italy is shipping", "ITA>PER armoured-vehicles CHL"],
  ])("%s", (turn, start, expected) => {
    expect(of(claimsOf(`${intro}Q: What else?\n\n${turn}`), start)).toContain(expected);
  });

  it("a labelled line of the one who asks ends the turn", () => {
    const text = `${intro}Ruiz: Thank you.\n\nQ: Spain has sent Peru forty howitzers, we hear. Is that right?`;
    expect(claimsOf(text).filter((c) => c.source.country === "CHL")).toEqual([]);
  });
});

describe("a hearing's witness on a page a state's body keeps speaks for that state", () => {
  it.each([
    ["Witness: Ana Ruiz, Minister for Procurement.\n\nQ4 Chair: Where are the rockets?\n\nAna Ruiz: Thank you. Since May we have sent more than 300 rockets to Peru.", "Since May", "DEU>PER artillery-ammunition DEU"],
    ["Witness: Ana Ruiz, Minister for Procurement.\n\nQ9 Chair: And drones?\n\nAna Ruiz: Good question. This year we are on track to give Peru 5,000 drones.", "This year", "DEU>PER drones DEU"],
    ["Witness: Ana Ruiz, Minister for Procurement.\n\nQ2 Chair: And armour?\n\nAna Ruiz: Yes. We are not sending tanks to Peru this year.", "We are not", "DEU>PER armoured-vehicles DEU"],
  ])("%s", (text, start, expected) => {
    expect(of(claimsOf(`Oral evidence\n\n${text}`, "Bundestag Defence Committee"), start)).toContain(expected);
  });
});

describe("'we' and 'us' in a speaker's words are the speaker's state", () => {
  it.each([
    ["Ruiz: Since March we have delivered more than 300 of the rockets to Peru.", "Ruiz: Since", "CHL>PER artillery-ammunition CHL"],
    ["Ruiz: This year we are on track to provide Peru with 5,000 drones.", "Ruiz: This", "CHL>PER drones CHL"],
    ["Ruiz: By spring we plan to send Peru six more jets.", "Ruiz: By", "CHL>PER aircraft CHL"],
  ])("we gives: %s", (text, start, expected) => {
    expect(of(claimsOf(`${intro}${text}`), start)).toContain(expected);
  });

  it.each([
    ["Ruiz: Argentina has not supplied us with any rifles.", "ARG>CHL weapons-unspecified CHL"],
    ["Ruiz: We also count on two radars that Spain is buying for us.", "ESP>CHL"],
    ["Ruiz: Last year Brazil brought us about 2 million rounds.", "BRA>CHL artillery-ammunition CHL"],
  ])("us gets: %s", (text, expected) => {
    expect(of(claimsOf(`${intro}${text}`), "Ruiz:").some((l) => l.startsWith(expected))).toBe(true);
  });

  it("'us' before a verb of giving, in no phrase of it, is no party", () => {
    const text = `${intro}Ruiz: "The one way open to us to help Peru is to send shells," she said.`;
    expect(claimsOf(text).filter((c) => c.recipient === "CHL")).toEqual([]);
  });
});

describe("'it' after a fronted time phrase points back to the state's scheme told before", () => {
  it.each([
    ["Q: What did the Spanish scheme bring?\n\nRuiz: Last year it brought us about 2 million rounds.", "ESP>CHL artillery-ammunition CHL"],
    ["Q: What has the Brazilian initiative done for you?\n\nRuiz: In March it sent us 40 howitzers.", "BRA>CHL artillery-systems CHL"],
    ["Q: What about the Italian fund?\n\nRuiz: This spring it delivered 12 tanks to us.", "ITA>CHL armoured-vehicles CHL"],
  ])("%s", (text, expected) => {
    expect(of(claimsOf(`${intro}${text}`), "Ruiz:")).toContain(expected);
  });
});

describe("counting on a thing makes its transfer expected, whatever verb follows", () => {
  it.each([
    ["Peru counts on 20 tanks that Spain is sending.", "ESP>PER armoured-vehicles"],
    ["Lima is counting on four howitzers that Italy buys for the Peruvian army.", "ITA>PER artillery-systems"],
    ["Quito counts on three jets Brazil is handing over to Ecuador.", "BRA>ECU aircraft"],
  ])("%s", (text, flow) => {
    const found = claimsOf(`Aid\n\n${text}`).filter((c) => `${c.supplier}>${c.recipient} ${c.item}` === flow);
    expect(found.map((c) => c.certainty)).toEqual(["possible"]);
  });
});

describe("a promise that only names the goods now present does not make their transfer planned", () => {
  it.each([
    ["Ruiz: All twelve of the howitzers we promised are in Peru now.", "CHL>PER artillery-systems"],
    ["Ruiz: Both of the jets we had pledged are in Peruvian hands.", "CHL>PER aircraft"],
    ["Ruiz: All six of the tanks we offered are already in Peru.", "CHL>PER armoured-vehicles"],
  ])("%s", (text, flow) => {
    const found = claimsOf(`${intro}${text}`).filter((c) => `${c.supplier}>${c.recipient} ${c.item}` === flow);
    expect(found.map((c) => c.certainty)).toEqual(["asserted"]);
  });

  it("the promised whole of a part delivered stays planned", () => {
    const found = claimsOf("Aid\n\nSpain has delivered only 300 of the 1,000 rockets it had promised Peru.").filter((c) => c.quantity?.value === 1000);
    expect(found.map((c) => c.certainty)).toEqual(["possible"]);
  });

  it("a promise the speaker's state makes plainly stays planned", () => {
    const found = claimsOf(`${intro}Ruiz: Last year we promised Peru 30 tanks.`).filter((c) => c.item === "armoured-vehicles");
    expect(found.map((c) => c.certainty)).toEqual(["possible"]);
  });
});
