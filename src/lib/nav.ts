/** The site's navigation, and which link the current page belongs to. */
export const NAV_LINKS = [
  { href: "/", label: "Stories", section: "/stories/" },
  { href: "/timeline/", label: "Timeline", section: "/timeline/" },
  { href: "/people/", label: "People", section: "/people/" },
  { href: "/places/", label: "Places", section: "/places/" },
  { href: "/organizations/", label: "Organizations", section: "/organizations/" },
  { href: "/search/", label: "Search", section: "/search/" },
] as const;

/**
 * "page" when the link is the page itself, "section" when the page lies under it (a person's page
 * under People, a story under Stories), null otherwise. The nav marks both, so a reader always
 * sees where they are; screen readers hear "current page" only for the first.
 */
export function navState(href: string, pathname: string): "page" | "section" | null {
  const path = pathname.endsWith("/") ? pathname : `${pathname}/`;
  if (path === href) return "page";
  const link = NAV_LINKS.find((l) => l.href === href);
  return link && path.startsWith(link.section) ? "section" : null;
}
