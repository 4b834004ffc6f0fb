/**
 * Lao syllable boundaries, by rule. Lao is written without spaces between words, and the dictionary word
 * breakers disagree: Node's ICU splits ວິດີໂອ as ວິ|ດີ|ໂອ and ການຄ້າມະນຸດ as ການຄ້າ|ມະນຸດ, Chromium's as
 * ວິດີ|ໂອ and ການ|ຄ້າ|ມະນຸດ. An index built with one and queried with the other misses words. Syllables
 * are spelled out by the script itself, so this one function, run at build time and in every browser,
 * splits a word the same way on its own and inside running text.
 *
 * A syllable is [leading vowel] onset [second consonant] [vowels, tone marks] [final consonant]. The rules
 * look only at the syllable being built and at the next two characters, so a word typed alone is split as it
 * is inside a sentence. Where the script is ambiguous (ບອກວ່າ: ບອກ|ວ່າ, never ບອ|ກວ່າ) the common reading
 * wins; what matters most is that the same text always splits the same way.
 */

const Kind = {
  Consonant: 0,
  /** ເ ແ ໂ ໃ ໄ: written before the consonant they follow in speech. */
  Leading: 1,
  /** Vowel signs written above, below or after the consonant. */
  Vowel: 2,
  /** Tone marks and other signs that add no vowel. */
  Sign: 3,
  /** ໆ, the repetition mark: stays with the word it repeats. */
  Repeat: 4,
  /** Lao digits, ຯ and anything else in the block: never part of a syllable. */
  Other: 5,
} as const;
type Kind = (typeof Kind)[keyof typeof Kind];

function kindOf(code: number): Kind {
  if ((code >= 0x0e81 && code <= 0x0eae) || (code >= 0x0edc && code <= 0x0edf)) return Kind.Consonant;
  if (code >= 0x0ec0 && code <= 0x0ec4) return Kind.Leading;
  if ((code >= 0x0eb0 && code <= 0x0eb9) || code === 0x0ebb || code === 0x0ebd || code === 0x0ecd) return Kind.Vowel;
  if (code === 0x0eba || code === 0x0ebc || (code >= 0x0ec8 && code <= 0x0ecc) || code === 0x0ece) return Kind.Sign;
  if (code === 0x0ec6) return Kind.Repeat;
  return Kind.Other;
}

/** True for the characters syllables are made of (letters, vowel signs, tone marks, ໆ). */
export function isLaoSyllableChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  return code >= 0x0e80 && code <= 0x0eff && kindOf(code) !== Kind.Other;
}

/** Any character of the Lao block, digits included. */
export function isLaoChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  return code >= 0x0e80 && code <= 0x0eff;
}

/** The only consonants Lao spells at the end of a syllable. */
const FINALS = new Set(['ກ', 'ງ', 'ຍ', 'ດ', 'ນ', 'ບ', 'ມ', 'ວ']);
/** Consonants that ຫ turns into one onset (ຫງ ຫຍ ຫນ ຫມ ຫລ ຫວ ຫຣ). */
const AFTER_HO = new Set(['ງ', 'ຍ', 'ນ', 'ມ', 'ລ', 'ວ', 'ຣ']);
/** Onsets that take ວ as a second consonant (ຄວາມ, ກວ່າ, ຂວາ). */
const BEFORE_WO = new Set(['ກ', 'ຂ', 'ຄ']);

/** A vowel sign or tone mark: it belongs to the consonant before it, which therefore starts a syllable. */
function attachesToPrevious(char: string | undefined): boolean {
  if (char === undefined) return false;
  const kind = kindOf(char.charCodeAt(0));
  return kind === Kind.Vowel || kind === Kind.Sign;
}

/** ວ or ອ written as the vowel of the consonant before it (ສວນ, ຄອບ), not as an onset (ອອກ, ວ່າ). */
function isVowelLetterAt(run: string, index: number): boolean {
  const char = run[index];
  if (char !== 'ວ' && char !== 'ອ') return false;
  const next = run[index + 1];
  return !attachesToPrevious(next) && next !== 'ວ' && next !== 'ອ';
}

