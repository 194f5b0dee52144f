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

export function createChart(
	canvas: HTMLCanvasElement,
	config: ChartConfiguration<ChartType>
): Chart<ChartType> {
	// Text and grid lines follow the page's theme (light or dark).
	const style = getComputedStyle(document.documentElement);
	Chart.defaults.color = style.getPropertyValue('--muted').trim() || '#5b6675';
	Chart.defaults.borderColor = style.getPropertyValue('--border').trim() || '#d5dae1';
	const surface = style.getPropertyValue('--surface').trim() || '#ffffff';
	// Painted under the chart, so a saved PNG reads on any background.
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
	return new Chart(canvas, { ...config, plugins: [...(config.plugins ?? []), background] });
}
