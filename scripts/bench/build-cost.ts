/**
 * Build cost of the site with a generated corpus of N module-like pages per language (en, ru, uz;
 * the Uzbek Cyrillic edition derived as always), measured the way ../shared/bench measures
 * Astro Starlight on the same pages: one cold build under /usr/bin/time (wall, CPU, peak memory of
 * the largest process), caches cleared. Also a warm rebuild after one paragraph changed, and the
 * dev server's reload after the same change.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import { syntheticPage } from './corpus.ts';

/** The shared benchmark kit (the corpus generator Starlight is measured on), beside the repository. */
export const SHARED_BENCH = process.env.TIP_BENCH_DIR ?? join(process.cwd(), '../shared/bench');

/** One measured build. */
export interface BuildMeasure {
	wallSeconds: number;
	cpuSeconds: number;
	peakRssMiB: number;
	htmlPages: number;
	/** Seconds spent in each phase, read from the build log's timestamps. */
	phases: Record<string, number>;
}

/**
 * A temporary copy of the site with `n` generated pages per hand-written language: the shared
 * corpus (the same words Starlight builds) when ../shared/bench is there, else the project's own.
 */
export function corpusProject(root: string, n: number): string {
	const dir = mkdtempSync(join(tmpdir(), `tip-bench-${n}-`));
	for (const name of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
		if (existsSync(join(root, name))) cpSync(join(root, name), join(dir, name), { recursive: true });
	symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	// The copy builds into its own cache, not into the project's node_modules/.astro.
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		readFileSync(join(dir, 'astro.config.mjs'), 'utf8').replace(
			'export default defineConfig({',
			"export default defineConfig({\n\tcacheDir: './.bench-cache',",
		),
	);
	const shared = join(SHARED_BENCH, 'put-corpus.sh');
	if (existsSync(shared)) {
		const r = spawnSync('bash', [shared, dir, String(n), 'mdx'], { encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`put-corpus.sh failed:\n${r.stderr}`);
	} else {
		for (const lang of ['en', 'ru', 'uz'] as const) {
			mkdirSync(join(dir, 'content', lang, 'reports'), { recursive: true });
			for (let i = 0; i < n; i++)
				writeFileSync(join(dir, 'content', lang, 'reports', `bench-${i}.mdx`), syntheticPage(i, lang));
		}
	}
	return dir;
}

const hms = (t: string) => t.split(':').reduce((s, x) => s * 60 + Number(x), 0);

/** Phases of an `astro build`, from the timestamps of its log lines. */
function phasesOf(log: string, wall: number): Record<string, number> {
	const marks: [string, RegExp][] = [
		['content check', /\[tip-content-check\]/],
		['content sync', /\[content\] Synced content/],
		['bundling', /\[vite\] ✓ built in/],
		['page generation', /✓ Completed in .*\n.*\[build\] ✓ Completed in|^\S+ ✓ Completed in/m],
		['post-build', /\[build\] \d+ page\(s\) built in/],
	];
	const times: [string, number][] = [];
	for (const [name, re] of marks) {
		const line = log.split('\n').find((l) => re.test(l));
		const t = line && /^(\d\d:\d\d:\d\d)/.exec(line)?.[1];
		if (t) times.push([name, hms(t)]);
	}
	const first = /^(\d\d:\d\d:\d\d)/m.exec(log)?.[1];
	const out: Record<string, number> = {};
	let previous = first ? hms(first) : 0;
	for (const [name, t] of times) {
		out[name] = Math.max(0, t - previous);
		previous = t;
	}
	out['start-up (before the first log line)'] = Math.max(0, wall - Object.values(out).reduce((a, b) => a + b, 0));
	return out;
}

/** `astro build` in `dir` under /usr/bin/time: wall, CPU, peak resident memory of the largest process. */
export function timedBuild(dir: string, { cold = true } = {}): BuildMeasure & { log: string } {
	if (cold) for (const p of ['dist', '.astro', '.bench-cache']) rmSync(join(dir, p), { recursive: true, force: true });
	const timeFile = join(dir, '.time.txt');
	const r = spawnSync(
		'/usr/bin/time',
		['-v', '-o', timeFile, process.execPath, join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
		{
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
			maxBuffer: 1 << 28,
		},
	);
	const log = `${r.stdout}\n${r.stderr}`;
	if (r.status !== 0) throw new Error(`Benchmark build failed:\n${log.slice(-3000)}`);
	const t = readFileSync(timeFile, 'utf8');
	const field = (label: string) =>
		t
			.split('\n')
			.find((l) => l.includes(label))!
			.split(': ')
			.pop()!
			.trim();
	const wallSeconds = hms(field('Elapsed (wall clock)'));
	return {
		wallSeconds,
		cpuSeconds: Number(field('User time')) + Number(field('System time')),
		peakRssMiB: Math.round(Number(field('Maximum resident set size')) / 1024),
		htmlPages: globSync('**/*.html', { cwd: join(dir, 'dist') }).length,
		phases: phasesOf(log, wallSeconds),
		log,
	};
}

/** Change one paragraph of one generated English page (the same edit for the warm build and the dev server). */
export function editOnePage(dir: string, marker: string): { file: string; path: string } {
	const file = globSync('content/en/reports/bench-*.mdx', { cwd: dir }).sort()[0]!;
	const text = readFileSync(join(dir, file), 'utf8');
	const at = text.indexOf('\n\n', text.indexOf('\n## ')) + 2;
	writeFileSync(join(dir, file), `${text.slice(0, at)}${marker} ${text.slice(at)}`);
	return {
		file,
		path: `/en/reports/${file
			.split('/')
			.pop()!
			.replace(/\.mdx$/, '')}/`,
	};
}

/** Seconds from saving an edit to the dev server serving the changed page. */
export async function devReload(dir: string): Promise<{ startSeconds: number; reloadSeconds: number }> {
	const port = await new Promise<number>((done) => {
		const s = createServer().listen(0, () => {
			const { port } = s.address() as { port: number };
			s.close(() => done(port));
		});
	});
	const started = performance.now();
	const child = spawn(
		process.execPath,
		[join(dir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)],
		{
			cwd: dir,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		},
	);
	let out = '';
	child.stdout.on('data', (d) => (out += d));
	child.stderr.on('data', (d) => (out += d));
	const until = async (ok: () => Promise<boolean>, what: string) => {
		const limit = performance.now() + 120_000;
		while (!(await ok())) {
			if (performance.now() > limit) throw new Error(`Dev server: timed out waiting for ${what}.\n${out.slice(-2000)}`);
			await new Promise((r) => setTimeout(r, 50));
		}
	};
	try {
		const { path } = editOnePage(dir, '');
		const get = () =>
			fetch(`http://localhost:${port}${path}`).then(
				(r) => r.text(),
				() => '',
			);
		await until(async () => (await get()).includes('<h1'), 'the first page');
		const startSeconds = (performance.now() - started) / 1000;
		const marker = `Benchmark-edit-${Date.now()}`;
		const saved = performance.now();
		editOnePage(dir, marker);
		await until(async () => (await get()).includes(marker), 'the edited page');
		return { startSeconds, reloadSeconds: (performance.now() - saved) / 1000 };
	} finally {
		child.kill();
	}
}

/** Starlight's cold build of the same corpus, by the shared kit's own script, or undefined when the kit is absent. */
export function starlightBuild(n: number): BuildMeasure | undefined {
	const script = join(SHARED_BENCH, 'run-starlight.sh');
	if (!existsSync(script)) return undefined;
	const results = mkdtempSync(join(tmpdir(), 'starlight-results-'));
	const r = spawnSync('bash', [script, String(n)], {
		encoding: 'utf8',
		env: {
			...process.env,
			RESULTS_DIR: results,
			STARLIGHT_DIR: process.env.STARLIGHT_DIR ?? join(tmpdir(), 'starlight-bench'),
		},
		maxBuffer: 1 << 28,
	});
	if (r.status !== 0) throw new Error(`run-starlight.sh failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
	const json = JSON.parse(readFileSync(join(results, `starlight-${n}.json`), 'utf8'));
	return {
		wallSeconds: json.build.wallSeconds,
		cpuSeconds: json.build.userSeconds + json.build.systemSeconds,
		peakRssMiB: json.build.peakRssMiB,
		htmlPages: json.htmlFiles,
		phases: {},
	};
}
