/** Related entries: those sharing the most topics with the current one, newest first among equals. */
export interface Relatable {
  /** Unique across collections, e.g. 'stories/fake-job-offers'. */
  key: string;
  topics: readonly string[];
  date?: Date | undefined;
}

export function relatedTo<T extends Relatable>(current: Relatable, candidates: readonly T[], limit = 3): T[] {
  const mine = new Set(current.topics);
  return candidates
    .filter((candidate) => candidate.key !== current.key)
    .map((candidate) => ({ candidate, shared: candidate.topics.filter((topic) => mine.has(topic)).length }))
    .filter(({ shared }) => shared > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        (b.candidate.date?.getTime() ?? 0) - (a.candidate.date?.getTime() ?? 0) ||
        a.candidate.key.localeCompare(b.candidate.key),
    )
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
