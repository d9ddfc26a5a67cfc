import { describeDevCorpus } from './support/dev-corpus.ts';

// The round-29 development documents: each class of holdout-27's misses stays read outside it (the corpus README, round 29);
// 491's "Trưởng ban quản lý các cảng cá, bến cá" leads since round 31; 492's "…; hoàn thành sửa chữa … trước ngày D" stays with the
// duty before it, as the older keys count such a pair.
describeDevCorpus('dev-27', 29, { '492.key.json': { missed: 1, left: 2 } });
