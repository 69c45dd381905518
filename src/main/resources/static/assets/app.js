// The comparison page. It reads only the public API (the same requests any frontend makes; the
// browser's HTTP cache revalidates them with their ETags) and keeps its state in the URL:
//   ?q=<query>                        the search (/api/search), run as you type
//   &dimension=<slug>                 the open dimension view
//   &priorities=<slug>:<1-10>,...     the recommendation's weights, as the API takes them; dimensions
//                                     not listed weigh 0, and without the parameter every one weighs 5
//   &useCase=<slug>                   the optional use case
// Text from the API is always inserted as text (textContent), never as HTML.

const WINNER_LETTER = { RUST: 'R', GO: 'G', TIE: 'T', DEPENDS: 'D' };
const WINNER_NAME = { RUST: 'Rust', GO: 'Go', TIE: 'Tie', DEPENDS: 'Depends' };
const LANGUAGE_NAME = { RUST: 'Rust', GO: 'Go', BOTH: 'Both' };
const COLOURS = { RUST: '#b7410e', GO: '#00758f', TIE: '#5f6368', DEPENDS: '#6f42a6' };
const RELATION_TEXT = {
	USES: 'uses', FUNDS: 'funds', CREATED: 'created', MAINTAINS: 'maintains', HIRES: 'hires for', MIGRATED_TO: 'moved to', MIGRATED_FROM: 'moved away from',
};
const DEFAULT_WEIGHT = 5;
const RECOMMENDATION_DELAY_MS = 150;
// A pause in typing this long runs the search; shorter ones only restart the wait.
const SEARCH_DELAY_MS = 250;
// Hits shown: the best of the whole result, grouped by type.
const SEARCH_PAGE_SIZE = 50;
const SEARCH_GROUPS = {
	VERDICT: 'Verdicts', CONDITION: 'What verdicts depend on', RECOMMENDATION: 'Use-case recommendations', CLAIM: 'Claims',
	FIGURE: 'Figures', ADOPTION: 'Adopters', CONTRADICTION: 'Contradictions',
};

const state = {
	q: '',
	dimension: null,
	priorities: new Map(),
	useCase: '',
};

const data = {
	sources: new Map(),
	dimensions: [],
};

const articleTexts = new Map();

// --- API -------------------------------------------------------------------------------------

class ApiError extends Error {
	constructor(message, problem) {
		super(message);
		this.problem = problem;
	}
}

async function api(path, options = {}) {
	const response = await fetch(path, {
		headers: { Accept: options.accept ?? 'application/json' },
		signal: options.signal,
	});
	if (!response.ok) {
		let problem = null;
		try {
			problem = await response.json();
		}
		catch {
			// not a problem document
		}
		throw new ApiError(problem?.detail ?? `${path}: ${response.status} ${response.statusText}`, problem);
	}
	return (options.accept ?? '').startsWith('text/') ? response.text() : response.json();
}

// --- DOM helpers -----------------------------------------------------------------------------

function h(tag, attributes = {}, ...children) {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === null || value === undefined || value === false) {
			continue;
		}
		if (name === 'class') {
			element.className = value;
		}
		else if (name === 'dataset') {
			Object.assign(element.dataset, value);
		}
		else if (name.startsWith('on')) {
			element.addEventListener(name.slice(2), value);
		}
		else {
			element.setAttribute(name, value === true ? '' : value);
		}
	}
	append(element, children);
	return element;
}

function append(element, children) {
	for (const child of children.flat(Infinity)) {
		if (child !== null && child !== undefined && child !== false) {
			element.append(child instanceof Node ? child : String(child));
		}
	}
	return element;
}

function byId(id) {
	return document.getElementById(id);
}

function isDimension(slug) {
	return data.dimensions.some((dimension) => dimension.slug === slug);
}

function sourceLabel(source) {
	return source.title ?? `${source.slug} (no title given)`;
}

function sourceName(source) {
	const full = data.sources.get(source.slug) ?? source;
	return h('cite', { class: full.title ? null : 'untitled' }, sourceLabel(full));
}

function winnerBadge(winner, basis) {
	const implied = basis === 'IMPLIED';
	return h('span', { class: `badge winner-${winner}${implied ? ' implied' : ''}` },
		WINNER_NAME[winner] + (implied ? ' (implied)' : ''));
}

