// Where a benchmark run writes its report. A quick run is a smoke check: it must not replace the
// full results the README quotes.
export function resultsFileFor(argv) {
  return argv.includes('--quick') ? 'results-quick.md' : 'results.md';
}
