/**
 * Social media cards of a campaign: one per key message, in the three sizes people post. Drawn by the shared
 * renderer (src/lib/graphics/render.ts, which shapes Lao), orange for "Orange the World".
 */
import { cachedRender } from './build-cache';
import { LOGO_FILE } from './graphics/logo';
import { RENDERER_FILES, renderSocialCard, SOCIAL_SIZES, type HelpLine, type PosterSpec } from './graphics/render';
import { colour } from './graphics/tokens';

export const CARD_SIZES = Object.keys(SOCIAL_SIZES) as (keyof typeof SOCIAL_SIZES)[];
export type CardSize = (typeof CARD_SIZES)[number];

/** --color-orange in src/styles/tokens.css: white text on it is 5.2:1. */
export const CAMPAIGN_ORANGE = colour('orange');

export interface CardInput {
  lang: string;
  message: string;
  /** The campaign's name and dates, under the message. */
  caption: readonly string[];
  hashtags: readonly string[];
  helpLines: readonly HelpLine[];
  /** The site's name, at the foot of every card: where the card comes from, once it is shared on. */
  siteName: string;
}

/** File name of a card, without extension: 'message-2-story'. */
export const cardName = (index: number, size: CardSize): string => `message-${index + 1}-${size}`;

export function cardSpec(input: CardInput): PosterSpec {
  return {
    lang: input.lang,
    title: input.message,
    body: [...input.caption, input.hashtags.join(' ')].filter((line) => line.trim() !== ''),
    helpLines: input.helpLines,
    kicker: input.siteName,
    logo: LOGO_FILE,
    background: CAMPAIGN_ORANGE,
    foreground: colour('white'),
    accent: colour('white'),
    // Dark orange on the white help-line boxes: 7.3:1.
    accentText: colour('orange-deep'),
  };
}

const rendered = new Map<string, Promise<Uint8Array>>();

/**
 * The PNG of a card. Memoised for the build: the page (which shows each file's size) and the image endpoint
 * ask for the same card, and it is drawn once.
 */
export function renderCard(input: CardInput, size: CardSize): Promise<Uint8Array> {
  const key = JSON.stringify([input, size]);
  let png = rendered.get(key);
  if (!png) {
    const spec = cardSpec(input);
    // Kept between builds too (lib/build-cache): redrawn only when the card or the renderer changes.
    png = cachedRender(
      { kind: 'campaign-card', version: 1, inputs: { spec, size }, files: [...RENDERER_FILES, 'src/lib/campaign-cards.ts', LOGO_FILE] },
      () => renderSocialCard(spec, size).then((image) => image.png),
    );
    rendered.set(key, png);
  }
  return png;
}
