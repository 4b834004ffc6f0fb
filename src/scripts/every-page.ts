/**
 * The scripts every page runs, as one file: one request and one gzip stream cost about 0.2 kB less than
 * two small files. Loaded by src/components/safety/QuickExit.astro, which every page has.
 */
import '../components/safety/quick-exit';
import '../components/site/register-worker';
