// The migrations send the very SQL recorded when they were written: a ledger migrated once and one migrated today
// have the same schema, in SQLite and in PostgreSQL alike.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { migrationSql } from "./support/migration-sql.js";

describe("the migrations' SQL", () => {
  it("is the SQL recorded for them, statement for statement", async () => {
    expect(await migrationSql()).toBe(readFileSync(new URL("./migration-sql.expected.txt", import.meta.url), "utf8"));
  });
});