/** A consensus's leading winner; SPLIT (a tie for the most verdicts) and NONE (no verdicts) lead nobody. */
function leadingBadge(leading) {
	if (leading === 'SPLIT') {
		return h('span', { class: 'badge neutral' }, 'none (a tie for the most verdicts)');
	}
	if (leading === 'NONE') {
		return h('span', { class: 'badge neutral' }, 'none (no verdicts)');
	}
	return winnerBadge(leading);
}

function languageBadge(language) {
	return h('span', { class: `badge winner-${language === 'BOTH' ? 'TIE' : language}` }, LANGUAGE_NAME[language]);
}

/** A quote as a button that opens its article at the quote; `content` is what it shows (the quote by default). */
function quoteButton(source, quote, anchor, content = quote) {
	return h('button', {
		type: 'button',
		class: 'quote',
		dataset: { source: source.slug, start: anchor?.start ?? '', end: anchor?.end ?? '' },
		title: 'Show this quote in the article',
		onclick: (event) => openArticle(source.slug, anchor, event.currentTarget),
	}, h('q', {}, content));
}

/** Shows an error; `origin` names the part of the page it concerns, so that part can clear it. */
function showError(error, origin = 'page') {
	const box = byId('error');
	box.hidden = false;
	box.dataset.origin = origin;
	box.textContent = `Could not load part of the comparison: ${error.message}`;
}

function clearError(origin) {
	const box = byId('error');
	if (box.dataset.origin === origin) {
		box.hidden = true;
		box.textContent = '';
		delete box.dataset.origin;
	}
}

// --- URL state -------------------------------------------------------------------------------

function readUrl() {
	const params = new URLSearchParams(location.search);
	state.q = params.get('q') ?? '';
	state.dimension = params.get('dimension');
	state.useCase = params.get('useCase') ?? '';
	state.priorities = new Map();
	const priorities = params.get('priorities');
	if (priorities !== null) {
		for (const entry of priorities.split(',')) {
			const [slug, weight] = entry.split(':');
			const value = Number.parseInt(weight, 10);
			if (slug && Number.isInteger(value) && value >= 0 && value <= 10) {
				state.priorities.set(slug, value);
			}
		}
	}
	return priorities !== null;
}

function writeUrl(push) {
	const params = new URLSearchParams();
	if (state.q.trim()) {
		params.set('q', state.q);
	}
	if (state.dimension) {
		params.set('dimension', state.dimension);
	}
	// The default weights (every dimension at 5) are left out, so that a plain link stays plain.
	if (!data.dimensions.every((dimension) => state.priorities.get(dimension.slug) === DEFAULT_WEIGHT)) {
		params.set('priorities', prioritiesParameter());
	}
	if (state.useCase) {
		params.set('useCase', state.useCase);
	}
	const query = params.toString().replaceAll('%3A', ':').replaceAll('%2C', ',');
	const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
	if (push) {
		history.pushState(null, '', url);
	}
	else {
		history.replaceState(null, '', url);
	}
}

function prioritiesParameter() {
	return [...state.priorities].filter(([, weight]) => weight > 0).map(([slug, weight]) => `${slug}:${weight}`).join(',');
}

// --- Matrix ----------------------------------------------------------------------------------

function renderMatrix(matrix) {
	const table = byId('matrix');
	const headRow = h('tr', {}, h('th', { scope: 'col' }, 'Dimension'));
	for (const source of matrix.sources) {
		headRow.append(h('th', { scope: 'col', class: source.title ? null : 'untitled' }, sourceLabel(source)));
	}
	table.tHead.replaceChildren(headRow);
	const body = table.tBodies[0];
	body.replaceChildren();
	for (const row of matrix.rows) {
		const tr = h('tr', { dataset: { dimension: row.dimension.slug } },
			h('th', { scope: 'row' },
				h('button', {
					type: 'button',
					class: 'link-button',
					'aria-controls': 'dimension-view',
					onclick: () => selectDimension(row.dimension.slug, true),
				}, row.dimension.name)));
		for (const cell of row.cells) {
			tr.append(matrixCell(cell));
		}
		body.append(tr);
	}
}

