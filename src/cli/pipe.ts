// `armsflow extract ... | head`: when the reader of standard output goes away, stop quietly (exit 0), no EPIPE stack.

/** Installs the handler once; call before writing to standard output. */
export function endQuietlyOnClosedPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}
