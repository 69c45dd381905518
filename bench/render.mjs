#!/usr/bin/env node
// Renders docs/performance.md from the measurements that the benchmark scripts write as JSON:
//   target/bench/run.json      bench/run.sh: throughput and latency against nginx, start-up kinds,
//                              memory, latency against data size
//   target/bench/startup.json  bench/startup.sh: the start-up soak (every start, hangs, medians)
// and judges the targets. Either file may be missing: the sections it would give are then kept as
// they are in the existing page (--base, by default the output file), so a new soak can be put on
// the page without re-running the 16-minute benchmark, and the other way round.
//
// Usage: node bench/render.mjs [--run FILE] [--startup FILE] [--output FILE] [--base FILE]
//   --run, --startup  the JSON files (default: the target/bench/ files above, when they exist;
//                     "none" to ignore one)
//   --output          default docs/performance.md ("-" for standard output)
//   --base            the page whose sections are kept for a missing JSON file (default: --output)
// Plain Node.js (18+), no packages.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = { run: undefined, startup: undefined, output: join(repo, 'docs/performance.md'), base: undefined };
for (let i = 2; i < process.argv.length; i++) {
	const flag = process.argv[i];
	const name = flag.replace(/^--/, '');
	if (!(name in args) || i + 1 >= process.argv.length) {
		console.error('usage: node bench/render.mjs [--run FILE] [--startup FILE] [--output FILE] [--base FILE]');
		process.exit(2);
	}
	args[name] = process.argv[++i];
}
const input = (given, fallback) => {
	if (given === 'none') return null;
	const file = given ?? join(repo, fallback);
	if (!existsSync(file)) {
		if (given) fail(`${given} not found`);
		return null;
	}
	return JSON.parse(readFileSync(file, 'utf8'));
};
function fail(message) {
	console.error(`render: ${message}`);
	process.exit(1);
}
const run = input(args.run, 'target/bench/run.json');
const soak = input(args.startup, 'target/bench/startup.json');
if (!run && !soak) fail('no measurements: run bench/run.sh and/or bench/startup.sh first (target/bench/*.json)');
if (run && run.schema !== 'rust-vs-go-api/bench-run/1') fail(`unknown run.json schema ${run.schema}`);
if (soak && soak.schema !== 'rust-vs-go-api/startup-soak/1') fail(`unknown startup.json schema ${soak.schema}`);
const basePath = args.base ?? (args.output === '-' ? null : args.output);
const base = basePath && existsSync(basePath) ? readFileSync(basePath, 'utf8') : null;

// ---- numbers ------------------------------------------------------------------------------------
// The median as bench/run.sh computed it: the middle value, or the mean of the two middle values.
function median(values) {
	const v = [...values].sort((a, b) => a - b);
	if (v.length === 0) return null;
	const m = Math.floor(v.length / 2);
	return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}
const plain = (x) => String(Number(x.toPrecision(6))); // awk's print (%.6g) for the medians
// A latency: -1 means no request completed within the timeout; wrk's figures have two decimals.
function ms(x) {
	if (x === null || x === undefined) return 'n/a';
	if (x < 0) return 'none';
	return Math.abs(x * 100 - Math.round(x * 100)) < 1e-6 ? x.toFixed(2) : plain(x);
}
const verdict = (ok) => (ok ? 'met' : '**not met**');
const int = (x) => String(Math.round(x));

// ---- the benchmark (run.json) -------------------------------------------------------------------
const CASE_ORDER = ['claims-repeat', 'claims-varied', 'dimension-repeat', 'dimension-varied', 'dimensions-repeat',
	'claims-uncached', 'dimension-uncached', 'dimensions-uncached'];
function caseLabels(claimsQuery) {
	const claimsVaried = '`/api/claims?favors=GO&size={11..30}&page={0..3}`, 80 URLs cycled';
	const dimensionVaried = '`/api/dimensions/concurrency?source=..&favors=..`, 256 filter combinations cycled';
	return {
		'claims-repeat': `\`/api/claims?${claimsQuery}\`, repeated`,
		'claims-varied': claimsVaried,
		'dimension-repeat': '`/api/dimensions/concurrency`, repeated',
		'dimension-varied': dimensionVaried,
		'dimensions-repeat': '`/api/dimensions` (first page of 50), repeated',
		'claims-uncached': `${claimsVaried}, **no response cache**`,
		'dimension-uncached': `${dimensionVaried}, **no response cache**`,
		'dimensions-uncached': '`/api/dimensions`, 10 requests one at a time (curl; p99 column: the slowest), **no response cache**',
	};
}

