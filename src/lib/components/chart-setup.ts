import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	LogarithmicScale,
	PointElement,
	Tooltip,
	type ChartConfiguration,
	type ChartType
} from 'chart.js';

// Only the parts the charts use are registered, so the rest of Chart.js stays out of the bundle.
Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	LinearScale,
	LogarithmicScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
	Legend
);

/** Painted under every chart in the theme's surface colour, so that a saved PNG reads on any background. */
let surface = '#ffffff';
const background = {
	id: 'surface',
	beforeDraw(chart: Chart) {
		const { ctx } = chart;
		ctx.save();
		ctx.globalCompositeOperation = 'destination-over';
		ctx.fillStyle = surface;
		ctx.fillRect(0, 0, chart.width, chart.height);
		ctx.restore();
	}
};

/**
 * Text, grid lines and background follow the page's theme (light or dark): read again whenever the colour scheme
 * changes. Chart.js reads tick and grid colours from its global defaults, which every chart shares.
 */
export function applyTheme(): void {
	const style = getComputedStyle(document.documentElement);
	Chart.defaults.color = style.getPropertyValue('--muted').trim() || '#5b6675';
	Chart.defaults.borderColor = style.getPropertyValue('--border').trim() || '#d5dae1';
	surface = style.getPropertyValue('--surface').trim() || '#ffffff';
}

/** A chart's options with animation off when the person prefers reduced motion, whatever the chart asked for. */
export function withMotion(
	options: ChartConfiguration<ChartType>['options'],
	reducedMotion: boolean
): ChartConfiguration<ChartType>['options'] {
	return reducedMotion ? { ...options, animation: false } : options;
}

export function createChart(
	canvas: HTMLCanvasElement,
	config: ChartConfiguration<ChartType>,
	reducedMotion: boolean
): Chart<ChartType> {
	applyTheme();
	return new Chart(canvas, {
		...config,
		options: withMotion(config.options, reducedMotion),
		plugins: [...(config.plugins ?? []), background]
	});
}