function matrixCell(cell) {
	if (cell.state === 'VERDICT') {
		const implied = cell.basis === 'IMPLIED';
		const letter = WINNER_LETTER[cell.winner];
		return h('td', {
			class: `cell winner-${cell.winner}${implied ? ' implied' : ''}`,
			dataset: { winner: cell.winner, basis: cell.basis, verdict: cell.verdictId },
		},
		h('span', { 'aria-hidden': 'true' }, implied ? `(${letter})` : letter),
		h('span', { class: 'visually-hidden' }, `${WINNER_NAME[cell.winner]}${implied ? ', implied' : ''}`));
	}
	if (cell.state === 'NO_SIDE') {
		return h('td', { class: 'cell no-side', dataset: { state: cell.state } },
			h('span', { 'aria-hidden': 'true' }, '–'),
			h('span', { class: 'visually-hidden' }, 'discussed, no side'));
	}
	return h('td', { class: 'cell not-discussed', dataset: { state: cell.state } },
		h('span', { class: 'visually-hidden' }, 'not discussed'));
}

// --- Consensus chart (Chart.js) --------------------------------------------------------------

function renderChart(dimensions) {
	const canvas = byId('consensus-chart');
	canvas.parentElement.style.height = `${dimensions.length * 28 + 80}px`;
	const counts = (key) => dimensions.map((dimension) => dimension.consensus.counts[key]);
	const summary = dimensions
		.map((d) => `${d.name}: ${d.consensus.counts.rust} Rust, ${d.consensus.counts.go} Go, ${d.consensus.counts.tie} tie, ${d.consensus.counts.depends} depends`)
		.join('; ');
	canvas.setAttribute('aria-label', `Stacked bar chart of the articles' verdicts per dimension. ${summary}.`);
	if (typeof Chart === 'undefined') {
		showError(new Error('the charting library did not load'));
		return;
	}
	const dataset = (label, key, winner) => ({
		label,
		data: counts(key),
		backgroundColor: COLOURS[winner],
		borderColor: '#ffffff',
		borderWidth: 1,
	});
	new Chart(canvas, {
		type: 'bar',
		data: {
			labels: dimensions.map((dimension) => dimension.name),
			datasets: [
				dataset('Rust', 'rust', 'RUST'),
				dataset('Go', 'go', 'GO'),
				dataset('Tie', 'tie', 'TIE'),
				dataset('Depends', 'depends', 'DEPENDS'),
			],
		},
		options: {
			indexAxis: 'y',
			animation: false,
			maintainAspectRatio: false,
			responsive: true,
			scales: {
				x: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'articles' } },
				y: { stacked: true },
			},
			plugins: { legend: { position: 'top' } },
			onClick: (event, elements) => {
				if (elements.length > 0) {
					selectDimension(dimensions[elements[0].index].slug, true);
				}
			},
		},
	});
}

// --- Dimension view --------------------------------------------------------------------------

let dimensionRequest = 0;

async function selectDimension(slug, push) {
	state.dimension = slug;
	writeUrl(push);
	await renderDimension(true);
}