function renderRun(r) {
	const s = r.startup;
	const springAot = s.spring_aot ? ' in Spring AOT mode (`-Dspring.aot.enabled=true`)' : '';
	const memoryNote = r.memory_limit.applied
		? `${r.memory_limit.setting} memory cgroup, as a container limit (the JVM sizes its heap from it)`
		: "none (the JVM sized its heap from the host's memory)";
	const heapBasis = r.memory_limit.applied ? `the ${r.memory_limit.setting} memory limit` : "the machine's memory";
	const w = r.wrk;

	const main = ['| Endpoint | Bytes | App req/s | nginx req/s | App / nginx | App p50 ms | App p99 ms | nginx p50 ms | nginx p99 ms | Errors app / nginx |',
		'|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|'];
	const rounds = [];
	const ratio = {};
	for (const e of r.endpoints) {
		const appRps = median(e.app.rps), nginxRps = median(e.nginx.rps);
		ratio[e.path] = appRps / nginxRps;
		main.push(`| \`${e.path}\` | ${e.bytes} | ${int(appRps)} | ${int(nginxRps)} | ${ratio[e.path].toFixed(2)} | ${ms(median(e.app.p50_ms))} | ${ms(median(e.app.p99_ms))} | ${ms(median(e.nginx.p50_ms))} | ${ms(median(e.nginx.p99_ms))} | ${e.app.errors} / ${e.nginx.errors} |`);
		const perRound = e.app.rps.map((a, i) => (a / e.nginx.rps[i]).toFixed(2)).join(' ');
		rounds.push(`- \`${e.path}\`: app req/s ${e.app.rps.join(' ')}; nginx req/s ${e.nginx.rps.join(' ')}; app / nginx ${perRound}; app p99 ms ${e.app.p99_ms.map(ms).join(' ')}; nginx p99 ms ${e.nginx.p99_ms.map(ms).join(' ')}`);
	}

	const kinds = Object.fromEntries(s.kinds.map((k) => [k.kind, k.ms]));
	const startMedian = (kind) => plain(median(kinds[kind]));
	const startRow = (label, kind) => `| ${label} | ${startMedian(kind)} ms | ${kinds[kind].join(' ')} |`;
	const startRows = [startRow(`\`java -jar ${s.jar_name}\` (plain, no Spring AOT)`, 'plain'),
		startRow(`Extracted jar (\`-Djarmode=tools extract\`)${springAot}, no AOT cache`, 'extracted')];
	if (s.aot_cache) {
		startRows.push(startRow(`Extracted jar${springAot} with \`-XX:AOTCache\` (trained with \`-XX:AOTCacheOutput -Dspring.context.exit=onRefresh\`)`, 'aot'));
	} else {
		startRows.push(`| AOT cache | not measured: JDK ${r.java_major} has no -XX:AOTCacheOutput (needs 25+) | |`);
	}
	startRows.push(startRow(`Reference app: \`java -jar ${s.reference_jar_name}\` (plain, no Spring AOT)`, 'reference-plain'));
	if (s.aot_cache) {
		startRows.push(startRow(`Reference app, extracted jar${springAot} with \`-XX:AOTCache\` (trained the same way)`, 'reference-aot'));
	}

	const labels = caseLabels(r.claims_query);
	const scales = r.scales.values;
	const first = String(scales[0]), last = String(scales[scales.length - 1]);
	const cases = CASE_ORDER.map((name) => r.scales.cases.find((c) => c.name === name)).filter(Boolean);
	const scaleTable = [`| Request |${scales.map((x) => ` ${x}x p50 / p99 ms (req/s) |`).join('')} ${last}x / ${first}x p50 |`,
		`|---|${scales.map(() => '---:|').join('')}---:|`];
	for (const c of cases) {
		const cells = scales.map((x) => {
			const v = c.results[String(x)];
			return ` ${ms(v.p50_ms)} / ${ms(v.p99_ms)} (${int(v.rps)})${v.errors ? `, ${v.errors} errors` : ''} |`;
		});
		const a = c.results[last].p50_ms, b = c.results[first].p50_ms;
		scaleTable.push(`| ${labels[c.name]} |${cells.join('')} ${a < 0 || b <= 0 ? 'n/a' : (a / b).toFixed(1)} |`);
	}
	const facts = ['| Data size | Sources / dimensions / verdicts / claims | Start-up to first response | RSS after its runs (no memory limit) |',
		'|---|---|---:|---:|',
		...r.scales.facts.map((f) => `| ${f.scale}x | ${f.sources} / ${f.dimensions} / ${f.verdicts} / ${f.claims} | ${f.start_ms} ms | ${f.rss_mb} MB |`)];

	const c = '/api/dimensions/concurrency';
	const conc = r.endpoints.find((e) => e.path === c);
	const p99 = median(conc.app.p99_ms);
	const appErrors = r.endpoints.reduce((sum, e) => sum + e.app.errors, 0);
	const targets = [`| \`${c}\` app req/s >= 0.30 x nginx (${w.connections} connections) | ${ratio[c].toFixed(2)} | ${verdict(Number(ratio[c].toFixed(2)) >= 0.3)} |`,
		`| \`${c}\` app p99 <= 15 ms | ${ms(p99)} ms | ${verdict(p99 >= 0 && p99 <= 15)} |`,
		`| Zero errors (all endpoints, app) | ${appErrors} | ${verdict(appErrors === 0)} |`];
	if (s.aot_cache) {
		const aot = median(kinds.aot);
		targets.push(`| Start-up with the AOT cache <= 2.5 s | ${plain(aot)} ms | ${verdict(aot <= 2500)} |`);
	}
	targets.push(`| RSS <= 300 MB (after the load run) | ${r.rss_after_load_mb} MB | ${verdict(r.rss_after_load_mb <= 300)} |`);
	for (const cs of cases) {
		const a = cs.results[last].p50_ms, b = cs.results[first].p50_ms;
		targets.push(`| ${last}x p50 <= 3 x ${first}x p50: ${labels[cs.name]} | ${ms(a)} vs ${ms(b)} ms | ${verdict(a >= 0 && b >= 0 && a <= 3 * b)} |`);
	}

	const top = `# Performance

Generated by \`bench/render.mjs\` from the measurements of \`bench/run.sh\` (\`target/bench/run.json\`) and of the
start-up soak \`bench/startup.sh\` (\`target/bench/startup.json\`); the figures are from one run of each on one machine,
a baseline to compare later runs with, not a guarantee. Re-run the scripts, then the renderer, to refresh this file.

- Date: ${r.started_at}; code: commit ${r.commit}${r.uncommitted ? ' plus uncommitted changes' : ''}
- Machine: ${r.machine.cpus} CPUs (${r.machine.cpu_model}), ${r.machine.memory} memory, ${r.machine.kernel}
- Other processes on the machine used about ${r.other_cpu_percent} % of its CPU capacity during the measurements (machine
  busy time from /proc/stat less this script's own processes); load average when they began: ${r.load_at_start}. Anything
  well above 0 makes the figures worse than on a quiet machine.
- JDK: ${r.jdk}
- Command: \`${r.command}\`
- Memory limit: ${memoryNote}
- JVM options: \`${r.jvm_options}\`, ${r.jvm_options_source} (here: ${r.gc}, maximum heap ${r.max_heap_mb} MB); the load runs start the app as
  \`${r.run_command}\`
- Database: ${r.db_description}
- Load: \`${w.command}\` (wrk ${w.version}) on the same machine, so wrk, the app and nginx
  share the ${r.machine.cpus} CPUs. Errors are non-2xx/3xx responses plus socket errors.

## App against nginx

nginx ${r.nginx_version} (\`worker_processes auto\`, \`access_log off\`) serves the exact bytes the
app returned for each request, as static files, so both send the same bodies. After ${w.warmup_s} s of warm-up per
endpoint, app and nginx ran in alternating ${w.duration_s} s runs, ${w.rounds} rounds each; the table shows the median of the rounds
(App / nginx: median app req/s over median nginx req/s). Each round's app and nginx runs are back to back, so when other
processes load the machine the per-round ratios below are the fairer comparison.

${main.join('\n')}

Per round:

${rounds.join('\n')}

## Start-up and memory

Process start to the first successful \`GET ${s.ready_path}\` (polled every 20 ms), median of ${s.rounds} starts of each kind,
taken in ${s.rounds} rounds that start each kind once, in the order of the table:

| Start | Median | All starts (ms) |
|---|---:|---|
${startRows.join('\n')}

The reference app (\`bench/reference-app\`) is the smallest application of the same kind: Spring Boot 4.1 with Spring
MVC, Spring Data JPA, Flyway and H2, one entity, one two-row migration and one endpoint. It starts with the same JVM
options, in the same run, so its rows show how fast this machine is: issue 5 quotes such an app at "about 5 s" to start
without an AOT cache.

Resident memory (VmRSS) of the app after the load run above: **${r.rss_after_load_mb} MB**. With these JVM options the heap may
grow to ${r.max_heap_mb} MB here (MaxRAMPercentage of ${heapBasis}; in a container it applies to the container's memory
limit).

## Latency against data size

These runs use no memory limit: H2 holds the whole data set in the JVM heap, which at 100x does
not fit the heap of a 384 MiB container (PostgreSQL, in production, holds it outside).

1x is the real data. Larger sizes add the synthetic data set (\`--rustvsgo.synthetic.enabled=true
--rustvsgo.synthetic.scale=n\`, see \`dev.rustvsgo.synthetic.SyntheticDataMigration\`): at scale n,
ceil(n/2) sources, 10n dimensions, a verdict for most synthetic source and dimension pairs, and 1000n claims,
all on synthetic sources and dimensions. Each cell is one ${r.scales.duration_s} s run after ${r.scales.warmup_s} s of warm-up with
the same wrk settings.

- "Repeated" requests one URL, so it measures the app's response cache (rendered JSON by URL).
- "Cycled" requests rotate through distinct query strings. With the response cache on, that measures the cache too
  once each string has been seen (all of them fit).
- "No response cache" rows come from a second start of the app with \`--rustvsgo.response-cache.max-bytes=0\`: every
  request renders from the database. With H2, an identical repeated query may still be answered from H2's reuse of
  a prepared statement's last result, which is why the cycled URLs are the better measure of the database path.
  The claim-count cache stays on: the cycled claim pages share one filter, so its total is counted once (on the
  first full page) and each later request reads only its page.

${scaleTable.join('\n')}

${facts.join('\n')}
`;
	return { top, targets };
}

