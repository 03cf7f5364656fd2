#!/usr/bin/env node
// The CLI is TypeScript run by Node's type stripping (Node 22.18+ / 24, which this project
// installs as a devDependency and npm/npx put first on PATH).
const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `triangulate needs Node 22.18 or later (this is ${process.version}). Run it through npx or npm scripts, which use the project's own Node.`,
  );
  process.exit(1);
}
const { main } = await import("../src/pipeline/cli.ts");
process.exitCode = await main(process.argv.slice(2));
