import { describeDevCorpus } from './support/dev-corpus.ts';

// The round-29 development documents: each class of holdout-27's misses stays read outside it (the corpus README, round 29).
describeDevCorpus('dev-27', 29, {});
