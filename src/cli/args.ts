import { parseArgs } from "node:util";

export interface CliArgs {
  readonly command: string | undefined;
  readonly files: readonly string[];
  readonly json: boolean;
  readonly out?: string;
  readonly period?: string;
  readonly province?: string;
  readonly units?: string;
  readonly help: boolean;
  readonly extra: Readonly<Record<string, string | boolean | string[] | undefined>>;
}

/** Options every command understands; commands may add their own via `extraOptions`. */
const common = {
  json: { type: "boolean", default: false },
  out: { type: "string", short: "o" },
  period: { type: "string" },
  province: { type: "string" },
  units: { type: "string" },
  help: { type: "boolean", short: "h", default: false },
} as const;

export type ExtraOptions = Record<string, { type: "string" | "boolean"; multiple?: boolean }>;

export function parseCli(argv: readonly string[], extraOptions: ExtraOptions = {}): CliArgs {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { ...common, ...extraOptions },
    allowPositionals: true,
    strict: true,
  });
  const v = values as Record<string, string | boolean | string[] | undefined>;
  const [command, ...files] = positionals;
  const extra: Record<string, string | boolean | string[] | undefined> = {};
  for (const k of Object.keys(extraOptions)) extra[k] = v[k];
  return {
    command,
    files,
    json: v.json === true,
    out: v.out as string | undefined,
    period: v.period as string | undefined,
    province: v.province as string | undefined,
    units: v.units as string | undefined,
    help: v.help === true,
    extra,
  };
}
