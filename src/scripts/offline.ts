import { SAVED_CACHE, SAVED_INDEX_KEY, SAVING_HEADER, UPDATED_MESSAGE, UPDATES_CACHE } from '../lib/offline-names';
import { editionFilesToRemove, emptyIndex, filesToRemove, formatBytes, type SavedIndex } from '../lib/saved-index';

const supported = () => 'serviceWorker' in navigator && 'caches' in window;

function readIndex(): SavedIndex {
	try {
		return { ...emptyIndex(), ...(JSON.parse(localStorage.getItem(SAVED_INDEX_KEY) ?? '{}') as Partial<SavedIndex>) };
	} catch {
		return emptyIndex();
	}
}
function writeIndex(index: SavedIndex): void {
	try {
		localStorage.setItem(SAVED_INDEX_KEY, JSON.stringify(index));
	} catch {
		/* storage full or blocked: the cache still holds the files */
	}
}

/** Fetch files into the saved cache; returns the bytes stored. Stops when `signal` aborts. */
async function saveFiles(files: string[], signal?: AbortSignal, onProgress?: (done: number) => void): Promise<number> {
	const cache = await caches.open(SAVED_CACHE);
	let bytes = 0;
	let done = 0;
	for (const url of files) {
		signal?.throwIfAborted();
		const response = await fetch(url, { signal, cache: 'no-cache', headers: { [SAVING_HEADER]: '1' } });
		if (!response.ok) throw new Error(`${url}: ${response.status}`);
		bytes += (await response.clone().arrayBuffer()).byteLength;
		await cache.put(url, response);
		onProgress?.(++done);
	}
	return bytes;
}

async function deleteFiles(files: string[]): Promise<void> {
	const cache = await caches.open(SAVED_CACHE);
	await Promise.all(files.map((f) => cache.delete(f)));
}

/** Register the service worker (where supported) and show a quiet note when a page was updated. */
export function initOffline(base: string): void {
	if (!supported()) return;
	// Offer saving only where a service worker really runs (it is what serves saved pages offline).
	void navigator.serviceWorker
		.register(`${base}sw.js`, { scope: base })
		.then(() => navigator.serviceWorker.ready)
		.then(() => {
			initSaveButtons();
			initEditionSave();
		})
		.catch(() => undefined);
	// The worker marks a page that changed since the reader last had it; show the note once.
	const showIfUpdated = async () => {
		const updates = await caches.open(UPDATES_CACHE);
		const url = `${location.origin}${location.pathname}`;
		if (await updates.match(url)) {
			await updates.delete(url);
			const note = document.getElementById('offline-updated');
			if (note) note.hidden = false;
		}
	};
	navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
		if (event.data?.type === UPDATED_MESSAGE) void showIfUpdated();
	});
	void showIfUpdated();
	initOfflineList();
}

/** "Save for offline" on module and digest-chapter pages. */
function initSaveButtons(): void {
	for (const box of document.querySelectorAll<HTMLElement>('[data-offline-save]')) {
		const url = box.dataset.url!;
		const files = JSON.parse(box.dataset.files!) as string[];
		const lang = document.documentElement.lang;
		const save = box.querySelector<HTMLButtonElement>('[data-action=save]')!;
		const remove = box.querySelector<HTMLButtonElement>('[data-action=remove]')!;
		const status = box.querySelector<HTMLElement>('[data-status]')!;
		const show = () => {
			const saved = readIndex().pages[url];
			save.hidden = Boolean(saved);
			remove.hidden = !saved;
			status.textContent = saved ? box.dataset.savedLabel!.replace('{{size}}', formatBytes(saved.bytes, lang)) : '';
		};
		save.addEventListener('click', async () => {
			save.disabled = true;
			try {
				const bytes = await saveFiles(files);
				const index = readIndex();
				index.pages[url] = { title: box.dataset.title!, files, bytes, lang };
				writeIndex(index);
			} catch {
				status.textContent = box.dataset.failedLabel!;
			}
			save.disabled = false;
			show();
		});
		remove.addEventListener('click', async () => {
			const index = readIndex();
			await deleteFiles(filesToRemove(index, url));
			delete index.pages[url];
			writeIndex(index);
			show();
		});
		box.hidden = false;
		show();
	}
}

