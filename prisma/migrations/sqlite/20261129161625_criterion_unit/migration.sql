-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Criterion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "planId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'common',
    "target" TEXT,
    "unitOfMeasure" TEXT,
    "baseline" TEXT,
    "unitId" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "archivedAt" DATETIME,
    CONSTRAINT "Criterion_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Criterion_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Criterion" ("archivedAt", "baseline", "code", "id", "kind", "planId", "position", "target", "text", "unitOfMeasure") SELECT "archivedAt", "baseline", "code", "id", "kind", "planId", "position", "target", "text", "unitOfMeasure" FROM "Criterion";
DROP TABLE "Criterion";
ALTER TABLE "new_Criterion" RENAME TO "Criterion";
CREATE UNIQUE INDEX "Criterion_planId_code_key" ON "Criterion"("planId", "code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
