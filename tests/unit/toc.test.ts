import { describe, expect, it } from 'vitest';
import { headingsToToc } from '../../src/lib/toc';

describe('headingsToToc', () => {
	it('nests ### headings under the ## before them', () => {
		expect(
			headingsToToc([
				{ depth: 2, slug: 'a', text: 'A' },
				{ depth: 3, slug: 'a1', text: 'A1' },
				{ depth: 3, slug: 'a2', text: 'A2' },
				{ depth: 2, slug: 'b', text: 'B' },
			]),
		).toEqual([
			{
				id: 'a',
				text: 'A',
				children: [
					{ id: 'a1', text: 'A1', children: [] },
					{ id: 'a2', text: 'A2', children: [] },
				],
			},
			{ id: 'b', text: 'B', children: [] },
		]);
	});
	it('keeps a ### heading that comes before any ## at the top level', () => {
		expect(headingsToToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ id: 'x', text: 'X', children: [] }]);
	});
	it('leaves out # and #### headings', () => {
		expect(
			headingsToToc([
				{ depth: 1, slug: 't', text: 'Title' },
				{ depth: 2, slug: 'a', text: 'A' },
				{ depth: 4, slug: 'd', text: 'D' },
			]),
		).toEqual([{ id: 'a', text: 'A', children: [] }]);
	});
});
