-- AlterTable
ALTER TABLE "RunNode" ADD COLUMN     "runnerName" TEXT,
ADD COLUMN     "serverId" TEXT;

-- CreateTable
CREATE TABLE "NodeOutput" (
    "cacheKey" TEXT NOT NULL,
    "ownerId" TEXT,
    "runId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "outputs" JSONB NOT NULL,
    "display" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NodeOutput_pkey" PRIMARY KEY ("cacheKey")
);

-- CreateIndex
CREATE INDEX "NodeOutput_runId_idx" ON "NodeOutput"("runId");

-- AddForeignKey
ALTER TABLE "NodeOutput" ADD CONSTRAINT "NodeOutput_runId_fkey" FOREIGN KEY ("runId") REFERENCES "Run"("id") ON DELETE CASCADE ON UPDATE CASCADE;
