import { describe, expect, it } from "vitest";
import type { FigureMention } from "../../core/model.ts";
import { figureContext } from "./figure-context.ts";

/** A figure mention for `phrase` in `text`, as extraction would give it. */
function figure(text: string, phrase: string, fields: Partial<FigureMention> = {}): FigureMention {
  const start = text.indexOf(phrase);
  return {
    type: "figure",
    kind: "count",
    text: phrase,
    start,
    end: start + phrase.length,
    sentence: 0,
    value: 0,
    qualifier: null,
    unit: "",
    noun: "",
    ...fields,
  };
}
const whole = (text: string) => ({ start: 0, end: text.length });

describe("figureContext", () => {
  const text =
    "Reports have emerged regarding the training of over 12,000 North Korean soldiers to fight alongside Russian forces, with U.S. officials estimating that around 2,500 troops have already been sent.";
  const trained = figure(text, "over 12,000 North Korean soldiers", {
    unit: "North Korean soldiers",
    noun: "soldier",
  });
  const sent = figure(text, "around 2,500 troops", { unit: "troops", noun: "troop" });

  it("reads the event from the figure's own clause, not its neighbour's", () => {
    expect([...figureContext(text, whole(text), trained, [sent]).events]).toEqual(["train"]);
    expect([...figureContext(text, whole(text), sent, [trained]).events]).toEqual(["send"]);
  });

  it("stops at an infinitive of purpose", () => {
    // "to fight alongside" says why they were trained, not what was counted.
    expect(figureContext(text, whole(text), trained, [sent]).keys.has("fight")).toBe(false);
    const deployed = "About 1,200 soldiers had been deployed to search for survivors.";
    const f = figure(deployed, "About 1,200 soldiers", { unit: "soldiers", noun: "soldier" });
    expect([...figureContext(deployed, whole(deployed), f).events]).toEqual(["send"]);
  });

  it("reads 'killed or wounded' as casualties, not as deaths", () => {
    const t =
      "Officials estimate that over 600,000 soldiers have been killed or wounded in the war.";
    const f = figure(t, "over 600,000 soldiers", { unit: "soldiers", noun: "soldier" });
    expect([...figureContext(t, whole(t), f).events]).toEqual(["casualty"]);
    const k = "Officials say 600 soldiers have been killed in the war.";
    const g = figure(k, "600 soldiers", { unit: "soldiers", noun: "soldier" });
    expect([...figureContext(k, whole(k), g).events]).toEqual(["kill"]);
  });

  it("lets a noun that names the event override its neighbour's verb", () => {
    const t = "More than 2,000 people were killed and over 2,000 injured.";
    const f = figure(t, "over 2,000 injured", {
      unit: "injured",
      noun: "injured",
      qualifier: "over",
    });
    const other = figure(t, "More than 2,000 people", { unit: "people", noun: "person" });
    expect([...figureContext(t, whole(t), f, [other]).events]).toEqual(["injure"]);
  });

  it("takes an event from a counted noun that implies one", () => {
    const t = "As casualties in Ukraine surpass 600,000, the war drags on.";
    const f = figure(t, "600,000", { unit: "casualties", noun: "casualty", qualifier: "over" });
    const ctx = figureContext(t, whole(t), f);
    expect(ctx.events.has("casualty")).toBe(true);
    // The comma ends the clause: "the war drags on" is not about the figure.
    expect(ctx.keys.has("drag")).toBe(false);
  });

  it("finds the rate period, from the rate or a word like 'annual'", () => {
    const t = "Russia recruits 25,000 to 30,000 new soldiers each month.";
    const f = figure(t, "25,000 to 30,000 new soldiers each month", {
      unit: "new soldiers",
      noun: "soldier",
      rate: "each month",
    });
    expect(figureContext(t, whole(t), f).period).toBe("month");
    const a = "The deal covers about $4.5 billion in annual trade.";
    const g = figure(a, "about $4.5 billion in annual trade", {
      kind: "money",
      unit: "annual trade",
    });
    expect(figureContext(a, whole(a), g).period).toBe("year");
    const n = "The deal covers about $4.5 billion in trade.";
    const h = figure(n, "about $4.5 billion in trade", { kind: "money", unit: "trade" });
    expect(figureContext(n, whole(n), h).period).toBeNull();
  });
});
