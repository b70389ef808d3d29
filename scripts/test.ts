/**
 * `npm test`: every check, arranged so that both cores of a small machine work.
 *
 * 1. Two lines side by side (each tool alone keeps about 1.2 of 2 cores busy):
 *      formatting → knip → unit tests      and      astro check → the build
 *    Each step's output is printed whole when it ends, so the two never interleave. The first
 *    step to fail stops the other line, and nothing after runs.
 * 2. The built site's tests (HTML, Chromium, fixture builds), with their own two workers.
 * 3. Search timing, alone on the machine, so its figures are not those of a busy one.
 *
 * Only the order differs from running the steps one by one; each is the same command with the
 * same output, listed below.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { delimiter, resolve } from 'node:path';

type Step = readonly string[];

const lines: Step[][] = [
	[['prettier', '--check', '.'], ['knip'], ['vitest', 'run', '--project', 'unit']],
	[
		['astro', 'check'],
		['astro', 'build'],
	],
];
const after: Step[] = [
	['vitest', 'run', '--project', 'site'],
	['vitest', 'run', '--project', 'timing'],
];

// The project's own tools first, also when this runs outside npm.
const env: NodeJS.ProcessEnv = {
	...process.env,
	PATH: [resolve('node_modules/.bin'), process.env.PATH].join(delimiter),
};
// Output goes through a pipe: keep the tools' colours when the reader has a terminal.
if (process.stdout.isTTY && !env.NO_COLOR) env.FORCE_COLOR ??= '1';

const running = new Set<ChildProcess>();
let stopped = false;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * Run one step and resolve with its exit code. With `quiet`, its output is kept and printed whole
 * when it ends, and it runs in a process group of its own so that stopping it stops its children.
 */
function run([command, ...args]: Step, quiet: boolean): Promise<number> {
	const started = performance.now();
	const child = spawn(command!, args, { env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', detached: quiet });
	running.add(child);
	const chunks: Buffer[] = [];
	child.stdout?.on('data', (c: Buffer) => chunks.push(c));
	child.stderr?.on('data', (c: Buffer) => chunks.push(c));
	child.on('error', (error) => chunks.push(Buffer.from(`${command}: ${error.message}\n`)));
	return new Promise((done) => {
		child.on('close', (code, signal) => {
			running.delete(child);
			const status = code ?? (signal ? 1 : 0);
			const name = [command, ...args].join(' ');
			if (quiet && stopped) console.log(`── ${name}: stopped ──`);
			else if (quiet) {
				process.stdout.write(`\n── ${name} ──\n`);
				process.stdout.write(Buffer.concat(chunks));
				console.log(`── ${name}: ${status === 0 ? 'passed' : `failed (exit ${status})`} in ${seconds(started)} ──`);
			}
			done(status);
		});
	});
}

/** Stop every step still running, with what it started (vitest's workers, astro's children). */
function stopAll() {
	stopped = true;
	for (const child of running) {
		try {
			process.kill(-child.pid!, 'SIGTERM');
		} catch {
			child.kill('SIGTERM');
		}
	}
}
// The quiet steps are in groups of their own, out of reach of the terminal's Ctrl-C: pass it on.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.on(signal, () => {
		stopAll();
		process.exitCode = 130;
	});

/** The steps in order; the exit code of the first that failed, or 0. */
async function main(): Promise<number> {
	const started = performance.now();
	let failed: number | undefined;
	await Promise.all(
		lines.map(async (line) => {
			for (const step of line) {
				if (stopped) return;
				const code = await run(step, true);
				// A step stopped because another failed is not the failure to report.
				if (code !== 0 && !stopped) {
					failed = code;
					stopAll();
				}
			}
		}),
	);
	if (stopped) {
		console.error(
			failed === undefined
				? '\nnpm test: stopped.'
				: '\nnpm test: a step failed (its output is above); the others were stopped and the site was not tested.',
		);
		return failed ?? 130;
	}
	for (const step of after) {
		const code = await run(step, false);
		if (code !== 0) return code;
	}
	console.log(`\nnpm test: every step passed in ${seconds(started)}.`);
	return 0;
}

process.exitCode ||= await main();
