import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve } from "./serve.ts";

let dir = "";
let server: Server;
let base = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "triangulate-serve-"));
  await mkdir(join(dir, "site", "stories", "a"), { recursive: true });
  await writeFile(join(dir, "site", "index.html"), "<h1>Home</h1>");
  await writeFile(join(dir, "site", "404.html"), "<h1>Not found</h1>");
  await writeFile(join(dir, "site", "stories", "a", "index.html"), "<h1>A</h1>");
  await writeFile(join(dir, "secret.txt"), "outside");
  server = await serve(join(dir, "site"), 0);
  const a = server.address();
  base = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
});
afterAll(async () => {
  await new Promise((ok) => server.close(ok));
  await rm(dir, { recursive: true, force: true });
});

describe("serve", () => {
  it("serves folder indexes with their type", async () => {
    const r = await fetch(`${base}/stories/a/`);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toContain("text/html");
    expect(await r.text()).toBe("<h1>A</h1>");
  });

  it("adds the trailing slash like a static host", async () => {
    const r = await fetch(`${base}/stories/a`, { redirect: "manual" });
    expect(r.status).toBe(301);
    expect(r.headers.get("location")).toBe("/stories/a/");
  });

  it("answers unknown paths with the site's 404 page and status", async () => {
    const r = await fetch(`${base}/nope/`);
    expect(r.status).toBe(404);
    expect(await r.text()).toContain("Not found");
  });

  it("never serves a file outside the folder", async () => {
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/%E0%A4%A"]) {
      const r = await fetch(base + path);
      expect(r.status).toBe(404);
      expect(await r.text()).not.toContain("outside");
    }
  });
});
