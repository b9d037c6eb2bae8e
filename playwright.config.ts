import { defineConfig, devices } from "@playwright/test";

// Tests drive Debian's Chromium (tests/e2e/ensure-chromium.mjs installs it when missing).
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// E2E_PORT moves both servers (for running two suites side by side on one machine).
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BROKEN_PORT = PORT + 1;
// Written by the first server's command once the build is done; the second server waits for it.
const BUILD_MARKER = "tests/.tmp/build-done";
// `npm start` without its database set-up step (prestart; the second server's database must stay missing).
const START = "npm run --silent start --ignore-scripts";
const RUN_ID = process.env.PLAYWRIGHT_RUN_ID ?? (process.env.PLAYWRIGHT_RUN_ID = String(Date.now()));

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 30_000,
  // Filter changes wait for the server's render of the new view; on 2 busy cores that can take seconds.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "off",
    launchOptions: {
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      // A production build served the way the README says (build, then start; both set up the database).
      command: `npm run build && mkdir -p tests/.tmp && echo ${RUN_ID} > ${BUILD_MARKER} && ${START}`,
      url: `http://127.0.0.1:${PORT}/`,
      env: { PORT: String(PORT) },
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // The same build with DATABASE_URL pointing at a file that does not exist.
      command: `node tests/e2e/wait-for-build.mjs ${BUILD_MARKER} ${RUN_ID} && ${START}`,
      url: `http://127.0.0.1:${BROKEN_PORT}/`,
      env: { DATABASE_URL: "file:./tests/.tmp/does-not-exist.db", PORT: String(BROKEN_PORT) },
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "ignore",
    },
  ],
});
