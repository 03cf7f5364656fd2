import { describe, expect, it } from "vitest";
import { cleanUrl } from "./url.ts";

describe("cleanUrl", () => {
  it("keeps http(s) addresses, in the form the URL parser writes", () => {
    expect(cleanUrl("https://example.test/a?b=1#c")).toBe("https://example.test/a?b=1#c");
    expect(cleanUrl("HTTP://Example.TEST")).toBe("http://example.test/");
  });

  it("cleans before parsing, so hidden characters never reach the link", () => {
    expect(cleanUrl("https://exa\u202Emple.test/\u200Bpath")).toBe("https://example.test/path");
  });

  it("drops every other scheme, relative paths and what does not parse", () => {
    for (const bad of [
      "javascript:alert(1)",
      "data:text/html,x",
      "//example.test/x",
      "/relative",
      "https://",
      "http://exa mple.test/",
      `https://example.test/${"x".repeat(3000)}`,
    ]) {
      expect(cleanUrl(bad)).toBeNull();
    }
  });
});