async function renderDimension(focus) {
	const view = byId('dimension-view');
	const slug = state.dimension;
	for (const row of byId('matrix').tBodies[0].rows) {
		row.classList.toggle('selected', row.dataset.dimension === slug);
	}
	if (!slug) {
		view.hidden = true;
		clearError('dimension');
		return;
	}
	if (!isDimension(slug)) {
		view.hidden = true;
		showError(new Error(`there is no dimension '${slug}'; choose one in the matrix`), 'dimension');
		return;
	}
	const request = ++dimensionRequest;
	let comparison;
	try {
		comparison = await api(`/api/dimensions/${encodeURIComponent(slug)}`);
	}
	catch (error) {
		showError(error, 'dimension');
		return;
	}
	if (request !== dimensionRequest) {
		return;
	}
	clearError('dimension');
	view.hidden = false;
	view.dataset.dimension = slug;
	byId('dimension-heading').textContent = comparison.dimension.name;
	byId('dimension-description').textContent = comparison.dimension.description;
	const counts = comparison.consensus.counts;
	byId('dimension-consensus').replaceChildren(
		`${comparison.consensus.verdicts} of ${data.sources.size} articles give a verdict: `,
		`${counts.rust} Rust, ${counts.go} Go, ${counts.tie} tie, ${counts.depends} depends. Leading: `,
		leadingBadge(comparison.consensus.leading),
		comparison.consensus.sourcesDisagree ? ' The articles disagree.' : '');

	byId('dimension-verdicts').replaceChildren(...comparison.verdicts.map((verdict) => h('li', {
		class: 'verdict', dataset: { source: verdict.source.slug, winner: verdict.winner },
	},
	h('p', { class: 'verdict-head' }, sourceName(verdict.source), ' ', winnerBadge(verdict.winner, verdict.basis)),
	h('p', {}, verdict.rationale),
	quoteButton(verdict.source, verdict.quote, verdict.anchor),
	verdict.conditions.length > 0
		? h('ul', { class: 'conditions', 'aria-label': 'It depends on' }, verdict.conditions.map((condition) => h('li', {},
			languageBadge(condition.favors), ` if ${condition.condition}: `,
			quoteButton(verdict.source, condition.quote, condition.anchor))))
		: null)));

	const without = comparison.sourcesWithoutVerdict;
	byId('dimension-without-verdict').replaceChildren(without.length === 0 ? '' : h('p', {},
		'No verdict from: ',
		without.map((entry, index) => [index > 0 ? '; ' : '', sourceName(entry.source),
			entry.discussed ? ` (discussed in ${entry.claims} claim${entry.claims === 1 ? '' : 's'}, no side)` : ' (not discussed)'])));

	const sides = [['rust', 'Favour Rust'], ['go', 'Favour Go'], ['neither', 'Favour neither']];
	byId('dimension-claims').replaceChildren(...sides.map(([key, label]) => h('div', { class: 'claim-column', dataset: { side: key } },
		h('h4', {}, `${label} (${comparison.claims[key].length})`),
		comparison.claims[key].length === 0 ? h('p', {}, 'None.') : h('ul', {}, comparison.claims[key].map((claim) => h('li', {},
			h('p', {}, claim.statement, ' — ', sourceName(claim.source)),
			quoteButton(claim.source, claim.quote, claim.anchor)))))));

	const contradictions = comparison.contradictions ?? [];
	byId('dimension-contradictions').replaceChildren(contradictions.length === 0
		? h('p', {}, 'The articles do not contradict one another here.')
		: h('ul', { class: 'contradictions' }, contradictions.map((contradiction) => h('li', {},
			h('p', {}, h('strong', {}, contradiction.summary), contradiction.reason ? ` ${contradiction.reason}` : ''),
			h('ul', {}, contradiction.sides.map((side) => h('li', {},
				sourceName(side.source), ': ', positionText(side.position), ' ',
				quoteButton(side.source, side.quote, side.anchor))))))));
	if (focus) {
		byId('dimension-heading').focus();
		view.scrollIntoView({ block: 'start' });
	}
}

/** A contradiction side's position: a winner, a figure (value or bounds, unit) or a statement. */
function positionText(position) {
	if (position.winner) {
		return winnerBadge(position.winner);
	}
	if (position.statement) {
		return position.statement;
	}
	const unit = position.unit ? ` ${position.unit}` : '';
	if (position.value !== undefined) {
		return `${position.value}${unit}`;
	}
	if (position.lower !== undefined && position.upper !== undefined) {
		return `${position.lower}–${position.upper}${unit}`;
	}
	return position.lower !== undefined ? `at least ${position.lower}${unit}` : `at most ${position.upper}${unit}`;
}

// --- Quote in context ------------------------------------------------------------------------

function articleText(slug) {
	if (!articleTexts.has(slug)) {
		const text = api(`/api/sources/${encodeURIComponent(slug)}/text`, { accept: 'text/plain' });
		text.catch(() => articleTexts.delete(slug));
		articleTexts.set(slug, text);
	}
	return articleTexts.get(slug);
}

/**
 * Opens the archived article. With an anchor, the quote is highlighted from its
 * TextPositionSelector (start and end count Unicode code points, so the text is split into
 * code points, not UTF-16 units) and checked against its TextQuoteSelector's exact text.
 */
