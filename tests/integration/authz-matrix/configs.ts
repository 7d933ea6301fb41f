// Every exported server-action config, found in lib/*/action-configs.ts and lib/users/invite.ts, for
// the tests that must cover every action (the authorisation matrix, the hostile-input properties).
import type { ActionConfig } from "@/lib/actions/define-action";

export const CONFIG_MODULES = import.meta.glob(["/lib/*/action-configs.ts", "/lib/users/invite.ts"], { eager: true }) as Record<string, Record<string, unknown>>;

export type AnyConfig = ActionConfig<never, unknown>;
const isConfig = (value: unknown): value is AnyConfig => typeof value === "object" && value !== null && "schema" in value && "authorize" in value && "run" in value;

/** Every exported config by name; a function named …Config (a config with a parameter, as acceptInviteConfig) is called with none. */
function discoverConfigs() {
  const configs = new Map<string, { file: string; config: AnyConfig }>();
  const duplicates: string[] = [];
  for (const [file, exports] of Object.entries(CONFIG_MODULES)) {
    for (const [name, value] of Object.entries(exports)) {
      const config = isConfig(value) ? value : typeof value === "function" && /Config$/.test(name) ? (value as () => unknown)() : undefined;
      if (!isConfig(config)) continue;
      if (configs.has(name)) duplicates.push(name);
      configs.set(name, { file: file.slice(1), config });
    }
  }
  return { configs, duplicates };
}

export const { configs: CONFIGS, duplicates: DUPLICATE_CONFIGS } = discoverConfigs();
