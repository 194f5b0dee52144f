/*
 * Small, fast 32-bit hashing (MurmurHash3's steps) for sketches and seeded choices. Not cryptographic: it only
 * has to spread values evenly and give the same answer on every run.
 */

/** Mixes one 32-bit value into a running hash (MurmurHash3's body step). */
export function mix32(hash: number, value: number): number {
	let k = Math.imul(value, 0xcc9e2d51);
	k = (k << 15) | (k >>> 17);
	k = Math.imul(k, 0x1b873593);
	const h = hash ^ k;
	return (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
}

/** Finishes a running hash so every input bit affects every output bit (MurmurHash3's fmix32); a bijection. */
export function finish32(hash: number): number {
	let h = hash ^ (hash >>> 16);
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}
