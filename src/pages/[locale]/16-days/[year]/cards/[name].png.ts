/** Social media cards: /<locale>/16-days/<year>/cards/message-<n>-<square|portrait|story>.png, drawn at build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allCampaigns, cardInputs } from '@/data/campaigns';
import { CARD_SIZES, cardName, renderCard, type CardInput, type CardSize } from '@/lib/campaign-cards';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const item of await allCampaigns()) {
    const inputs = await cardInputs(item);
    for (const [index, input] of inputs.entries()) {
      for (const size of CARD_SIZES) {
        paths.push({ params: { locale: item.locale, year: item.slug, name: cardName(index, size) }, props: { input, size } });
      }
    }
  }
  return paths;
}) satisfies GetStaticPaths;

interface Props {
  input: CardInput;
  size: CardSize;
}

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(props.input, props.size)), { headers: { 'Content-Type': 'image/png' } });
