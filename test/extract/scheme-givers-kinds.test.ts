// A scheme, effort or coalition named by its aim ("the effort to buy shells abroad") is the subject of the
// sentence's own verb of moving: the state that leads it gives, and the buying in the aim does not turn the
// receiver into the seller.
import { describe, it } from "vitest";
import { claimsOfReport, expectOneFlow } from "./support/short-report.js";

const claimsOf = (text: string) => claimsOfReport(text, "scheme", "2024-11-05");

describe("an infinitive of buying in the subject leaves the main verb to name the giver", () => {
  it.each([
    ["The Danish-led effort to buy shells abroad sent 300,000 of them to Ukraine in the spring, its director said.", "DNK", "UKR", 300000],
    ["A Dutch-run coalition to purchase drones from private makers delivered 2,000 of them to Ukraine last month.", "NLD", "UKR", 2000],
    ["The Polish-led plan to acquire old tanks wherever they may be stored handed 40 of them to Ukraine this winter.", "POL", "UKR", 40],
  ])("%s", (text, supplier, recipient, value) => expectOneFlow(claimsOf(text), supplier, recipient, value));
});
