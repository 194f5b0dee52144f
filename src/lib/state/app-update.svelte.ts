import type { ServiceWorkerMessage } from '$lib/service-worker-messages';

/**
 * Follows the service worker that keeps Tunesheet for offline use (SvelteKit registers it when the page has loaded).
 * A new version installs in the background and waits: it takes over only when every Tunesheet page is closed, or
 * when the person asks for it here, so nobody's edit is interrupted by an update.
 */
export class AppUpdate {
	/** A new version is installed and waits for the pages of this one to close. */
	waiting = $state.raw<ServiceWorker | null>(null);
	/** Another tab switched to the new version; this page still runs the old one. */
	updatedElsewhere = $state(false);
	reloading = $state(false);
	/** Reload now was refused: an edit could not be saved, and reloading would lose it. */
	unsaved = $state(false);
	#asked = false;
	#stops: (() => void)[] = [];

	/** Starts following `container` and its registration; returns the function that stops it. */
	watch(container: ServiceWorkerContainer): () => void {
		let stopped = false;
		// A page opened before the first version was installed gets its first controller: that is no update.
		let controlled = container.controller !== null;
		this.#listen(container, 'controllerchange', () => {
			if (this.#asked) location.reload();
			else if (controlled) this.updatedElsewhere = true;
			controlled = true;
		});
		void container.ready.then((registration) => {
			if (stopped) return;
			const check = () => {
				// Waiting behind the version that runs this page: an update, not a first install.
				this.waiting = container.controller ? registration.waiting : null;
			};
			const follow = (worker: ServiceWorker | null) => {
				if (worker) this.#listen(worker, 'statechange', check);
			};
			this.#listen(registration, 'updatefound', () => {
				follow(registration.installing);
				check();
			});
			follow(registration.installing);
			follow(registration.waiting);
			check();
		});
		return () => {
			stopped = true;
			for (const stop of this.#stops.splice(0)) stop();
		};
	}

	#listen(target: EventTarget, type: string, listener: () => void): void {
		target.addEventListener(type, listener);
		this.#stops.push(() => target.removeEventListener(type, listener));
	}

	/**
	 * Saves what is pending, then lets the waiting version take over; the page reloads once it has (the browser
	 * says so with `controllerchange`), or at once when another tab already switched. `save` tells whether every
	 * edit is stored: when one is not, the page stays as it is.
	 */
	async reloadNow(save: () => Promise<boolean>): Promise<void> {
		const worker = this.waiting;
		this.reloading = true;
		this.unsaved = false;
		if (!(await save().catch(() => false))) {
			this.reloading = false;
			this.unsaved = true;
			return;
		}
		if (!worker || worker.state === 'redundant') {
			location.reload();
			return;
		}
		this.#asked = true;
		// Replaced by a still newer version meanwhile: the reload picks up whichever is active.
		worker.addEventListener('statechange', () => {
			if (worker.state === 'redundant') location.reload();
		});
		const message: ServiceWorkerMessage = { type: 'skip-waiting' };
		worker.postMessage(message);
	}
}
