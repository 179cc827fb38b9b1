// A migration tries again only when PostgreSQL's error names some other schema's object lost mid-listing; an error
// about our own schema, or any other failure, is thrown at once.
import { describe, expect, it } from "vitest";
import { otherObjectDropped } from "../../src/store/open-store.js";

describe("a migration error about another client's objects", () => {
  it("is a race to try again when it names another schema, relation, column or a lost cache entry", () => {
    expect(otherObjectDropped('schema "ledger_b17" does not exist', "ledger_a01")).toBe(true);
    expect(otherObjectDropped('relation "ledger_b17.claims" does not exist', "ledger_a01")).toBe(true);
    expect(otherObjectDropped('relation "claims" does not exist', "ledger_a01")).toBe(true);
    expect(otherObjectDropped('column "period_end" of relation "claims" does not exist', "ledger_a01")).toBe(true);
    expect(otherObjectDropped("cache lookup failed for relation 48213", undefined)).toBe(true);
    expect(otherObjectDropped("cache lookup failed for type 77", "ledger_a01")).toBe(true);
  });

  it("is thrown when it names our own schema or the migration table", () => {
    expect(otherObjectDropped('schema "ledger_a01" does not exist', "ledger_a01")).toBe(false);
    expect(otherObjectDropped('relation "ledger_a01.documents" does not exist', "ledger_a01")).toBe(false);
    expect(otherObjectDropped('relation "kysely_migration" does not exist', "ledger_a01")).toBe(false);
  });

  it("is thrown for any other failure", () => {
    expect(otherObjectDropped("syntax error at or near \"TABEL\"", "ledger_a01")).toBe(false);
    expect(otherObjectDropped("permission denied for schema public", undefined)).toBe(false);
    expect(otherObjectDropped('duplicate key value violates unique constraint "claims_pkey"', "ledger_a01")).toBe(false);
    expect(otherObjectDropped("", "ledger_a01")).toBe(false);
  });
});
