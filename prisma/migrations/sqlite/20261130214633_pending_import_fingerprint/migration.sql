ALTER TABLE "PendingPlanImport" ADD COLUMN "planFingerprint" TEXT;
