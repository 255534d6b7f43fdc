/** Types of scripts/bundle-stamp.mjs (the content stamp of the bundles' inputs). */
export declare const root: string;
export declare const STAMP: string;
export interface BundleTarget { name: string; entry: string; out: string }
/** SHA-256 (hex) over src/**, package-lock.json, tsconfig.json and the build scripts of `base`. */
export declare function inputsHash(base?: string): string;
/** Every action with an action.yml, and the CLI. */
export declare function targets(base?: string): BundleTarget[];
/** Targets whose bundle is missing or whose stamp differs from `hash`. */
export declare function staleTargets(base?: string, hash?: string): BundleTarget[];