// ---- the start-up soak (startup.json) -----------------------------------------------------------
const SOAK_TARGET_ROUNDS = 25; // "0 hangs in 50 starts (25 plain, 25 AOT-cache)"
const SOAK_PREFIX = 'Start-up soak:'; // the soak's rows in the Targets table start with this
const MODE_LABEL = { plain: 'plain', aot: 'AOT cache' };
const APP_LABEL = { api: 'API', reference: 'reference app' };

function renderSoak(k) {
	const modes = Object.keys(k.summary).sort((a, b) => (a === 'plain' ? -1 : b === 'plain' ? 1 : a.localeCompare(b)));
	const cell = (start) => {
		if (!start) return '';
		if (start.outcome === 'ready') return int(start.ms);
		const file = start.saved ? ` (\`${start.saved.replace(/^.*\//, '')}\`)` : '';
		return `**${start.outcome}**${file}`;
	};
	const columns = modes.flatMap((m) => ['api', 'reference'].map((a) => [m, a]));
	const everyStart = [`| Round | ${columns.map(([m, a]) => `${MODE_LABEL[m] ?? m}: ${APP_LABEL[a]}`).join(' | ')} | Load (1 min) at the round's end |`,
		`|---:|${columns.map(() => '---:').join('|')}|---:|`];
	for (let round = 1; round <= k.rounds; round++) {
		const inRound = k.starts.filter((st) => st.round === round);
		if (inRound.length === 0) continue;
		const cells = columns.map(([m, a]) => cell(inRound.find((st) => st.mode === m && st.app === a)));
		everyStart.push(`| ${round} | ${cells.join(' | ')} | ${inRound[inRound.length - 1].load1} |`);
	}
	const summary = ['| Mode | App | Starts | Ready | Hangs | Exited | Median | Fastest | Slowest | Median API / reference |',
		'|---|---|---:|---:|---:|---:|---:|---:|---:|---:|'];
	for (const m of modes) {
		for (const a of ['api', 'reference']) {
			const x = k.summary[m][a];
			const t = (v) => (v === null ? 'n/a' : `${int(v)} ms`);
			summary.push(`| ${MODE_LABEL[m] ?? m} | ${APP_LABEL[a]} | ${x.starts} | ${x.ready} | ${x.hangs} | ${x.exited} | ${t(x.median_ms)} | ${t(x.min_ms)} | ${t(x.max_ms)} | ${a === 'api' ? (k.summary[m].ratio === null ? 'n/a' : k.summary[m].ratio.toFixed(2)) : ''} |`);
		}
	}
	const training = Object.entries(k.aot_training ?? {})
		.map(([app, t]) => `${APP_LABEL[app] ?? app} ${int(t.ms)} ms (cache ${Math.round(t.cache_bytes / 1048576)} MB)`).join(', ');
	const modeLines = modes.map((m) => {
		const d = k.modes[m];
		if (m === 'plain') {
			return `- Plain: \`${d.api_command}\` against \`${d.reference_command}\`, no JVM options (what a developer runs).`;
		}
		return `- AOT cache (the container image's mode): each app's jar extracted with \`-Djarmode=tools extract --layers\`, the layers
  merged in the Dockerfile's order, \`${k.jvm_options_file}\` copied beside them as \`jvm.options\`, a JDK AOT cache trained as the
  Dockerfile trains it (\`java @jvm.options -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar application.jar\`${training ? `: ${training}` : ''}),
  then started as the ENTRYPOINT does, \`java @jvm.options -XX:AOTCache=app.aot -jar application.jar\`, ${k.aot_memory_limit ? `in a ${k.aot_memory_limit} memory cgroup (a container's limit)` : 'without a memory limit'}.
  Options from the argfile: \`${k.jvm_options.join(' ')}\`.`;
	});
	const apiPath = k.starts.find((st) => st.app === 'api')?.path ?? '/api/dimensions';
	const refPath = k.starts.find((st) => st.app === 'reference')?.path ?? '/api/dimensions';
	const probes = apiPath === refPath ? `\`GET ${apiPath}\` (both apps have it)` : `\`GET ${apiPath}\` (the API) or \`GET ${refPath}\` (the reference app)`;
	const section = `## Start-up soak

From \`bench/startup.sh\`, starts from ${k.started_at} to ${k.finished_at}; code: commit ${k.commit}${k.uncommitted ? ' plus uncommitted changes' : ''}; ${k.jdk};
${k.machine.cpus} CPUs (${k.machine.cpu_model}), load average ${k.machine.load_at_start} at the start and ${k.machine.load_at_end} at the end;
command \`${k.command}\`. ${k.rounds} rounds; each round starts the API and the reference app once in each mode, the API first in odd
rounds and the reference app first in even ones, so that drift of the machine's speed hits both. A start is the time
from launching the JVM to the first \`200\` (polled every 20 ms) from ${probes}, both apps on their embedded H2; a **hang** is a start with no \`200\` within ${k.hang_timeout_s} s: its thread dump
(virtual threads included, \`jcmd Thread.dump_to_file\`) is saved under \`target/startup-soak/\`, the process is killed and the
soak goes on; **exited** is a process that ended before answering.

${modeLines.join('\n')}

${summary.join('\n')}

Every start, in ms:

${everyStart.join('\n')}
`;
	const api = (m) => k.summary[m]?.api;
	const apiStarts = modes.reduce((n, m) => n + api(m).starts, 0);
	const apiBad = modes.reduce((n, m) => n + api(m).hangs + api(m).exited, 0);
	const apiHangs = modes.reduce((n, m) => n + api(m).hangs, 0);
	const enough = ['plain', 'aot'].every((m) => (api(m)?.starts ?? 0) >= SOAK_TARGET_ROUNDS);
	const perMode = ['plain', 'aot'].map((m) => `${api(m)?.starts ?? 0} ${m === 'aot' ? 'AOT-cache' : 'plain'}`).join(', ');
	let hangVerdict = verdict(apiBad === 0 && enough);
	if (apiBad === 0 && !enough) hangVerdict += ` (only ${perMode} starts; the target needs ${SOAK_TARGET_ROUNDS} of each)`;
	const exits = apiBad - apiHangs;
	const targets = [`| ${SOAK_PREFIX} 0 hangs in 50 starts (25 plain, 25 AOT-cache) | ${apiHangs} hangs${exits ? `, ${exits} exited` : ''} in ${apiStarts} API starts (${perMode}) | ${hangVerdict} |`];
	const ratioRow = (m, limit, text) => {
		const x = k.summary[m];
		if (!x) return `| ${SOAK_PREFIX} ${text} | not measured | **not met** |`;
		const measured = x.ratio === null ? 'n/a' : `${int(x.api.median_ms)} vs ${int(x.reference.median_ms)} ms: ${x.ratio.toFixed(2)} x`;
		return `| ${SOAK_PREFIX} ${text} | ${measured} | ${verdict(x.ratio !== null && x.ratio <= limit)} |`;
	};
	targets.push(ratioRow('aot', 1.5, "AOT-cache start <= 1.5 x the reference app's, same options, same run (medians)"));
	targets.push(ratioRow('plain', 1.4, "plain start <= 1.4 x the reference app's plain start (medians)"));
	return { section, targets };
}

// ---- the page -----------------------------------------------------------------------------------
// Sections of an existing page: [heading or '' for the top, text].
function sections(page) {
	const parts = [];
	let heading = '', lines = [];
	for (const line of page.split('\n')) {
		if (line.startsWith('## ')) {
			parts.push([heading, lines.join('\n')]);
			heading = line;
			lines = [line];
		} else {
			lines.push(line);
		}
	}
	parts.push([heading, lines.join('\n')]);
	return parts;
}
const TARGETS_HEADING = '## Targets';
const SOAK_HEADING = '## Start-up soak';
function targetRows(section) {
	return section.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Target |') && !l.startsWith('|---'));
}

let top, soakSection = null, runTargets = [], soakTargets = [];
if (run) {
	({ top, targets: runTargets } = renderRun(run));
}
if (soak) {
	({ section: soakSection, targets: soakTargets } = renderSoak(soak));
}
if (!run || !soak) {
	// Keep what the missing file would have given from the existing page.
	const parts = base ? sections(base) : [];
	const rows = targetRows(parts.find(([h]) => h === TARGETS_HEADING)?.[1] ?? '');
	if (!run) {
		if (parts.length === 0) {
			top = '# Performance\n\nGenerated by `bench/render.mjs` from `target/bench/startup.json` (`bench/startup.sh`); no benchmark run yet.\n';
		} else {
			top = parts.filter(([h]) => h !== TARGETS_HEADING && h !== SOAK_HEADING).map(([, text]) => text).join('\n');
			top = top.replace(/\n*$/, '\n');
		}
		runTargets = rows.filter((l) => !l.startsWith(`| ${SOAK_PREFIX}`));
		console.error(`render: no run.json: kept the benchmark sections of ${basePath ?? '(no page)'}`);
	}
	if (!soak) {
		soakSection = parts.find(([h]) => h === SOAK_HEADING)?.[1]?.replace(/\n*$/, '\n') ?? null;
		soakTargets = rows.filter((l) => l.startsWith(`| ${SOAK_PREFIX}`));
		console.error(`render: no startup.json: ${soakSection ? `kept the start-up soak section of ${basePath}` : 'no start-up soak section'}`);
	}
}
const targets = [...runTargets, ...soakTargets];
let page = top;
if (soakSection) page += `\n${soakSection}`;
if (targets.length) page += `\n${TARGETS_HEADING}\n\n| Target | Measured | |\n|---|---|---|\n${targets.join('\n')}\n`;

if (args.output === '-') {
	process.stdout.write(page);
} else {
	writeFileSync(args.output, page);
	console.error(`render: wrote ${args.output}`);
}
