-- AlterTable
ALTER TABLE "Workflow" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'workflow';
