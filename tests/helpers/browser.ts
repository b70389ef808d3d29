import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium, started the way this machine needs (no sandbox as root, no background traffic). */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

/** One Chromium for a test file, started before its tests and closed after them; call it at the top of the file. */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('The browser is not started yet: use it inside a test or a hook.');
		return browser;
	};
}

/** Every request a page makes, for checking that none leaves the site's origin. */
export function recordRequests(context: BrowserContext): string[] {
	const urls: string[] = [];
	context.on('request', (r) => urls.push(r.url()));
	return urls;
}
