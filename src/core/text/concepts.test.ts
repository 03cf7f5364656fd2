import { describe, expect, it } from "vitest";
import {
  conceptOf,
  differentSteps,
  eventOf,
  isHumanClass,
  nounClassOf,
  peopleWord,
  SAY,
} from "./concepts.ts";
import { stem } from "./stem.ts";

describe("eventOf", () => {
  it("puts wordings of one event in one class", () => {
    expect(eventOf("sent")).toBe("send");
    expect(eventOf("deployed")).toBe("send");
    expect(eventOf("dispatched")).toBe("send");
    expect(eventOf("died")).toBe("kill");
    expect(eventOf("killing")).toBe("kill");
    expect(eventOf("wounded")).toBe("injure");
  });

  it("keeps different events apart", () => {
    expect(eventOf("trained")).toBe("train");
    expect(eventOf("trained")).not.toBe(eventOf("sent"));
    expect(eventOf("casualties")).toBe("casualty");
    expect(eventOf("casualties")).not.toBe(eventOf("killed"));
    expect(eventOf("briefing")).toBeNull();
  });
});

describe("nounClassOf", () => {
  it("groups synonyms of counted things", () => {
    expect(nounClassOf("troop")).toBe("military");
    expect(nounClassOf("soldier")).toBe("military");
    expect(nounClassOf("forces")).toBe("military");
    expect(nounClassOf("household")).toBe(nounClassOf("home"));
  });

  it("leaves unrelated nouns apart", () => {
    expect(nounClassOf("container")).toBeNull();
    expect(nounClassOf("civilian")).not.toBe(nounClassOf("soldier"));
  });

  it("marks which classes count people", () => {
    expect(isHumanClass("military")).toBe(true);
    expect(isHumanClass("home")).toBe(false);
    expect(isHumanClass(null)).toBe(false);
  });
});

describe("peopleWord", () => {
  it("reads generic people words and the event they imply", () => {
    expect(peopleWord("person")).toBeNull();
    expect(peopleWord("casualty")).toBe("casualty");
    expect(peopleWord("death")).toBe("kill");
    expect(peopleWord("soldier")).toBeUndefined();
  });
});

describe("conceptOf", () => {
  it("merges synonyms and inflections", () => {
    expect(conceptOf("deployed")).toBe(conceptOf("sent"));
    expect(conceptOf("households")).toBe(conceptOf("homes"));
    expect(conceptOf("electricity")).toBe(conceptOf("power"));
    expect(conceptOf("tariffs")).toBe(conceptOf("tariff"));
  });

  it("leaves other words as their stems", () => {
    expect(conceptOf("Geneva")).not.toBe(conceptOf("Vienna"));
  });
});

describe("conceptOf across wordings of an event", () => {
  it("joins different words for one act or happening", () => {
    expect(conceptOf("confirmed")).toBe(conceptOf("affirms"));
    expect(conceptOf("soldiers")).toBe(conceptOf("troops"));
    expect(conceptOf("temblor")).toBe(conceptOf("earthquake"));
    expect(conceptOf("travellers")).toBe(conceptOf("passengers"));
    expect(conceptOf("unaccounted")).toBe(conceptOf("missing"));
    expect(conceptOf("overturned")).toBe(conceptOf("capsized"));
  });

  it("puts every verb of saying in one concept, which is not an event", () => {
    expect(conceptOf("stated")).toBe(SAY);
    expect(conceptOf("told")).toBe(SAY);
    expect(conceptOf("warned")).toBe(SAY);
    expect(eventOf("said")).toBeNull();
  });

  it("keeps acts that are not what happens to a counted thing out of the events", () => {
    expect(eventOf("confirmed")).toBeNull();
    expect(eventOf("flooded")).toBeNull();
  });

  it("keeps other words as their stem, and different acts apart", () => {
    expect(conceptOf("bridges")).toBe(stem("bridge"));
    expect(conceptOf("opened")).not.toBe(conceptOf("closed"));
    expect(conceptOf("killed")).not.toBe(conceptOf("injured"));
    expect(conceptOf("fired")).not.toBe(conceptOf("wildfire"));
  });
});

describe("differentSteps", () => {
  it("tells apart two steps of one process", () => {
    expect(differentSteps("charged", "convicted")).toBe(true);
    expect(differentSteps("sentenced", "arrested")).toBe(true);
    expect(differentSteps("killed", "injured")).toBe(true);
  });

  it("does not tell apart one step in other words, or acts of no common process", () => {
    expect(differentSteps("charged", "indicted")).toBe(false);
    expect(differentSteps("killed", "died")).toBe(false);
    expect(differentSteps("convicted", "killed")).toBe(false);
    expect(differentSteps("fell", "died")).toBe(false);
    expect(differentSteps("met", "began")).toBe(false);
  });
});
