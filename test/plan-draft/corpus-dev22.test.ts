import { describeDevCorpus } from './support/dev-corpus.ts';

// The round-24 development documents: each class of holdout-22's misses stays read outside holdout-22.
/**
 * Duties still wrong, each a class of its own (the corpus README, round 24): 410-08's lead is in a bracket right after the office
 * that receives the report, read as that office's alias. (412-04's "Phòng Công tác học sinh, sinh viên", cut at its comma until round 31,
 * is now read whole.)
 * (413-05's heading "3. Các Phòng Thanh tra - Kiểm tra thuế", read only up to "Thanh tra" until round 27, is now read whole.)
 */
describeDevCorpus('dev-22', 24, { '410.key.json': { left: 1 } });
