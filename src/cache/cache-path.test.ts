import { describe, expect, it } from "vitest";
import { cachePath } from "./cache-path.ts";

describe("cachePath", () => {
  it("is in node_modules/.cache by default, in the TRIANGULATE_CACHE folder if set, none if off", () => {
    expect(cachePath("/site", {})).toBe("/site/node_modules/.cache/triangulate/cache.sqlite");
    expect(cachePath("/site", { TRIANGULATE_CACHE: "/tmp/c" })).toBe("/tmp/c/triangulate.sqlite");
    expect(cachePath("/site", { TRIANGULATE_CACHE: "ci-cache" })).toBe(
      "/site/ci-cache/triangulate.sqlite",
    );
    expect(cachePath("/site", { TRIANGULATE_CACHE: "off" })).toBeNull();
    expect(cachePath("/site", { TRIANGULATE_CACHE: " OFF " })).toBeNull();
  });
});
