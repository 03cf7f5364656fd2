/**
 * A tiny XML reader for the regular, tool-written files of ECB+: elements, attributes in double
 * quotes, text and the five predefined entities. No DTDs, no namespaces, nothing fetched or run.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), entities decoded. */
  text: string;
}

const TOKEN = /<!--[\s\S]*?-->|<[?!][^>]*>|<(\/?)([A-Za-z_][\w:.-]*)([^>]*?)(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([A-Za-z_][\w:.-]*)\s*=\s*"([^"]*)"/g;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (_, hex, dec, name) =>
    hex
      ? String.fromCodePoint(Number.parseInt(hex, 16))
      : dec
        ? String.fromCodePoint(Number(dec))
        : (ENTITIES[name] ?? ""),
  );
}

/** The document's root element. Throws on a closing tag that does not match. */
export function xml(source: string): XmlElement {
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  for (const m of source.matchAll(TOKEN)) {
    const top = stack[stack.length - 1] as XmlElement;
    const [, closing, name, attrs, selfClosing, text] = m;
    if (text !== undefined) {
      top.text += decodeEntities(text);
    } else if (name === undefined) {
      // comment, processing instruction or doctype: nothing to read
    } else if (closing) {
      if (top.name !== name) throw new Error(`XML: </${name}> closes <${top.name}>`);
      stack.pop();
    } else {
      const attributes: Record<string, string> = {};
      for (const a of (attrs ?? "").matchAll(ATTRIBUTE)) {
        attributes[a[1] as string] = decodeEntities(a[2] as string);
      }
      const element: XmlElement = { name, attributes, children: [], text: "" };
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length > 1) throw new Error(`XML: <${stack[stack.length - 1]?.name}> is never closed`);
  return root;
}
