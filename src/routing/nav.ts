import type { UIBaseKey } from '../i18n/ui';

/** The main navigation: locale-free paths and their label keys, in display order. */
export const mainNav: readonly { path: string; label: UIBaseKey }[] = [
	{ path: '/', label: 'nav.home' },
	{ path: '/modules/', label: 'nav.modules' },
	{ path: '/case-digest/', label: 'nav.caseDigest' },
	{ path: '/recommendations/', label: 'nav.recommendations' },
	{ path: '/reports/', label: 'nav.reports' },
	{ path: '/glossary/', label: 'nav.glossary' },
];

/** The nav item a page belongs to: the longest nav path that prefixes it. */
export function getActiveNavPath(path: string): string | undefined {
	return mainNav
		.map((n) => n.path)
		.filter((p) => (p === '/' ? path === '/' : path.startsWith(p)))
		.sort((a, b) => b.length - a.length)[0];
}
