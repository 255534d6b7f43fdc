/** graphql-js, loaded on the first call (see graphql-lib.cjs); typed by its caller. */
declare function loadGraphql(): unknown;
export = loadGraphql;
