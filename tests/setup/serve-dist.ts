import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve.ts';

/** Serve the built site for the browser tests; the URL reaches tests through `inject('baseUrl')`. */
export default async function setup(project: TestProject) {
	if (!existsSync('dist/index.html'))
		throw new Error('dist/ is missing: run `npm run build` before the site tests (npm test does this).');
	const { server, url } = await serveStatic('dist', 0, process.env.BASE_PATH ?? '/');
	project.provide('baseUrl', url);
	return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}
