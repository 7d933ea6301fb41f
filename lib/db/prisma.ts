import "server-only";
import { createPrisma, type Db } from "./client";

// One client per process; kept on globalThis so hot reload in development does not open more.
const globalForPrisma = globalThis as unknown as { samspilPrisma?: Db };

export const prisma: Db = globalForPrisma.samspilPrisma ?? createPrisma();
if (process.env.NODE_ENV !== "production") globalForPrisma.samspilPrisma = prisma;
