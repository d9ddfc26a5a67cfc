import { describeDevCorpus } from './support/dev-corpus.ts';

// The round-28 development documents: each class of holdout-26's misses stays read outside it (the corpus README, round 28);
// 477's public notice "c) Niêm yết … trong 15 ngày kể từ ngày nhận kết quả", the last lettered item before the closing paragraph,
// is drafted since round 32.
describeDevCorpus('dev-26', 28, {});
