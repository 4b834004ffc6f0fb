/**
 * The build's heap limit (scripts/build.mjs): Node's --max-old-space-size, the caller's own if NODE_OPTIONS
 * sets one, else the build's default added to it. The out-of-memory advice then names the limit that applied.
 */
const FLAG = /--max[-_]old[-_]space[-_]size[= ](\d+)/;

export function withHeapLimit(nodeOptions: string | undefined, defaultMb: number): { nodeOptions: string; heapMb: number } {
  const own = FLAG.exec(nodeOptions ?? '');
  if (own) return { nodeOptions: nodeOptions!, heapMb: Number(own[1]) };
  return { nodeOptions: `${nodeOptions ?? ''} --max-old-space-size=${defaultMb}`.trim(), heapMb: defaultMb };
}