async function openArticle(slug, anchor, trigger) {
	const dialog = byId('article-dialog');
	const source = data.sources.get(slug) ?? { slug, title: null };
	byId('article-title').textContent = sourceLabel(source);
	const note = byId('article-note');
	const container = byId('article-text');
	container.replaceChildren('Loading the article…');
	note.textContent = '';
	dialog.returnFocusTo = trigger;
	if (!dialog.open) {
		dialog.showModal();
	}
	let text;
	try {
		text = await articleText(slug);
	}
	catch (error) {
		container.textContent = `The article could not be loaded: ${error.message}`;
		return;
	}
	const codePoints = Array.from(text);
	if (!anchor) {
		container.replaceChildren(text);
		note.textContent = 'The archived text, unchanged.';
		container.scrollTop = 0;
		return;
	}
	const exact = codePoints.slice(anchor.start, anchor.end).join('');
	if (exact !== anchor.exact) {
		container.replaceChildren(text);
		note.textContent = 'The quote could not be located in this copy of the article.';
		return;
	}
	const mark = h('mark', { id: 'article-quote', tabindex: '-1' }, exact);
	container.replaceChildren(codePoints.slice(0, anchor.start).join(''), mark, codePoints.slice(anchor.end).join(''));
	note.textContent = `The quote is highlighted (characters ${anchor.start} to ${anchor.end} of the archived text).`;
	mark.scrollIntoView({ block: 'center' });
}

function setUpArticleDialog() {
	const dialog = byId('article-dialog');
	byId('article-close').addEventListener('click', () => dialog.close());
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) {
			dialog.close();
		}
	});
	dialog.addEventListener('close', () => dialog.returnFocusTo?.focus());
}

// --- Recommendation --------------------------------------------------------------------------

let recommendationTimer = null;
let recommendationController = null;

function renderRecommendationForm(dimensions, useCases, prioritiesGiven) {
	// Weights for slugs that are not dimensions (an edited link) are dropped, not sent.
	for (const slug of [...state.priorities.keys()]) {
		if (!isDimension(slug)) {
			state.priorities.delete(slug);
		}
	}
	if (!prioritiesGiven) {
		for (const dimension of dimensions) {
			state.priorities.set(dimension.slug, DEFAULT_WEIGHT);
		}
	}
	const sliders = byId('sliders');
	sliders.replaceChildren(...dimensions.map((dimension) => {
		const id = `weight-${dimension.slug}`;
		const value = state.priorities.get(dimension.slug) ?? 0;
		const output = h('output', { for: id, id: `${id}-value` }, value);
		const input = h('input', {
			type: 'range', id, name: dimension.slug, min: '0', max: '10', step: '1', value,
			'aria-describedby': `${id}-value`,
			oninput: (event) => {
				const weight = Number(event.target.value);
				output.textContent = weight;
				state.priorities.set(dimension.slug, weight);
				scheduleRecommendation();
			},
		});
		return h('div', { class: 'slider' }, h('label', { for: id }, dimension.name), input, output);
	}));
	const select = byId('use-case');
	select.append(...useCases.map((entry) => h('option', { value: entry.useCase.slug }, entry.useCase.name)));
	select.value = useCases.some((entry) => entry.useCase.slug === state.useCase) ? state.useCase : '';
	state.useCase = select.value;
	select.addEventListener('change', () => {
		state.useCase = select.value;
		scheduleRecommendation();
	});
	const setAll = (weight) => {
		for (const input of sliders.querySelectorAll('input')) {
			input.value = weight;
			input.nextElementSibling.textContent = weight;
			state.priorities.set(input.name, weight);
		}
		scheduleRecommendation();
	};
	byId('priorities-reset').addEventListener('click', () => setAll(DEFAULT_WEIGHT));
	byId('priorities-clear').addEventListener('click', () => setAll(0));
	byId('recommendation-form').addEventListener('submit', (event) => event.preventDefault());
}

function scheduleRecommendation() {
	clearTimeout(recommendationTimer);
	recommendationTimer = setTimeout(updateRecommendation, RECOMMENDATION_DELAY_MS);
}

