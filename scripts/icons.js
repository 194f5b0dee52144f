// Draws the app icons of the web app manifest (static/icons/*.png): the favicon's sheet grid, white on the accent
// colour. Run `node scripts/icons.js` after changing the design; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const ACCENT = [0x1f, 0x5f, 0x8b];
/** Samples per pixel along each axis, for smooth edges. */
const SAMPLES = 4;

/**
 * The favicon's design (static/favicon.svg) in its 32-unit square: three rows and two column lines.
 * @type {{ x0: number, y0: number, x1: number, y1: number }[]}
 */
const GRID_LINES = [
	{ x0: 7, y0: 8, x1: 25, y1: 10 },
	{ x0: 7, y0: 15, x1: 25, y1: 17 },
	{ x0: 7, y0: 22, x1: 25, y1: 24 },
	{ x0: 12, y0: 6, x1: 14, y1: 26 },
	{ x0: 19, y0: 6, x1: 21, y1: 26 }
];

/**
 * @param {number} x
 * @param {number} y
 * @param {number} radius corner radius, in units
 */
function insideRoundedSquare(x, y, radius) {
	const cx = Math.min(Math.max(x, radius), 32 - radius);
	const cy = Math.min(Math.max(y, radius), 32 - radius);
	return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/**
 * RGBA pixels of one icon.
 * @param {number} size width and height in pixels
 * @param {{ maskable: boolean }} options a maskable icon fills the square (the platform cuts its own shape) and
 *   keeps the grid inside the central 80 % circle that every mask leaves visible
 */
function drawIcon(size, { maskable }) {
	const pixels = Buffer.alloc(size * size * 4);
	const gridScale = maskable ? 0.8 : 1;
	for (let py = 0; py < size; py++) {
		for (let px = 0; px < size; px++) {
			let covered = 0;
			let onLine = 0;
			for (let sy = 0; sy < SAMPLES; sy++) {
				for (let sx = 0; sx < SAMPLES; sx++) {
					const x = ((px + (sx + 0.5) / SAMPLES) / size) * 32;
					const y = ((py + (sy + 0.5) / SAMPLES) / size) * 32;
					if (!maskable && !insideRoundedSquare(x, y, 6)) continue;
					covered++;
					// The grid is drawn in its own units, scaled about the centre.
					const gx = 16 + (x - 16) / gridScale;
					const gy = 16 + (y - 16) / gridScale;
					if (GRID_LINES.some((l) => gx >= l.x0 && gx <= l.x1 && gy >= l.y0 && gy <= l.y1))
						onLine++;
				}
			}
			const total = SAMPLES * SAMPLES;
			const white = covered ? onLine / covered : 0;
			const offset = (py * size + px) * 4;
			// White lines over the accent colour, blended by how much of the pixel they cover.
			ACCENT.forEach((accent, channel) => {
				pixels[offset + channel] = Math.round(accent + (0xff - accent) * white);
			});
			pixels[offset + 3] = Math.round((covered / total) * 255);
		}
	}
	return pixels;
}

/**
 * @param {string} type
 * @param {Buffer} data
 */
function pngChunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(typeAndData));
	return Buffer.concat([length, typeAndData, crc]);
}

/**
 * A PNG file: 8-bit RGBA, no filtering, one zlib stream.
 * @param {number} size
 * @param {Buffer} pixels
 */
function encodePng(size, pixels) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(size, 0);
	header.writeUInt32BE(size, 4);
	header[8] = 8; // bits per channel
	header[9] = 6; // RGBA
	const rows = Buffer.alloc(size * (size * 4 + 1));
	for (let y = 0; y < size; y++) {
		// Each row starts with its filter type, 0 (none).
		pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
	}
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		pngChunk('IHDR', header),
		pngChunk('IDAT', deflateSync(rows, { level: 9 })),
		pngChunk('IEND', Buffer.alloc(0))
	]);
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'static', 'icons');
mkdirSync(outDir, { recursive: true });
const icons = [
	{ file: 'icon-192.png', size: 192, maskable: false },
	{ file: 'icon-512.png', size: 512, maskable: false },
	{ file: 'icon-maskable-512.png', size: 512, maskable: true }
];
for (const { file, size, maskable } of icons) {
	const png = encodePng(size, drawIcon(size, { maskable }));
	writeFileSync(join(outDir, file), png);
	console.log(`${file}: ${size}×${size}, ${png.length} bytes`);
}
