import type { AstroIntegration } from 'astro';
import { formatTranslationReport, translationReport } from '../lib/translation-report';

/** Prints, at the end of every build, what is untranslated and which translations await review. */
export function translationReportIntegration(contentDir: string): AstroIntegration {
  return {
    name: 'translation-report',
    hooks: {
      'astro:build:done': ({ logger }) => {
        logger.info(`\n${formatTranslationReport(translationReport(contentDir))}`);
      },
    },
  };
}
