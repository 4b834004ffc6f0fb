/** Related entries: those sharing the most topics with the current one, newest first among equals. */
export interface Relatable {
  /** Unique across collections, e.g. 'stories/fake-job-offers'. */
  key: string;
  topics: readonly string[];
  date?: Date | undefined;
}

interface Ranked<T> {
  candidate: T;
  shared: number;
}

/** Negative when a ranks before b: more shared topics, then newer, then by key (keys are unique). */
function byRank<T extends Relatable>(a: Ranked<T>, b: Ranked<T>): number {
  return (
    b.shared - a.shared ||
    (b.candidate.date?.getTime() ?? 0) - (a.candidate.date?.getTime() ?? 0) ||
    a.candidate.key.localeCompare(b.candidate.key)
  );
}

/**
 * The `limit` best candidates. Every entry page asks, over every entry of its language: one pass keeping the
 * best few, rather than sorting all that share a topic (at 1,000 stories per language, hundreds per page).
 */
export function relatedTo<T extends Relatable>(current: Relatable, candidates: readonly T[], limit = 3): T[] {
  if (limit < 1) return [];
  const mine = new Set(current.topics);
  const best: Ranked<T>[] = [];
  for (const candidate of candidates) {
    if (candidate.key === current.key) continue;
    let shared = 0;
    for (const topic of candidate.topics) if (mine.has(topic)) shared++;
    if (shared === 0) continue;
    const ranked = { candidate, shared };
    if (best.length === limit && byRank(ranked, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && byRank(ranked, best[at - 1]!) < 0) at--;
    best.splice(at, 0, ranked);
    if (best.length > limit) best.pop();
  }
  return best.map(({ candidate }) => candidate);
}
