/** Demo mode shows the demo sign-ins on the sign-in page. Never set it on a real installation. */
export function isDemoMode(): boolean {
  return process.env.SAMSPIL_DEMO === "1" || process.env.SAMSPIL_DEMO === "true";
}
