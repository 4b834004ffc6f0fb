/**
 * Lao words that must never be split across two lines in print, even where the dictionary segmenter sees two
 * words (a split name or phrase reads as something else).
 *
 * MERGE NOTE: a project-wide Lao word list (issue 13) is being written in parallel; when it lands, make this
 * module return that list (and keep the words below only if the shared list lacks them). The line breaker
 * takes the list as an argument, so nothing else changes.
 */
export const KEEP_TOGETHER: readonly string[] = [
  'ສາຍດ່ວນ', // hotline
  'ການຄ້າມະນຸດ', // human trafficking
  'ຄວາມຮຸນແຮງ', // violence
  'ສປປ ລາວ', // Lao PDR
];