async function updateRecommendation() {
	writeUrl(false);
	const result = byId('recommendation-result');
	recommendationController?.abort();
	const priorities = prioritiesParameter();
	if (priorities === '') {
		result.dataset.leading = '';
		result.replaceChildren(h('p', {}, 'Give at least one dimension a weight above 0 to get a recommendation.'));
		return;
	}
	const controller = new AbortController();
	recommendationController = controller;
	const params = new URLSearchParams({ priorities });
	if (state.useCase) {
		params.set('useCase', state.useCase);
	}
	result.setAttribute('aria-busy', 'true');
	let recommendation;
	try {
		recommendation = await api(`/api/recommendation?${params}`, { signal: controller.signal });
	}
	catch (error) {
		if (error.name !== 'AbortError') {
			result.replaceChildren(h('p', { class: 'error' }, error.message));
			result.removeAttribute('aria-busy');
		}
		return;
	}
	result.removeAttribute('aria-busy');
	renderRecommendation(result, recommendation);
}

function renderRecommendation(result, recommendation) {
	result.dataset.leading = recommendation.leading;
	const sign = recommendation.score > 0 ? '+' : '';
	const contributing = [...recommendation.dimensions].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
	result.replaceChildren();
	append(result, [
		h('p', { class: 'leading' }, 'Recommendation: ', h('strong', { id: 'recommendation-leading', class: `badge big winner-${recommendation.leading}` },
			WINNER_NAME[recommendation.leading])),
		h('p', {}, `Score ${sign}${recommendation.score.toFixed(2)} on a scale from −1 (all Go) to +1 (all Rust); `,
			`Rust's share ${recommendation.scores.rust.toFixed(2)}, Go's ${recommendation.scores.go.toFixed(2)}.`),
		h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Contributions by dimension' },
			h('table', { class: 'contributions' },
				h('caption', {}, 'What each weighted dimension contributes (positive favours Rust, negative Go)'),
				h('thead', {}, h('tr', {}, ['Dimension', 'Weight', 'Score', 'Contribution'].map((label) => h('th', { scope: 'col' }, label)))),
				h('tbody', {}, contributing.map((entry) => h('tr', {},
					h('th', { scope: 'row' }, entry.dimension.name),
					h('td', {}, entry.weight),
					h('td', {}, entry.score.toFixed(2)),
					h('td', {}, entry.contribution.toFixed(3))))))),
		h('details', { class: 'evidence' },
			h('summary', {}, 'The verdicts behind it'),
			h('ul', {}, contributing.filter((entry) => entry.verdicts.length > 0).map((entry) => h('li', {},
				h('strong', {}, entry.dimension.name),
				h('ul', {}, entry.verdicts.map((verdict) => h('li', {},
					sourceName(verdict.source), ' ', winnerBadge(verdict.winner, verdict.basis), ' ',
					quoteButton(verdict.source, verdict.quote, verdict.anchor)))))))),
		recommendation.useCase ? useCaseEvidence(recommendation.useCase) : null,
		h('p', { class: 'method' }, h('strong', {}, 'Method: '), recommendation.method)]);
}

function useCaseEvidence(useCase) {
	const articles = useCase.articles;
	return h('div', { class: 'use-case-evidence' },
		h('h3', {}, `${useCase.useCase.name}: what the articles recommend`),
		h('p', {}, `Articles recommending Rust: ${articles.rust}, Go: ${articles.go}, both: ${articles.both}.`),
		recommendationList(useCase.recommendations));
}

function recommendationList(recommendations) {
	return h('ul', { class: 'statements' }, recommendations.map((entry) => h('li', {},
		languageBadge(entry.language), ' ', entry.statement, ' — ', sourceName(entry.source), ' ',
		quoteButton(entry.source, entry.quote, entry.anchor))));
}

// --- Use cases and adopters ------------------------------------------------------------------

function lazyDetails(summaryContent, load) {
	const body = h('div', { class: 'details-body' }, 'Loading…');
	let loaded = false;
	const details = h('details', {}, h('summary', {}, summaryContent), body);
	details.addEventListener('toggle', async () => {
		if (!details.open || loaded) {
			return;
		}
		loaded = true;
		try {
			const content = await load();
			body.replaceChildren();
			append(body, [content]);
		}
		catch (error) {
			loaded = false;
			body.textContent = `Could not load: ${error.message}`;
		}
	});
	return details;
}

