/** Served by src/integration.ts (contentDirPlugin). */
declare module "virtual:triangulate/content-dir" {
  /** The content folder the pipeline writes, as a file URL ending in "/". */
  export const contentDir: string;
}
