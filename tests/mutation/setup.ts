/**
 * Vitest setup for mutation testing only (vitest.stryker.config.mts). Each property test runs
 * once per mutant it covers: a fixed seed gives a mutant the same verdict on every run (the
 * incremental file relies on it), and fewer runs keep a full pass within hours on two cores.
 */
import fc from "fast-check";

/** Runs per property under mutation testing (the unit suite runs 100 to 300). */
const MUTATION_PROPERTY_RUNS = 40;

fc.configureGlobal({ seed: 20_261_125, numRuns: MUTATION_PROPERTY_RUNS });
