/**
 * The programme's headline figures, as given in its final report (key results) and in the
 * UNODC Central Asia news item on the completed train-the-trainer series (2022).
 */
export const programmeFigures = {
	/** Final report, key results: practitioners trained in 2020 and 2021. */
	practitionersTrained: 593,
	/** Final report, key results: capacity-building events in 2020 and 2021. */
	trainingEvents: 17,
	/** Train-the-trainer series: participants and regions (final report; UNODC news, 2022). */
	totParticipants: 460,
	totRegions: 14,
} as const;