function renderUseCases(useCases) {
	byId('use-cases').replaceChildren(...useCases.map((entry) => h('li', { dataset: { useCase: entry.useCase.slug } },
		lazyDetails([h('strong', {}, entry.useCase.name),
			` — Rust ${entry.articles.rust}, Go ${entry.articles.go}, both ${entry.articles.both} article${entry.articles.rust + entry.articles.go + entry.articles.both === 1 ? '' : 's'}`,
			entry.sourcesDisagree ? h('span', { class: 'tag' }, 'articles disagree') : null],
		async () => {
			const detail = await api(`/api/use-cases/${encodeURIComponent(entry.useCase.slug)}`);
			return [h('p', {}, detail.useCase.description), recommendationList(detail.recommendations)];
		}))));
}

function renderAdopters(adopters) {
	byId('adopters').replaceChildren(...adopters.map((entry) => h('li', { dataset: { organisation: entry.organisation.slug } },
		lazyDetails([h('strong', {}, entry.organisation.name), ' — ', entry.languages.map((language) => [languageBadge(language), ' '])],
			async () => {
				const detail = await api(`/api/adopters/${encodeURIComponent(entry.organisation.slug)}`);
				return h('ul', { class: 'statements' }, detail.statements.map((statement) => h('li', {},
					h('span', { class: 'relation' }, `${RELATION_TEXT[statement.relation] ?? statement.relation} `),
					languageBadge(statement.language),
					statement.purpose ? ` (${statement.purpose})` : '', ': ',
					statement.statement, ' — ', sourceName(statement.source), ' ',
					quoteButton(statement.source, statement.quote, statement.anchor))));
			}))));
}

function renderSources(sources) {
	byId('sources').replaceChildren(...sources.map((source) => h('li', { dataset: { source: source.slug } },
		h('p', {}, sourceName(source), source.author ? ` by ${source.author}` : ''),
		h('p', { class: 'metadata-note' }, source.metadataNote),
		h('button', { type: 'button', class: 'secondary', onclick: (event) => openArticle(source.slug, null, event.currentTarget) },
			'Read the archived text'))));
}

// --- Search ----------------------------------------------------------------------------------

let searchTimer = null;
let searchController = null;

/**
 * The text with the ranges marked. The ranges are /api/search's highlights: in order, not
 * overlapping, counted in Unicode code points (so the text is split into code points).
 */
function highlight(text, ranges) {
	const codePoints = Array.from(text);
	const nodes = [];
	let at = 0;
	for (const range of ranges) {
		if (range.start > at) {
			nodes.push(codePoints.slice(at, range.start).join(''));
		}
		nodes.push(h('mark', {}, codePoints.slice(range.start, range.end).join('')));
		at = range.end;
	}
	if (at < codePoints.length) {
		nodes.push(codePoints.slice(at).join(''));
	}
	return nodes;
}

function setUpSearch() {
	const input = byId('search-input');
	input.value = state.q;
	// As you type: a search after each pause; Enter searches at once and moves to the results.
	input.addEventListener('input', () => {
		clearTimeout(searchTimer);
		searchTimer = setTimeout(() => search(input.value, false), SEARCH_DELAY_MS);
	});
	byId('search-form').addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(searchTimer);
		search(input.value, true);
	});
	byId('search-clear').addEventListener('click', () => {
		clearTimeout(searchTimer);
		input.value = '';
		search('', false);
		input.focus();
	});
}

/** What a problem from /api/search says about the query, without the parameter's name. */
function queryProblem(error) {
	const detail = error.problem?.detail ?? error.message;
	const marker = "for parameter 'q': ";
	const at = detail.indexOf(marker);
	const text = at >= 0 ? detail.slice(at + marker.length) : detail;
	return text.charAt(0).toUpperCase() + text.slice(1);
}

