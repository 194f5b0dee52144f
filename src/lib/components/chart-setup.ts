import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	Tooltip,
	type ChartConfiguration,
	type ChartType
} from 'chart.js';

// Only the parts the charts use are registered, so the rest of Chart.js stays out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export function createChart(
	canvas: HTMLCanvasElement,
	config: ChartConfiguration<ChartType>
): Chart<ChartType> {
	return new Chart(canvas, config);
}
