/**
 * What a file name (and so a web address) may be: lowercase words of a–z and 0–9 joined by single dashes.
 * No imports, so `npm run new` (plain Node) can share it with the content loader.
 */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugRule = 'lowercase letters a–z, digits 0–9 and single dashes between words (no spaces, capitals, accents, Lao letters or dots), e.g. fake-job-offers';
