import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryEffects, nodeEffects, writeFolder } from "./effects.ts";

describe("nodeEffects", () => {
  it("lists files below a folder, sorted, with forward slashes, and writes into new folders", async () => {
    const dir = await mkdtemp(join(tmpdir(), "triangulate-"));
    try {
      await mkdir(join(dir, "sub"));
      await writeFile(join(dir, "b.txt"), "b");
      await writeFile(join(dir, "sub", "a.txt"), "a");
      const fx = nodeEffects(() => {});
      expect(await fx.listFiles(dir)).toEqual([
        { path: "b.txt", kind: "file", size: 1 },
        { path: "sub/a.txt", kind: "file", size: 1 },
      ]);
      await fx.writeFile(join(dir, "out", "deep", "x.json"), "{}");
      expect(new TextDecoder().decode(await fx.readFile(join(dir, "out", "deep", "x.json")))).toBe(
        "{}",
      );
      await fx.removeDir(join(dir, "out"));
      expect((await fx.listFiles(dir)).map((e) => e.path)).toEqual(["b.txt", "sub/a.txt"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("nodeEffects on what is not a plain file", () => {
  it("lists links, pipes and hidden folders as such, never following or opening them", async () => {
    const dir = await mkdtemp(join(tmpdir(), "triangulate-"));
    try {
      await writeFile(join(dir, "a.txt"), "a");
      await symlink("/etc/passwd", join(dir, "link.txt"));
      execFileSync("mkfifo", [join(dir, "pipe.txt")]);
      await mkdir(join(dir, ".git"));
      await writeFile(join(dir, ".git", "HEAD"), "x");
      const name = Buffer.concat([Buffer.from("bad-"), Buffer.from([0xff]), Buffer.from(".txt")]);
      await writeFile(Buffer.concat([Buffer.from(`${dir}/`), name]), "latin");
      const fx = nodeEffects(() => {});
      const entries = await fx.listFiles(dir);
      expect(entries.map((e) => [e.path, e.kind])).toEqual([
        ["a.txt", "file"],
        ["bad-\uFFFD.txt", "file"],
        ["link.txt", "link"],
        ["pipe.txt", "special"],
      ]);
      // A name that is not UTF-8 is read by its real bytes.
      expect(new TextDecoder().decode(await fx.readFile(`${dir}/bad-\uFFFD.txt`))).toBe("latin");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("memoryEffects", () => {
  it("behaves like the file system for the pipeline, and records log lines", async () => {
    const { effects, lines, text } = memoryEffects({ "seeds/a.txt": "A" });
    expect(await effects.listFiles("seeds")).toEqual([{ path: "a.txt", kind: "file", size: 1 }]);
    await expect(effects.listFiles("missing")).rejects.toThrow(/ENOENT/);
    await effects.writeFile("content/x.json", "1");
    expect(text("content/x.json")).toBe("1");
    await effects.removeDir("content");
    await expect(effects.readFile("content/x.json")).rejects.toThrow(/ENOENT/);
    effects.log("hello");
    expect(lines).toEqual(["hello"]);
    expect(effects.elapsed()).toBe(0);
  });
});

describe("writeFolder", () => {
  it("leaves the folder with exactly the files given, writing only those that changed", async () => {
    const dir = await mkdtemp(join(tmpdir(), "triangulate-folder-"));
    try {
      const fx = nodeEffects(() => {});
      const first = [
        { path: "stories/a.json", contents: "{}\n" },
        { path: "stories/b.json", contents: "[1]\n" },
        { path: "build/x.json", contents: "x\n" },
      ];
      expect(await writeFolder(fx, dir, first)).toBe(3);
      await writeFile(join(dir, "charts.json"), "another step's");
      const second = [
        { path: "stories/a.json", contents: "{}\n" },
        { path: "stories/b.json", contents: "[2]\n" }, // same size, other bytes
        { path: "stories/c.json", contents: "new\n" },
      ];
      const written = await writeFolder(fx, dir, second, (p) => p === "charts.json");
      expect(written).toBe(2);
      const files = (await fx.listFiles(dir)).map((e) => e.path);
      expect(files).toEqual(["charts.json", "stories/a.json", "stories/b.json", "stories/c.json"]);
      expect(new TextDecoder().decode(await fx.readFile(join(dir, "stories/b.json")))).toBe(
        "[2]\n",
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("writes every file into a folder that does not exist yet", async () => {
    const { effects, text } = memoryEffects();
    expect(await writeFolder(effects, "content", [{ path: "a.json", contents: "1" }])).toBe(1);
    expect(text("content/a.json")).toBe("1");
  });

  it("takes files from a generator a few at a time, never making them all before writing", async () => {
    const { effects, text, files: stored } = memoryEffects({ "charts/old.json": "stale" });
    let made = 0;
    let madeAtFirstWrite = -1;
    const write = effects.writeFile;
    const counting = {
      ...effects,
      writeFile: (path: string, data: string) => {
        if (madeAtFirstWrite < 0) madeAtFirstWrite = made;
        return write(path, data);
      },
    };
    function* files() {
      for (let i = 0; i < 500; i++) {
        made++;
        yield { path: `c${i}.json`, contents: `${i}` };
      }
    }
    expect(await writeFolder(counting, "charts", files())).toBe(500);
    expect(madeAtFirstWrite).toBeGreaterThan(0);
    expect(madeAtFirstWrite).toBeLessThan(100);
    expect(text("charts/c499.json")).toBe("499");
    expect(stored.has("charts/old.json")).toBe(false);
  });
});
