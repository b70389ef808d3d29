/** The day the site was built, as YYYY-MM-DD (SOURCE_DATE_EPOCH makes builds reproducible). */
export const buildDate: string = new Date(
	process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now(),
)
	.toISOString()
	.slice(0, 10);
