/**
 * Lao words that must never be split across two lines in print: the project's word list
 * (content/settings/lao-words.yaml, the same list the pages keep whole), plus names and phrases print needs
 * even where the list lacks them (a split name reads as something else).
 */
import { laoWords } from '../lao/word-list';

const PRINT_ONLY = ['ສປປ ລາວ'];

export const KEEP_TOGETHER: readonly string[] = [...new Set([...laoWords(), ...PRINT_ONLY])];
