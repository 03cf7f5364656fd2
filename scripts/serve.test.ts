import { spawn } from "node:child_process";
import { readdirSync, readlinkSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import { get } from "node:http";
import { connect } from "node:net";
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
  await writeFile(join(dir, "site", "big.bin"), Buffer.alloc(4 * 1024 * 1024, 7));
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

  it("answers HEAD without a body and refuses other methods", async () => {
    const head = await fetch(`${base}/stories/a/`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const post = await fetch(`${base}/`, { method: "POST", body: "x" });
    expect(post.status).toBe(405);
  });
});

/** Sends raw bytes and returns what the server answers before it closes the connection. */
function raw(request: string): Promise<string> {
  const { port } = server.address() as { port: number };
  return new Promise((ok, fail) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(request));
    let out = "";
    socket.on("data", (d) => {
      out += d.toString("latin1");
    });
    socket.on("end", () => ok(out));
    socket.on("error", fail);
  });
}

describe("serve, facing the internet", () => {
  it("answers malformed request lines with 400 and keeps serving", async () => {
    for (const line of [
      "GET http://[::1 HTTP/1.1",
      "GET http://example.invalid/ HTTP/1.1",
      "GET * HTTP/1.1",
      "GET /\u0000 HTTP/1.1",
      "GARBAGE",
      "GET / HTTP/9.9",
    ]) {
      const answer = await raw(`${line}\r\nHost: x\r\nConnection: close\r\n\r\n`);
      expect(answer.slice(0, 12), line).toMatch(/^HTTP\/1\.1 (400|404|505)/);
    }
    expect((await fetch(`${base}/stories/a/`)).status).toBe(200);
  });

  it("never redirects to another host", async () => {
    for (const path of ["/.//evil.example/..%2F", "//evil.example/stories/a", "/./stories/a"]) {
      const r = await fetch(base + path, { redirect: "manual" });
      const location = r.headers.get("location");
      if (location !== null) expect(location, path).toMatch(/^\/(?!\/)/);
    }
    const r = await fetch(`${base}/.//stories/a`, { redirect: "manual" });
    expect(r.headers.get("location")).toBe("/stories/a/");
  });

  it("closes every file when clients hang up mid-download, even thousands at once", async () => {
    // The server runs in its own process, so its open files are counted apart from the client's.
    const probe = await serve(join(dir, "site"), 0);
    const { port } = probe.address() as { port: number };
    await new Promise((ok) => probe.close(ok));
    const child = spawn(
      process.execPath,
      [join(import.meta.dirname, "serve.ts"), join(dir, "site"), String(port)],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise((ok) => child.stdout.once("data", ok));
    const fds = () => readdirSync(`/proc/${child.pid}/fd`).length;
    const url = `http://127.0.0.1:${port}`;
    try {
      const before = fds();
      // Each client takes the first chunk of a large file and hangs up (no keep-alive).
      const aborted = () =>
        new Promise<void>((ok) => {
          const req = get(`${url}/big.bin`, { agent: false }, (res) => {
            res.once("data", () => {
              req.destroy();
              ok();
            });
          });
          req.on("error", () => ok());
        });
      // 10,000 aborted downloads, 50 at a time, against 127.0.0.1 only.
      for (let round = 0; round < 200; round++) {
        await Promise.all(Array.from({ length: 50 }, () => aborted().catch(() => {})));
      }
      await new Promise((ok) => setTimeout(ok, 500));
      const open = readdirSync(`/proc/${child.pid}/fd`).flatMap((f) => {
        try {
          return [readlinkSync(`/proc/${child.pid}/fd/${f}`)];
        } catch {
          return [];
        }
      });
      expect(open.filter((f) => f.endsWith("big.bin"))).toEqual([]);
      expect(fds()).toBeLessThan(before + 20);
      expect((await fetch(`${url}/stories/a/`)).status).toBe(200);
    } finally {
      child.kill();
    }
  }, 120_000);
});
