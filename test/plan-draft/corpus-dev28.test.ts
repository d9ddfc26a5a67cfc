import { describeDevCorpus } from './support/dev-corpus.ts';

// The round-30 development documents: each class of holdout-28's and holdout-29's misses stays read outside them (the corpus
// README, round 30).
describeDevCorpus('dev-28', 30, {});
