// The services the tests may miss, and how a test file marks what it skipped; no vitest import, so
// the skip summary (a reporter, in the main process) can read it too.

export type Service = "shared" | "postgres" | "chromium" | "tmpfs";

/** The variable that makes a missing service a failure, and what to do about it. */
export const SERVICES: Record<Service, { require: string; hint: string }> = {
  shared: { require: "ARMSFLOW_REQUIRE_SHARED", hint: "put the shared folder beside the clone or set ARMSFLOW_SHARED" },
  postgres: { require: "ARMSFLOW_REQUIRE_PG", hint: "start PostgreSQL at 127.0.0.1:5432 or set ARMSFLOW_TEST_PG" },
  chromium: { require: "ARMSFLOW_REQUIRE_CHROMIUM", hint: "apt-get install -y chromium, or set CHROMIUM_PATH" },
  tmpfs: { require: "ARMSFLOW_REQUIRE_TMPFS", hint: "run the fault suite as root where `mount -t tmpfs` is allowed (a full disk and a read-only file system are made on one)" },
};

export interface SkipMark {
  readonly service: Service;
  readonly detail: string;
}

/** The marks a test file carries in its meta (read by the skip summary). */
export function fileMarks(meta: Record<string, unknown> | undefined): SkipMark[] {
  const marks = meta?.armsflowSkips;
  return Array.isArray(marks) ? (marks as SkipMark[]) : [];
}
