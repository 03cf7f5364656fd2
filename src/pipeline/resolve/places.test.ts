import { describe, expect, it } from "vitest";
import type { NameMention } from "../../core/model.ts";
import { harmonizePlaces } from "./places.ts";

const place = (
  text: string,
  placeId: string,
  country: string,
  kind: NameMention["placeKind"] = "city",
): NameMention => ({
  type: "place",
  text,
  name: text,
  start: 0,
  end: text.length,
  sentence: 0,
  placeId,
  placeKind: kind,
  geo: { lat: 0, lon: 0, country },
});

describe("harmonizePlaces", () => {
  it("gives one spelling the reading whose country the sources name", () => {
    const a = {
      mentions: [place("Spain", "country:ES", "ES", "country"), place("Valencia", "city:es", "ES")],
    };
    const b = { mentions: [place("Valencia", "city:ve", "VE")] };
    expect(harmonizePlaces([a, b])).toBe(1);
    expect(b.mentions[0]?.placeId).toBe("city:es");
    expect(b.mentions[0]?.geo?.country).toBe("ES");
  });

  it("leaves places alone when every mention agrees", () => {
    const a = { mentions: [place("Rome", "city:rome", "IT")] };
    expect(harmonizePlaces([a, { mentions: [place("Rome", "city:rome", "IT")] }])).toBe(0);
  });
});
