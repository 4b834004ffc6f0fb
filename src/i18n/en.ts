/**
 * English interface strings. The Lao file must have exactly these keys: a missing or extra key is a type
 * error. Placeholders in braces ({n}) are filled by `t()`.
 */
export const en = {
  'site.name': 'Stop Trafficking, End Violence',
  'site.tagline': 'Know the risks, stay safe, get help — in Laos and abroad',
  'skip.main': 'Skip to main content',
  'nav.label': 'Main',
  'nav.menu': 'Menu',
  'nav.home': 'Home',
  'nav.stories': 'Stories',
  'nav.materials': 'Materials',
  'nav.updates': 'News',
  'nav.campaign': '16 Days',
  'nav.videos': 'Videos',
  'nav.posters': 'Posters',
  'nav.topics': 'Topics',
  'nav.about': 'About',
  'nav.help': 'Get help',
  'nav.safety': 'Browse safely',
  'nav.search': 'Search',
  'lang.label': 'Language',
  'lang.switch': 'ພາສາລາວ',
  'lang.switchTitle': 'Read this page in Lao',
  'helplines.title': 'Need help? Call',
  'helplines.call': 'Call {number}',
  'helplines.callVerb': 'Call',
  'fallback.notice':
    'This page has not been translated into English yet, so it is shown in Lao. We are working on it.',
  'footer.partners': 'Partners',
  'footer.programme': 'About the programme',
  'footer.privacy': 'This site sets no cookies and uses no trackers.',
  'notFound.title': 'Page not found',
  'notFound.body': 'The page you are looking for does not exist or has moved.',
  'notFound.home': 'Go to the home page',
  'chooser.title': 'Choose your language',
  'home.intro':
    'Stories, guides and help lines to protect young people in Laos from human trafficking and gender-based violence.',
  'home.explore': 'Explore the site',
  'page.updated': 'Updated {date}',
} as const;

export type UiKey = keyof typeof en;