interface Syllable {
  /** The consonants of the onset so far, while no vowel follows them. */
  onset: string;
  /** Only the onset (and tone marks) so far: no vowel sign, no leading vowel. */
  bare: boolean;
  /** Has a vowel (sign, leading vowel or a vowel letter ວ ອ ຍ). */
  voiced: boolean;
  final: boolean;
  /** Can still take a final consonant (not after ະ, ຳ, ໃ, ໄ or ໆ). */
  open: boolean;
  /** A leading vowel waits for its consonant. */
  waiting: boolean;
  leading: boolean;
  /** Has ◌ື, whose vowel continues with ອ (ເດືອນ). */
  ue: boolean;
}

function fresh(): Syllable {
  return { onset: '', bare: true, voiced: false, final: false, open: true, waiting: true, leading: false, ue: false };
}

/**
 * Offsets inside `run` (a string of Lao letters and signs only) where a new syllable starts, 0 excluded:
 * syllableStarts('ການຄ້າມະນຸດ') → [3, 6, 8] (ການ|ຄ້າ|ມະ|ນຸດ).
 */
export function syllableStarts(run: string): number[] {
  const starts: number[] = [];
  let syllable = fresh();
  const startAt = (index: number, onset: string) => {
    if (index > 0) starts.push(index);
    syllable = { ...fresh(), onset, waiting: false };
  };
  for (let index = 0; index < run.length; index++) {
    const char = run[index]!;
    const next = run[index + 1];
    const kind = kindOf(char.charCodeAt(0));
    if (kind === Kind.Leading) {
      if (index > 0) starts.push(index);
      syllable = { ...fresh(), voiced: true, bare: false, leading: true, open: char !== 'ໃ' && char !== 'ໄ' };
    } else if (kind === Kind.Vowel) {
      syllable.voiced = true;
      syllable.bare = false;
      syllable.onset = '';
      syllable.waiting = false;
      if (char === 'ະ' || char === 'ຳ') syllable.open = false;
      if (char === 'ື') syllable.ue = true;
    } else if (kind === Kind.Sign) {
      syllable.waiting = false;
    } else if (kind === Kind.Repeat) {
      syllable.open = false;
      syllable.final = true;
      syllable.waiting = false;
    } else if (kind === Kind.Consonant) {
      const previous = run[index - 1];
      if (syllable.waiting) {
        // The onset of a syllable that starts the run or follows a leading vowel.
        syllable.waiting = false;
        syllable.onset = char;
      } else if (syllable.onset === 'ຫ' && previous === 'ຫ' && AFTER_HO.has(char)) {
        syllable.onset += char;
      } else if (char === 'ວ' && previous !== undefined && syllable.onset === previous && BEFORE_WO.has(previous) && attachesToPrevious(next)) {
        syllable.onset += char;
      } else if (syllable.onset !== '' && !syllable.final && (syllable.bare || (syllable.leading && syllable.onset !== '')) && isVowelLetterAt(run, index)) {
        // ສວນ, ຄອບ, ແຂວງ: ວ or ອ is the vowel.
        syllable.voiced = true;
        syllable.bare = false;
        syllable.onset = '';
      } else if (syllable.leading && syllable.onset !== '' && char === 'ຍ' && !syllable.final && !attachesToPrevious(next)) {
        // ເສຍ: ເ◌ຍ is one vowel.
        syllable.onset = '';
      } else if (char === 'ອ' && syllable.ue && !syllable.final) {
        // ເດືອນ: ເ◌ືອ is one vowel.
      } else if (attachesToPrevious(next) || isVowelLetterAt(run, index + 1)) {
        startAt(index, char);
      } else if (FINALS.has(char) && syllable.voiced && !syllable.final && syllable.open) {
        syllable.final = true;
        syllable.onset = '';
      } else {
        startAt(index, char);
      }
    }
  }
  return starts;
}

/** Splits a run of Lao letters into syllables: 'ແຮງງານ' → ['ແຮງ', 'ງານ']. */
export function syllables(run: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const start of syllableStarts(run)) {
    out.push(run.slice(from, start));
    from = start;
  }
  out.push(run.slice(from));
  return out.filter(Boolean);
}
