import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content-check.ts';
import { writeDerivedEditions } from '../lib/derive.ts';
import { ContentError } from '../lib/errors.ts';
import { validateLocaleConfig, localeConfig, sourceLocale } from '../i18n/locales.ts';

/**
 * Checks all content before Astro loads it, so a translator sees `file:line: field: problem → fix`
 * rather than a stack trace, and the build stops with a non-zero exit.
 */
export default function contentCheck(): AstroIntegration {
	return {
		name: 'tip-content-check',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const localeProblems = validateLocaleConfig(localeConfig, sourceLocale);
				if (localeProblems.length)
					throw new Error(`Invalid locale configuration in src/i18n/locales.ts:\n- ${localeProblems.join('\n- ')}`);
				const root = fileURLToPath(config.root);
				const { problems, pages } = checkContent(root);
				if (problems.length) {
					// Print our own report and stop: Astro's error overlay would add an unrelated hint.
					logger.error(
						`${new ContentError(problems).message}\nFix each file at the line shown, then run the build again. Nothing in content/ was changed.`,
					);
					process.exit(1);
				}
				logger.info(`${pages.length} content pages checked.`);
				const derived = writeDerivedEditions(root);
				logger.info(`${derived} Uzbek Cyrillic pages derived from the Uzbek Latin edition.`);
			},
		},
	};
}
