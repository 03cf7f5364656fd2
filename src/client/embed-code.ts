/**
 * The embed disclosure's script: the snippet's address follows the origin the page is served
 * from (the build only knows the configured one), and a button copies the snippet.
 */
export function mountEmbedCode(doc: Document): void {
  const origin = doc.location.origin;
  for (const area of Array.from(doc.querySelectorAll<HTMLTextAreaElement>("textarea.embed-code"))) {
    const built = area.dataset.origin;
    if (built && origin.startsWith("http") && built !== origin) {
      area.value = area.value.split(built).join(origin);
    }
    area.addEventListener("focus", () => area.select());
  }
  for (const button of Array.from(doc.querySelectorAll<HTMLButtonElement>("button.embed-copy"))) {
    const area = doc.getElementById(button.dataset.for ?? "") as HTMLTextAreaElement | null;
    const clipboard = doc.defaultView?.navigator.clipboard;
    if (!area || !clipboard) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      const status = button.nextElementSibling;
      try {
        await clipboard.writeText(area.value);
        if (status) status.textContent = "Copied.";
      } catch {
        area.select();
        if (status) status.textContent = "Select the code and copy it.";
      }
    });
  }
}