/** "Save this edition" on an edition's home: size first, progress, cancel. */
function initEditionSave(): void {
	const box = document.querySelector<HTMLElement>('[data-offline-edition]');
	if (!box) return;
	const locale = box.dataset.locale!;
	const lang = document.documentElement.lang;
	const button = box.querySelector<HTMLButtonElement>('[data-action=save]')!;
	const remove = box.querySelector<HTMLButtonElement>('[data-action=remove]')!;
	const cancel = box.querySelector<HTMLButtonElement>('[data-action=cancel]')!;
	const progress = box.querySelector<HTMLProgressElement>('progress')!;
	const status = box.querySelector<HTMLElement>('[data-status]')!;
	let manifest: { total: number; files: { path: string; bytes: number }[] } | undefined;
	let controller: AbortController | undefined;
	const base = box.dataset.base!;
	const show = () => {
		const saved = readIndex().editions[locale];
		button.hidden = Boolean(saved) || Boolean(controller);
		remove.hidden = !saved || Boolean(controller);
		cancel.hidden = !controller;
		progress.hidden = !controller;
		if (saved) status.textContent = box.dataset.savedLabel!.replace('{{size}}', formatBytes(saved.bytes, lang));
		else if (manifest && !controller)
			status.textContent = box.dataset.sizeLabel!.replace('{{size}}', formatBytes(manifest.total, lang));
	};
	void fetch(box.dataset.manifest!)
		.then((r) => r.json())
		.then((m) => {
			manifest = m;
			box.hidden = false;
			show();
		})
		.catch(() => undefined);
	button.addEventListener('click', async () => {
		if (!manifest) return;
		controller = new AbortController();
		const files = manifest.files.map((f) => `${base}${f.path}`);
		progress.max = files.length;
		progress.value = 0;
		show();
		try {
			const bytes = await saveFiles(files, controller.signal, (done) => {
				progress.value = done;
				status.textContent = box.dataset
					.progressLabel!.replace('{{done}}', String(done))
					.replace('{{total}}', String(files.length));
			});
			const index = readIndex();
			index.editions[locale] = { label: box.dataset.label!, bytes, files, home: location.pathname };
			writeIndex(index);
		} catch {
			// Cancelled or failed: remove what this attempt stored and no other saved item needs.
			const index = readIndex();
			index.editions[locale] = { label: '', bytes: 0, files, home: '' };
			await deleteFiles(editionFilesToRemove(index, locale));
			delete index.editions[locale];
			writeIndex(index);
			status.textContent = controller.signal.aborted ? '' : box.dataset.failedLabel!;
		}
		controller = undefined;
		show();
	});
	cancel.addEventListener('click', () => controller?.abort());
	remove.addEventListener('click', async () => {
		const index = readIndex();
		await deleteFiles(editionFilesToRemove(index, locale));
		delete index.editions[locale];
		writeIndex(index);
		status.textContent = '';
		show();
	});
}

/** The offline page: what is saved on this device. */
function initOfflineList(): void {
	const list = document.getElementById('offline-saved');
	if (!list) return;
	const index = readIndex();
	const items = [
		...Object.values(index.editions).map((e) => ({ href: e.home, title: e.label, lang: '' })),
		...Object.entries(index.pages).map(([href, p]) => ({ href, title: p.title, lang: p.lang })),
	];
	if (!items.length) return;
	document.getElementById('offline-nothing')!.hidden = true;
	list.replaceChildren(
		...items.map((i) => {
			const li = document.createElement('li');
			const a = document.createElement('a');
			a.href = i.href;
			a.textContent = i.title;
			if (i.lang) a.lang = i.lang;
			li.append(a);
			return li;
		}),
	);
}
