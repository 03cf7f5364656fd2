/**
 * Astro's content layer wraps every rendered content entry (each story's summary, an MDX file)
 * in a proxy module (`<entry>?astroPropagatedAssets`) whose first statement is the string
 * directive "use astro:head-inject". Nothing reads that string any more (in Astro 7.3 head
 * propagation is found through the module's id flag, not the directive), but the bundler sees a
 * module-level directive it cannot keep and warns, once per story: hundreds of
 * `[MODULE_LEVEL_DIRECTIVE]` warnings on a large site (withastro/astro#18087). This plugin drops
 * that one dead statement from those proxy modules, so the warning is never produced; every
 * other directive, and every other warning, is left alone.
 */
const PROPAGATED = /[?&]astroPropagatedAssets(?:[&=]|$)/;
const DIRECTIVE = /^(\s*)(["'])use astro:head-inject\2;?/;

/** The proxy module's code without its leading dead directive; anything else unchanged. */
export function withoutDeadDirective(code: string, id: string): string | undefined {
  if (!PROPAGATED.test(id)) return undefined;
  const out = code.replace(DIRECTIVE, "$1");
  return out === code ? undefined : out;
}

export function deadDirectivePlugin() {
  return {
    name: "triangulate:dead-directive",
    // After Astro's content-assets plugin has written the proxy module.
    enforce: "post" as const,
    transform(code: string, id: string) {
      const out = withoutDeadDirective(code, id);
      return out === undefined ? undefined : { code: out, map: null };
    },
  };
}
