/** A build that cannot go on (no seeds folder, no article at all): the one kind that fails it. */
export class PipelineError extends Error {
  override name = "PipelineError";
}
