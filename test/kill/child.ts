// A child process for the kill suite: `migrate OPTIONS` opens (and so migrates) a store and says when it
// starts and ends, so the parent can SIGKILL it while the migration runs. OPTIONS is openStore's, as JSON.
import { openStore } from "../../src/store/open-store.js";

const [mode, json] = process.argv.slice(2);
if (mode === "migrate") {
  process.stdout.write("start\n");
  const store = await openStore(JSON.parse(json));
  process.stdout.write("done\n");
  await store.close();
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exitCode = 2;
}
