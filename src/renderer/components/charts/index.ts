export { Sparkline } from './sparkline';
export type { SparklineProps } from './sparkline';
export { ResponseTimeChart } from './response-time-chart';
export { UptimeBars } from './uptime-bars';
export { formatResponseTime, formatUptime } from './chart-format';
