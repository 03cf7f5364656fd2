import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { memoryEffects, nodeEffects } from "./effects.ts";

describe("nodeEffects", () => {
  it("lists files below a folder, sorted, with forward slashes, and writes into new folders", async () => {
    const dir = await mkdtemp(join(tmpdir(), "triangulate-"));
    try {
      await mkdir(join(dir, "sub"));
      await writeFile(join(dir, "b.txt"), "b");
      await writeFile(join(dir, "sub", "a.txt"), "a");
      const fx = nodeEffects(() => {});
      expect(await fx.listFiles(dir)).toEqual(["b.txt", "sub/a.txt"]);
      await fx.writeFile(join(dir, "out", "deep", "x.json"), "{}");
      expect(new TextDecoder().decode(await fx.readFile(join(dir, "out", "deep", "x.json")))).toBe(
        "{}",
      );
      await fx.removeDir(join(dir, "out"));
      expect(await fx.listFiles(dir)).toEqual(["b.txt", "sub/a.txt"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("memoryEffects", () => {
  it("behaves like the file system for the pipeline, and records log lines", async () => {
    const { effects, lines, text } = memoryEffects({ "seeds/a.txt": "A" });
    expect(await effects.listFiles("seeds")).toEqual(["a.txt"]);
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
