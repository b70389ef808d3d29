import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { getContentIndex } from '../content-index/index.ts';
import { ContentError } from '../content-index/errors.ts';
import { validateLocaleConfig, localeConfig, sourceLocale } from '../i18n/locales.ts';

/**
 * Checks all content before Astro loads it, so a translator sees `file:line: problem → fix`
 * rather than a stack trace, and the build stops with a non-zero exit. The content index it
 * reads is the one the loader and the pages use next: every file is read once.
 */
export default function contentCheck(): AstroIntegration {
	return {
		name: 'tip-content-check',
		hooks: {
			'astro:config:setup': ({ config, logger, command }) => {
				const localeProblems = validateLocaleConfig(localeConfig, sourceLocale);
				if (localeProblems.length)
					throw new Error(`Invalid locale configuration in src/i18n/locales.ts:\n- ${localeProblems.join('\n- ')}`);
				const index = getContentIndex(fileURLToPath(config.root));
				// The dev server keeps running: each page shows its own problems in the error overlay.
				if (index.problems.length && command === 'dev') {
					logger.warn(new ContentError([...index.problems]).message);
					return;
				}
				if (index.problems.length) throw new ContentError([...index.problems]);
				logger.info(`${index.pages.length} content pages checked.`);
			},
		},
	};
}