async function search(q, moveToResults) {
	state.q = q;
	writeUrl(false);
	searchController?.abort();
	const section = byId('search-section');
	const status = byId('search-status');
	if (!q.trim()) {
		section.hidden = true;
		delete section.dataset.query;
		byId('search-groups').replaceChildren();
		status.textContent = '';
		return;
	}
	// A phrase being typed is not sent until its closing quote (the API would answer 400).
	if ((q.match(/"/g) ?? []).length % 2 === 1) {
		status.textContent = 'Close the double quote to search for the phrase.';
		return;
	}
	const controller = new AbortController();
	searchController = controller;
	section.setAttribute('aria-busy', 'true');
	let result;
	try {
		result = await api(`/api/search?${new URLSearchParams({ q, size: SEARCH_PAGE_SIZE })}`, { signal: controller.signal });
	}
	catch (error) {
		if (error.name !== 'AbortError') {
			section.removeAttribute('aria-busy');
			section.hidden = true;
			delete section.dataset.query;
			status.textContent = error.problem ? queryProblem(error) : `The search failed: ${error.message}`;
		}
		return;
	}
	section.removeAttribute('aria-busy');
	renderSearch(result);
	if (moveToResults) {
		byId('search-heading').focus();
	}
}

function renderSearch(result) {
	const section = byId('search-section');
	const total = result.page.totalElements;
	const shown = result.hits.length;
	section.hidden = false;
	section.dataset.query = result.query;
	byId('search-heading').textContent = `Search results for “${result.query}”`;
	byId('search-status').textContent = total === 0
		? `Nothing the articles say matches “${result.query}”.`
		: `${total} passage${total === 1 ? '' : 's'} match “${result.query}”${shown < total ? `; the best ${shown} are shown` : ''}.`;
	// One group per type, in the order of its best hit.
	const groups = new Map();
	for (const hit of result.hits) {
		if (!groups.has(hit.type)) {
			groups.set(hit.type, []);
		}
		groups.get(hit.type).push(hit);
	}
	byId('search-groups').replaceChildren(...(total === 0 ? [h('p', {}, 'Try other words, or fewer of them.')] : []),
		...[...groups].map(([type, hits]) => {
			const count = result.facets.type[type] ?? hits.length;
			const id = `search-group-${type}`;
			return h('section', { class: 'search-group', dataset: { type }, 'aria-labelledby': id },
				h('h3', { id }, `${SEARCH_GROUPS[type] ?? type} (${count === hits.length ? count : `${hits.length} of ${count}`})`),
				h('ol', { class: 'search-hits' }, hits.map(searchHit)));
		}));
}

function searchHit(hit) {
	return h('li', { class: 'search-hit', dataset: { type: hit.type, link: hit.link } },
		h('p', { class: 'hit-meta' },
			hit.language ? [languageBadge(hit.language), ' '] : null,
			h('strong', {}, hit.about.name), ' — ', sourceName(hit.source)),
		h('p', { class: 'hit-statement' }, highlight(hit.statement, hit.highlights.statement)),
		quoteButton(hit.source, hit.quote, hit.anchor, highlight(hit.quote, hit.highlights.quote)));
}

// --- Start -----------------------------------------------------------------------------------

async function start() {
	setUpArticleDialog();
	const prioritiesGiven = readUrl();
	setUpSearch();
	byId('dimension-close').addEventListener('click', () => {
		const slug = state.dimension;
		state.dimension = null;
		writeUrl(true);
		renderDimension(false);
		byId('matrix').querySelector(`tr[data-dimension="${CSS.escape(slug)}"] button`)?.focus();
	});
	window.addEventListener('popstate', () => {
		readUrl();
		byId('search-input').value = state.q;
		search(state.q, false);
		renderDimension(false);
	});
	let matrix, dimensions, sources, useCases, adopters;
	try {
		[matrix, dimensions, sources, useCases, adopters] = await Promise.all([
			api('/api/matrix'), api('/api/dimensions'), api('/api/sources'), api('/api/use-cases'), api('/api/adopters'),
		]);
	}
	catch (error) {
		byId('status').textContent = '';
		showError(error);
		return;
	}
	for (const source of sources.sources) {
		data.sources.set(source.slug, source);
	}
	data.dimensions = dimensions.dimensions;
	renderMatrix(matrix);
	renderChart(dimensions.dimensions);
	renderSources(sources.sources);
	renderUseCases(useCases.useCases);
	renderAdopters(adopters.adopters);
	renderRecommendationForm(dimensions.dimensions, useCases.useCases, prioritiesGiven);
	byId('status').textContent = `${matrix.rows.length} dimensions, ${matrix.sources.length} articles.`;
	document.body.dataset.ready = 'true';
	await Promise.all([renderDimension(false), updateRecommendation(), state.q.trim() ? search(state.q, false) : null]);
}

start();
