-- AlterTable
ALTER TABLE "RunNode" ADD COLUMN "runnerName" TEXT;
ALTER TABLE "RunNode" ADD COLUMN "serverId" TEXT;

-- CreateTable
CREATE TABLE "NodeOutput" (
    "cacheKey" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT,
    "runId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "outputs" JSONB NOT NULL,
    "display" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "NodeOutput_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "NodeOutput_runId_idx" ON "NodeOutput"("runId");
