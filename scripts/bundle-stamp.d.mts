/** Types of scripts/bundle-stamp.mjs (the content stamp of the bundles' inputs). */
export declare const root: string;
export declare const STAMP: string;
export interface BundleTarget {
  name: string;
  entry: string;
  out: string;
}
/** SHA-256 (hex) over the sources `entry` imports (all of src/ without it), src's other files, package-lock.json, tsconfig.json and the build scripts. */
export declare function inputsHash(base?: string, entry?: string): string;
/** Every action with an action.yml, and the CLI. */
export declare function targets(base?: string): BundleTarget[];
/** Targets (among `names`, default all) whose bundle is missing or whose stamp differs from its inputs' hash. */
export declare function staleTargets(base?: string, names?: string[]): BundleTarget[];
