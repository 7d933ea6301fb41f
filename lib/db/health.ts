import "server-only";
import { prisma } from "./prisma";

/** True when the database answers; for the load balancer's health check. */
export async function isDatabaseReachable(): Promise<boolean> {
  try {
    await prisma.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
