// A preview worker whose drawings never finish (a busy loop, as a runaway layout would be): the
// renderer must stop it and answer in time. Used by tests/integration/previews.test.ts.
import { parentPort } from "node:worker_threads";

parentPort.postMessage({ ready: true });
parentPort.on("message", () => {
  for (;;);
});
