import { describe, expect, it } from "vitest";
import { organizationAliases, organizationKey } from "./organizations.ts";

describe("organizationKey", () => {
  it("drops “the”, dots in an acronym and a legal ending", () => {
    expect(organizationKey("The Widget Group Inc.")).toBe("widget group");
    expect(organizationKey("F.B.X.")).toBe(organizationKey("FBX"));
    expect(organizationKey("U.S. Widget Survey")).toBe(organizationKey("US Widget Survey"));
  });
});

describe("organizationAliases", () => {
  it("joins an acronym and a short team name to the long name a source gives beside them", () => {
    const aliases = organizationAliases([
      { source: "a", name: "Zephyr-Quill Devices" },
      { source: "a", name: "ZQD" },
      { source: "b", name: "Kestrel City Hawks" },
      { source: "b", name: "Hawks" },
    ]);
    expect(aliases.get("zqd")).toBe("zephyr quill devices");
    expect(aliases.get("hawks")).toBe("kestrel city hawks");
  });

  it("joins nothing on a guess: never across sources, never when two long names fit", () => {
    const apart = organizationAliases([
      { source: "a", name: "Zephyr Quill Devices" },
      { source: "b", name: "ZQD" },
    ]);
    expect(apart.get("zqd")).toBe("zqd");
    const two = organizationAliases([
      { source: "a", name: "Hawks" },
      { source: "a", name: "Kestrel City Hawks" },
      { source: "a", name: "Harbor Town Hawks" },
    ]);
    expect(two.get("hawks")).toBe("hawks");
  });
});
