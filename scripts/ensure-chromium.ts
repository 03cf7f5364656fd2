/**
 * Before the e2e tests: make sure Debian's Chromium is there. As root on Debian/Ubuntu it
 * installs it with apt; otherwise it prints the one command that does, and fails.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
const found = () => [process.env.CHROMIUM_PATH, ...CANDIDATES].some((p) => p && existsSync(p));
const HOW =
  "Chromium not found: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu).";

if (!found()) {
  const root = process.getuid?.() === 0;
  if (root && existsSync("/usr/bin/apt-get")) {
    console.log("Installing Debian's chromium for the browser tests (apt-get)…");
    try {
      const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
      execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
      execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    } catch {
      // Reported below as the one-line instruction.
    }
  }
  if (!found()) {
    console.error(HOW);
    process.exit(1);
  }
}
