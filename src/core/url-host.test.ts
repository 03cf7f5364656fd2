import { describe, expect, it } from "vitest";
import { urlHost } from "./url-host.ts";

describe("urlHost", () => {
  it("names a site by its address's host, without www", () => {
    expect(urlHost("https://www.gazette.example/2024/03/a")).toBe("gazette.example");
    expect(urlHost("http://news.valley.example/a")).toBe("news.valley.example");
  });
  it("gives nothing for a missing, broken or dotless host", () => {
    expect(urlHost(null)).toBeNull();
    expect(urlHost("not a url")).toBeNull();
    expect(urlHost("http://localhost/a")).toBeNull();
  });
});
