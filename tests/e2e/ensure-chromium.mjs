// Makes sure the end-to-end tests have a Chromium to drive. Playwright cannot download its own
// browser on these machines, so we use CHROMIUM_PATH, else Debian's /usr/bin/chromium, and
// install Debian's package when it is missing and we are root on Debian.
import { execSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

const wanted = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (existsSync(wanted)) process.exit(0);

if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${wanted}, but no file is there.`);
  process.exit(1);
}

const isDebian = existsSync("/etc/debian_version") || /debian/i.test(safeRead("/etc/os-release"));
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isDebian || !isRoot) {
  console.error(
    "No Chromium found for the end-to-end tests. Install Chromium (on Debian: `sudo apt-get install chromium`) " +
      "and, if it is not at /usr/bin/chromium, set CHROMIUM_PATH to its executable.",
  );
  process.exit(1);
}

console.log("Chromium is missing: installing Debian's chromium package (apt-get)...");
try {
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null", {
    stdio: "inherit",
    shell: "/bin/bash",
  });
} catch {
  console.error("Installing chromium with apt-get failed; install it by hand or set CHROMIUM_PATH.");
  process.exit(1);
}
if (!existsSync(wanted)) {
  console.error(`apt-get finished but ${wanted} is still missing.`);
  process.exit(1);
}
console.log(`Chromium installed at ${wanted}.`);

function safeRead(file) {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
