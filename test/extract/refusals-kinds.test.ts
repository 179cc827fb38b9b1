// Kinds of refusals and doubts, each shown by phrasings of our own:
// - "us" after a verb of giving, in words a source says, is the source's own state, the receiver
//   ("Tokyo has not sent us tanks", the Kyiv official said);
// - refusing to let another state pass goods on is a denial of that transfer ("refused to let Spain re-export ...");
// - finding no record of a transfer, or seeing no pictures that confirm it, doubts it.
import { describe, expect, it } from "vitest";
import { processDocument } from "../../src/pipeline.js";

function claimsOf(page: string) {
  const doc = processDocument({ path: "refusals.txt", bytes: new TextEncoder().encode(page), meta: { id: "refusals", outlet: "Test Wire", published: "2025-03-04" } });
  return doc.claims.map((c) => `${c.supplier}>${c.recipient} ${c.item} ${c.certainty}`);
}

describe("'us' after a verb of giving is the speaker's state", () => {
  it.each([
    ["\"Japan has not sent us any tanks,\" Ukrainian deputy defence minister Ivan Petrenko said on Monday.", "JPN>UKR armoured-vehicles denied"],
    ["\"Ankara has sold us armed drones,\" Azerbaijani defence minister Zakir Hasanov said.", "TUR>AZE drones asserted"],
    ["\"Berlin delivered to us three air-defence systems last year,\" Moldovan defence minister Ion Rusu told reporters.", "DEU>MDA air-defence-systems asserted"],
  ])("%s", (page, claim) => expect(claimsOf(`Headline\n\n${page}`)).toContain(claim));
});

describe("refusing to let another pass goods on denies that transfer", () => {
  it.each([
    ["Switzerland refused to let Austria re-export grenades to Ukraine.", "AUT>UKR ammunition denied"],
    ["In 2022 Bern refused to allow Spain to pass on anti-aircraft guns to Kyiv.", "ESP>UKR air-defence-systems denied"],
    ["Sweden refuses to permit Finland to hand over its Swedish-built howitzers to Ukraine.", "FIN>UKR artillery-systems denied"],
  ])("%s", (page, claim) => expect(claimsOf(`Headline\n\n${page}`)).toContain(claim));
});

describe("no record, no pictures that confirm: the transfer is doubted", () => {
  it.each([
    ["We found no record of any Patriot battery going from the United States to Armenia.", "USA>ARM air-defence-systems doubted"],
    ["We have seen no satellite imagery that confirms the transfer of Iskander missiles from Russia to Belarus.", "RUS>BLR ballistic-missiles doubted"],
    ["Analysts at the institute saw no photos which show Chinese drones being shipped to Sudan.", "CHN>SDN drones doubted"],
  ])("%s", (page, claim) => expect(claimsOf(`Headline\n\n${page}`)).toContain(claim));
});

describe("refusing to send so much as a single rifle denies the giving of arms", () => {
  it.each([
    ["Austria still refuses to send so much as a rifle to Ukraine.", "AUT>UKR weapons-unspecified denied"],
    ["Ireland will not ship even one rifle to Kyiv, its defence minister said.", "IRL>UKR weapons-unspecified denied"],
    ["Malta has never sold a single rifle to Libya, the Maltese government said.", "MLT>LBY weapons-unspecified denied"],
  ])("%s", (page, claim) => expect(claimsOf(`Headline\n\n${page}`)).toContain(claim));
});
