export const id = 331;
export const ids = [331];
export const modules = {

/***/ 2463:
/***/ ((module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __webpack_require__(3893);
const draft7_1 = __webpack_require__(9941);
const discriminator_1 = __webpack_require__(8886);
const draft7MetaSchema = __webpack_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __webpack_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __webpack_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __webpack_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __webpack_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __webpack_require__(7397);
const validation_1 = __webpack_require__(5481);
const applicator_1 = __webpack_require__(8775);
const format_1 = __webpack_require__(2601);
const metadata_1 = __webpack_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 5869:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.enableDevMode = enableDevMode;
exports.isDevModeEnabled = isDevModeEnabled;
const instanceOf_ts_1 = __webpack_require__(5914);
let devMode = false;
function enableDevMode() {
    devMode = true;
    (0, instanceOf_ts_1.enableDevInstanceOf)();
}
function isDevModeEnabled() {
    return devMode;
}
//# sourceMappingURL=devMode.js.map

/***/ }),

/***/ 7593:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveChannel = exports.subscribeChannel = exports.executeRootSelectionSetChannel = exports.executeVariableCoercionChannel = exports.executeChannel = exports.validateChannel = exports.parseChannel = void 0;
exports.shouldTrace = shouldTrace;
exports.traceMixed = traceMixed;
const isPromise_ts_1 = __webpack_require__(4091);
function resolveDiagnosticsChannel() {
    let dc;
    try {
        const processRef = globalThis.process;
        if (typeof processRef?.getBuiltinModule === 'function') {
            dc = processRef.getBuiltinModule('node:diagnostics_channel');
        }
    }
    catch {
    }
    return dc;
}
const dc = resolveDiagnosticsChannel();
exports.parseChannel = dc?.tracingChannel('graphql:parse');
exports.validateChannel = dc?.tracingChannel('graphql:validate');
exports.executeChannel = dc?.tracingChannel('graphql:execute');
exports.executeVariableCoercionChannel = dc?.tracingChannel('graphql:execute:variableCoercion');
exports.executeRootSelectionSetChannel = dc?.tracingChannel('graphql:execute:rootSelectionSet');
exports.subscribeChannel = dc?.tracingChannel('graphql:subscribe');
exports.resolveChannel = dc?.tracingChannel('graphql:resolve');
const SUB_CHANNEL_KEYS = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];
function shouldTrace(channel) {
    if (channel == null) {
        return false;
    }
    const aggregate = channel.hasSubscribers;
    if (aggregate !== undefined) {
        return aggregate;
    }
    for (const key of SUB_CHANNEL_KEYS) {
        if (channel[key].hasSubscribers) {
            return true;
        }
    }
    return false;
}
function traceMixed(channel, contextInput, fn) {
    const context = contextInput;
    return channel.start.runStores(context, () => {
        let result;
        try {
            result = fn();
        }
        catch (err) {
            context.error = err;
            channel.error.publish(context);
            channel.end.publish(context);
            throw err;
        }
        if (!(0, isPromise_ts_1.isPromiseLike)(result)) {
            context.result = result;
            channel.end.publish(context);
            return result;
        }
        channel.end.publish(context);
        return result.then((value) => {
            context.result = value;
            channel.asyncStart.publish(context);
            channel.asyncEnd.publish(context);
            return value;
        }, (err) => {
            context.error = err;
            channel.error.publish(context);
            channel.asyncStart.publish(context);
            channel.asyncEnd.publish(context);
            throw err;
        });
    });
}
//# sourceMappingURL=diagnostics.js.map

/***/ }),

/***/ 5939:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GraphQLError = void 0;
const isObjectLike_ts_1 = __webpack_require__(892);
const location_ts_1 = __webpack_require__(2245);
const printLocation_ts_1 = __webpack_require__(6512);
class GraphQLError extends Error {
    constructor(message, options = {}) {
        const { nodes, source, positions, path, originalError, cause, extensions } = options;
        const hasCause = 'cause' in options;
        const errorCause = hasCause ? cause : originalError;
        const errorOptions = hasCause || originalError != null ? { cause: errorCause } : undefined;
        super(message, errorOptions);
        this.name = 'GraphQLError';
        this.path = path ?? undefined;
        const underlyingError = originalError ?? (cause instanceof Error ? cause : undefined);
        this.originalError = underlyingError;
        this.nodes = undefinedIfEmpty(Array.isArray(nodes) ? nodes : nodes ? [nodes] : undefined);
        const nodeLocations = undefinedIfEmpty(this.nodes
            ?.map((node) => node.loc)
            .filter((loc) => loc != null));
        this.source = source ?? nodeLocations?.[0]?.source;
        this.positions = positions ?? nodeLocations?.map((loc) => loc.start);
        this.locations =
            positions && source
                ? (0, location_ts_1.getLocations)(positions.map((start) => ({ source, start })))
                : nodeLocations && (0, location_ts_1.getLocations)(nodeLocations);
        const originalExtensions = (0, isObjectLike_ts_1.isObjectLike)(underlyingError?.extensions)
            ? underlyingError.extensions
            : undefined;
        this.extensions = extensions ?? originalExtensions ?? Object.create(null);
        Object.defineProperties(this, {
            message: {
                writable: true,
                enumerable: true,
            },
            name: { enumerable: false },
            nodes: { enumerable: false },
            source: { enumerable: false },
            positions: { enumerable: false },
            originalError: { enumerable: false },
        });
        if (originalError?.stack != null) {
            Object.defineProperty(this, 'stack', {
                value: originalError.stack,
                writable: true,
                configurable: true,
            });
        }
        else if (Error.captureStackTrace != null) {
            Error.captureStackTrace(this, GraphQLError);
        }
        else {
            Object.defineProperty(this, 'stack', {
                value: Error().stack,
                writable: true,
                configurable: true,
            });
        }
    }
    get [Symbol.toStringTag]() {
        return 'GraphQLError';
    }
    toString() {
        let output = this.message;
        if (this.nodes) {
            for (const node of this.nodes) {
                if (node.loc) {
                    output += '\n\n' + (0, printLocation_ts_1.printLocation)(node.loc);
                }
            }
        }
        else if (this.source && this.locations) {
            for (const location of this.locations) {
                output += '\n\n' + (0, printLocation_ts_1.printSourceLocation)(this.source, location);
            }
        }
        return output;
    }
    toJSON() {
        const formattedError = {
            message: this.message,
        };
        if (this.locations != null) {
            formattedError.locations = this.locations;
        }
        if (this.path != null) {
            formattedError.path = this.path;
        }
        if (this.extensions != null && Object.keys(this.extensions).length > 0) {
            formattedError.extensions = this.extensions;
        }
        return formattedError;
    }
}
exports.GraphQLError = GraphQLError;
function undefinedIfEmpty(array) {
    return array === undefined || array.length === 0 ? undefined : array;
}
//# sourceMappingURL=GraphQLError.js.map

/***/ }),

/***/ 7489:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ensureGraphQLError = ensureGraphQLError;
const toError_ts_1 = __webpack_require__(9615);
const GraphQLError_ts_1 = __webpack_require__(5939);
function ensureGraphQLError(rawError) {
    if (rawError instanceof GraphQLError_ts_1.GraphQLError) {
        return rawError;
    }
    const originalError = (0, toError_ts_1.toError)(rawError);
    return new GraphQLError_ts_1.GraphQLError(originalError.message, { originalError });
}
//# sourceMappingURL=ensureGraphQLError.js.map

/***/ }),

/***/ 9888:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.locatedError = exports.syntaxError = exports.GraphQLError = void 0;
var GraphQLError_ts_1 = __webpack_require__(5939);
Object.defineProperty(exports, "GraphQLError", ({ enumerable: true, get: function () { return GraphQLError_ts_1.GraphQLError; } }));
var syntaxError_ts_1 = __webpack_require__(9619);
Object.defineProperty(exports, "syntaxError", ({ enumerable: true, get: function () { return syntaxError_ts_1.syntaxError; } }));
var locatedError_ts_1 = __webpack_require__(7550);
Object.defineProperty(exports, "locatedError", ({ enumerable: true, get: function () { return locatedError_ts_1.locatedError; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7550:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.locatedError = locatedError;
const toError_ts_1 = __webpack_require__(9615);
const GraphQLError_ts_1 = __webpack_require__(5939);
function locatedError(rawOriginalError, nodes, path) {
    const originalError = (0, toError_ts_1.toError)(rawOriginalError);
    if (isLocatedGraphQLError(originalError)) {
        return originalError;
    }
    return new GraphQLError_ts_1.GraphQLError(originalError.message, {
        nodes: originalError.nodes ?? nodes,
        source: originalError.source,
        positions: originalError.positions,
        path,
        originalError,
    });
}
function isLocatedGraphQLError(error) {
    return Array.isArray(error.path);
}
//# sourceMappingURL=locatedError.js.map

/***/ }),

/***/ 9619:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.syntaxError = syntaxError;
const GraphQLError_ts_1 = __webpack_require__(5939);
function syntaxError(source, position, description) {
    return new GraphQLError_ts_1.GraphQLError(`Syntax Error: ${description}`, {
        source,
        positions: [position],
    });
}
//# sourceMappingURL=syntaxError.js.map

/***/ }),

/***/ 6474:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AbortedGraphQLExecutionError = void 0;
class AbortedGraphQLExecutionError extends Error {
    constructor(reason, result) {
        super(getAbortReasonMessage(reason), { cause: reason });
        this.name = 'AbortedGraphQLExecutionError';
        this.abortedResult = result;
    }
    get [Symbol.toStringTag]() {
        return 'AbortedGraphQLExecutionError';
    }
}
exports.AbortedGraphQLExecutionError = AbortedGraphQLExecutionError;
function getAbortReasonMessage(reason) {
    if (reason instanceof Error) {
        return reason.message;
    }
    if (typeof reason === 'object' &&
        reason !== null &&
        'message' in reason &&
        typeof reason.message === 'string') {
        return reason.message;
    }
    return String(reason);
}
//# sourceMappingURL=AbortedGraphQLExecutionError.js.map

/***/ }),

/***/ 6313:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AsyncWorkTracker = void 0;
const isPromise_ts_1 = __webpack_require__(4091);
class AsyncWorkTracker {
    constructor() {
        this.pendingAsyncWork = new Set();
    }
    add(promiseLike) {
        const pendingAsyncWork = this.pendingAsyncWork;
        const promiseToSettle = promiseLike.then(() => {
            pendingAsyncWork.delete(promiseToSettle);
        }, () => {
            pendingAsyncWork.delete(promiseToSettle);
        });
        pendingAsyncWork.add(promiseToSettle);
    }
    addValues(values) {
        for (const value of values) {
            if ((0, isPromise_ts_1.isPromiseLike)(value)) {
                this.add(value);
            }
        }
    }
    wait() {
        if (this.pendingAsyncWork.size === 0) {
            return;
        }
        return this.waitForPendingAsyncWork();
    }
    promiseAllTrackOnReject(values) {
        const promise = Promise.all(values);
        promise.then(undefined, () => {
            this.addValues(values);
        });
        return promise;
    }
    async waitForPendingAsyncWork() {
        while (this.pendingAsyncWork.size > 0) {
            await Promise.allSettled(Array.from(this.pendingAsyncWork));
        }
    }
}
exports.AsyncWorkTracker = AsyncWorkTracker;
//# sourceMappingURL=AsyncWorkTracker.js.map

/***/ }),

/***/ 8567:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Executor = exports.getStreamUsage = exports.collectSubfields = void 0;
const inspect_ts_1 = __webpack_require__(5742);
const invariant_ts_1 = __webpack_require__(3650);
const isAsyncIterable_ts_1 = __webpack_require__(4068);
const isIterableObject_ts_1 = __webpack_require__(7341);
const isPromise_ts_1 = __webpack_require__(4091);
const memoize2_ts_1 = __webpack_require__(8222);
const memoize3_ts_1 = __webpack_require__(8141);
const Path_ts_1 = __webpack_require__(3155);
const promiseForObject_ts_1 = __webpack_require__(5395);
const promiseReduce_ts_1 = __webpack_require__(1369);
const ensureGraphQLError_ts_1 = __webpack_require__(7489);
const GraphQLError_ts_1 = __webpack_require__(5939);
const locatedError_ts_1 = __webpack_require__(7550);
const ast_ts_1 = __webpack_require__(2740);
const definition_ts_1 = __webpack_require__(4169);
const diagnostics_ts_1 = __webpack_require__(7593);
const AbortedGraphQLExecutionError_ts_1 = __webpack_require__(6474);
const buildResolveInfo_ts_1 = __webpack_require__(9634);
const cancellablePromise_ts_1 = __webpack_require__(9);
const collectFields_ts_1 = __webpack_require__(7611);
const collectIteratorPromises_ts_1 = __webpack_require__(8078);
const createSharedExecutionContext_ts_1 = __webpack_require__(2378);
const getStreamUsage_ts_1 = __webpack_require__(741);
const hooks_ts_1 = __webpack_require__(1508);
const returnIteratorCatchingErrors_ts_1 = __webpack_require__(5876);
const values_ts_1 = __webpack_require__(3604);
exports.collectSubfields = (0, memoize3_ts_1.memoize3)((validatedExecutionArgs, returnType, fieldDetailsList) => {
    const { schema, fragments, variableValues, hideSuggestions } = validatedExecutionArgs;
    return (0, collectFields_ts_1.collectSubfields)(schema, fragments, variableValues, returnType, fieldDetailsList, hideSuggestions);
});
exports.getStreamUsage = (0, memoize2_ts_1.memoize2)((validatedExecutionArgs, fieldDetailsList) => (0, getStreamUsage_ts_1.getStreamUsage)(validatedExecutionArgs, fieldDetailsList));
class CollectedErrors {
    constructor() {
        this._errorPositions = new Set();
        this._errors = [];
    }
    get errors() {
        return this._errors;
    }
    add(error, path) {
        if (this.hasNulledPosition(path)) {
            return;
        }
        this._errorPositions.add(path);
        this._errors.push(error);
    }
    hasNulledPosition(startPath) {
        let path = startPath;
        while (path !== undefined) {
            if (this._errorPositions.has(path)) {
                return true;
            }
            path = path.prev;
        }
        return this._errorPositions.has(undefined);
    }
}
const defaultAbortReason = new Error('This operation was aborted');
class Executor {
    constructor(validatedExecutionArgs, sharedExecutionContext) {
        this.validatedExecutionArgs = validatedExecutionArgs;
        this.aborted = false;
        this.abortReason = defaultAbortReason;
        this.collectedErrors = new CollectedErrors();
        if (sharedExecutionContext === undefined) {
            this.resolverAbortController = new AbortController();
            this.sharedExecutionContext = (0, createSharedExecutionContext_ts_1.createSharedExecutionContext)(this.resolverAbortController.signal);
        }
        else {
            this.sharedExecutionContext = sharedExecutionContext;
        }
        const { getAbortSignal, getAsyncHelpers, promiseAll } = this.sharedExecutionContext;
        this.getAbortSignal = getAbortSignal;
        this.getAsyncHelpers = getAsyncHelpers;
        this.promiseAll = promiseAll;
    }
    executeRootSelectionSet(serially) {
        if (!(0, diagnostics_ts_1.shouldTrace)(diagnostics_ts_1.executeRootSelectionSetChannel)) {
            return this.executeRootSelectionSetImpl(serially);
        }
        return (0, diagnostics_ts_1.traceMixed)(diagnostics_ts_1.executeRootSelectionSetChannel, this.buildExecuteContextFromValidatedArgs(this.validatedExecutionArgs), () => this.executeRootSelectionSetImpl(serially));
    }
    buildExecuteContextFromValidatedArgs(args) {
        return {
            schema: args.schema,
            document: args.document,
            operation: args.operation,
            rawVariableValues: args.rawVariableValues,
            operationName: args.operation.name?.value,
            operationType: args.operation.operation,
        };
    }
    executeRootSelectionSetImpl(serially) {
        const externalAbortSignal = this.validatedExecutionArgs.externalAbortSignal;
        let removeExternalAbortListener;
        if (externalAbortSignal) {
            externalAbortSignal.throwIfAborted();
            const onExternalAbort = () => {
                this.abort(externalAbortSignal.reason);
            };
            removeExternalAbortListener = () => externalAbortSignal.removeEventListener('abort', onExternalAbort);
            externalAbortSignal.addEventListener('abort', onExternalAbort);
        }
        const maybeRemoveExternalAbortListener = () => {
            removeExternalAbortListener?.();
        };
        let result;
        try {
            const { schema, fragments, rootValue, operation, variableValues, hideSuggestions, } = this.validatedExecutionArgs;
            const { operation: operationType, selectionSet } = operation;
            const rootType = schema.getRootType(operationType);
            if (rootType == null) {
                throw new GraphQLError_ts_1.GraphQLError(`Schema is not configured to execute ${operationType} operation.`, { nodes: operation });
            }
            const { groupedFieldSet, newDeferUsages } = (0, collectFields_ts_1.collectFields)(schema, fragments, variableValues, rootType, selectionSet, hideSuggestions);
            result = this.executeCollectedRootFields(rootType, rootValue, groupedFieldSet, serially ?? operationType === ast_ts_1.OperationTypeNode.MUTATION, newDeferUsages);
            if ((0, isPromise_ts_1.isPromise)(result)) {
                const promise = result.then((data) => {
                    maybeRemoveExternalAbortListener();
                    return this.buildResponse(data);
                }, (error) => {
                    maybeRemoveExternalAbortListener();
                    this.collectedErrors.add((0, ensureGraphQLError_ts_1.ensureGraphQLError)(error), undefined);
                    return this.buildResponse(null);
                });
                this.sharedExecutionContext.asyncWorkTracker.add(promise);
                const { promise: cancellablePromise, abort: abortResultPromise } = (0, cancellablePromise_ts_1.withCancellation)(promise.then((resolved) => this.finish(resolved)));
                this.abortResultPromise = () => {
                    abortResultPromise(this.createAbortedExecutionError(promise));
                };
                if (this.aborted) {
                    this.abortResultPromise();
                }
                return cancellablePromise;
            }
            maybeRemoveExternalAbortListener();
        }
        catch (error) {
            maybeRemoveExternalAbortListener();
            this.collectedErrors.add((0, ensureGraphQLError_ts_1.ensureGraphQLError)(error), undefined);
            return this.finish(this.buildResponse(null));
        }
        return this.finish(this.buildResponse(result));
    }
    abort(reason) {
        if (this.aborted) {
            return;
        }
        this.aborted = true;
        if (reason !== undefined) {
            this.abortReason = reason;
        }
        this.abortResultPromise?.();
        this.resolverAbortController?.abort(this.abortReason);
    }
    finish(result) {
        if (this.aborted) {
            throw this.createAbortedExecutionError(result);
        }
        this.aborted = true;
        return result;
    }
    createAbortedExecutionError(result) {
        return new AbortedGraphQLExecutionError_ts_1.AbortedGraphQLExecutionError(this.abortReason, result);
    }
    getFinishSharedExecution() {
        const resolverAbortController = this.resolverAbortController;
        const asyncWorkFinishedHook = this.validatedExecutionArgs.hooks?.asyncWorkFinished;
        if (asyncWorkFinishedHook === undefined) {
            return () => resolverAbortController?.abort();
        }
        const validatedExecutionArgs = this.validatedExecutionArgs;
        const sharedExecutionContext = this.sharedExecutionContext;
        return () => {
            resolverAbortController?.abort();
            (0, hooks_ts_1.runAsyncWorkFinishedHook)(validatedExecutionArgs, sharedExecutionContext, asyncWorkFinishedHook);
        };
    }
    buildResponse(data) {
        this.getFinishSharedExecution()();
        const errors = this.collectedErrors.errors;
        return errors.length ? { errors, data } : { data };
    }
    executeCollectedRootFields(rootType, rootValue, originalGroupedFieldSet, serially, _newDeferUsages) {
        return this.executeRootGroupedFieldSet(rootType, rootValue, originalGroupedFieldSet, serially, undefined);
    }
    executeRootGroupedFieldSet(rootType, rootValue, groupedFieldSet, serially, positionContext) {
        return serially
            ? this.executeFieldsSerially(rootType, rootValue, undefined, groupedFieldSet, positionContext)
            : this.executeFields(rootType, rootValue, undefined, groupedFieldSet, positionContext);
    }
    executeFieldsSerially(parentType, sourceValue, path, groupedFieldSet, positionContext) {
        let tracingChannel = (0, diagnostics_ts_1.shouldTrace)(diagnostics_ts_1.resolveChannel)
            ? diagnostics_ts_1.resolveChannel
            : undefined;
        return (0, promiseReduce_ts_1.promiseReduce)(groupedFieldSet, (results, [responseName, fieldDetailsList]) => {
            if (this.aborted) {
                throw new Error('Aborted!');
            }
            const fieldPath = (0, Path_ts_1.addPath)(path, responseName, parentType.name);
            const result = this.executeField(parentType, sourceValue, fieldDetailsList, fieldPath, positionContext, tracingChannel);
            if (result === undefined) {
                return results;
            }
            if ((0, isPromise_ts_1.isPromise)(result)) {
                return result.then((resolved) => {
                    results[responseName] = resolved;
                    tracingChannel = (0, diagnostics_ts_1.shouldTrace)(diagnostics_ts_1.resolveChannel)
                        ? diagnostics_ts_1.resolveChannel
                        : undefined;
                    return results;
                });
            }
            results[responseName] = result;
            return results;
        }, Object.create(null));
    }
    executeFields(parentType, sourceValue, path, groupedFieldSet, positionContext) {
        const results = Object.create(null);
        let containsPromise = false;
        const tracingChannel = (0, diagnostics_ts_1.shouldTrace)(diagnostics_ts_1.resolveChannel)
            ? diagnostics_ts_1.resolveChannel
            : undefined;
        try {
            for (const [responseName, fieldDetailsList] of groupedFieldSet) {
                const fieldPath = (0, Path_ts_1.addPath)(path, responseName, parentType.name);
                const result = this.executeField(parentType, sourceValue, fieldDetailsList, fieldPath, positionContext, tracingChannel);
                if (result !== undefined) {
                    results[responseName] = result;
                    if ((0, isPromise_ts_1.isPromise)(result)) {
                        containsPromise = true;
                    }
                }
            }
        }
        catch (error) {
            if (containsPromise) {
                this.sharedExecutionContext.asyncWorkTracker.addValues(Object.values(results));
            }
            throw error;
        }
        if (!containsPromise) {
            return results;
        }
        return (0, promiseForObject_ts_1.promiseForObject)(results, this.promiseAll);
    }
    executeField(parentType, source, fieldDetailsList, path, positionContext, tracingChannel) {
        const validatedExecutionArgs = this.validatedExecutionArgs;
        const { schema, contextValue, variableValues, hideSuggestions } = validatedExecutionArgs;
        const firstFieldDetails = fieldDetailsList[0];
        const firstNode = firstFieldDetails.node;
        const fieldName = firstNode.name.value;
        const fieldDef = schema.getField(parentType, fieldName);
        if (!fieldDef) {
            return;
        }
        const returnType = fieldDef.type;
        let resolveFn = fieldDef.resolve ?? validatedExecutionArgs.fieldResolver;
        if (tracingChannel !== undefined) {
            const originalResolveFn = resolveFn;
            resolveFn = (s, args, c, info) => (0, diagnostics_ts_1.traceMixed)(tracingChannel, this.buildResolveContext(args, info, fieldDef.resolve === undefined), () => originalResolveFn(s, args, c, info));
        }
        const info = (0, buildResolveInfo_ts_1.buildResolveInfo)(validatedExecutionArgs, fieldDef, toNodes(fieldDetailsList), parentType, path, this.getAbortSignal, this.getAsyncHelpers);
        try {
            const args = (0, values_ts_1.getArgumentValues)(fieldDef, firstNode, variableValues, firstFieldDetails.fragmentVariableValues, hideSuggestions);
            const result = resolveFn(source, args, contextValue, info);
            if ((0, isPromise_ts_1.isPromiseLike)(result)) {
                return this.completePromisedValue(returnType, fieldDetailsList, info, path, result, positionContext);
            }
            const completed = this.completeValue(returnType, fieldDetailsList, info, path, result, positionContext);
            if ((0, isPromise_ts_1.isPromise)(completed)) {
                return completed.then(undefined, (rawError) => {
                    this.handleFieldError(rawError, returnType, fieldDetailsList, path);
                    return null;
                });
            }
            return completed;
        }
        catch (rawError) {
            this.handleFieldError(rawError, returnType, fieldDetailsList, path);
            return null;
        }
    }
    buildResolveContext(args, info, isDefaultResolver) {
        let cachedFieldPath;
        return {
            fieldName: info.fieldName,
            alias: String(info.path.key),
            parentType: info.parentType.name,
            fieldType: String(info.returnType),
            args,
            isDefaultResolver,
            get fieldPath() {
                cachedFieldPath ??= (0, Path_ts_1.pathToArray)(info.path).join('.');
                return cachedFieldPath;
            },
        };
    }
    handleFieldError(rawError, returnType, fieldDetailsList, path) {
        const error = (0, locatedError_ts_1.locatedError)(rawError, toNodes(fieldDetailsList), (0, Path_ts_1.pathToArray)(path));
        if (this.validatedExecutionArgs.errorPropagation &&
            (0, definition_ts_1.isNonNullType)(returnType)) {
            throw error;
        }
        this.collectedErrors.add(error, path);
    }
    completeValue(returnType, fieldDetailsList, info, path, result, positionContext) {
        if (result instanceof Error) {
            throw result;
        }
        if ((0, definition_ts_1.isNonNullType)(returnType)) {
            const completed = this.completeValue(returnType.ofType, fieldDetailsList, info, path, result, positionContext);
            if (completed === null) {
                throw new Error(`Cannot return null for non-nullable field ${info.parentType}.${info.fieldName}.`);
            }
            return completed;
        }
        if (result == null) {
            return null;
        }
        if ((0, definition_ts_1.isListType)(returnType)) {
            return this.completeListValue(returnType, fieldDetailsList, info, path, result, positionContext);
        }
        if ((0, definition_ts_1.isLeafType)(returnType)) {
            return this.completeLeafValue(returnType, result);
        }
        if ((0, definition_ts_1.isAbstractType)(returnType)) {
            return this.completeAbstractValue(returnType, fieldDetailsList, info, path, result, positionContext);
        }
        if ((0, definition_ts_1.isObjectType)(returnType)) {
            return this.completeObjectValue(returnType, fieldDetailsList, info, path, result, positionContext);
        }
        (0, invariant_ts_1.invariant)(false, 'Cannot complete value of unexpected output type: ' + (0, inspect_ts_1.inspect)(returnType));
    }
    async completePromisedValue(returnType, fieldDetailsList, info, path, result, positionContext) {
        try {
            const resolved = await result;
            if (this.aborted) {
                throw new Error('Aborted!');
            }
            let completed = this.completeValue(returnType, fieldDetailsList, info, path, resolved, positionContext);
            if ((0, isPromise_ts_1.isPromise)(completed)) {
                completed = await completed;
            }
            return completed;
        }
        catch (rawError) {
            this.handleFieldError(rawError, returnType, fieldDetailsList, path);
            return null;
        }
    }
    async completeAsyncIterableValue(itemType, fieldDetailsList, info, path, items, positionContext) {
        const streamUsage = typeof path.key === 'number'
            ? undefined
            : (0, exports.getStreamUsage)(this.validatedExecutionArgs, fieldDetailsList);
        let containsPromise = false;
        const completedResults = [];
        const asyncIterator = items[Symbol.asyncIterator]();
        let index = 0;
        let iteration;
        try {
            while (true) {
                if (streamUsage?.initialCount === index &&
                    this.handleStream(index, path, { handle: asyncIterator, isAsync: true }, streamUsage, info, itemType)) {
                    break;
                }
                const itemPath = (0, Path_ts_1.addPath)(path, index, undefined);
                try {
                    iteration = await asyncIterator.next();
                }
                catch (rawError) {
                    throw (0, locatedError_ts_1.locatedError)(rawError, toNodes(fieldDetailsList), (0, Path_ts_1.pathToArray)(path));
                }
                if (this.aborted || iteration.done) {
                    break;
                }
                const item = iteration.value;
                if (this.completeMaybePromisedListItemValue(item, completedResults, itemType, fieldDetailsList, info, itemPath, positionContext)) {
                    containsPromise = true;
                }
                index++;
            }
        }
        catch (error) {
            this.sharedExecutionContext.asyncWorkTracker.add((0, returnIteratorCatchingErrors_ts_1.returnIteratorCatchingErrors)(asyncIterator));
            if (containsPromise) {
                this.sharedExecutionContext.asyncWorkTracker.addValues(completedResults);
            }
            throw error;
        }
        if (this.aborted) {
            if (!iteration?.done) {
                this.sharedExecutionContext.asyncWorkTracker.add((0, returnIteratorCatchingErrors_ts_1.returnIteratorCatchingErrors)(asyncIterator));
            }
            throw new Error('Aborted!');
        }
        return containsPromise
            ? this.promiseAll(completedResults)
            : completedResults;
    }
    handleStream(_index, _path, _iterator, _streamUsage, _info, _itemType) {
        return false;
    }
    completeListValue(returnType, fieldDetailsList, info, path, result, positionContext) {
        const itemType = returnType.ofType;
        if ((0, isAsyncIterable_ts_1.isAsyncIterable)(result)) {
            return this.completeAsyncIterableValue(itemType, fieldDetailsList, info, path, result, positionContext);
        }
        if (!(0, isIterableObject_ts_1.isIterableObject)(result)) {
            throw new GraphQLError_ts_1.GraphQLError(`Expected Iterable, but did not find one for field "${info.parentType}.${info.fieldName}".`);
        }
        return this.completeIterableValue(itemType, fieldDetailsList, info, path, result, positionContext);
    }
    completeIterableValue(itemType, fieldDetailsList, info, path, items, positionContext) {
        const streamUsage = typeof path.key === 'number'
            ? undefined
            : (0, exports.getStreamUsage)(this.validatedExecutionArgs, fieldDetailsList);
        let containsPromise = false;
        const completedResults = [];
        let index = 0;
        const iterator = items[Symbol.iterator]();
        try {
            while (true) {
                if (streamUsage?.initialCount === index &&
                    this.handleStream(index, path, { handle: iterator }, streamUsage, info, itemType)) {
                    break;
                }
                const iteration = iterator.next();
                if (iteration.done) {
                    break;
                }
                const item = iteration.value;
                const itemPath = (0, Path_ts_1.addPath)(path, index, undefined);
                if (this.completeMaybePromisedListItemValue(item, completedResults, itemType, fieldDetailsList, info, itemPath, positionContext)) {
                    containsPromise = true;
                }
                index++;
            }
        }
        catch (error) {
            const asyncWorkTracker = this.sharedExecutionContext.asyncWorkTracker;
            if (containsPromise) {
                asyncWorkTracker.addValues(completedResults);
            }
            asyncWorkTracker.addValues((0, collectIteratorPromises_ts_1.collectIteratorPromises)(iterator));
            throw error;
        }
        return containsPromise
            ? this.promiseAll(completedResults)
            : completedResults;
    }
    completeMaybePromisedListItemValue(item, completedResults, itemType, fieldDetailsList, info, itemPath, positionContext) {
        if ((0, isPromise_ts_1.isPromiseLike)(item)) {
            completedResults.push(this.completePromisedListItemValue(item, itemType, fieldDetailsList, info, itemPath, positionContext));
            return true;
        }
        else if (this.completeListItemValue(item, completedResults, itemType, fieldDetailsList, info, itemPath, positionContext)) {
            return true;
        }
        return false;
    }
    completeListItemValue(item, completedResults, itemType, fieldDetailsList, info, itemPath, positionContext) {
        try {
            const completedItem = this.completeValue(itemType, fieldDetailsList, info, itemPath, item, positionContext);
            if ((0, isPromise_ts_1.isPromise)(completedItem)) {
                completedResults.push(completedItem.then(undefined, (rawError) => {
                    this.handleFieldError(rawError, itemType, fieldDetailsList, itemPath);
                    return null;
                }));
                return true;
            }
            completedResults.push(completedItem);
        }
        catch (rawError) {
            this.handleFieldError(rawError, itemType, fieldDetailsList, itemPath);
            completedResults.push(null);
        }
        return false;
    }
    async completePromisedListItemValue(item, itemType, fieldDetailsList, info, itemPath, positionContext) {
        try {
            const resolved = await item;
            if (this.aborted) {
                throw new Error('Aborted!');
            }
            let completed = this.completeValue(itemType, fieldDetailsList, info, itemPath, resolved, positionContext);
            if ((0, isPromise_ts_1.isPromise)(completed)) {
                completed = await completed;
            }
            return completed;
        }
        catch (rawError) {
            this.handleFieldError(rawError, itemType, fieldDetailsList, itemPath);
            return null;
        }
    }
    completeLeafValue(returnType, result) {
        const coerced = returnType.coerceOutputValue(result);
        if (coerced == null) {
            throw new Error(`Expected \`${(0, inspect_ts_1.inspect)(returnType)}.coerceOutputValue(${(0, inspect_ts_1.inspect)(result)})\` to ` +
                `return non-nullable value, returned: ${(0, inspect_ts_1.inspect)(coerced)}`);
        }
        return coerced;
    }
    completeAbstractValue(returnType, fieldDetailsList, info, path, result, positionContext) {
        const validatedExecutionArgs = this.validatedExecutionArgs;
        const { schema, contextValue } = validatedExecutionArgs;
        const resolveTypeFn = returnType.resolveType ?? validatedExecutionArgs.typeResolver;
        const runtimeType = resolveTypeFn(result, contextValue, info, returnType);
        if ((0, isPromise_ts_1.isPromiseLike)(runtimeType)) {
            return runtimeType.then((resolvedRuntimeType) => {
                if (this.aborted) {
                    throw new Error('Aborted!');
                }
                return this.completeObjectValue(this.ensureValidRuntimeType(resolvedRuntimeType, schema, returnType, fieldDetailsList, info, result), fieldDetailsList, info, path, result, positionContext);
            });
        }
        return this.completeObjectValue(this.ensureValidRuntimeType(runtimeType, schema, returnType, fieldDetailsList, info, result), fieldDetailsList, info, path, result, positionContext);
    }
    ensureValidRuntimeType(runtimeTypeName, schema, returnType, fieldDetailsList, info, result) {
        if (runtimeTypeName == null) {
            throw new GraphQLError_ts_1.GraphQLError(`Abstract type "${returnType}" must resolve to an Object type at runtime for field "${info.parentType}.${info.fieldName}". Either the "${returnType}" type should provide a "resolveType" function or each possible type should provide an "isTypeOf" function.`, { nodes: toNodes(fieldDetailsList) });
        }
        if (typeof runtimeTypeName !== 'string') {
            throw new GraphQLError_ts_1.GraphQLError(`Abstract type "${returnType}" must resolve to an Object type at runtime for field "${info.parentType}.${info.fieldName}" with ` +
                `value ${(0, inspect_ts_1.inspect)(result)}, received "${(0, inspect_ts_1.inspect)(runtimeTypeName)}", which is not a valid Object type name.`);
        }
        const runtimeType = schema.getType(runtimeTypeName);
        if (runtimeType == null) {
            throw new GraphQLError_ts_1.GraphQLError(`Abstract type "${returnType}" was resolved to a type "${runtimeTypeName}" that does not exist inside the schema.`, { nodes: toNodes(fieldDetailsList) });
        }
        if (!(0, definition_ts_1.isObjectType)(runtimeType)) {
            throw new GraphQLError_ts_1.GraphQLError(`Abstract type "${returnType}" was resolved to a non-object type "${runtimeTypeName}".`, { nodes: toNodes(fieldDetailsList) });
        }
        if (!schema.isSubType(returnType, runtimeType)) {
            throw new GraphQLError_ts_1.GraphQLError(`Runtime Object type "${runtimeType}" is not a possible type for "${returnType}".`, { nodes: toNodes(fieldDetailsList) });
        }
        return runtimeType;
    }
    completeObjectValue(returnType, fieldDetailsList, info, path, result, positionContext) {
        if (returnType.isTypeOf) {
            const isTypeOf = returnType.isTypeOf(result, this.validatedExecutionArgs.contextValue, info);
            if ((0, isPromise_ts_1.isPromiseLike)(isTypeOf)) {
                return isTypeOf.then((resolvedIsTypeOf) => {
                    if (this.aborted) {
                        throw new Error('Aborted!');
                    }
                    if (!resolvedIsTypeOf) {
                        throw this.invalidReturnTypeError(returnType, result, fieldDetailsList);
                    }
                    return this.collectAndExecuteSubfields(returnType, fieldDetailsList, path, result, positionContext);
                });
            }
            if (!isTypeOf) {
                throw this.invalidReturnTypeError(returnType, result, fieldDetailsList);
            }
        }
        return this.collectAndExecuteSubfields(returnType, fieldDetailsList, path, result, positionContext);
    }
    invalidReturnTypeError(returnType, result, fieldDetailsList) {
        return new GraphQLError_ts_1.GraphQLError(`Expected value of type "${returnType}" but got: ${(0, inspect_ts_1.inspect)(result)}.`, { nodes: toNodes(fieldDetailsList) });
    }
    collectAndExecuteSubfields(returnType, fieldDetailsList, path, result, positionContext) {
        const { groupedFieldSet, newDeferUsages } = (0, exports.collectSubfields)(this.validatedExecutionArgs, returnType, fieldDetailsList);
        return this.executeCollectedSubfields(returnType, result, path, groupedFieldSet, newDeferUsages, positionContext);
    }
    executeCollectedSubfields(parentType, sourceValue, path, originalGroupedFieldSet, _newDeferUsages, _positionContext) {
        return this.executeFields(parentType, sourceValue, path, originalGroupedFieldSet, undefined);
    }
}
exports.Executor = Executor;
function toNodes(fieldDetailsList) {
    return fieldDetailsList.map((fieldDetails) => fieldDetails.node);
}
//# sourceMappingURL=Executor.js.map

/***/ }),

/***/ 7540:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ExecutorThrowingOnIncremental = void 0;
const invariant_ts_1 = __webpack_require__(3650);
const ast_ts_1 = __webpack_require__(2740);
const Executor_ts_1 = __webpack_require__(8567);
const UNEXPECTED_MULTIPLE_PAYLOADS = 'Executing this GraphQL operation would unexpectedly produce multiple payloads (due to @defer or @stream directive)';
class ExecutorThrowingOnIncremental extends Executor_ts_1.Executor {
    executeCollectedRootFields(rootType, rootValue, originalGroupedFieldSet, serially, newDeferUsages) {
        if (newDeferUsages.length > 0) {
            if (!(this.validatedExecutionArgs.operation.operation !==
                ast_ts_1.OperationTypeNode.SUBSCRIPTION))
                (0, invariant_ts_1.invariant)(false, '`@defer` directive not supported on subscription operations. Disable `@defer` by setting the `if` argument to `false`.');
            const reason = new Error(UNEXPECTED_MULTIPLE_PAYLOADS);
            this.abort(reason);
            throw reason;
        }
        return this.executeRootGroupedFieldSet(rootType, rootValue, originalGroupedFieldSet, serially, undefined);
    }
    executeCollectedSubfields(parentType, sourceValue, path, originalGroupedFieldSet, newDeferUsages) {
        if (newDeferUsages.length > 0) {
            if (!(this.validatedExecutionArgs.operation.operation !==
                ast_ts_1.OperationTypeNode.SUBSCRIPTION))
                (0, invariant_ts_1.invariant)(false, '`@defer` directive not supported on subscription operations. Disable `@defer` by setting the `if` argument to `false`.');
            const reason = new Error(UNEXPECTED_MULTIPLE_PAYLOADS);
            this.abort(reason);
            throw reason;
        }
        return this.executeFields(parentType, sourceValue, path, originalGroupedFieldSet, undefined);
    }
    completeListValue(returnType, fieldDetailsList, info, path, result, positionContext) {
        const streamUsage = (0, Executor_ts_1.getStreamUsage)(this.validatedExecutionArgs, fieldDetailsList);
        if (streamUsage !== undefined) {
            if (!(this.validatedExecutionArgs.operation.operation !==
                ast_ts_1.OperationTypeNode.SUBSCRIPTION))
                (0, invariant_ts_1.invariant)(false, '`@stream` directive not supported on subscription operations. Disable `@stream` by setting the `if` argument to `false`.');
            const reason = new Error(UNEXPECTED_MULTIPLE_PAYLOADS);
            this.abort(reason);
            throw reason;
        }
        return super.completeListValue(returnType, fieldDetailsList, info, path, result, positionContext);
    }
}
exports.ExecutorThrowingOnIncremental = ExecutorThrowingOnIncremental;
//# sourceMappingURL=ExecutorThrowingOnIncremental.js.map

/***/ }),

/***/ 9634:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.buildResolveInfo = buildResolveInfo;
function buildResolveInfo(validatedExecutionArgs, fieldDef, fieldNodes, parentType, path, getAbortSignal, getAsyncHelpers) {
    const { schema, fragmentDefinitions, rootValue, operation, variableValues } = validatedExecutionArgs;
    return {
        fieldName: fieldDef.name,
        fieldNodes,
        returnType: fieldDef.type,
        parentType,
        path,
        schema,
        fragments: fragmentDefinitions,
        rootValue,
        operation,
        variableValues,
        getAbortSignal,
        getAsyncHelpers,
    };
}
//# sourceMappingURL=buildResolveInfo.js.map

/***/ }),

/***/ 9:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.withCancellation = withCancellation;
exports.cancellablePromise = cancellablePromise;
const promiseWithResolvers_ts_1 = __webpack_require__(7704);
function withCancellation(originalPromise) {
    const { promise, resolve, reject } = (0, promiseWithResolvers_ts_1.promiseWithResolvers)();
    let settled = false;
    const settleResolve = (value) => {
        if (settled) {
            return;
        }
        settled = true;
        resolve(value);
    };
    const settleReject = (error) => {
        if (settled) {
            return;
        }
        settled = true;
        reject(error);
    };
    originalPromise.then(settleResolve, settleReject);
    return {
        promise,
        abort(reason) {
            settleReject(reason);
        },
    };
}
function cancellablePromise(promise, abortSignal) {
    const withAbort = withCancellation(promise);
    if (abortSignal.aborted) {
        withAbort.abort(abortSignal.reason);
        return withAbort.promise;
    }
    const onAbort = () => {
        abortSignal.removeEventListener('abort', onAbort);
        withAbort.abort(abortSignal.reason);
    };
    abortSignal.addEventListener('abort', onAbort);
    withAbort.promise.then(() => {
        abortSignal.removeEventListener('abort', onAbort);
    }, () => {
        abortSignal.removeEventListener('abort', onAbort);
    });
    return withAbort.promise;
}
//# sourceMappingURL=cancellablePromise.js.map

/***/ }),

/***/ 7611:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectFields = collectFields;
exports.collectSubfields = collectSubfields;
exports.visitSelectionSets = visitSelectionSets;
const AccumulatorMap_ts_1 = __webpack_require__(440);
const kinds_ts_1 = __webpack_require__(1123);
const definition_ts_1 = __webpack_require__(4169);
const directives_ts_1 = __webpack_require__(1058);
const typeFromAST_ts_1 = __webpack_require__(6738);
const values_ts_1 = __webpack_require__(3604);
function collectFields(schema, fragments, variableValues, runtimeType, selectionSet, hideSuggestions, forbidSkipAndInclude = false, visit = visitSelectionSets) {
    const groupedFieldSet = new AccumulatorMap_ts_1.AccumulatorMap();
    const newDeferUsages = [];
    const context = {
        schema,
        fragments,
        variableValues,
        runtimeType,
        visitedFragmentNames: new Map(),
        hideSuggestions,
        forbiddenDirectiveInstances: [],
        forbidSkipAndInclude,
    };
    visit(context, selectionSet, groupedFieldSet, newDeferUsages);
    return {
        groupedFieldSet,
        newDeferUsages,
        forbiddenDirectiveInstances: context.forbiddenDirectiveInstances,
    };
}
function collectSubfields(schema, fragments, variableValues, returnType, fieldDetailsList, hideSuggestions) {
    const context = {
        schema,
        fragments,
        variableValues,
        runtimeType: returnType,
        visitedFragmentNames: new Map(),
        hideSuggestions,
        forbiddenDirectiveInstances: [],
        forbidSkipAndInclude: false,
    };
    const subGroupedFieldSet = new AccumulatorMap_ts_1.AccumulatorMap();
    const newDeferUsages = [];
    for (const fieldDetail of fieldDetailsList) {
        const selectionSet = fieldDetail.node.selectionSet;
        if (selectionSet) {
            const { deferUsage, fragmentVariableValues } = fieldDetail;
            visitSelectionSets(context, selectionSet, subGroupedFieldSet, newDeferUsages, deferUsage, fragmentVariableValues);
        }
    }
    return {
        groupedFieldSet: subGroupedFieldSet,
        newDeferUsages,
    };
}
function visitSelectionSets(context, selectionSet, groupedFieldSet, newDeferUsages, deferUsage, fragmentVariableValues, recurse = visitSelectionSets) {
    const { schema, fragments, variableValues, runtimeType, visitedFragmentNames, hideSuggestions, } = context;
    for (const selection of selectionSet.selections) {
        switch (selection.kind) {
            case kinds_ts_1.Kind.FIELD: {
                if (!shouldIncludeNode(context, selection, variableValues, fragmentVariableValues)) {
                    continue;
                }
                groupedFieldSet.add(getFieldEntryKey(selection), {
                    node: selection,
                    deferUsage,
                    fragmentVariableValues,
                });
                break;
            }
            case kinds_ts_1.Kind.INLINE_FRAGMENT: {
                if (!shouldIncludeNode(context, selection, variableValues, fragmentVariableValues) ||
                    !doesFragmentConditionMatch(schema, selection, runtimeType)) {
                    continue;
                }
                const newDeferUsage = getDeferUsage(variableValues, fragmentVariableValues, selection, deferUsage);
                if (!newDeferUsage) {
                    recurse(context, selection.selectionSet, groupedFieldSet, newDeferUsages, deferUsage, fragmentVariableValues, recurse);
                }
                else {
                    newDeferUsages.push(newDeferUsage);
                    recurse(context, selection.selectionSet, groupedFieldSet, newDeferUsages, newDeferUsage, fragmentVariableValues, recurse);
                }
                break;
            }
            case kinds_ts_1.Kind.FRAGMENT_SPREAD: {
                const fragName = selection.name.value;
                if (!shouldIncludeNode(context, selection, variableValues, fragmentVariableValues)) {
                    continue;
                }
                const fragment = fragments[fragName];
                if (fragment == null ||
                    !doesFragmentConditionMatch(schema, fragment.definition, runtimeType)) {
                    continue;
                }
                const newDeferUsage = getDeferUsage(variableValues, fragmentVariableValues, selection, deferUsage);
                const maybeNewDeferUsage = newDeferUsage ?? deferUsage;
                let visitedDeferSet = visitedFragmentNames.get(fragName);
                if (!visitedDeferSet) {
                    visitedDeferSet = new Set();
                    visitedFragmentNames.set(fragName, visitedDeferSet);
                }
                if (visitedDeferSet.has(null) ||
                    (maybeNewDeferUsage &&
                        visitedDeferSet.has(maybeNewDeferUsage.directiveNode))) {
                    continue;
                }
                if (newDeferUsage) {
                    newDeferUsages.push(newDeferUsage);
                }
                visitedDeferSet.add(maybeNewDeferUsage?.directiveNode ?? null);
                const fragmentVariableSignatures = fragment.variableSignatures;
                let newFragmentVariableValues;
                if (fragmentVariableSignatures) {
                    newFragmentVariableValues = (0, values_ts_1.getFragmentVariableValues)(selection, fragmentVariableSignatures, variableValues, fragmentVariableValues, hideSuggestions);
                }
                recurse(context, fragment.definition.selectionSet, groupedFieldSet, newDeferUsages, maybeNewDeferUsage, newFragmentVariableValues, recurse);
                break;
            }
        }
    }
}
function getDeferUsage(variableValues, fragmentVariableValues, node, parentDeferUsage) {
    const directiveNode = node.directives?.find((directive) => directive.name.value === directives_ts_1.GraphQLDeferDirective.name);
    if (!directiveNode) {
        return;
    }
    const defer = (0, values_ts_1.getArgumentValues)(directives_ts_1.GraphQLDeferDirective, directiveNode, variableValues, fragmentVariableValues);
    if (defer.if === false) {
        return;
    }
    return {
        label: typeof defer.label === 'string' ? defer.label : undefined,
        directiveNode,
        parentDeferUsage,
    };
}
function shouldIncludeNode(context, node, variableValues, fragmentVariableValues) {
    const skipDirectiveNode = node.directives?.find((directive) => directive.name.value === directives_ts_1.GraphQLSkipDirective.name);
    if (skipDirectiveNode && context.forbidSkipAndInclude) {
        context.forbiddenDirectiveInstances.push(skipDirectiveNode);
        return false;
    }
    const skip = skipDirectiveNode
        ? (0, values_ts_1.getArgumentValues)(directives_ts_1.GraphQLSkipDirective, skipDirectiveNode, variableValues, fragmentVariableValues, context.hideSuggestions)
        : undefined;
    if (skip?.if === true) {
        return false;
    }
    const includeDirectiveNode = node.directives?.find((directive) => directive.name.value === directives_ts_1.GraphQLIncludeDirective.name);
    if (includeDirectiveNode && context.forbidSkipAndInclude) {
        context.forbiddenDirectiveInstances.push(includeDirectiveNode);
        return false;
    }
    const include = includeDirectiveNode
        ? (0, values_ts_1.getArgumentValues)(directives_ts_1.GraphQLIncludeDirective, includeDirectiveNode, variableValues, fragmentVariableValues, context.hideSuggestions)
        : undefined;
    if (include?.if === false) {
        return false;
    }
    return true;
}
function doesFragmentConditionMatch(schema, fragment, type) {
    const typeConditionNode = fragment.typeCondition;
    if (!typeConditionNode) {
        return true;
    }
    const conditionalType = (0, typeFromAST_ts_1.typeFromAST)(schema, typeConditionNode);
    if (conditionalType === type) {
        return true;
    }
    if ((0, definition_ts_1.isAbstractType)(conditionalType)) {
        return schema.isSubType(conditionalType, type);
    }
    return false;
}
function getFieldEntryKey(node) {
    return node.alias ? node.alias.value : node.name.value;
}
//# sourceMappingURL=collectFields.js.map

/***/ }),

/***/ 8078:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectIteratorPromises = collectIteratorPromises;
const isPromise_ts_1 = __webpack_require__(4091);
function collectIteratorPromises(iterator) {
    const promises = [];
    try {
        while (true) {
            const iteration = iterator.next();
            if (iteration.done) {
                return promises;
            }
            if ((0, isPromise_ts_1.isPromiseLike)(iteration.value)) {
                promises.push(iteration.value);
            }
        }
    }
    catch {
        return promises;
    }
}
//# sourceMappingURL=collectIteratorPromises.js.map

/***/ }),

/***/ 2378:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createSharedExecutionContext = createSharedExecutionContext;
const AsyncWorkTracker_ts_1 = __webpack_require__(6313);
function createSharedExecutionContext(abortSignal) {
    const asyncWorkTracker = new AsyncWorkTracker_ts_1.AsyncWorkTracker();
    let resolveInfoHelpers;
    const promiseAll = (values) => asyncWorkTracker.promiseAllTrackOnReject(values);
    const getAsyncHelpers = () => (resolveInfoHelpers ??= {
        promiseAll,
        track: (maybePromises) => asyncWorkTracker.addValues(maybePromises),
    });
    return {
        asyncWorkTracker,
        getAbortSignal: () => abortSignal,
        getAsyncHelpers,
        promiseAll,
    };
}
//# sourceMappingURL=createSharedExecutionContext.js.map

/***/ }),

/***/ 8923:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultFieldResolver = exports.defaultTypeResolver = void 0;
exports.execute = execute;
exports.experimentalExecuteIncrementally = experimentalExecuteIncrementally;
exports.executeIgnoringIncremental = executeIgnoringIncremental;
exports.executeRootSelectionSet = executeRootSelectionSet;
exports.experimentalExecuteRootSelectionSet = experimentalExecuteRootSelectionSet;
exports.executeRootSelectionSetIgnoringIncremental = executeRootSelectionSetIgnoringIncremental;
exports.executeSync = executeSync;
exports.executeSubscriptionEvent = executeSubscriptionEvent;
exports.subscribe = subscribe;
exports.createSourceEventStream = createSourceEventStream;
exports.validateExecutionArgs = validateExecutionArgs;
exports.validateSubscriptionArgs = validateSubscriptionArgs;
exports.mapSourceToResponseEvent = mapSourceToResponseEvent;
const inspect_ts_1 = __webpack_require__(5742);
const isAsyncIterable_ts_1 = __webpack_require__(4068);
const isObjectLike_ts_1 = __webpack_require__(892);
const isPromise_ts_1 = __webpack_require__(4091);
const Path_ts_1 = __webpack_require__(3155);
const ensureGraphQLError_ts_1 = __webpack_require__(7489);
const GraphQLError_ts_1 = __webpack_require__(5939);
const locatedError_ts_1 = __webpack_require__(7550);
const kinds_ts_1 = __webpack_require__(1123);
const predicates_ts_1 = __webpack_require__(5480);
const directives_ts_1 = __webpack_require__(1058);
const index_ts_1 = __webpack_require__(6618);
const getOperationAST_ts_1 = __webpack_require__(6201);
const diagnostics_ts_1 = __webpack_require__(7593);
const buildResolveInfo_ts_1 = __webpack_require__(9634);
const cancellablePromise_ts_1 = __webpack_require__(9);
const collectFields_ts_1 = __webpack_require__(7611);
const createSharedExecutionContext_ts_1 = __webpack_require__(2378);
const Executor_ts_1 = __webpack_require__(8567);
const ExecutorThrowingOnIncremental_ts_1 = __webpack_require__(7540);
const getVariableSignature_ts_1 = __webpack_require__(2384);
const IncrementalExecutor_ts_1 = __webpack_require__(5326);
const mapAsyncIterable_ts_1 = __webpack_require__(7534);
const values_ts_1 = __webpack_require__(3604);
const UNEXPECTED_EXPERIMENTAL_DIRECTIVES = 'The provided schema unexpectedly contains experimental directives (@defer or @stream). These directives may only be utilized if experimental execution features are explicitly enabled.';
function execute(args) {
    if (!(0, diagnostics_ts_1.shouldTrace)(diagnostics_ts_1.executeChannel)) {
        return executeImpl(args);
    }
    return (0, diagnostics_ts_1.traceMixed)(diagnostics_ts_1.executeChannel, buildOperationContextFromArgs(args), () => executeImpl(args));
}
function buildOperationContextFromArgs(args) {
    let operation;
    const resolveOperation = () => {
        if (operation === undefined) {
            operation = (0, getOperationAST_ts_1.getOperationAST)(args.document, args.operationName);
        }
        return operation;
    };
    return {
        schema: args.schema,
        document: args.document,
        rawVariableValues: args.variableValues,
        get operationName() {
            return args.operationName ?? resolveOperation()?.name?.value;
        },
        get operationType() {
            return resolveOperation()?.operation;
        },
    };
}
function executeImpl(args) {
    if (args.schema.getDirective('defer') || args.schema.getDirective('stream')) {
        throw new Error(UNEXPECTED_EXPERIMENTAL_DIRECTIVES);
    }
    const validatedExecutionArgs = validateExecutionArgs(args);
    if (!('schema' in validatedExecutionArgs)) {
        return { errors: validatedExecutionArgs };
    }
    return executeRootSelectionSet(validatedExecutionArgs);
}
function experimentalExecuteIncrementally(args) {
    if (!(0, diagnostics_ts_1.shouldTrace)(diagnostics_ts_1.executeChannel)) {
        return experimentalExecuteIncrementallyImpl(args);
    }
    return (0, diagnostics_ts_1.traceMixed)(diagnostics_ts_1.executeChannel, buildOperationContextFromArgs(args), () => experimentalExecuteIncrementallyImpl(args));
}
function experimentalExecuteIncrementallyImpl(args) {
    const validatedExecutionArgs = validateExecutionArgs(args);
    if (!('schema' in validatedExecutionArgs)) {
        return { errors: validatedExecutionArgs };
    }
    return experimentalExecuteRootSelectionSet(validatedExecutionArgs);
}
function executeIgnoringIncremental(args) {
    if (!(0, diagnostics_ts_1.shouldTrace)(diagnostics_ts_1.executeChannel)) {
        return executeIgnoringIncrementalImpl(args);
    }
    return (0, diagnostics_ts_1.traceMixed)(diagnostics_ts_1.executeChannel, buildOperationContextFromArgs(args), () => executeIgnoringIncrementalImpl(args));
}
function executeIgnoringIncrementalImpl(args) {
    const validatedExecutionArgs = validateExecutionArgs(args);
    if (!('schema' in validatedExecutionArgs)) {
        return { errors: validatedExecutionArgs };
    }
    return executeRootSelectionSetIgnoringIncremental(validatedExecutionArgs);
}
function executeRootSelectionSet(validatedExecutionArgs) {
    return new ExecutorThrowingOnIncremental_ts_1.ExecutorThrowingOnIncremental(validatedExecutionArgs).executeRootSelectionSet();
}
function experimentalExecuteRootSelectionSet(validatedExecutionArgs) {
    return new IncrementalExecutor_ts_1.IncrementalExecutor(validatedExecutionArgs).executeRootSelectionSet();
}
function executeRootSelectionSetIgnoringIncremental(validatedExecutionArgs) {
    return new Executor_ts_1.Executor(validatedExecutionArgs).executeRootSelectionSet();
}
function executeSync(args) {
    const result = experimentalExecuteIncrementally(args);
    if ((0, isPromise_ts_1.isPromise)(result) || 'initialResult' in result) {
        throw new Error('GraphQL execution failed to complete synchronously.');
    }
    return result;
}
function executeSubscriptionEvent(validatedExecutionArgs) {
    return new ExecutorThrowingOnIncremental_ts_1.ExecutorThrowingOnIncremental(validatedExecutionArgs).executeRootSelectionSet(false);
}
function subscribe(args) {
    if (!(0, diagnostics_ts_1.shouldTrace)(diagnostics_ts_1.subscribeChannel)) {
        return subscribeImpl(args);
    }
    return (0, diagnostics_ts_1.traceMixed)(diagnostics_ts_1.subscribeChannel, buildOperationContextFromArgs(args), () => subscribeImpl(args));
}
function subscribeImpl(args) {
    const validatedExecutionArgs = validateSubscriptionArgs(args);
    if (!('schema' in validatedExecutionArgs)) {
        return { errors: validatedExecutionArgs };
    }
    const resultOrStream = createSourceEventStream(validatedExecutionArgs);
    if ((0, isPromise_ts_1.isPromise)(resultOrStream)) {
        return resultOrStream.then((resolvedResultOrStream) => (0, isAsyncIterable_ts_1.isAsyncIterable)(resolvedResultOrStream)
            ? mapSourceToResponseEvent(validatedExecutionArgs, resolvedResultOrStream)
            : resolvedResultOrStream);
    }
    return (0, isAsyncIterable_ts_1.isAsyncIterable)(resultOrStream)
        ? mapSourceToResponseEvent(validatedExecutionArgs, resultOrStream)
        : resultOrStream;
}
function createSourceEventStream(validatedExecutionArgs) {
    if (!('operation' in validatedExecutionArgs)) {
        throw new GraphQLError_ts_1.GraphQLError('Passing ExecutionArgs to createSourceEventStream() was removed in graphql-js@17.0.0; call validateSubscriptionArgs() first and pass the result instead, or use subscribe() for the full subscription pipeline.');
    }
    try {
        const eventStream = executeSubscription(validatedExecutionArgs);
        if ((0, isPromise_ts_1.isPromise)(eventStream)) {
            return eventStream.then(undefined, (error) => ({
                errors: [(0, ensureGraphQLError_ts_1.ensureGraphQLError)(error)],
            }));
        }
        return eventStream;
    }
    catch (error) {
        return { errors: [(0, ensureGraphQLError_ts_1.ensureGraphQLError)(error)] };
    }
}
function validateExecutionArgs(args) {
    const { schema, document, rootValue, contextValue, variableValues: rawVariableValues, operationName, fieldResolver, typeResolver, subscribeFieldResolver, abortSignal: externalAbortSignal, enableEarlyExecution, hooks, options, } = args;
    (0, index_ts_1.assertValidSchema)(schema);
    let operation;
    const fragmentDefinitions = Object.create(null);
    const fragments = Object.create(null);
    const fragmentVariableSignatureErrors = [];
    for (const definition of document.definitions) {
        switch (definition.kind) {
            case kinds_ts_1.Kind.OPERATION_DEFINITION:
                if (operationName == null) {
                    if (operation !== undefined) {
                        return [
                            new GraphQLError_ts_1.GraphQLError('Must provide operation name if query contains multiple operations.'),
                        ];
                    }
                    operation = definition;
                }
                else if (definition.name?.value === operationName) {
                    operation = definition;
                }
                break;
            case kinds_ts_1.Kind.FRAGMENT_DEFINITION: {
                fragmentDefinitions[definition.name.value] = definition;
                let variableSignatures;
                if (definition.variableDefinitions) {
                    const signatures = Object.create(null);
                    for (const varDef of definition.variableDefinitions) {
                        const signature = (0, getVariableSignature_ts_1.getVariableSignature)(schema, varDef);
                        if (signature instanceof GraphQLError_ts_1.GraphQLError) {
                            fragmentVariableSignatureErrors.push(signature);
                            continue;
                        }
                        signatures[signature.name] = signature;
                    }
                    variableSignatures = signatures;
                }
                fragments[definition.name.value] = { definition, variableSignatures };
                break;
            }
            default:
        }
    }
    if (!operation) {
        if (operationName != null) {
            return [new GraphQLError_ts_1.GraphQLError(`Unknown operation named "${operationName}".`)];
        }
        return [new GraphQLError_ts_1.GraphQLError('Must provide an operation.')];
    }
    if (fragmentVariableSignatureErrors.length > 0) {
        return fragmentVariableSignatureErrors;
    }
    const variableDefinitions = operation.variableDefinitions ?? [];
    const hideSuggestions = args.hideSuggestions ?? false;
    const coercionInput = rawVariableValues ?? {};
    const coercionOptions = {
        maxErrors: options?.maxCoercionErrors ?? 50,
        hideSuggestions,
    };
    const coercionChannel = diagnostics_ts_1.executeVariableCoercionChannel;
    const variableValuesOrErrors = (0, diagnostics_ts_1.shouldTrace)(coercionChannel)
        ? (0, diagnostics_ts_1.traceMixed)(coercionChannel, {
            schema,
            document,
            operation,
            rawVariableValues,
            operationName: operation.name?.value,
            operationType: operation.operation,
        }, () => (0, values_ts_1.getVariableValues)(schema, variableDefinitions, coercionInput, coercionOptions))
        : (0, values_ts_1.getVariableValues)(schema, variableDefinitions, coercionInput, coercionOptions);
    if (variableValuesOrErrors.errors) {
        return variableValuesOrErrors.errors;
    }
    const errorPropagation = !operation.directives?.find((directive) => directive.name.value === directives_ts_1.GraphQLDisableErrorPropagationDirective.name);
    return {
        schema,
        document,
        fragmentDefinitions,
        fragments,
        rootValue,
        contextValue,
        operation,
        variableValues: variableValuesOrErrors.variableValues,
        fieldResolver: fieldResolver ?? exports.defaultFieldResolver,
        typeResolver: typeResolver ?? exports.defaultTypeResolver,
        subscribeFieldResolver: subscribeFieldResolver ?? exports.defaultFieldResolver,
        hideSuggestions,
        errorPropagation,
        externalAbortSignal: externalAbortSignal ?? undefined,
        enableEarlyExecution: enableEarlyExecution === true,
        hooks: hooks ?? undefined,
        rawVariableValues,
    };
}
function validateSubscriptionArgs(args) {
    const validatedExecutionArgs = validateExecutionArgs(args);
    if (!('schema' in validatedExecutionArgs)) {
        return validatedExecutionArgs;
    }
    assertSubscriptionExecutionArgs(validatedExecutionArgs);
    return validatedExecutionArgs;
}
function assertSubscriptionExecutionArgs(validatedExecutionArgs) {
    if (!(0, predicates_ts_1.isSubscriptionOperationDefinitionNode)(validatedExecutionArgs.operation)) {
        throw new GraphQLError_ts_1.GraphQLError('Expected subscription operation.');
    }
}
const defaultTypeResolver = function (value, contextValue, info, abstractType) {
    if ((0, isObjectLike_ts_1.isObjectLike)(value) && typeof value.__typename === 'string') {
        return value.__typename;
    }
    const possibleTypes = info.schema.getPossibleTypes(abstractType);
    const promisedIsTypeOfResults = [];
    try {
        for (let i = 0; i < possibleTypes.length; i++) {
            const type = possibleTypes[i];
            if (type.isTypeOf) {
                const isTypeOfResult = type.isTypeOf(value, contextValue, info);
                if ((0, isPromise_ts_1.isPromiseLike)(isTypeOfResult)) {
                    promisedIsTypeOfResults[i] = isTypeOfResult;
                }
                else if (isTypeOfResult) {
                    if (promisedIsTypeOfResults.length) {
                        info.getAsyncHelpers().track(promisedIsTypeOfResults);
                    }
                    return type.name;
                }
            }
        }
    }
    catch (error) {
        if (promisedIsTypeOfResults.length) {
            info.getAsyncHelpers().track(promisedIsTypeOfResults);
        }
        throw error;
    }
    if (promisedIsTypeOfResults.length) {
        return info
            .getAsyncHelpers()
            .promiseAll(promisedIsTypeOfResults)
            .then((isTypeOfResults) => {
            for (let i = 0; i < isTypeOfResults.length; i++) {
                if (isTypeOfResults[i]) {
                    return possibleTypes[i].name;
                }
            }
        });
    }
};
exports.defaultTypeResolver = defaultTypeResolver;
const defaultFieldResolver = function (source, args, contextValue, info) {
    if ((0, isObjectLike_ts_1.isObjectLike)(source) || typeof source === 'function') {
        const property = source[info.fieldName];
        if (typeof property === 'function') {
            return source[info.fieldName](args, contextValue, info);
        }
        return property;
    }
};
exports.defaultFieldResolver = defaultFieldResolver;
function mapSourceToResponseEvent(validatedExecutionArgs, sourceEventStream, rootSelectionSetExecutor = executeSubscriptionEvent) {
    function mapFn(payload) {
        const perEventExecutionArgs = {
            ...validatedExecutionArgs,
            rootValue: payload,
        };
        return rootSelectionSetExecutor(perEventExecutionArgs);
    }
    const externalAbortSignal = validatedExecutionArgs.externalAbortSignal;
    if (externalAbortSignal) {
        const generator = (0, mapAsyncIterable_ts_1.mapAsyncIterable)(sourceEventStream, mapFn);
        return {
            ...generator,
            next: () => (0, cancellablePromise_ts_1.cancellablePromise)(generator.next(), externalAbortSignal),
        };
    }
    return (0, mapAsyncIterable_ts_1.mapAsyncIterable)(sourceEventStream, mapFn);
}
function executeSubscription(validatedExecutionArgs) {
    const { schema, fragments, rootValue, contextValue, operation, variableValues, hideSuggestions, externalAbortSignal, } = validatedExecutionArgs;
    const rootType = schema.getSubscriptionType();
    if (rootType == null) {
        throw new GraphQLError_ts_1.GraphQLError('Schema is not configured to execute subscription operation.', { nodes: operation });
    }
    const { groupedFieldSet } = (0, collectFields_ts_1.collectFields)(schema, fragments, variableValues, rootType, operation.selectionSet, hideSuggestions);
    const firstRootField = groupedFieldSet.entries().next().value;
    const [responseName, fieldDetailsList] = firstRootField;
    const firstFieldDetails = fieldDetailsList[0];
    const firstNode = firstFieldDetails.node;
    const fieldName = firstNode.name.value;
    const fieldDef = schema.getField(rootType, fieldName);
    const fieldNodes = fieldDetailsList.map((fieldDetails) => fieldDetails.node);
    if (!fieldDef) {
        throw new GraphQLError_ts_1.GraphQLError(`The subscription field "${fieldName}" is not defined.`, { nodes: fieldNodes });
    }
    const sharedExecutionContext = (0, createSharedExecutionContext_ts_1.createSharedExecutionContext)(externalAbortSignal);
    const path = (0, Path_ts_1.addPath)(undefined, responseName, rootType.name);
    const info = (0, buildResolveInfo_ts_1.buildResolveInfo)(validatedExecutionArgs, fieldDef, fieldNodes, rootType, path, sharedExecutionContext.getAbortSignal, sharedExecutionContext.getAsyncHelpers);
    try {
        const args = (0, values_ts_1.getArgumentValues)(fieldDef, firstNode, variableValues, firstFieldDetails.fragmentVariableValues, hideSuggestions);
        const resolveFn = fieldDef.subscribe ?? validatedExecutionArgs.subscribeFieldResolver;
        const result = resolveFn(rootValue, args, contextValue, info);
        if ((0, isPromise_ts_1.isPromiseLike)(result)) {
            const promisedResult = Promise.resolve(result);
            const promise = externalAbortSignal
                ? (0, cancellablePromise_ts_1.cancellablePromise)(promisedResult, externalAbortSignal)
                : promisedResult;
            return promise
                .then(assertEventStream)
                .then(undefined, (error) => {
                throw (0, locatedError_ts_1.locatedError)(error, toNodes(fieldDetailsList), (0, Path_ts_1.pathToArray)(path));
            });
        }
        return assertEventStream(result);
    }
    catch (error) {
        throw (0, locatedError_ts_1.locatedError)(error, fieldNodes, (0, Path_ts_1.pathToArray)(path));
    }
}
function assertEventStream(result) {
    if (result instanceof Error) {
        throw result;
    }
    if (!(0, isAsyncIterable_ts_1.isAsyncIterable)(result)) {
        throw new GraphQLError_ts_1.GraphQLError('Subscription field must return Async Iterable. ' +
            `Received: ${(0, inspect_ts_1.inspect)(result)}.`);
    }
    return result;
}
function toNodes(fieldDetailsList) {
    return fieldDetailsList.map((fieldDetails) => fieldDetails.node);
}
//# sourceMappingURL=execute.js.map

/***/ }),

/***/ 741:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getStreamUsage = getStreamUsage;
const invariant_ts_1 = __webpack_require__(3650);
const ast_ts_1 = __webpack_require__(2740);
const directives_ts_1 = __webpack_require__(1058);
const values_ts_1 = __webpack_require__(3604);
function getStreamUsage(validatedExecutionArgs, fieldDetailsList) {
    const { operation, variableValues } = validatedExecutionArgs;
    const stream = (0, values_ts_1.getDirectiveValues)(directives_ts_1.GraphQLStreamDirective, fieldDetailsList[0].node, variableValues, fieldDetailsList[0].fragmentVariableValues);
    if (!stream) {
        return;
    }
    if (stream.if === false) {
        return;
    }
    if (!(typeof stream.initialCount === 'number'))
        (0, invariant_ts_1.invariant)(false, 'initialCount must be a number');
    if (!(stream.initialCount >= 0))
        (0, invariant_ts_1.invariant)(false, 'initialCount must be a positive integer');
    if (!(operation.operation !== ast_ts_1.OperationTypeNode.SUBSCRIPTION))
        (0, invariant_ts_1.invariant)(false, '`@stream` directive not supported on subscription operations. Disable `@stream` by setting the `if` argument to `false`.');
    const streamedFieldDetailsList = fieldDetailsList.map((fieldDetails) => ({
        node: fieldDetails.node,
        deferUsage: undefined,
        fragmentVariableValues: fieldDetails.fragmentVariableValues,
    }));
    return {
        initialCount: stream.initialCount,
        label: typeof stream.label === 'string' ? stream.label : undefined,
        fieldDetailsList: streamedFieldDetailsList,
    };
}
//# sourceMappingURL=getStreamUsage.js.map

/***/ }),

/***/ 2384:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getVariableSignature = getVariableSignature;
const GraphQLError_ts_1 = __webpack_require__(5939);
const printer_ts_1 = __webpack_require__(9936);
const definition_ts_1 = __webpack_require__(4169);
const typeFromAST_ts_1 = __webpack_require__(6738);
function getVariableSignature(schema, varDefNode) {
    const varName = varDefNode.variable.name.value;
    const varType = (0, typeFromAST_ts_1.typeFromAST)(schema, varDefNode.type);
    if (!(0, definition_ts_1.isInputType)(varType)) {
        const varTypeStr = (0, printer_ts_1.print)(varDefNode.type);
        return new GraphQLError_ts_1.GraphQLError(`Variable "$${varName}" expected value of type "${varTypeStr}" which cannot be used as an input type.`, { nodes: varDefNode.type });
    }
    const defaultValue = varDefNode.defaultValue;
    return {
        name: varName,
        type: varType,
        default: defaultValue && { literal: defaultValue },
    };
}
//# sourceMappingURL=getVariableSignature.js.map

/***/ }),

/***/ 1508:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runAsyncWorkFinishedHook = runAsyncWorkFinishedHook;
function runHookSafely(hook, info) {
    try {
        hook?.(info);
    }
    catch {
    }
}
function runAsyncWorkFinishedHook(validatedExecutionArgs, sharedExecutionContext, asyncWorkFinishedHook) {
    const maybeWaitForAsyncWork = sharedExecutionContext.asyncWorkTracker.wait();
    if (maybeWaitForAsyncWork === undefined) {
        runHookSafely(asyncWorkFinishedHook, { validatedExecutionArgs });
        return;
    }
    maybeWaitForAsyncWork
        .then(() => {
        runHookSafely(asyncWorkFinishedHook, { validatedExecutionArgs });
    })
        .catch(() => undefined);
}
//# sourceMappingURL=hooks.js.map

/***/ }),

/***/ 4356:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Computation = void 0;
const isPromise_ts_1 = __webpack_require__(4091);
class Computation {
    constructor(fn, onAbort) {
        this._fn = fn;
        this._onAbort = onAbort;
    }
    prime() {
        if (this._maybePromise) {
            return this._maybePromise;
        }
        try {
            const result = this._fn();
            if ((0, isPromise_ts_1.isPromise)(result)) {
                this._maybePromise = { status: 'pending', promise: result };
                result.then((value) => {
                    this._maybePromise = { status: 'fulfilled', value };
                }, (reason) => {
                    this._maybePromise = { status: 'rejected', reason };
                });
            }
            else {
                this._maybePromise = { status: 'fulfilled', value: result };
            }
        }
        catch (reason) {
            this._maybePromise = { status: 'rejected', reason };
        }
        return this._maybePromise;
    }
    result() {
        const maybePromise = this.prime();
        switch (maybePromise.status) {
            case 'fulfilled':
                return maybePromise.value;
            case 'rejected':
                throw maybePromise.reason;
            case 'pending': {
                return maybePromise.promise;
            }
        }
    }
    abort(reason) {
        const maybePromise = this._maybePromise;
        if (!maybePromise) {
            this._maybePromise = {
                status: 'rejected',
                reason,
            };
            return;
        }
        const status = maybePromise.status;
        if (status === 'pending') {
            this._maybePromise = {
                status: 'rejected',
                reason,
            };
            if (this._onAbort) {
                return this._onAbort(reason);
            }
        }
    }
}
exports.Computation = Computation;
//# sourceMappingURL=Computation.js.map

/***/ }),

/***/ 5326:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IncrementalExecutor = void 0;
const invariant_ts_1 = __webpack_require__(3650);
const isPromise_ts_1 = __webpack_require__(4091);
const memoize1_ts_1 = __webpack_require__(1928);
const memoize2_ts_1 = __webpack_require__(8222);
const Path_ts_1 = __webpack_require__(3155);
const locatedError_ts_1 = __webpack_require__(7550);
const ast_ts_1 = __webpack_require__(2740);
const collectFields_ts_1 = __webpack_require__(7611);
const collectIteratorPromises_ts_1 = __webpack_require__(8078);
const Executor_ts_1 = __webpack_require__(8567);
const returnIteratorCatchingErrors_ts_1 = __webpack_require__(5876);
const buildExecutionPlan_ts_1 = __webpack_require__(5814);
const Computation_ts_1 = __webpack_require__(4356);
const IncrementalPublisher_ts_1 = __webpack_require__(7199);
const Queue_ts_1 = __webpack_require__(7764);
const buildExecutionPlanFromInitial = (0, memoize1_ts_1.memoize1)((groupedFieldSet) => (0, buildExecutionPlan_ts_1.buildExecutionPlan)(groupedFieldSet));
const buildExecutionPlanFromDeferred = (0, memoize2_ts_1.memoize2)((groupedFieldSet, deferUsageSet) => (0, buildExecutionPlan_ts_1.buildExecutionPlan)(groupedFieldSet, deferUsageSet));
class IncrementalExecutor extends Executor_ts_1.Executor {
    constructor(validatedExecutionArgs, sharedExecutionContext, deferUsageSet) {
        super(validatedExecutionArgs, sharedExecutionContext);
        this.deferUsageSet = deferUsageSet;
        this.groups = [];
        this.tasks = [];
        this.streams = [];
    }
    getCreateSubExecutor() {
        const validatedExecutionArgs = this.validatedExecutionArgs;
        const sharedExecutionContext = this.sharedExecutionContext;
        return (deferUsageSet) => new IncrementalExecutor(validatedExecutionArgs, sharedExecutionContext, deferUsageSet);
    }
    abort(reason) {
        super.abort(reason);
        for (const task of this.tasks) {
            const aborted = task.computation.abort(reason);
            if (!(!(0, isPromise_ts_1.isPromise)(aborted)))
                (0, invariant_ts_1.invariant)(false);
        }
        for (const stream of this.streams) {
            const aborted = stream.queue.abort(reason);
            if (!(!(0, isPromise_ts_1.isPromise)(aborted)))
                (0, invariant_ts_1.invariant)(false);
        }
    }
    buildResponse(data) {
        const work = this.getIncrementalWork();
        const { tasks, streams } = work;
        if (tasks?.length === 0 && streams?.length === 0) {
            return super.buildResponse(data);
        }
        const errors = this.collectedErrors.errors;
        if (!(data !== null))
            (0, invariant_ts_1.invariant)(false);
        const incrementalPublisher = new IncrementalPublisher_ts_1.IncrementalPublisher();
        return incrementalPublisher.buildResponse(data, errors, work, this.validatedExecutionArgs.externalAbortSignal, this.getFinishSharedExecution());
    }
    executeCollectedRootFields(rootType, rootValue, originalGroupedFieldSet, serially, newDeferUsages) {
        if (newDeferUsages.length === 0) {
            return this.executeRootGroupedFieldSet(rootType, rootValue, originalGroupedFieldSet, serially, undefined);
        }
        if (!(this.validatedExecutionArgs.operation.operation !==
            ast_ts_1.OperationTypeNode.SUBSCRIPTION))
            (0, invariant_ts_1.invariant)(false, '`@defer` directive not supported on subscription operations. Disable `@defer` by setting the `if` argument to `false`.');
        const { newDeliveryGroups, newDeliveryGroupMap } = this.getNewDeliveryGroupMap(newDeferUsages, undefined, undefined);
        const { groupedFieldSet, newGroupedFieldSets } = this.buildRootExecutionPlan(originalGroupedFieldSet);
        const data = this.executeRootGroupedFieldSet(rootType, rootValue, groupedFieldSet, serially, newDeliveryGroupMap);
        this.groups.push(...newDeliveryGroups);
        if (newGroupedFieldSets.size > 0) {
            this.collectExecutionGroups(rootType, rootValue, undefined, newGroupedFieldSets, newDeliveryGroupMap);
        }
        return data;
    }
    buildRootExecutionPlan(originalGroupedFieldSet) {
        return buildExecutionPlanFromInitial(originalGroupedFieldSet);
    }
    executeCollectedSubfields(parentType, sourceValue, path, originalGroupedFieldSet, newDeferUsages, deliveryGroupMap) {
        if (newDeferUsages.length > 0) {
            if (!(this.validatedExecutionArgs.operation.operation !==
                ast_ts_1.OperationTypeNode.SUBSCRIPTION))
                (0, invariant_ts_1.invariant)(false, '`@defer` directive not supported on subscription operations. Disable `@defer` by setting the `if` argument to `false`.');
        }
        if (deliveryGroupMap === undefined && newDeferUsages.length === 0) {
            return this.executeFields(parentType, sourceValue, path, originalGroupedFieldSet, deliveryGroupMap);
        }
        const { newDeliveryGroups, newDeliveryGroupMap } = this.getNewDeliveryGroupMap(newDeferUsages, deliveryGroupMap, path);
        const { groupedFieldSet, newGroupedFieldSets } = this.buildSubExecutionPlan(originalGroupedFieldSet);
        const data = this.executeFields(parentType, sourceValue, path, groupedFieldSet, newDeliveryGroupMap);
        this.groups.push(...newDeliveryGroups);
        if (newGroupedFieldSets.size > 0) {
            this.collectExecutionGroups(parentType, sourceValue, path, newGroupedFieldSets, newDeliveryGroupMap);
        }
        return data;
    }
    buildSubExecutionPlan(originalGroupedFieldSet) {
        return this.deferUsageSet === undefined
            ? buildExecutionPlanFromInitial(originalGroupedFieldSet)
            : buildExecutionPlanFromDeferred(originalGroupedFieldSet, this.deferUsageSet);
    }
    collectExecutionGroups(parentType, sourceValue, path, newGroupedFieldSets, deliveryGroupMap) {
        const createSubExecutor = this.getCreateSubExecutor();
        for (const [deferUsageSet, groupedFieldSet] of newGroupedFieldSets) {
            const deliveryGroups = getDeliveryGroups(deferUsageSet, deliveryGroupMap);
            const executor = createSubExecutor(deferUsageSet);
            const executionGroup = {
                groups: deliveryGroups,
                path,
                computation: new Computation_ts_1.Computation(() => executor.executeExecutionGroup(deliveryGroups, parentType, sourceValue, path, groupedFieldSet, deliveryGroupMap), (reason) => executor.abort(reason)),
            };
            const parentDeferUsages = this.deferUsageSet;
            if (this.validatedExecutionArgs.enableEarlyExecution) {
                if (this.shouldDefer(parentDeferUsages, deferUsageSet)) {
                    Promise.resolve().then(() => executionGroup.computation.prime());
                }
                else {
                    executionGroup.computation.prime();
                }
            }
            this.tasks.push(executionGroup);
        }
    }
    executeExecutionGroup(deliveryGroups, parentType, sourceValue, path, groupedFieldSet, deliveryGroupMap) {
        let result;
        try {
            result = this.executeFields(parentType, sourceValue, path, groupedFieldSet, deliveryGroupMap);
        }
        catch (error) {
            this.abort();
            throw error;
        }
        if ((0, isPromise_ts_1.isPromise)(result)) {
            return result.then((resolved) => this.buildExecutionGroupResult(deliveryGroups, path, resolved), (error) => {
                this.abort();
                throw error;
            });
        }
        return this.buildExecutionGroupResult(deliveryGroups, path, result);
    }
    buildExecutionGroupResult(deliveryGroups, path, result) {
        const data = result;
        const errors = this.collectedErrors.errors;
        return this.finish({
            value: errors.length
                ? { deliveryGroups, path: (0, Path_ts_1.pathToArray)(path), errors, data }
                : { deliveryGroups, path: (0, Path_ts_1.pathToArray)(path), data },
            work: this.getIncrementalWork(),
        });
    }
    getIncrementalWork() {
        const { groups, tasks, streams, collectedErrors } = this;
        if (collectedErrors.errors.length === 0) {
            return { groups, tasks, streams };
        }
        const cancellationReason = new Error('Cancelled secondary to null within original result');
        const filteredTasks = [];
        for (const task of tasks) {
            if (collectedErrors.hasNulledPosition(task.path)) {
                const aborted = task.computation.abort(cancellationReason);
                if (!(!(0, isPromise_ts_1.isPromise)(aborted)))
                    (0, invariant_ts_1.invariant)(false);
            }
            else {
                filteredTasks.push(task);
            }
        }
        const filteredStreams = [];
        for (const stream of streams) {
            if (collectedErrors.hasNulledPosition(stream.path)) {
                const aborted = stream.queue.abort(cancellationReason);
                if (!(!(0, isPromise_ts_1.isPromise)(aborted)))
                    (0, invariant_ts_1.invariant)(false);
            }
            else {
                filteredStreams.push(stream);
            }
        }
        return {
            groups,
            tasks: filteredTasks,
            streams: filteredStreams,
        };
    }
    getNewDeliveryGroupMap(newDeferUsages, deliveryGroupMap, path) {
        const newDeliveryGroups = [];
        const newDeliveryGroupMap = new Map(deliveryGroupMap);
        for (const newDeferUsage of newDeferUsages) {
            const parentDeferUsage = newDeferUsage.parentDeferUsage;
            const parent = parentDeferUsage === undefined
                ? undefined
                : deliveryGroupFromDeferUsage(parentDeferUsage, newDeliveryGroupMap);
            const deliveryGroup = {
                path,
                label: newDeferUsage.label,
                parent,
            };
            newDeliveryGroups.push(deliveryGroup);
            newDeliveryGroupMap.set(newDeferUsage, deliveryGroup);
        }
        return {
            newDeliveryGroups,
            newDeliveryGroupMap,
        };
    }
    shouldDefer(parentDeferUsages, deferUsages) {
        return (parentDeferUsages === undefined ||
            !Array.from(deferUsages).every((deferUsage) => parentDeferUsages.has(deferUsage)));
    }
    handleStream(index, path, iterator, streamUsage, info, itemType) {
        const { handle, isAsync } = iterator;
        const queue = this.buildStreamItemQueue(index, path, handle, streamUsage.fieldDetailsList, info, itemType, isAsync);
        const itemStream = {
            label: streamUsage.label,
            path,
            queue,
            initialCount: index,
        };
        this.streams.push(itemStream);
        return true;
    }
    buildStreamItemQueue(initialIndex, streamPath, iterator, fieldDetailsList, info, itemType, isAsync) {
        const createSubExecutor = this.getCreateSubExecutor();
        const { enableEarlyExecution } = this.validatedExecutionArgs;
        const sharedExecutionContext = this.sharedExecutionContext;
        const queue = new Queue_ts_1.Queue(async ({ push, stop, onStop, started }) => {
            const abortStreamItems = new Set();
            let finishedNormally = false;
            let stopRequested = false;
            onStop((reason) => {
                stopRequested = true;
                if (!finishedNormally) {
                    for (const abortStreamItem of abortStreamItems) {
                        abortStreamItem(reason);
                    }
                    if (isAsync) {
                        sharedExecutionContext.asyncWorkTracker.add((0, returnIteratorCatchingErrors_ts_1.returnIteratorCatchingErrors)(iterator));
                    }
                    else {
                        sharedExecutionContext.asyncWorkTracker.addValues((0, collectIteratorPromises_ts_1.collectIteratorPromises)(iterator));
                    }
                }
            });
            await (enableEarlyExecution ? Promise.resolve() : started);
            if (stopRequested) {
                return;
            }
            let index = initialIndex;
            while (true) {
                let iteration;
                try {
                    if (isAsync) {
                        iteration = await iterator.next();
                        if (stopRequested) {
                            return;
                        }
                    }
                    else {
                        iteration = iterator.next();
                    }
                }
                catch (rawError) {
                    throw (0, locatedError_ts_1.locatedError)(rawError, toNodes(fieldDetailsList), (0, Path_ts_1.pathToArray)(streamPath));
                }
                if (iteration.done) {
                    finishedNormally = true;
                    const stopped = stop();
                    if ((0, isPromise_ts_1.isPromise)(stopped)) {
                        stopped.catch(() => undefined);
                    }
                    return;
                }
                const itemPath = (0, Path_ts_1.addPath)(streamPath, index, undefined);
                const executor = createSubExecutor();
                let streamItemResult = executor.completeStreamItem(itemPath, iteration.value, fieldDetailsList, info, itemType);
                if ((0, isPromise_ts_1.isPromise)(streamItemResult)) {
                    if (enableEarlyExecution) {
                        const abortStreamItem = (reason) => executor.abort(reason);
                        abortStreamItems.add(abortStreamItem);
                        streamItemResult = streamItemResult.finally(() => {
                            abortStreamItems.delete(abortStreamItem);
                        });
                    }
                    else {
                        streamItemResult = await streamItemResult;
                        if (stopRequested) {
                            return;
                        }
                    }
                }
                const pushResult = push(streamItemResult);
                if ((0, isPromise_ts_1.isPromise)(pushResult)) {
                    await pushResult;
                    if (stopRequested) {
                        return;
                    }
                }
                index += 1;
            }
        }, 100);
        return queue;
    }
    completeStreamItem(itemPath, item, fieldDetailsList, info, itemType) {
        if ((0, isPromise_ts_1.isPromiseLike)(item)) {
            return this.completePromisedValue(itemType, fieldDetailsList, info, itemPath, item, undefined)
                .then((resolvedItem) => this.buildStreamItemResult(resolvedItem), (rawError) => {
                this.handleFieldError(rawError, itemType, fieldDetailsList, itemPath);
                return this.buildStreamItemResult(null);
            })
                .then(undefined, (error) => {
                this.abort();
                throw error;
            });
        }
        let result;
        try {
            try {
                result = this.completeValue(itemType, fieldDetailsList, info, itemPath, item, undefined);
            }
            catch (rawError) {
                this.handleFieldError(rawError, itemType, fieldDetailsList, itemPath);
                return this.buildStreamItemResult(null);
            }
        }
        catch (error) {
            this.abort();
            throw error;
        }
        if ((0, isPromise_ts_1.isPromise)(result)) {
            return result
                .then((resolved) => this.buildStreamItemResult(resolved), (rawError) => {
                this.handleFieldError(rawError, itemType, fieldDetailsList, itemPath);
                return this.buildStreamItemResult(null);
            })
                .then(undefined, (error) => {
                this.abort();
                throw error;
            });
        }
        return this.buildStreamItemResult(result);
    }
    buildStreamItemResult(result) {
        const item = result;
        const errors = this.collectedErrors.errors;
        const work = this.getIncrementalWork();
        return this.finish(errors.length > 0
            ? { value: { item, errors }, work }
            : { value: { item }, work });
    }
}
exports.IncrementalExecutor = IncrementalExecutor;
function toNodes(fieldDetailsList) {
    return fieldDetailsList.map((fieldDetails) => fieldDetails.node);
}
function getDeliveryGroups(deferUsageSet, deliveryGroupMap) {
    return Array.from(deferUsageSet).map((deferUsage) => deliveryGroupFromDeferUsage(deferUsage, deliveryGroupMap));
}
function deliveryGroupFromDeferUsage(deferUsage, deliveryGroupMap) {
    return deliveryGroupMap.get(deferUsage);
}
//# sourceMappingURL=IncrementalExecutor.js.map

/***/ }),

/***/ 7199:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IncrementalPublisher = void 0;
const memoize1_ts_1 = __webpack_require__(1928);
const Path_ts_1 = __webpack_require__(3155);
const ensureGraphQLError_ts_1 = __webpack_require__(7489);
const mapAsyncIterable_ts_1 = __webpack_require__(7534);
const withConcurrentAbruptClose_ts_1 = __webpack_require__(4033);
const WorkQueue_ts_1 = __webpack_require__(2695);
class IncrementalPublisher {
    constructor() {
        this._ids = new Map();
        this._nextId = 0;
        this._cachedPathToArray = (0, memoize1_ts_1.memoize1)((path) => (0, Path_ts_1.pathToArray)(path));
    }
    buildResponse(data, errors, work, abortSignal, onFinished) {
        const { initialGroups, initialStreams, events } = (0, WorkQueue_ts_1.createWorkQueue)(work);
        function abort() {
            subsequentResults.throw(abortSignal?.reason).catch(() => {
            });
        }
        if (abortSignal) {
            abortSignal.addEventListener('abort', abort);
        }
        const onWorkQueueFinished = () => {
            onFinished();
            abortSignal?.removeEventListener('abort', abort);
        };
        const pending = this._toPendingResults(initialGroups, initialStreams);
        const initialResult = errors.length
            ? { errors, data, pending, hasNext: true }
            : { data, pending, hasNext: true };
        const subsequentResults = (0, withConcurrentAbruptClose_ts_1.withConcurrentAbruptClose)((0, mapAsyncIterable_ts_1.mapAsyncIterable)(events, (batch) => this._handleBatch(batch, onWorkQueueFinished)), () => onWorkQueueFinished());
        return {
            initialResult,
            subsequentResults,
        };
    }
    _pathToArray(path) {
        if (path == null) {
            return [];
        }
        return this._cachedPathToArray(path);
    }
    _ensureId(deferredFragmentOrStream) {
        let id = this._ids.get(deferredFragmentOrStream);
        if (id !== undefined) {
            return id;
        }
        id = String(this._nextId++);
        this._ids.set(deferredFragmentOrStream, id);
        return id;
    }
    _toPendingResults(newGroups, newStreams) {
        const pendingResults = [];
        for (const collection of [newGroups, newStreams]) {
            for (const node of collection) {
                const id = this._ensureId(node);
                const pendingResult = {
                    id,
                    path: this._pathToArray(node.path),
                };
                if (node.label !== undefined) {
                    pendingResult.label = node.label;
                }
                pendingResults.push(pendingResult);
            }
        }
        return pendingResults;
    }
    _handleBatch(batch, onWorkQueueFinished) {
        const context = {
            pending: [],
            incremental: [],
            completed: [],
            hasNext: true,
        };
        for (const event of batch) {
            this._handleWorkQueueEvent(event, context, onWorkQueueFinished);
        }
        const { incremental, completed, pending, hasNext } = context;
        const result = { hasNext };
        if (pending.length > 0) {
            result.pending = pending;
        }
        if (incremental.length > 0) {
            result.incremental = incremental;
        }
        if (completed.length > 0) {
            result.completed = completed;
        }
        return result;
    }
    _handleWorkQueueEvent(event, context, onWorkQueueFinished) {
        switch (event.kind) {
            case 'GROUP_VALUES': {
                const group = event.group;
                const id = this._ensureId(group);
                for (const value of event.values) {
                    const { bestId, subPath } = this._getBestIdAndSubPath(id, group, value);
                    const incrementalEntry = {
                        id: bestId,
                        data: value.data,
                    };
                    if (value.errors !== undefined) {
                        incrementalEntry.errors = value.errors;
                    }
                    if (subPath !== undefined) {
                        incrementalEntry.subPath = subPath;
                    }
                    context.incremental.push(incrementalEntry);
                }
                break;
            }
            case 'GROUP_SUCCESS': {
                const group = event.group;
                const id = this._ensureId(group);
                context.completed.push({ id });
                this._ids.delete(group);
                if (event.newGroups.length > 0 || event.newStreams.length > 0) {
                    context.pending.push(...this._toPendingResults(event.newGroups, event.newStreams));
                }
                break;
            }
            case 'GROUP_FAILURE': {
                const { group, error } = event;
                const id = this._ensureId(group);
                context.completed.push({
                    id,
                    errors: [(0, ensureGraphQLError_ts_1.ensureGraphQLError)(error)],
                });
                this._ids.delete(group);
                break;
            }
            case 'STREAM_VALUES': {
                const stream = event.stream;
                const id = this._ensureId(stream);
                const { values, newGroups, newStreams } = event;
                const items = [];
                const errors = [];
                for (const value of values) {
                    items.push(value.item);
                    if (value.errors !== undefined) {
                        errors.push(...value.errors);
                    }
                }
                context.incremental.push(errors.length > 0 ? { id, items, errors } : { id, items });
                if (newGroups.length > 0 || newStreams.length > 0) {
                    context.pending.push(...this._toPendingResults(newGroups, newStreams));
                }
                break;
            }
            case 'STREAM_SUCCESS': {
                const stream = event.stream;
                context.completed.push({
                    id: this._ensureId(stream),
                });
                this._ids.delete(stream);
                break;
            }
            case 'STREAM_FAILURE': {
                const stream = event.stream;
                context.completed.push({
                    id: this._ensureId(stream),
                    errors: [(0, ensureGraphQLError_ts_1.ensureGraphQLError)(event.error)],
                });
                this._ids.delete(stream);
                break;
            }
            case 'WORK_QUEUE_TERMINATION': {
                onWorkQueueFinished?.();
                context.hasNext = false;
                break;
            }
        }
    }
    _getBestIdAndSubPath(initialId, initialDeferredFragmentRecord, executionGroupValue) {
        let maxLength = this._pathToArray(initialDeferredFragmentRecord.path).length;
        let bestId = initialId;
        for (const deliveryGroup of executionGroupValue.deliveryGroups) {
            if (deliveryGroup === initialDeferredFragmentRecord) {
                continue;
            }
            const id = this._ids.get(deliveryGroup);
            if (id === undefined) {
                continue;
            }
            const path = this._pathToArray(deliveryGroup.path);
            const length = path.length;
            if (length > maxLength) {
                maxLength = length;
                bestId = id;
            }
        }
        const subPath = executionGroupValue.path.slice(maxLength);
        return {
            bestId,
            subPath: subPath.length > 0 ? subPath : undefined,
        };
    }
}
exports.IncrementalPublisher = IncrementalPublisher;
//# sourceMappingURL=IncrementalPublisher.js.map

/***/ }),

/***/ 7764:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Queue = void 0;
const invariant_ts_1 = __webpack_require__(3650);
const isPromise_ts_1 = __webpack_require__(4091);
const promiseWithResolvers_ts_1 = __webpack_require__(7704);
const withConcurrentAbruptClose_ts_1 = __webpack_require__(4033);
class Queue {
    constructor(executor, initialCapacity = 1) {
        this._backlog = 0;
        this._waiters = [];
        this._entries = [];
        this._isStopped = false;
        this._stopRequested = false;
        this._stopCleanupCallbacks = [];
        this._batchRequests = new Set();
        this._capacity = this._normalizeCapacity(initialCapacity);
        const { promise: started, resolve: resolveStarted } = (0, promiseWithResolvers_ts_1.promiseWithResolvers)();
        this._resolveStarted = resolveStarted;
        try {
            const result = executor({
                push: this._push.bind(this),
                stop: this._stop.bind(this),
                onStop: this._onStop.bind(this),
                started,
            });
            if ((0, isPromise_ts_1.isPromise)(result)) {
                result.catch(this._stop.bind(this));
            }
        }
        catch (error) {
            const stopped = this._stop(error);
            if ((0, isPromise_ts_1.isPromise)(stopped)) {
                stopped.catch(() => undefined);
            }
        }
    }
    subscribe(reducer = (generator) => Array.from(generator)) {
        const generator = this._iteratorLoop(reducer);
        return (0, withConcurrentAbruptClose_ts_1.withConcurrentAbruptClose)(generator, () => this.cancel(), this.abort.bind(this));
    }
    cancel() {
        if (this._stopRequested) {
            return this._stopCompletion;
        }
        return this._terminate(undefined, () => {
            this._isStopped = true;
            this._batchRequests.forEach((request) => request.resolve(undefined));
            this._batchRequests.clear();
        });
    }
    abort(reason) {
        if (this._stopRequested) {
            return this._stopCompletion;
        }
        return this._terminate(reason, () => {
            this._isStopped = true;
            if (this._batchRequests.size) {
                this._batchRequests.forEach((request) => request.reject(reason));
                this._batchRequests.clear();
                return;
            }
            this._entries.push({
                kind: 'item',
                settled: { status: 'rejected', reason },
            });
        });
    }
    async forEachBatch(reducer) {
        const sub = this.subscribe(async (generator) => {
            const { promise: drained, resolve } = (0, promiseWithResolvers_ts_1.promiseWithResolvers)();
            const wrappedBatch = (function* wrapper() {
                yield* generator;
                resolve();
            })();
            await Promise.all([reducer(wrappedBatch), drained]);
        });
        for await (const _ of sub) {
        }
    }
    setCapacity(nextCapacity) {
        this._capacity = this._normalizeCapacity(nextCapacity);
        this._flush();
    }
    getCapacity() {
        return this._capacity;
    }
    isStopped() {
        return this._isStopped;
    }
    _normalizeCapacity(capacity) {
        return Math.max(1, Math.floor(capacity));
    }
    _flush() {
        while (this._waiters.length > 0 && this._backlog < this._capacity) {
            this._waiters.shift()?.();
        }
    }
    _reserve() {
        this._backlog += 1;
        if (this._backlog < this._capacity) {
            return undefined;
        }
        const { promise, resolve } = (0, promiseWithResolvers_ts_1.promiseWithResolvers)();
        this._waiters.push(resolve);
        return promise;
    }
    _release() {
        if (this._backlog > 0) {
            this._backlog -= 1;
        }
        this._flush();
    }
    _onStop(cleanup) {
        if (this._stopRequested) {
            throw new Error('Cannot register onStop cleanup after stop has been requested.');
        }
        this._stopCleanupCallbacks.push(cleanup);
    }
    _runStopCleanup(reason, afterCleanup) {
        this._stopRequested = true;
        const cleanupPromises = this._stopCleanupCallbacks.flatMap((cleanupCallback) => {
            try {
                const result = cleanupCallback(reason);
                return (0, isPromise_ts_1.isPromise)(result) ? [result] : [];
            }
            catch {
                return [];
            }
        });
        const cleanup = cleanupPromises.length > 0
            ? Promise.allSettled(cleanupPromises).then(() => undefined)
            : undefined;
        if ((0, isPromise_ts_1.isPromise)(cleanup)) {
            this._stopCompletion = cleanup
                .then(afterCleanup, afterCleanup)
                .then(() => undefined);
            return this._stopCompletion;
        }
        afterCleanup();
    }
    async *_iteratorLoop(reducer) {
        this._resolveStarted();
        let nextBatch;
        while ((nextBatch = await this._waitForNextBatch())) {
            let reduced = reducer(nextBatch);
            if ((0, isPromise_ts_1.isPromise)(reduced)) {
                reduced = await reduced;
            }
            if (reduced === undefined) {
                continue;
            }
            yield reduced;
        }
    }
    _waitForNextBatch() {
        const { promise, resolve, reject } = (0, promiseWithResolvers_ts_1.promiseWithResolvers)();
        this._batchRequests.add({ resolve, reject });
        this._deliverBatchIfReady();
        return promise;
    }
    _push(item) {
        if (this._stopRequested) {
            return;
        }
        const maybePushPromise = this._reserve();
        if ((0, isPromise_ts_1.isPromise)(item)) {
            const entry = { kind: 'item' };
            this._entries.push(entry);
            item.then((resolved) => {
                entry.settled = { status: 'fulfilled', value: resolved };
                this._deliverBatchIfReady();
            }, (reason) => {
                entry.settled = { status: 'rejected', reason };
                this._deliverBatchIfReady();
            });
        }
        else {
            this._entries.push({
                kind: 'item',
                settled: { status: 'fulfilled', value: item },
            });
            this._deliverBatchIfReady();
        }
        return maybePushPromise;
    }
    _terminate(reason, afterCleanup) {
        for (const entry of this._entries) {
            if (entry.kind === 'item') {
                this._release();
            }
        }
        this._entries.length = 0;
        return this._runStopCleanup(reason, afterCleanup);
    }
    _stop(reason) {
        if (this._stopRequested) {
            return this._stopCompletion;
        }
        const stopCompletion = this._runStopCleanup(reason, () => {
            if (reason === undefined) {
                if (this._entries.length === 0) {
                    this._isStopped = true;
                    this._deliverBatchIfReady();
                    return;
                }
                this._entries.push({ kind: 'stop' });
                this._deliverBatchIfReady();
                return;
            }
            this._entries.push({
                kind: 'item',
                settled: { status: 'rejected', reason },
            });
            this._entries.push({ kind: 'stop' });
            this._deliverBatchIfReady();
        });
        if ((0, isPromise_ts_1.isPromise)(stopCompletion)) {
            stopCompletion.catch(() => undefined);
        }
        return stopCompletion;
    }
    _deliverBatchIfReady() {
        if (!this._batchRequests.size) {
            return;
        }
        const headEntry = this._entries[0];
        const requests = this._batchRequests;
        if (headEntry !== undefined) {
            if (!(headEntry.kind !== 'stop'))
                (0, invariant_ts_1.invariant)(false);
            const settled = headEntry.settled;
            if (settled !== undefined) {
                if (settled.status === 'fulfilled') {
                    this._batchRequests = new Set();
                    requests.forEach((request) => request.resolve(this._drainBatch()));
                    return;
                }
                this._entries.shift();
                this._release();
                this._isStopped = true;
                this._batchRequests = new Set();
                requests.forEach((request) => request.reject(settled.reason));
            }
        }
        else if (this._isStopped) {
            this._batchRequests = new Set();
            requests.forEach((request) => request.resolve(undefined));
        }
    }
    *_drainBatch() {
        while (true) {
            const entry = this._entries[0];
            if (entry === undefined) {
                return;
            }
            if (entry.kind === 'stop') {
                this._isStopped = true;
                this._entries.shift();
                return;
            }
            const settled = entry.settled;
            if (settled === undefined || settled.status === 'rejected') {
                return;
            }
            this._entries.shift();
            this._release();
            yield settled.value;
        }
    }
}
exports.Queue = Queue;
//# sourceMappingURL=Queue.js.map

/***/ }),

/***/ 2695:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createWorkQueue = createWorkQueue;
const invariant_ts_1 = __webpack_require__(3650);
const isPromise_ts_1 = __webpack_require__(4091);
const Queue_ts_1 = __webpack_require__(7764);
function createWorkQueue(initialWork) {
    const rootGroups = new Set();
    const rootStreams = new Set();
    const groupNodes = new Map();
    const taskNodes = new Map();
    let pushGraphEvent;
    let stopGraphEvents;
    const { newGroups: initialRootGroups, newStreams: initialRootStreams } = maybeIntegrateWork(initialWork);
    const nonEmptyInitialRootGroups = pruneEmptyGroups(initialRootGroups);
    for (const group of nonEmptyInitialRootGroups) {
        rootGroups.add(group);
    }
    for (const stream of initialRootStreams) {
        rootStreams.add(stream);
    }
    const events = new Queue_ts_1.Queue(({ push: _push, stop: _stop, onStop, started }) => {
        pushGraphEvent = _push;
        stopGraphEvents = _stop;
        started.then(() => {
            for (const group of rootGroups) {
                startGroup(group);
            }
            for (const stream of rootStreams) {
                startStream(stream);
            }
        });
        onStop((reason) => cancel(reason));
    }, 1).subscribe((graphEvents) => handleGraphEvents(graphEvents));
    return {
        initialGroups: nonEmptyInitialRootGroups,
        initialStreams: initialRootStreams,
        events,
    };
    function cancel(reason) {
        const cancelPromises = [];
        for (const group of rootGroups) {
            cancelGroup(group, reason, cancelPromises);
        }
        for (const stream of rootStreams) {
            cancelStream(stream, reason, cancelPromises);
        }
        if (cancelPromises.length > 0) {
            return Promise.allSettled(cancelPromises).then(() => undefined);
        }
    }
    function cancelGroup(group, reason, cancelPromises) {
        const groupNode = groupNodes.get(group);
        if (groupNode) {
            for (const task of groupNode.tasks) {
                cancelTask(task, reason, cancelPromises);
            }
            for (const childGroup of groupNode.childGroups) {
                cancelGroup(childGroup, reason, cancelPromises);
            }
        }
    }
    function cancelTask(task, reason, cancelPromises) {
        const abortResult = task.computation.abort(reason);
        if ((0, isPromise_ts_1.isPromise)(abortResult)) {
            cancelPromises.push(abortResult);
        }
        const taskNode = taskNodes.get(task);
        if (taskNode) {
            for (const childStream of taskNode.childStreams) {
                cancelStream(childStream, reason, cancelPromises);
            }
        }
    }
    function cancelStream(stream, reason, cancelPromises) {
        const abortResult = stream.queue.abort(reason);
        if ((0, isPromise_ts_1.isPromise)(abortResult)) {
            cancelPromises.push(abortResult);
        }
    }
    function maybeIntegrateWork(work, parentTask) {
        if (!work) {
            return { newGroups: [], newStreams: [] };
        }
        const { groups, tasks, streams } = work;
        const newGroups = groups ? addGroups(groups, parentTask) : [];
        if (tasks) {
            for (const task of tasks) {
                addTask(task);
            }
        }
        const newStreams = streams ? addStreams(streams, parentTask) : [];
        return { newGroups, newStreams };
    }
    function addGroups(originalGroups, parentTask) {
        const groupSet = new Set(originalGroups);
        const visited = new Set();
        const newRootGroups = [];
        for (const group of originalGroups) {
            addGroup(group, groupSet, newRootGroups, visited, parentTask);
        }
        return newRootGroups;
    }
    function addGroup(group, groupSet, newRootGroups, visited, parentTask) {
        if (visited.has(group)) {
            return;
        }
        visited.add(group);
        const parent = group.parent;
        if (parent !== undefined) {
            if (groupSet.has(parent)) {
                addGroup(parent, groupSet, newRootGroups, visited, parentTask);
            }
            if (!groupNodes.has(parent)) {
                return;
            }
        }
        const groupNode = {
            childGroups: [],
            tasks: new Set(),
            pending: 0,
        };
        groupNodes.set(group, groupNode);
        if (parentTask === undefined && !parent) {
            newRootGroups.push(group);
        }
        else if (parent) {
            groupNodes.get(parent)?.childGroups.push(group);
        }
    }
    function addTask(task) {
        for (const group of task.groups) {
            const groupNode = groupNodes.get(group);
            if (groupNode) {
                groupNode.tasks.add(task);
                groupNode.pending++;
                if (rootGroups.has(group)) {
                    startTask(task);
                }
            }
        }
    }
    function addStreams(streams, parentTask) {
        if (!parentTask) {
            return streams;
        }
        const taskNode = taskNodes.get(parentTask);
        if (taskNode) {
            taskNode.childStreams.push(...streams);
        }
        return [];
    }
    function pruneEmptyGroups(newGroups, nonEmptyNewGroups = []) {
        for (const newGroup of newGroups) {
            const newGroupState = groupNodes.get(newGroup);
            if (newGroupState) {
                if (newGroupState.tasks.size === 0) {
                    groupNodes.delete(newGroup);
                    pruneEmptyGroups(newGroupState.childGroups, nonEmptyNewGroups);
                }
                else {
                    nonEmptyNewGroups.push(newGroup);
                }
            }
        }
        return nonEmptyNewGroups;
    }
    function startNewWork(newGroups, newStreams) {
        const groupEvents = [];
        const groupsToStart = [...newGroups];
        const streamsToStart = [...newStreams];
        for (const group of groupsToStart) {
            rootGroups.add(group);
            startGroup(group);
            const groupNode = groupNodes.get(group);
            if (groupNode) {
                maybeFinishGroup(group, groupNode, groupEvents, groupsToStart, streamsToStart);
            }
        }
        for (const stream of streamsToStart) {
            rootStreams.add(stream);
            startStream(stream);
        }
        return groupEvents;
    }
    function startGroup(group) {
        const groupNode = groupNodes.get(group);
        if (groupNode) {
            for (const task of groupNode.tasks) {
                startTask(task);
            }
        }
    }
    function startTask(task) {
        const alreadyStarted = taskNodes.has(task);
        if (!alreadyStarted) {
            taskNodes.set(task, {
                value: undefined,
                childStreams: [],
            });
        }
        try {
            const result = task.computation.result();
            if (alreadyStarted) {
                return;
            }
            if ((0, isPromise_ts_1.isPromise)(result)) {
                result.then((resolved) => {
                    pushGraphEvent({ kind: 'TASK_SUCCESS', task, result: resolved });
                }, (error) => {
                    pushGraphEvent({ kind: 'TASK_FAILURE', task, error });
                });
            }
            else {
                pushGraphEvent({ kind: 'TASK_SUCCESS', task, result });
            }
        }
        catch (error) {
            pushGraphEvent({ kind: 'TASK_FAILURE', task, error });
        }
    }
    async function startStream(stream) {
        try {
            await stream.queue.forEachBatch(async (items) => {
                const pushed = pushGraphEvent({
                    kind: 'STREAM_ITEMS',
                    stream,
                    items,
                });
                if ((0, isPromise_ts_1.isPromise)(pushed)) {
                    await pushed;
                }
            });
            pushGraphEvent({ kind: 'STREAM_SUCCESS', stream });
        }
        catch (error) {
            pushGraphEvent({ kind: 'STREAM_FAILURE', stream, error });
        }
    }
    function handleGraphEvents(graphEvents) {
        const workQueueEvents = [];
        for (const graphEvent of graphEvents) {
            switch (graphEvent.kind) {
                case 'TASK_SUCCESS':
                    workQueueEvents.push(...taskSuccess(graphEvent));
                    break;
                case 'TASK_FAILURE':
                    workQueueEvents.push(...taskFailure(graphEvent));
                    break;
                case 'STREAM_ITEMS':
                    workQueueEvents.push(...streamItems(graphEvent));
                    break;
                case 'STREAM_SUCCESS':
                    if (rootStreams.has(graphEvent.stream)) {
                        rootStreams.delete(graphEvent.stream);
                        workQueueEvents.push(graphEvent);
                    }
                    break;
                case 'STREAM_FAILURE':
                    rootStreams.delete(graphEvent.stream);
                    workQueueEvents.push(graphEvent);
                    break;
            }
        }
        if (rootGroups.size === 0 && rootStreams.size === 0) {
            stopGraphEvents();
            workQueueEvents.push({ kind: 'WORK_QUEUE_TERMINATION' });
        }
        return workQueueEvents.length > 0 ? workQueueEvents : undefined;
    }
    function taskSuccess(graphEvent) {
        const { task, result } = graphEvent;
        const { value, work } = result;
        const taskNode = taskNodes.get(task);
        if (!taskNode) {
            return [];
        }
        taskNode.value = value;
        maybeIntegrateWork(work, task);
        const groupEvents = [];
        const newGroups = [];
        const newStreams = [];
        for (const group of task.groups) {
            const groupNode = groupNodes.get(group);
            if (groupNode) {
                groupNode.pending--;
                maybeFinishGroup(group, groupNode, groupEvents, newGroups, newStreams);
            }
        }
        return [...groupEvents, ...startNewWork(newGroups, newStreams)];
    }
    function maybeFinishGroup(group, groupNode, groupEvents, newGroups, newStreams) {
        if (!rootGroups.has(group)) {
            return;
        }
        if (groupNode.pending === 0) {
            const { groupValuesEvent, groupSuccessEvent, newGroups: childNewGroups, newStreams: childNewStreams, } = finishGroupSuccess(group, groupNode);
            if (groupValuesEvent) {
                groupEvents.push(groupValuesEvent);
            }
            groupEvents.push(groupSuccessEvent);
            newGroups.push(...childNewGroups);
            newStreams.push(...childNewStreams);
        }
    }
    function taskFailure(graphEvent) {
        const { task, error } = graphEvent;
        if (!taskNodes.has(task)) {
            return [];
        }
        const groupFailureEvents = [];
        for (const group of task.groups) {
            const groupNode = groupNodes.get(group);
            if (groupNode && rootGroups.has(group)) {
                groupFailureEvents.push(finishGroupFailure(group, groupNode, error));
            }
        }
        return groupFailureEvents;
    }
    function streamItems(graphEvent) {
        const { stream, items } = graphEvent;
        const values = [];
        const newGroups = [];
        const newStreams = [];
        for (const { value, work } of items) {
            const { newGroups: itemNewGroups, newStreams: itemNewStreams } = maybeIntegrateWork(work);
            const nonEmptyNewGroups = pruneEmptyGroups(itemNewGroups);
            const groupEvents = startNewWork(nonEmptyNewGroups, itemNewStreams);
            if (!(groupEvents.length === 0))
                (0, invariant_ts_1.invariant)(false);
            values.push(value);
            newGroups.push(...nonEmptyNewGroups);
            newStreams.push(...itemNewStreams);
        }
        const streamValuesEvent = {
            kind: 'STREAM_VALUES',
            stream,
            values,
            newGroups,
            newStreams,
        };
        if (stream.queue.isStopped()) {
            rootStreams.delete(stream);
            return [streamValuesEvent, { kind: 'STREAM_SUCCESS', stream }];
        }
        return [streamValuesEvent];
    }
    function finishGroupSuccess(group, groupNode) {
        groupNodes.delete(group);
        const values = [];
        const newStreams = [];
        for (const task of groupNode.tasks) {
            const taskNode = taskNodes.get(task);
            if (taskNode) {
                const { value, childStreams } = taskNode;
                if (value !== undefined) {
                    values.push(value);
                }
                for (const childStream of childStreams) {
                    newStreams.push(childStream);
                }
                removeTask(task);
            }
        }
        const newGroups = pruneEmptyGroups(groupNode.childGroups);
        rootGroups.delete(group);
        return {
            groupValuesEvent: values.length
                ? { kind: 'GROUP_VALUES', group, values }
                : undefined,
            groupSuccessEvent: {
                kind: 'GROUP_SUCCESS',
                group,
                newGroups,
                newStreams,
            },
            newGroups,
            newStreams,
        };
    }
    function finishGroupFailure(group, groupNode, error) {
        removeGroup(group, groupNode);
        return { kind: 'GROUP_FAILURE', group, error };
    }
    function removeGroup(group, groupNode) {
        rootGroups.delete(group);
        groupNodes.delete(group);
        for (const task of groupNode.tasks) {
            if (task.groups.every((taskGroup) => !groupNodes.has(taskGroup))) {
                removeTask(task);
            }
        }
        for (const childGroup of groupNode.childGroups) {
            const childGroupState = groupNodes.get(childGroup);
            if (childGroupState) {
                removeGroup(childGroup, childGroupState);
            }
        }
    }
    function removeTask(task) {
        for (const group of task.groups) {
            const groupNode = groupNodes.get(group);
            groupNode?.tasks.delete(task);
        }
        taskNodes.delete(task);
    }
}
//# sourceMappingURL=WorkQueue.js.map

/***/ }),

/***/ 5814:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.buildExecutionPlan = buildExecutionPlan;
const isSameSet_ts_1 = __webpack_require__(5052);
const SetMap_ts_1 = __webpack_require__(9942);
function buildExecutionPlan(originalGroupedFieldSet, parentDeferUsages = new Set()) {
    const groupedFieldSet = new Map();
    const newGroupedFieldSets = new SetMap_ts_1.SetMap();
    for (const [responseKey, fieldDetailsList] of originalGroupedFieldSet) {
        const filteredDeferUsageSet = getFilteredDeferUsageSet(fieldDetailsList);
        if ((0, isSameSet_ts_1.isSameSet)(filteredDeferUsageSet, parentDeferUsages)) {
            groupedFieldSet.set(responseKey, fieldDetailsList);
            continue;
        }
        const newGroupedFieldSet = newGroupedFieldSets.getOrInsertComputed(filteredDeferUsageSet, () => new Map());
        newGroupedFieldSet.set(responseKey, fieldDetailsList);
    }
    return {
        groupedFieldSet,
        newGroupedFieldSets,
    };
}
function getFilteredDeferUsageSet(fieldDetailsList) {
    const filteredDeferUsageSet = new Set();
    for (const fieldDetails of fieldDetailsList) {
        const deferUsage = fieldDetails.deferUsage;
        if (deferUsage === undefined) {
            filteredDeferUsageSet.clear();
            return filteredDeferUsageSet;
        }
        filteredDeferUsageSet.add(deferUsage);
    }
    for (const deferUsage of filteredDeferUsageSet) {
        let parentDeferUsage = deferUsage.parentDeferUsage;
        while (parentDeferUsage !== undefined) {
            if (filteredDeferUsageSet.has(parentDeferUsage)) {
                filteredDeferUsageSet.delete(deferUsage);
                break;
            }
            parentDeferUsage = parentDeferUsage.parentDeferUsage;
        }
    }
    return filteredDeferUsageSet;
}
//# sourceMappingURL=buildExecutionPlan.js.map

/***/ }),

/***/ 4404:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getDirectiveValues = exports.getVariableValues = exports.getArgumentValues = exports.AbortedGraphQLExecutionError = exports.legacyExecuteRootSelectionSet = exports.legacyExecuteIncrementally = exports.validateSubscriptionArgs = exports.validateExecutionArgs = exports.subscribe = exports.mapSourceToResponseEvent = exports.defaultTypeResolver = exports.defaultFieldResolver = exports.experimentalExecuteRootSelectionSet = exports.experimentalExecuteIncrementally = exports.executeSync = exports.executeSubscriptionEvent = exports.executeRootSelectionSet = exports.execute = exports.createSourceEventStream = exports.responsePathAsArray = void 0;
var Path_ts_1 = __webpack_require__(3155);
Object.defineProperty(exports, "responsePathAsArray", ({ enumerable: true, get: function () { return Path_ts_1.pathToArray; } }));
var execute_ts_1 = __webpack_require__(8923);
Object.defineProperty(exports, "createSourceEventStream", ({ enumerable: true, get: function () { return execute_ts_1.createSourceEventStream; } }));
Object.defineProperty(exports, "execute", ({ enumerable: true, get: function () { return execute_ts_1.execute; } }));
Object.defineProperty(exports, "executeRootSelectionSet", ({ enumerable: true, get: function () { return execute_ts_1.executeRootSelectionSet; } }));
Object.defineProperty(exports, "executeSubscriptionEvent", ({ enumerable: true, get: function () { return execute_ts_1.executeSubscriptionEvent; } }));
Object.defineProperty(exports, "executeSync", ({ enumerable: true, get: function () { return execute_ts_1.executeSync; } }));
Object.defineProperty(exports, "experimentalExecuteIncrementally", ({ enumerable: true, get: function () { return execute_ts_1.experimentalExecuteIncrementally; } }));
Object.defineProperty(exports, "experimentalExecuteRootSelectionSet", ({ enumerable: true, get: function () { return execute_ts_1.experimentalExecuteRootSelectionSet; } }));
Object.defineProperty(exports, "defaultFieldResolver", ({ enumerable: true, get: function () { return execute_ts_1.defaultFieldResolver; } }));
Object.defineProperty(exports, "defaultTypeResolver", ({ enumerable: true, get: function () { return execute_ts_1.defaultTypeResolver; } }));
Object.defineProperty(exports, "mapSourceToResponseEvent", ({ enumerable: true, get: function () { return execute_ts_1.mapSourceToResponseEvent; } }));
Object.defineProperty(exports, "subscribe", ({ enumerable: true, get: function () { return execute_ts_1.subscribe; } }));
Object.defineProperty(exports, "validateExecutionArgs", ({ enumerable: true, get: function () { return execute_ts_1.validateExecutionArgs; } }));
Object.defineProperty(exports, "validateSubscriptionArgs", ({ enumerable: true, get: function () { return execute_ts_1.validateSubscriptionArgs; } }));
var legacyExecuteIncrementally_ts_1 = __webpack_require__(7929);
Object.defineProperty(exports, "legacyExecuteIncrementally", ({ enumerable: true, get: function () { return legacyExecuteIncrementally_ts_1.legacyExecuteIncrementally; } }));
Object.defineProperty(exports, "legacyExecuteRootSelectionSet", ({ enumerable: true, get: function () { return legacyExecuteIncrementally_ts_1.legacyExecuteRootSelectionSet; } }));
var AbortedGraphQLExecutionError_ts_1 = __webpack_require__(6474);
Object.defineProperty(exports, "AbortedGraphQLExecutionError", ({ enumerable: true, get: function () { return AbortedGraphQLExecutionError_ts_1.AbortedGraphQLExecutionError; } }));
var values_ts_1 = __webpack_require__(3604);
Object.defineProperty(exports, "getArgumentValues", ({ enumerable: true, get: function () { return values_ts_1.getArgumentValues; } }));
Object.defineProperty(exports, "getVariableValues", ({ enumerable: true, get: function () { return values_ts_1.getVariableValues; } }));
Object.defineProperty(exports, "getDirectiveValues", ({ enumerable: true, get: function () { return values_ts_1.getDirectiveValues; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 9801:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BranchingIncrementalExecutor = void 0;
const AccumulatorMap_ts_1 = __webpack_require__(440);
const invariant_ts_1 = __webpack_require__(3650);
const isSameSet_ts_1 = __webpack_require__(5052);
const memoize1_ts_1 = __webpack_require__(1928);
const memoize2_ts_1 = __webpack_require__(8222);
const SetMap_ts_1 = __webpack_require__(9942);
const IncrementalExecutor_ts_1 = __webpack_require__(5326);
const BranchingIncrementalPublisher_ts_1 = __webpack_require__(686);
const buildBranchingExecutionPlanFromInitial = (0, memoize1_ts_1.memoize1)((groupedFieldSet) => buildBranchingExecutionPlan(groupedFieldSet));
const buildBranchingExecutionPlanFromDeferred = (0, memoize2_ts_1.memoize2)((groupedFieldSet, deferUsageSet) => buildBranchingExecutionPlan(groupedFieldSet, deferUsageSet));
class BranchingIncrementalExecutor extends IncrementalExecutor_ts_1.IncrementalExecutor {
    getCreateSubExecutor() {
        const validatedExecutionArgs = this.validatedExecutionArgs;
        const sharedExecutionContext = this.sharedExecutionContext;
        return (deferUsageSet) => new BranchingIncrementalExecutor(validatedExecutionArgs, sharedExecutionContext, deferUsageSet);
    }
    buildResponse(data) {
        const work = this.getIncrementalWork();
        const { tasks, streams } = work;
        if (tasks?.length === 0 && streams?.length === 0) {
            return super.buildResponse(data);
        }
        const errors = this.collectedErrors.errors;
        if (!(data !== null))
            (0, invariant_ts_1.invariant)(false);
        const incrementalPublisher = new BranchingIncrementalPublisher_ts_1.BranchingIncrementalPublisher();
        return incrementalPublisher.buildResponse(data, errors, work, this.validatedExecutionArgs.externalAbortSignal, this.getFinishSharedExecution());
    }
    buildRootExecutionPlan(originalGroupedFieldSet) {
        return buildBranchingExecutionPlanFromInitial(originalGroupedFieldSet);
    }
    buildSubExecutionPlan(originalGroupedFieldSet) {
        return this.deferUsageSet === undefined
            ? buildBranchingExecutionPlanFromInitial(originalGroupedFieldSet)
            : buildBranchingExecutionPlanFromDeferred(originalGroupedFieldSet, this.deferUsageSet);
    }
}
exports.BranchingIncrementalExecutor = BranchingIncrementalExecutor;
function buildBranchingExecutionPlan(originalGroupedFieldSet, parentDeferUsages = new Set()) {
    const groupedFieldSet = new AccumulatorMap_ts_1.AccumulatorMap();
    const newGroupedFieldSets = new SetMap_ts_1.SetMap();
    for (const [responseKey, fieldGroup] of originalGroupedFieldSet) {
        for (const fieldDetails of fieldGroup) {
            const deferUsage = fieldDetails.deferUsage;
            const deferUsageSet = deferUsage === undefined
                ? new Set()
                : new Set([deferUsage]);
            if ((0, isSameSet_ts_1.isSameSet)(parentDeferUsages, deferUsageSet)) {
                groupedFieldSet.add(responseKey, fieldDetails);
            }
            else {
                const newGroupedFieldSet = newGroupedFieldSets.getOrInsertComputed(deferUsageSet, () => new AccumulatorMap_ts_1.AccumulatorMap());
                newGroupedFieldSet.add(responseKey, fieldDetails);
            }
        }
    }
    return {
        groupedFieldSet,
        newGroupedFieldSets,
    };
}
//# sourceMappingURL=BranchingIncrementalExecutor.js.map

/***/ }),

/***/ 686:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BranchingIncrementalPublisher = void 0;
const Path_ts_1 = __webpack_require__(3155);
const ensureGraphQLError_ts_1 = __webpack_require__(7489);
const WorkQueue_ts_1 = __webpack_require__(2695);
const mapAsyncIterable_ts_1 = __webpack_require__(7534);
const withConcurrentAbruptClose_ts_1 = __webpack_require__(4033);
class BranchingIncrementalPublisher {
    constructor() {
        this._indices = new Map();
    }
    buildResponse(data, errors, work, abortSignal, onFinished) {
        const { initialStreams, events } = (0, WorkQueue_ts_1.createWorkQueue)(work);
        for (const stream of initialStreams) {
            this._indices.set(stream, stream.initialCount);
        }
        function abort() {
            subsequentResults.throw(abortSignal?.reason).catch(() => {
            });
        }
        if (abortSignal) {
            abortSignal.addEventListener('abort', abort);
        }
        const onWorkQueueFinished = () => {
            onFinished();
            abortSignal?.removeEventListener('abort', abort);
        };
        const initialResult = errors.length
            ? { errors, data, hasNext: true }
            : { data, hasNext: true };
        const subsequentResults = (0, withConcurrentAbruptClose_ts_1.withConcurrentAbruptClose)((0, mapAsyncIterable_ts_1.mapAsyncIterable)(events, (batch) => this._handleBatch(batch, onWorkQueueFinished)), () => onWorkQueueFinished());
        return {
            initialResult,
            subsequentResults,
        };
    }
    _handleBatch(batch, onWorkQueueFinished) {
        const context = {
            incremental: [],
            hasNext: true,
        };
        for (const event of batch) {
            this._handleWorkQueueEvent(event, context, onWorkQueueFinished);
        }
        const { incremental, hasNext } = context;
        const result = { hasNext };
        if (incremental.length > 0) {
            result.incremental = incremental;
        }
        return result;
    }
    _handleWorkQueueEvent(event, context, onWorkQueueFinished) {
        switch (event.kind) {
            case 'GROUP_VALUES': {
                const group = event.group;
                for (const value of event.values) {
                    context.incremental.push(buildIncrementalResult({
                        data: value.data,
                        path: (0, Path_ts_1.pathToArray)(group.path),
                    }, group.label, value.errors));
                }
                break;
            }
            case 'GROUP_SUCCESS': {
                break;
            }
            case 'GROUP_FAILURE': {
                const group = event.group;
                context.incremental.push(buildIncrementalResult({
                    data: null,
                    path: (0, Path_ts_1.pathToArray)(group.path),
                }, group.label, [(0, ensureGraphQLError_ts_1.ensureGraphQLError)(event.error)]));
                break;
            }
            case 'STREAM_VALUES': {
                const stream = event.stream;
                const { values } = event;
                const items = [];
                const errors = [];
                for (const value of values) {
                    items.push(value.item);
                    if (value.errors !== undefined) {
                        errors.push(...value.errors);
                    }
                }
                let index = this._indices.get(stream);
                if (index === undefined) {
                    index = stream.initialCount;
                    this._indices.set(stream, index);
                }
                this._indices.set(stream, index + items.length);
                context.incremental.push(buildIncrementalResult({
                    items,
                    path: (0, Path_ts_1.pathToArray)((0, Path_ts_1.addPath)(stream.path, index, undefined)),
                }, stream.label, errors.length > 0 ? errors : undefined));
                break;
            }
            case 'STREAM_SUCCESS': {
                this._indices.delete(event.stream);
                break;
            }
            case 'STREAM_FAILURE': {
                this._indices.delete(event.stream);
                const stream = event.stream;
                context.incremental.push(buildIncrementalResult({
                    items: null,
                    path: (0, Path_ts_1.pathToArray)(stream.path),
                }, stream.label, [(0, ensureGraphQLError_ts_1.ensureGraphQLError)(event.error)]));
                break;
            }
            case 'WORK_QUEUE_TERMINATION': {
                onWorkQueueFinished?.();
                context.hasNext = false;
                break;
            }
        }
    }
}
exports.BranchingIncrementalPublisher = BranchingIncrementalPublisher;
function buildIncrementalResult(originalIncrementalResult, label, errors) {
    const incrementalResult = originalIncrementalResult;
    if (errors !== undefined) {
        incrementalResult.errors = errors;
    }
    if (label !== undefined) {
        incrementalResult.label = label;
    }
    return incrementalResult;
}
//# sourceMappingURL=BranchingIncrementalPublisher.js.map

/***/ }),

/***/ 7929:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.legacyExecuteIncrementally = legacyExecuteIncrementally;
exports.legacyExecuteRootSelectionSet = legacyExecuteRootSelectionSet;
const execute_ts_1 = __webpack_require__(8923);
const BranchingIncrementalExecutor_ts_1 = __webpack_require__(9801);
function legacyExecuteIncrementally(args) {
    const validatedExecutionArgs = (0, execute_ts_1.validateExecutionArgs)(args);
    if (!('schema' in validatedExecutionArgs)) {
        return { errors: validatedExecutionArgs };
    }
    return legacyExecuteRootSelectionSet(validatedExecutionArgs);
}
function legacyExecuteRootSelectionSet(validatedExecutionArgs) {
    return new BranchingIncrementalExecutor_ts_1.BranchingIncrementalExecutor(validatedExecutionArgs).executeRootSelectionSet();
}
//# sourceMappingURL=legacyExecuteIncrementally.js.map

/***/ }),

/***/ 7534:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mapAsyncIterable = mapAsyncIterable;
const isPromise_ts_1 = __webpack_require__(4091);
const withConcurrentAbruptClose_ts_1 = __webpack_require__(4033);
function mapAsyncIterable(iterable, callback) {
    const iterator = iterable[Symbol.asyncIterator]();
    const returnFn = iterator.return?.bind(iterator);
    const throwFn = iterator.throw?.bind(iterator);
    const onReturn = returnFn
        ? () => callIgnoringErrors(returnFn)
        : () => Promise.resolve();
    const onThrow = throwFn
        ? (reason) => callIgnoringErrors(() => throwFn(reason))
        : onReturn;
    return (0, withConcurrentAbruptClose_ts_1.withConcurrentAbruptClose)(mapAsyncIterableImpl(iterable, callback), onReturn, onThrow);
}
async function callIgnoringErrors(fn) {
    try {
        await fn();
    }
    catch {
    }
}
async function* mapAsyncIterableImpl(iterable, mapFn) {
    for await (const value of iterable) {
        const result = mapFn(value);
        if ((0, isPromise_ts_1.isPromise)(result)) {
            yield await result;
            continue;
        }
        yield result;
    }
}
//# sourceMappingURL=mapAsyncIterable.js.map

/***/ }),

/***/ 5876:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.returnIteratorCatchingErrors = returnIteratorCatchingErrors;
async function returnIteratorCatchingErrors(iterator) {
    try {
        await iterator.return?.();
    }
    catch {
    }
}
//# sourceMappingURL=returnIteratorCatchingErrors.js.map

/***/ }),

/***/ 3604:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getVariableValues = getVariableValues;
exports.getFragmentVariableValues = getFragmentVariableValues;
exports.getArgumentValues = getArgumentValues;
exports.getDirectiveValues = getDirectiveValues;
const invariant_ts_1 = __webpack_require__(3650);
const printPathArray_ts_1 = __webpack_require__(8373);
const ensureGraphQLError_ts_1 = __webpack_require__(7489);
const GraphQLError_ts_1 = __webpack_require__(5939);
const kinds_ts_1 = __webpack_require__(1123);
const definition_ts_1 = __webpack_require__(4169);
const validate_ts_1 = __webpack_require__(3902);
const coerceInputValue_ts_1 = __webpack_require__(7572);
const validateInputValue_ts_1 = __webpack_require__(4203);
const getVariableSignature_ts_1 = __webpack_require__(2384);
function getVariableValues(schema, varDefNodes, inputs, options) {
    const errors = [];
    const maxErrors = options?.maxErrors;
    try {
        const variableValues = coerceVariableValues(schema, varDefNodes, inputs, (error) => {
            if (maxErrors != null && errors.length >= maxErrors) {
                throw new GraphQLError_ts_1.GraphQLError('Too many errors processing variables, error limit reached. Execution aborted.');
            }
            errors.push(error);
        }, options?.hideSuggestions);
        if (errors.length === 0) {
            return { variableValues };
        }
    }
    catch (error) {
        errors.push((0, ensureGraphQLError_ts_1.ensureGraphQLError)(error));
    }
    return { errors };
}
function coerceVariableValues(schema, varDefNodes, inputs, onError, hideSuggestions) {
    const sources = Object.create(null);
    const coerced = Object.create(null);
    for (const varDefNode of varDefNodes) {
        const varSignature = (0, getVariableSignature_ts_1.getVariableSignature)(schema, varDefNode);
        if (varSignature instanceof GraphQLError_ts_1.GraphQLError) {
            onError(varSignature);
            continue;
        }
        const { name: varName, type: varType } = varSignature;
        const value = Object.hasOwn(inputs, varName) ? inputs[varName] : undefined;
        if (value === undefined) {
            sources[varName] = { signature: varSignature };
            if (varDefNode.defaultValue) {
                maybeUseDefaultValue(coerced, varName, varSignature, (error, path) => {
                    onError(new GraphQLError_ts_1.GraphQLError(`Variable "$${varName}" has invalid default value${(0, printPathArray_ts_1.printPathArray)(path)}: ${error.message}`, { nodes: varDefNode }));
                }, hideSuggestions);
                continue;
            }
            else if (!(0, definition_ts_1.isNonNullType)(varType)) {
                continue;
            }
        }
        else {
            sources[varName] = { signature: varSignature, value };
        }
        const coercedValue = (0, coerceInputValue_ts_1.coerceInputValue)(value, varType);
        if (coercedValue !== undefined) {
            coerced[varName] = coercedValue;
        }
        else {
            (0, validateInputValue_ts_1.validateInputValue)(value, varType, (error, path) => {
                onError(new GraphQLError_ts_1.GraphQLError(`Variable "$${varName}" has invalid value${(0, printPathArray_ts_1.printPathArray)(path)}: ${error.message}`, { nodes: varDefNode, originalError: error }));
            }, hideSuggestions);
        }
    }
    return { sources, coerced };
}
function maybeUseDefaultValue(coercedValues, name, inputValue, onError, hideSuggestions) {
    try {
        const coercedDefaultValue = (0, coerceInputValue_ts_1.coerceDefaultValue)(inputValue);
        if (coercedDefaultValue !== undefined) {
            coercedValues[name] = coercedDefaultValue;
        }
    }
    catch (error) {
        const defaultInput = inputValue.default;
        if (defaultInput === undefined) {
            throw error;
        }
        let reportedValidationError = false;
        (0, validate_ts_1.validateDefaultInput)(defaultInput, inputValue.type, (defaultError, path) => {
            reportedValidationError = true;
            onError(defaultError, path);
        }, hideSuggestions);
        if (!reportedValidationError) {
            onError((0, ensureGraphQLError_ts_1.ensureGraphQLError)(error), []);
        }
    }
}
function getFragmentVariableValues(fragmentSpreadNode, fragmentSignatures, variableValues, fragmentVariableValues, hideSuggestions) {
    const argumentNodes = fragmentSpreadNode.arguments ?? [];
    const argNodeMap = new Map(argumentNodes.map((arg) => [arg.name.value, arg]));
    const sources = Object.create(null);
    const coerced = Object.create(null);
    for (const [varName, varSignature] of Object.entries(fragmentSignatures)) {
        const argumentNode = argNodeMap.get(varName);
        if (argumentNode !== undefined) {
            sources[varName] =
                fragmentVariableValues == null
                    ? { signature: varSignature, value: argumentNode.value }
                    : {
                        signature: varSignature,
                        value: argumentNode.value,
                        fragmentVariableValues,
                    };
        }
        else {
            sources[varName] = {
                signature: varSignature,
            };
        }
        coerceArgument(coerced, fragmentSpreadNode, varName, varSignature, argumentNode, variableValues, fragmentVariableValues, hideSuggestions);
    }
    return { sources, coerced };
}
function getArgumentValues(def, node, variableValues, fragmentVariableValues, hideSuggestions) {
    const coercedValues = Object.create(null);
    if (def.args.length === 0) {
        return coercedValues;
    }
    const argumentNodes = node.arguments ?? [];
    const argNodeMap = new Map(argumentNodes.map((arg) => [arg.name.value, arg]));
    for (const argDef of def.args) {
        const name = argDef.name;
        coerceArgument(coercedValues, node, name, argDef, argNodeMap.get(argDef.name), variableValues, fragmentVariableValues, hideSuggestions);
    }
    return coercedValues;
}
function coerceArgument(coercedValues, node, argName, argDef, argumentNode, variableValues, fragmentVariableValues, hideSuggestions) {
    const argType = argDef.type;
    const onArgDefaultValueError = (error, path) => {
        throw new GraphQLError_ts_1.GraphQLError(`${printArgumentOrFragmentVariable(argDef, node)} has invalid default value${(0, printPathArray_ts_1.printPathArray)(path)}: ${error.message}`, { nodes: node });
    };
    if (!argumentNode) {
        if ((0, definition_ts_1.isRequiredArgument)(argDef)) {
            throw new GraphQLError_ts_1.GraphQLError(`${printArgumentOrFragmentVariable(argDef, node)} of required type "${argType}" was not provided.`, { nodes: node });
        }
        maybeUseDefaultValue(coercedValues, argName, argDef, onArgDefaultValueError, hideSuggestions);
        return;
    }
    const valueNode = argumentNode.value;
    if (valueNode.kind === kinds_ts_1.Kind.VARIABLE) {
        const variableName = valueNode.name.value;
        const scopedVariableValues = fragmentVariableValues?.sources[variableName]
            ? fragmentVariableValues
            : variableValues;
        if ((scopedVariableValues == null ||
            !Object.hasOwn(scopedVariableValues.coerced, variableName)) &&
            !(0, definition_ts_1.isRequiredArgument)(argDef)) {
            maybeUseDefaultValue(coercedValues, argName, argDef, onArgDefaultValueError, hideSuggestions);
            return;
        }
    }
    const coercedValue = (0, coerceInputValue_ts_1.coerceInputLiteral)(valueNode, argType, variableValues, fragmentVariableValues);
    if (coercedValue === undefined) {
        (0, validateInputValue_ts_1.validateInputLiteral)(valueNode, argType, (error, path) => {
            error.message = `${printArgumentOrFragmentVariable(argDef, node)} has invalid value${(0, printPathArray_ts_1.printPathArray)(path)}: ${error.message}`;
            throw error;
        }, variableValues, fragmentVariableValues, hideSuggestions);
        (0, invariant_ts_1.invariant)(false, 'Invalid argument');
    }
    coercedValues[argName] = coercedValue;
}
function printArgumentOrFragmentVariable(argDef, node) {
    return (0, definition_ts_1.isArgument)(argDef)
        ? `Argument "${argDef}"`
        : `Variable "$${argDef.name}" defined by fragment "${node.name.value}"`;
}
function getDirectiveValues(directiveDef, node, variableValues, fragmentVariableValues, hideSuggestions) {
    const directiveNode = node.directives?.find((directive) => directive.name.value === directiveDef.name);
    if (directiveNode) {
        return getArgumentValues(directiveDef, directiveNode, variableValues, fragmentVariableValues, hideSuggestions);
    }
}
//# sourceMappingURL=values.js.map

/***/ }),

/***/ 4033:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.withConcurrentAbruptClose = withConcurrentAbruptClose;
const isPromise_ts_1 = __webpack_require__(4091);
const asyncDispose = Symbol.asyncDispose ?? Symbol.for('Symbol.asyncDispose');
function withConcurrentAbruptClose(generator, beforeReturn, beforeThrow = beforeReturn) {
    let completed = false;
    let abruptCloseRequested = false;
    const runAbruptCloseFn = (fn) => {
        if (completed || abruptCloseRequested) {
            return;
        }
        abruptCloseRequested = true;
        return ignoreErrors(fn);
    };
    return {
        [Symbol.asyncIterator]() {
            return this;
        },
        next() {
            const result = generator.next();
            result
                .then((iteration) => {
                if (iteration.done) {
                    completed = true;
                }
            })
                .catch(() => undefined);
            return result;
        },
        async return() {
            await runAbruptCloseFn(beforeReturn);
            return generator.return();
        },
        async throw(error) {
            await runAbruptCloseFn(() => beforeThrow(error));
            return generator.throw(error);
        },
        async [asyncDispose]() {
            await runAbruptCloseFn(beforeReturn);
            if (typeof generator[asyncDispose] === 'function') {
                await generator[asyncDispose]();
            }
        },
    };
}
function ignoreErrors(fn) {
    try {
        const result = fn();
        if ((0, isPromise_ts_1.isPromise)(result)) {
            return result.catch(() => {
            });
        }
    }
    catch {
    }
}
//# sourceMappingURL=withConcurrentAbruptClose.js.map

/***/ }),

/***/ 6352:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.graphql = graphql;
exports.graphqlSync = graphqlSync;
const isPromise_ts_1 = __webpack_require__(4091);
const ensureGraphQLError_ts_1 = __webpack_require__(7489);
const validate_ts_1 = __webpack_require__(3902);
const harness_ts_1 = __webpack_require__(9073);
function graphql(args) {
    return new Promise((resolve) => resolve(graphqlImpl(args)));
}
function graphqlSync(args) {
    const result = graphqlImpl(args);
    if ((0, isPromise_ts_1.isPromise)(result)) {
        throw new Error('GraphQL execution failed to complete synchronously.');
    }
    return result;
}
function graphqlImpl(args) {
    const harness = args.harness ?? harness_ts_1.defaultHarness;
    const { schema, source } = args;
    const schemaValidationErrors = (0, validate_ts_1.validateSchema)(schema);
    if (schemaValidationErrors.length > 0) {
        return { errors: schemaValidationErrors };
    }
    let document;
    try {
        document = harness.parse(source, args);
    }
    catch (syntaxError) {
        return { errors: [(0, ensureGraphQLError_ts_1.ensureGraphQLError)(syntaxError)] };
    }
    if ((0, isPromise_ts_1.isPromise)(document)) {
        return document.then((resolvedDocument) => validateAndExecute(harness, args, schema, resolvedDocument), (syntaxError) => ({ errors: [(0, ensureGraphQLError_ts_1.ensureGraphQLError)(syntaxError)] }));
    }
    return validateAndExecute(harness, args, schema, document);
}
function validateAndExecute(harness, args, schema, document) {
    const validationResult = harness.validate(schema, document, args.rules, args);
    if ((0, isPromise_ts_1.isPromise)(validationResult)) {
        return validationResult.then((resolvedValidationResult) => checkValidationAndExecute(harness, args, resolvedValidationResult, document));
    }
    return checkValidationAndExecute(harness, args, validationResult, document);
}
function checkValidationAndExecute(harness, args, validationResult, document) {
    if (validationResult.length > 0) {
        return { errors: validationResult };
    }
    return harness.execute({ ...args, document });
}
//# sourceMappingURL=graphql.js.map

/***/ }),

/***/ 9073:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultHarness = void 0;
const parser_ts_1 = __webpack_require__(4929);
const validate_ts_1 = __webpack_require__(7063);
const execute_ts_1 = __webpack_require__(8923);
exports.defaultHarness = {
    parse: parser_ts_1.parse,
    validate: validate_ts_1.validate,
    execute: execute_ts_1.execute,
    subscribe: execute_ts_1.subscribe,
};
//# sourceMappingURL=harness.js.map

/***/ }),

/***/ 7645:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isSchema = exports.TypeNameMetaFieldDef = exports.TypeMetaFieldDef = exports.SchemaMetaFieldDef = exports.__TypeKind = exports.__EnumValue = exports.__InputValue = exports.__Field = exports.__Type = exports.__DirectiveLocation = exports.__Directive = exports.__Schema = exports.introspectionTypes = exports.DEFAULT_DEPRECATION_REASON = exports.TypeKind = exports.GraphQLOneOfDirective = exports.GraphQLSpecifiedByDirective = exports.GraphQLDeprecatedDirective = exports.GraphQLStreamDirective = exports.GraphQLDeferDirective = exports.GraphQLSkipDirective = exports.GraphQLIncludeDirective = exports.specifiedDirectives = exports.GRAPHQL_MIN_INT = exports.GRAPHQL_MAX_INT = exports.GraphQLID = exports.GraphQLBoolean = exports.GraphQLString = exports.GraphQLFloat = exports.GraphQLInt = exports.specifiedScalarTypes = exports.GraphQLNonNull = exports.GraphQLList = exports.GraphQLInputObjectType = exports.GraphQLEnumType = exports.GraphQLUnionType = exports.GraphQLInterfaceType = exports.GraphQLObjectType = exports.GraphQLScalarType = exports.GraphQLDirective = exports.GraphQLSchema = exports.resolveReadonlyArrayThunk = exports.resolveObjMapThunk = exports.defaultHarness = exports.graphqlSync = exports.graphql = exports.isDevModeEnabled = exports.enableDevMode = exports.versionInfo = exports.version = void 0;
exports.assertNamedType = exports.assertNullableType = exports.assertWrappingType = exports.assertAbstractType = exports.assertCompositeType = exports.assertLeafType = exports.assertOutputType = exports.assertInputType = exports.assertNonNullType = exports.assertListType = exports.assertInputField = exports.assertInputObjectType = exports.assertEnumValue = exports.assertEnumType = exports.assertUnionType = exports.assertInterfaceType = exports.assertArgument = exports.assertField = exports.assertObjectType = exports.assertScalarType = exports.assertType = exports.assertDirective = exports.assertSchema = exports.isSpecifiedDirective = exports.isIntrospectionType = exports.isSpecifiedScalarType = exports.isRequiredInputField = exports.isRequiredArgument = exports.isNamedType = exports.isNullableType = exports.isWrappingType = exports.isAbstractType = exports.isCompositeType = exports.isLeafType = exports.isOutputType = exports.isInputType = exports.isNonNullType = exports.isListType = exports.isInputField = exports.isInputObjectType = exports.isEnumValue = exports.isEnumType = exports.isUnionType = exports.isInterfaceType = exports.isArgument = exports.isField = exports.isObjectType = exports.isScalarType = exports.isType = exports.isDirective = void 0;
exports.defaultTypeResolver = exports.defaultFieldResolver = exports.executeSync = exports.legacyExecuteRootSelectionSet = exports.legacyExecuteIncrementally = exports.experimentalExecuteRootSelectionSet = exports.experimentalExecuteIncrementally = exports.executeSubscriptionEvent = exports.executeRootSelectionSet = exports.execute = exports.AbortedGraphQLExecutionError = exports.isSubscriptionOperationDefinitionNode = exports.isSchemaCoordinateNode = exports.isTypeExtensionNode = exports.isTypeSystemExtensionNode = exports.isTypeDefinitionNode = exports.isTypeSystemDefinitionNode = exports.isTypeNode = exports.isConstValueNode = exports.isValueNode = exports.isSelectionNode = exports.isExecutableDefinitionNode = exports.isDefinitionNode = exports.DirectiveLocation = exports.BREAK = exports.getEnterLeaveForKind = exports.visitInParallel = exports.visit = exports.print = exports.parseSchemaCoordinate = exports.parseType = exports.parseConstValue = exports.parseValue = exports.parse = exports.TokenKind = exports.Lexer = exports.printSourceLocation = exports.printLocation = exports.getLocation = exports.OperationTypeNode = exports.Location = exports.Source = exports.Token = exports.Kind = exports.assertEnumValueName = exports.assertName = exports.assertValidSchema = exports.validateSchema = exports.getNamedType = exports.getNullableType = void 0;
exports.UniqueFieldDefinitionNamesRule = exports.UniqueEnumValueNamesRule = exports.UniqueTypeNamesRule = exports.UniqueOperationTypesRule = exports.LoneSchemaDefinitionRule = exports.MaxIntrospectionDepthRule = exports.VariablesInAllowedPositionRule = exports.VariablesAreInputTypesRule = exports.ValuesOfCorrectTypeRule = exports.UniqueVariableNamesRule = exports.UniqueOperationNamesRule = exports.UniqueInputFieldNamesRule = exports.UniqueFragmentNamesRule = exports.UniqueDirectivesPerLocationRule = exports.UniqueArgumentNamesRule = exports.StreamDirectiveOnListFieldRule = exports.SingleFieldSubscriptionsRule = exports.ScalarLeafsRule = exports.ProvidedRequiredArgumentsRule = exports.PossibleFragmentSpreadsRule = exports.OverlappingFieldsCanBeMergedRule = exports.NoUnusedVariablesRule = exports.NoUnusedFragmentsRule = exports.NoUndefinedVariablesRule = exports.NoFragmentCyclesRule = exports.LoneAnonymousOperationRule = exports.KnownTypeNamesRule = exports.KnownOperationTypesRule = exports.KnownFragmentNamesRule = exports.KnownDirectivesRule = exports.KnownArgumentNamesRule = exports.FragmentsOnCompositeTypesRule = exports.FieldsOnCorrectTypeRule = exports.ExecutableDefinitionsRule = exports.DeferStreamDirectiveOnValidOperationsRule = exports.DeferStreamDirectiveOnRootFieldRule = exports.DeferStreamDirectiveLabelRule = exports.recommendedRules = exports.specifiedRules = exports.ValidationContext = exports.validate = exports.validateSubscriptionArgs = exports.validateExecutionArgs = exports.mapSourceToResponseEvent = exports.createSourceEventStream = exports.subscribe = exports.getDirectiveValues = exports.getVariableValues = exports.getArgumentValues = exports.responsePathAsArray = void 0;
exports.resolveASTSchemaCoordinate = exports.resolveSchemaCoordinate = exports.findSchemaChanges = exports.findDangerousChanges = exports.findBreakingChanges = exports.SafeChangeType = exports.DangerousChangeType = exports.BreakingChangeType = exports.doTypesOverlap = exports.isTypeSubTypeOf = exports.isEqualType = exports.stripIgnoredCharacters = exports.separateOperations = exports.concatAST = exports.validateInputLiteral = exports.validateInputValue = exports.coerceInputLiteral = exports.coerceInputValue = exports.valueToLiteral = exports.replaceVariables = exports.visitWithTypeInfo = exports.TypeInfo = exports.astFromValue = exports.valueFromASTUntyped = exports.valueFromAST = exports.typeFromAST = exports.printIntrospectionSchema = exports.printDirective = exports.printType = exports.printSchema = exports.lexicographicSortSchema = exports.extendSchema = exports.buildSchema = exports.buildASTSchema = exports.buildClientSchema = exports.introspectionFromSchema = exports.getOperationAST = exports.getIntrospectionQuery = exports.locatedError = exports.syntaxError = exports.GraphQLError = exports.NoSchemaIntrospectionCustomRule = exports.NoDeprecatedCustomRule = exports.PossibleTypeExtensionsRule = exports.UniqueDirectiveNamesRule = exports.UniqueArgumentDefinitionNamesRule = void 0;
var version_ts_1 = __webpack_require__(8725);
Object.defineProperty(exports, "version", ({ enumerable: true, get: function () { return version_ts_1.version; } }));
Object.defineProperty(exports, "versionInfo", ({ enumerable: true, get: function () { return version_ts_1.versionInfo; } }));
var devMode_ts_1 = __webpack_require__(5869);
Object.defineProperty(exports, "enableDevMode", ({ enumerable: true, get: function () { return devMode_ts_1.enableDevMode; } }));
Object.defineProperty(exports, "isDevModeEnabled", ({ enumerable: true, get: function () { return devMode_ts_1.isDevModeEnabled; } }));
var graphql_ts_1 = __webpack_require__(6352);
Object.defineProperty(exports, "graphql", ({ enumerable: true, get: function () { return graphql_ts_1.graphql; } }));
Object.defineProperty(exports, "graphqlSync", ({ enumerable: true, get: function () { return graphql_ts_1.graphqlSync; } }));
var harness_ts_1 = __webpack_require__(9073);
Object.defineProperty(exports, "defaultHarness", ({ enumerable: true, get: function () { return harness_ts_1.defaultHarness; } }));
var index_ts_1 = __webpack_require__(6618);
Object.defineProperty(exports, "resolveObjMapThunk", ({ enumerable: true, get: function () { return index_ts_1.resolveObjMapThunk; } }));
Object.defineProperty(exports, "resolveReadonlyArrayThunk", ({ enumerable: true, get: function () { return index_ts_1.resolveReadonlyArrayThunk; } }));
Object.defineProperty(exports, "GraphQLSchema", ({ enumerable: true, get: function () { return index_ts_1.GraphQLSchema; } }));
Object.defineProperty(exports, "GraphQLDirective", ({ enumerable: true, get: function () { return index_ts_1.GraphQLDirective; } }));
Object.defineProperty(exports, "GraphQLScalarType", ({ enumerable: true, get: function () { return index_ts_1.GraphQLScalarType; } }));
Object.defineProperty(exports, "GraphQLObjectType", ({ enumerable: true, get: function () { return index_ts_1.GraphQLObjectType; } }));
Object.defineProperty(exports, "GraphQLInterfaceType", ({ enumerable: true, get: function () { return index_ts_1.GraphQLInterfaceType; } }));
Object.defineProperty(exports, "GraphQLUnionType", ({ enumerable: true, get: function () { return index_ts_1.GraphQLUnionType; } }));
Object.defineProperty(exports, "GraphQLEnumType", ({ enumerable: true, get: function () { return index_ts_1.GraphQLEnumType; } }));
Object.defineProperty(exports, "GraphQLInputObjectType", ({ enumerable: true, get: function () { return index_ts_1.GraphQLInputObjectType; } }));
Object.defineProperty(exports, "GraphQLList", ({ enumerable: true, get: function () { return index_ts_1.GraphQLList; } }));
Object.defineProperty(exports, "GraphQLNonNull", ({ enumerable: true, get: function () { return index_ts_1.GraphQLNonNull; } }));
Object.defineProperty(exports, "specifiedScalarTypes", ({ enumerable: true, get: function () { return index_ts_1.specifiedScalarTypes; } }));
Object.defineProperty(exports, "GraphQLInt", ({ enumerable: true, get: function () { return index_ts_1.GraphQLInt; } }));
Object.defineProperty(exports, "GraphQLFloat", ({ enumerable: true, get: function () { return index_ts_1.GraphQLFloat; } }));
Object.defineProperty(exports, "GraphQLString", ({ enumerable: true, get: function () { return index_ts_1.GraphQLString; } }));
Object.defineProperty(exports, "GraphQLBoolean", ({ enumerable: true, get: function () { return index_ts_1.GraphQLBoolean; } }));
Object.defineProperty(exports, "GraphQLID", ({ enumerable: true, get: function () { return index_ts_1.GraphQLID; } }));
Object.defineProperty(exports, "GRAPHQL_MAX_INT", ({ enumerable: true, get: function () { return index_ts_1.GRAPHQL_MAX_INT; } }));
Object.defineProperty(exports, "GRAPHQL_MIN_INT", ({ enumerable: true, get: function () { return index_ts_1.GRAPHQL_MIN_INT; } }));
Object.defineProperty(exports, "specifiedDirectives", ({ enumerable: true, get: function () { return index_ts_1.specifiedDirectives; } }));
Object.defineProperty(exports, "GraphQLIncludeDirective", ({ enumerable: true, get: function () { return index_ts_1.GraphQLIncludeDirective; } }));
Object.defineProperty(exports, "GraphQLSkipDirective", ({ enumerable: true, get: function () { return index_ts_1.GraphQLSkipDirective; } }));
Object.defineProperty(exports, "GraphQLDeferDirective", ({ enumerable: true, get: function () { return index_ts_1.GraphQLDeferDirective; } }));
Object.defineProperty(exports, "GraphQLStreamDirective", ({ enumerable: true, get: function () { return index_ts_1.GraphQLStreamDirective; } }));
Object.defineProperty(exports, "GraphQLDeprecatedDirective", ({ enumerable: true, get: function () { return index_ts_1.GraphQLDeprecatedDirective; } }));
Object.defineProperty(exports, "GraphQLSpecifiedByDirective", ({ enumerable: true, get: function () { return index_ts_1.GraphQLSpecifiedByDirective; } }));
Object.defineProperty(exports, "GraphQLOneOfDirective", ({ enumerable: true, get: function () { return index_ts_1.GraphQLOneOfDirective; } }));
Object.defineProperty(exports, "TypeKind", ({ enumerable: true, get: function () { return index_ts_1.TypeKind; } }));
Object.defineProperty(exports, "DEFAULT_DEPRECATION_REASON", ({ enumerable: true, get: function () { return index_ts_1.DEFAULT_DEPRECATION_REASON; } }));
Object.defineProperty(exports, "introspectionTypes", ({ enumerable: true, get: function () { return index_ts_1.introspectionTypes; } }));
Object.defineProperty(exports, "__Schema", ({ enumerable: true, get: function () { return index_ts_1.__Schema; } }));
Object.defineProperty(exports, "__Directive", ({ enumerable: true, get: function () { return index_ts_1.__Directive; } }));
Object.defineProperty(exports, "__DirectiveLocation", ({ enumerable: true, get: function () { return index_ts_1.__DirectiveLocation; } }));
Object.defineProperty(exports, "__Type", ({ enumerable: true, get: function () { return index_ts_1.__Type; } }));
Object.defineProperty(exports, "__Field", ({ enumerable: true, get: function () { return index_ts_1.__Field; } }));
Object.defineProperty(exports, "__InputValue", ({ enumerable: true, get: function () { return index_ts_1.__InputValue; } }));
Object.defineProperty(exports, "__EnumValue", ({ enumerable: true, get: function () { return index_ts_1.__EnumValue; } }));
Object.defineProperty(exports, "__TypeKind", ({ enumerable: true, get: function () { return index_ts_1.__TypeKind; } }));
Object.defineProperty(exports, "SchemaMetaFieldDef", ({ enumerable: true, get: function () { return index_ts_1.SchemaMetaFieldDef; } }));
Object.defineProperty(exports, "TypeMetaFieldDef", ({ enumerable: true, get: function () { return index_ts_1.TypeMetaFieldDef; } }));
Object.defineProperty(exports, "TypeNameMetaFieldDef", ({ enumerable: true, get: function () { return index_ts_1.TypeNameMetaFieldDef; } }));
Object.defineProperty(exports, "isSchema", ({ enumerable: true, get: function () { return index_ts_1.isSchema; } }));
Object.defineProperty(exports, "isDirective", ({ enumerable: true, get: function () { return index_ts_1.isDirective; } }));
Object.defineProperty(exports, "isType", ({ enumerable: true, get: function () { return index_ts_1.isType; } }));
Object.defineProperty(exports, "isScalarType", ({ enumerable: true, get: function () { return index_ts_1.isScalarType; } }));
Object.defineProperty(exports, "isObjectType", ({ enumerable: true, get: function () { return index_ts_1.isObjectType; } }));
Object.defineProperty(exports, "isField", ({ enumerable: true, get: function () { return index_ts_1.isField; } }));
Object.defineProperty(exports, "isArgument", ({ enumerable: true, get: function () { return index_ts_1.isArgument; } }));
Object.defineProperty(exports, "isInterfaceType", ({ enumerable: true, get: function () { return index_ts_1.isInterfaceType; } }));
Object.defineProperty(exports, "isUnionType", ({ enumerable: true, get: function () { return index_ts_1.isUnionType; } }));
Object.defineProperty(exports, "isEnumType", ({ enumerable: true, get: function () { return index_ts_1.isEnumType; } }));
Object.defineProperty(exports, "isEnumValue", ({ enumerable: true, get: function () { return index_ts_1.isEnumValue; } }));
Object.defineProperty(exports, "isInputObjectType", ({ enumerable: true, get: function () { return index_ts_1.isInputObjectType; } }));
Object.defineProperty(exports, "isInputField", ({ enumerable: true, get: function () { return index_ts_1.isInputField; } }));
Object.defineProperty(exports, "isListType", ({ enumerable: true, get: function () { return index_ts_1.isListType; } }));
Object.defineProperty(exports, "isNonNullType", ({ enumerable: true, get: function () { return index_ts_1.isNonNullType; } }));
Object.defineProperty(exports, "isInputType", ({ enumerable: true, get: function () { return index_ts_1.isInputType; } }));
Object.defineProperty(exports, "isOutputType", ({ enumerable: true, get: function () { return index_ts_1.isOutputType; } }));
Object.defineProperty(exports, "isLeafType", ({ enumerable: true, get: function () { return index_ts_1.isLeafType; } }));
Object.defineProperty(exports, "isCompositeType", ({ enumerable: true, get: function () { return index_ts_1.isCompositeType; } }));
Object.defineProperty(exports, "isAbstractType", ({ enumerable: true, get: function () { return index_ts_1.isAbstractType; } }));
Object.defineProperty(exports, "isWrappingType", ({ enumerable: true, get: function () { return index_ts_1.isWrappingType; } }));
Object.defineProperty(exports, "isNullableType", ({ enumerable: true, get: function () { return index_ts_1.isNullableType; } }));
Object.defineProperty(exports, "isNamedType", ({ enumerable: true, get: function () { return index_ts_1.isNamedType; } }));
Object.defineProperty(exports, "isRequiredArgument", ({ enumerable: true, get: function () { return index_ts_1.isRequiredArgument; } }));
Object.defineProperty(exports, "isRequiredInputField", ({ enumerable: true, get: function () { return index_ts_1.isRequiredInputField; } }));
Object.defineProperty(exports, "isSpecifiedScalarType", ({ enumerable: true, get: function () { return index_ts_1.isSpecifiedScalarType; } }));
Object.defineProperty(exports, "isIntrospectionType", ({ enumerable: true, get: function () { return index_ts_1.isIntrospectionType; } }));
Object.defineProperty(exports, "isSpecifiedDirective", ({ enumerable: true, get: function () { return index_ts_1.isSpecifiedDirective; } }));
Object.defineProperty(exports, "assertSchema", ({ enumerable: true, get: function () { return index_ts_1.assertSchema; } }));
Object.defineProperty(exports, "assertDirective", ({ enumerable: true, get: function () { return index_ts_1.assertDirective; } }));
Object.defineProperty(exports, "assertType", ({ enumerable: true, get: function () { return index_ts_1.assertType; } }));
Object.defineProperty(exports, "assertScalarType", ({ enumerable: true, get: function () { return index_ts_1.assertScalarType; } }));
Object.defineProperty(exports, "assertObjectType", ({ enumerable: true, get: function () { return index_ts_1.assertObjectType; } }));
Object.defineProperty(exports, "assertField", ({ enumerable: true, get: function () { return index_ts_1.assertField; } }));
Object.defineProperty(exports, "assertArgument", ({ enumerable: true, get: function () { return index_ts_1.assertArgument; } }));
Object.defineProperty(exports, "assertInterfaceType", ({ enumerable: true, get: function () { return index_ts_1.assertInterfaceType; } }));
Object.defineProperty(exports, "assertUnionType", ({ enumerable: true, get: function () { return index_ts_1.assertUnionType; } }));
Object.defineProperty(exports, "assertEnumType", ({ enumerable: true, get: function () { return index_ts_1.assertEnumType; } }));
Object.defineProperty(exports, "assertEnumValue", ({ enumerable: true, get: function () { return index_ts_1.assertEnumValue; } }));
Object.defineProperty(exports, "assertInputObjectType", ({ enumerable: true, get: function () { return index_ts_1.assertInputObjectType; } }));
Object.defineProperty(exports, "assertInputField", ({ enumerable: true, get: function () { return index_ts_1.assertInputField; } }));
Object.defineProperty(exports, "assertListType", ({ enumerable: true, get: function () { return index_ts_1.assertListType; } }));
Object.defineProperty(exports, "assertNonNullType", ({ enumerable: true, get: function () { return index_ts_1.assertNonNullType; } }));
Object.defineProperty(exports, "assertInputType", ({ enumerable: true, get: function () { return index_ts_1.assertInputType; } }));
Object.defineProperty(exports, "assertOutputType", ({ enumerable: true, get: function () { return index_ts_1.assertOutputType; } }));
Object.defineProperty(exports, "assertLeafType", ({ enumerable: true, get: function () { return index_ts_1.assertLeafType; } }));
Object.defineProperty(exports, "assertCompositeType", ({ enumerable: true, get: function () { return index_ts_1.assertCompositeType; } }));
Object.defineProperty(exports, "assertAbstractType", ({ enumerable: true, get: function () { return index_ts_1.assertAbstractType; } }));
Object.defineProperty(exports, "assertWrappingType", ({ enumerable: true, get: function () { return index_ts_1.assertWrappingType; } }));
Object.defineProperty(exports, "assertNullableType", ({ enumerable: true, get: function () { return index_ts_1.assertNullableType; } }));
Object.defineProperty(exports, "assertNamedType", ({ enumerable: true, get: function () { return index_ts_1.assertNamedType; } }));
Object.defineProperty(exports, "getNullableType", ({ enumerable: true, get: function () { return index_ts_1.getNullableType; } }));
Object.defineProperty(exports, "getNamedType", ({ enumerable: true, get: function () { return index_ts_1.getNamedType; } }));
Object.defineProperty(exports, "validateSchema", ({ enumerable: true, get: function () { return index_ts_1.validateSchema; } }));
Object.defineProperty(exports, "assertValidSchema", ({ enumerable: true, get: function () { return index_ts_1.assertValidSchema; } }));
Object.defineProperty(exports, "assertName", ({ enumerable: true, get: function () { return index_ts_1.assertName; } }));
Object.defineProperty(exports, "assertEnumValueName", ({ enumerable: true, get: function () { return index_ts_1.assertEnumValueName; } }));
var kinds_ts_1 = __webpack_require__(1123);
Object.defineProperty(exports, "Kind", ({ enumerable: true, get: function () { return kinds_ts_1.Kind; } }));
var index_ts_2 = __webpack_require__(68);
Object.defineProperty(exports, "Token", ({ enumerable: true, get: function () { return index_ts_2.Token; } }));
Object.defineProperty(exports, "Source", ({ enumerable: true, get: function () { return index_ts_2.Source; } }));
Object.defineProperty(exports, "Location", ({ enumerable: true, get: function () { return index_ts_2.Location; } }));
Object.defineProperty(exports, "OperationTypeNode", ({ enumerable: true, get: function () { return index_ts_2.OperationTypeNode; } }));
Object.defineProperty(exports, "getLocation", ({ enumerable: true, get: function () { return index_ts_2.getLocation; } }));
Object.defineProperty(exports, "printLocation", ({ enumerable: true, get: function () { return index_ts_2.printLocation; } }));
Object.defineProperty(exports, "printSourceLocation", ({ enumerable: true, get: function () { return index_ts_2.printSourceLocation; } }));
Object.defineProperty(exports, "Lexer", ({ enumerable: true, get: function () { return index_ts_2.Lexer; } }));
Object.defineProperty(exports, "TokenKind", ({ enumerable: true, get: function () { return index_ts_2.TokenKind; } }));
Object.defineProperty(exports, "parse", ({ enumerable: true, get: function () { return index_ts_2.parse; } }));
Object.defineProperty(exports, "parseValue", ({ enumerable: true, get: function () { return index_ts_2.parseValue; } }));
Object.defineProperty(exports, "parseConstValue", ({ enumerable: true, get: function () { return index_ts_2.parseConstValue; } }));
Object.defineProperty(exports, "parseType", ({ enumerable: true, get: function () { return index_ts_2.parseType; } }));
Object.defineProperty(exports, "parseSchemaCoordinate", ({ enumerable: true, get: function () { return index_ts_2.parseSchemaCoordinate; } }));
Object.defineProperty(exports, "print", ({ enumerable: true, get: function () { return index_ts_2.print; } }));
Object.defineProperty(exports, "visit", ({ enumerable: true, get: function () { return index_ts_2.visit; } }));
Object.defineProperty(exports, "visitInParallel", ({ enumerable: true, get: function () { return index_ts_2.visitInParallel; } }));
Object.defineProperty(exports, "getEnterLeaveForKind", ({ enumerable: true, get: function () { return index_ts_2.getEnterLeaveForKind; } }));
Object.defineProperty(exports, "BREAK", ({ enumerable: true, get: function () { return index_ts_2.BREAK; } }));
Object.defineProperty(exports, "DirectiveLocation", ({ enumerable: true, get: function () { return index_ts_2.DirectiveLocation; } }));
Object.defineProperty(exports, "isDefinitionNode", ({ enumerable: true, get: function () { return index_ts_2.isDefinitionNode; } }));
Object.defineProperty(exports, "isExecutableDefinitionNode", ({ enumerable: true, get: function () { return index_ts_2.isExecutableDefinitionNode; } }));
Object.defineProperty(exports, "isSelectionNode", ({ enumerable: true, get: function () { return index_ts_2.isSelectionNode; } }));
Object.defineProperty(exports, "isValueNode", ({ enumerable: true, get: function () { return index_ts_2.isValueNode; } }));
Object.defineProperty(exports, "isConstValueNode", ({ enumerable: true, get: function () { return index_ts_2.isConstValueNode; } }));
Object.defineProperty(exports, "isTypeNode", ({ enumerable: true, get: function () { return index_ts_2.isTypeNode; } }));
Object.defineProperty(exports, "isTypeSystemDefinitionNode", ({ enumerable: true, get: function () { return index_ts_2.isTypeSystemDefinitionNode; } }));
Object.defineProperty(exports, "isTypeDefinitionNode", ({ enumerable: true, get: function () { return index_ts_2.isTypeDefinitionNode; } }));
Object.defineProperty(exports, "isTypeSystemExtensionNode", ({ enumerable: true, get: function () { return index_ts_2.isTypeSystemExtensionNode; } }));
Object.defineProperty(exports, "isTypeExtensionNode", ({ enumerable: true, get: function () { return index_ts_2.isTypeExtensionNode; } }));
Object.defineProperty(exports, "isSchemaCoordinateNode", ({ enumerable: true, get: function () { return index_ts_2.isSchemaCoordinateNode; } }));
Object.defineProperty(exports, "isSubscriptionOperationDefinitionNode", ({ enumerable: true, get: function () { return index_ts_2.isSubscriptionOperationDefinitionNode; } }));
var index_ts_3 = __webpack_require__(4404);
Object.defineProperty(exports, "AbortedGraphQLExecutionError", ({ enumerable: true, get: function () { return index_ts_3.AbortedGraphQLExecutionError; } }));
Object.defineProperty(exports, "execute", ({ enumerable: true, get: function () { return index_ts_3.execute; } }));
Object.defineProperty(exports, "executeRootSelectionSet", ({ enumerable: true, get: function () { return index_ts_3.executeRootSelectionSet; } }));
Object.defineProperty(exports, "executeSubscriptionEvent", ({ enumerable: true, get: function () { return index_ts_3.executeSubscriptionEvent; } }));
Object.defineProperty(exports, "experimentalExecuteIncrementally", ({ enumerable: true, get: function () { return index_ts_3.experimentalExecuteIncrementally; } }));
Object.defineProperty(exports, "experimentalExecuteRootSelectionSet", ({ enumerable: true, get: function () { return index_ts_3.experimentalExecuteRootSelectionSet; } }));
Object.defineProperty(exports, "legacyExecuteIncrementally", ({ enumerable: true, get: function () { return index_ts_3.legacyExecuteIncrementally; } }));
Object.defineProperty(exports, "legacyExecuteRootSelectionSet", ({ enumerable: true, get: function () { return index_ts_3.legacyExecuteRootSelectionSet; } }));
Object.defineProperty(exports, "executeSync", ({ enumerable: true, get: function () { return index_ts_3.executeSync; } }));
Object.defineProperty(exports, "defaultFieldResolver", ({ enumerable: true, get: function () { return index_ts_3.defaultFieldResolver; } }));
Object.defineProperty(exports, "defaultTypeResolver", ({ enumerable: true, get: function () { return index_ts_3.defaultTypeResolver; } }));
Object.defineProperty(exports, "responsePathAsArray", ({ enumerable: true, get: function () { return index_ts_3.responsePathAsArray; } }));
Object.defineProperty(exports, "getArgumentValues", ({ enumerable: true, get: function () { return index_ts_3.getArgumentValues; } }));
Object.defineProperty(exports, "getVariableValues", ({ enumerable: true, get: function () { return index_ts_3.getVariableValues; } }));
Object.defineProperty(exports, "getDirectiveValues", ({ enumerable: true, get: function () { return index_ts_3.getDirectiveValues; } }));
Object.defineProperty(exports, "subscribe", ({ enumerable: true, get: function () { return index_ts_3.subscribe; } }));
Object.defineProperty(exports, "createSourceEventStream", ({ enumerable: true, get: function () { return index_ts_3.createSourceEventStream; } }));
Object.defineProperty(exports, "mapSourceToResponseEvent", ({ enumerable: true, get: function () { return index_ts_3.mapSourceToResponseEvent; } }));
Object.defineProperty(exports, "validateExecutionArgs", ({ enumerable: true, get: function () { return index_ts_3.validateExecutionArgs; } }));
Object.defineProperty(exports, "validateSubscriptionArgs", ({ enumerable: true, get: function () { return index_ts_3.validateSubscriptionArgs; } }));
var index_ts_4 = __webpack_require__(7973);
Object.defineProperty(exports, "validate", ({ enumerable: true, get: function () { return index_ts_4.validate; } }));
Object.defineProperty(exports, "ValidationContext", ({ enumerable: true, get: function () { return index_ts_4.ValidationContext; } }));
Object.defineProperty(exports, "specifiedRules", ({ enumerable: true, get: function () { return index_ts_4.specifiedRules; } }));
Object.defineProperty(exports, "recommendedRules", ({ enumerable: true, get: function () { return index_ts_4.recommendedRules; } }));
Object.defineProperty(exports, "DeferStreamDirectiveLabelRule", ({ enumerable: true, get: function () { return index_ts_4.DeferStreamDirectiveLabelRule; } }));
Object.defineProperty(exports, "DeferStreamDirectiveOnRootFieldRule", ({ enumerable: true, get: function () { return index_ts_4.DeferStreamDirectiveOnRootFieldRule; } }));
Object.defineProperty(exports, "DeferStreamDirectiveOnValidOperationsRule", ({ enumerable: true, get: function () { return index_ts_4.DeferStreamDirectiveOnValidOperationsRule; } }));
Object.defineProperty(exports, "ExecutableDefinitionsRule", ({ enumerable: true, get: function () { return index_ts_4.ExecutableDefinitionsRule; } }));
Object.defineProperty(exports, "FieldsOnCorrectTypeRule", ({ enumerable: true, get: function () { return index_ts_4.FieldsOnCorrectTypeRule; } }));
Object.defineProperty(exports, "FragmentsOnCompositeTypesRule", ({ enumerable: true, get: function () { return index_ts_4.FragmentsOnCompositeTypesRule; } }));
Object.defineProperty(exports, "KnownArgumentNamesRule", ({ enumerable: true, get: function () { return index_ts_4.KnownArgumentNamesRule; } }));
Object.defineProperty(exports, "KnownDirectivesRule", ({ enumerable: true, get: function () { return index_ts_4.KnownDirectivesRule; } }));
Object.defineProperty(exports, "KnownFragmentNamesRule", ({ enumerable: true, get: function () { return index_ts_4.KnownFragmentNamesRule; } }));
Object.defineProperty(exports, "KnownOperationTypesRule", ({ enumerable: true, get: function () { return index_ts_4.KnownOperationTypesRule; } }));
Object.defineProperty(exports, "KnownTypeNamesRule", ({ enumerable: true, get: function () { return index_ts_4.KnownTypeNamesRule; } }));
Object.defineProperty(exports, "LoneAnonymousOperationRule", ({ enumerable: true, get: function () { return index_ts_4.LoneAnonymousOperationRule; } }));
Object.defineProperty(exports, "NoFragmentCyclesRule", ({ enumerable: true, get: function () { return index_ts_4.NoFragmentCyclesRule; } }));
Object.defineProperty(exports, "NoUndefinedVariablesRule", ({ enumerable: true, get: function () { return index_ts_4.NoUndefinedVariablesRule; } }));
Object.defineProperty(exports, "NoUnusedFragmentsRule", ({ enumerable: true, get: function () { return index_ts_4.NoUnusedFragmentsRule; } }));
Object.defineProperty(exports, "NoUnusedVariablesRule", ({ enumerable: true, get: function () { return index_ts_4.NoUnusedVariablesRule; } }));
Object.defineProperty(exports, "OverlappingFieldsCanBeMergedRule", ({ enumerable: true, get: function () { return index_ts_4.OverlappingFieldsCanBeMergedRule; } }));
Object.defineProperty(exports, "PossibleFragmentSpreadsRule", ({ enumerable: true, get: function () { return index_ts_4.PossibleFragmentSpreadsRule; } }));
Object.defineProperty(exports, "ProvidedRequiredArgumentsRule", ({ enumerable: true, get: function () { return index_ts_4.ProvidedRequiredArgumentsRule; } }));
Object.defineProperty(exports, "ScalarLeafsRule", ({ enumerable: true, get: function () { return index_ts_4.ScalarLeafsRule; } }));
Object.defineProperty(exports, "SingleFieldSubscriptionsRule", ({ enumerable: true, get: function () { return index_ts_4.SingleFieldSubscriptionsRule; } }));
Object.defineProperty(exports, "StreamDirectiveOnListFieldRule", ({ enumerable: true, get: function () { return index_ts_4.StreamDirectiveOnListFieldRule; } }));
Object.defineProperty(exports, "UniqueArgumentNamesRule", ({ enumerable: true, get: function () { return index_ts_4.UniqueArgumentNamesRule; } }));
Object.defineProperty(exports, "UniqueDirectivesPerLocationRule", ({ enumerable: true, get: function () { return index_ts_4.UniqueDirectivesPerLocationRule; } }));
Object.defineProperty(exports, "UniqueFragmentNamesRule", ({ enumerable: true, get: function () { return index_ts_4.UniqueFragmentNamesRule; } }));
Object.defineProperty(exports, "UniqueInputFieldNamesRule", ({ enumerable: true, get: function () { return index_ts_4.UniqueInputFieldNamesRule; } }));
Object.defineProperty(exports, "UniqueOperationNamesRule", ({ enumerable: true, get: function () { return index_ts_4.UniqueOperationNamesRule; } }));
Object.defineProperty(exports, "UniqueVariableNamesRule", ({ enumerable: true, get: function () { return index_ts_4.UniqueVariableNamesRule; } }));
Object.defineProperty(exports, "ValuesOfCorrectTypeRule", ({ enumerable: true, get: function () { return index_ts_4.ValuesOfCorrectTypeRule; } }));
Object.defineProperty(exports, "VariablesAreInputTypesRule", ({ enumerable: true, get: function () { return index_ts_4.VariablesAreInputTypesRule; } }));
Object.defineProperty(exports, "VariablesInAllowedPositionRule", ({ enumerable: true, get: function () { return index_ts_4.VariablesInAllowedPositionRule; } }));
Object.defineProperty(exports, "MaxIntrospectionDepthRule", ({ enumerable: true, get: function () { return index_ts_4.MaxIntrospectionDepthRule; } }));
Object.defineProperty(exports, "LoneSchemaDefinitionRule", ({ enumerable: true, get: function () { return index_ts_4.LoneSchemaDefinitionRule; } }));
Object.defineProperty(exports, "UniqueOperationTypesRule", ({ enumerable: true, get: function () { return index_ts_4.UniqueOperationTypesRule; } }));
Object.defineProperty(exports, "UniqueTypeNamesRule", ({ enumerable: true, get: function () { return index_ts_4.UniqueTypeNamesRule; } }));
Object.defineProperty(exports, "UniqueEnumValueNamesRule", ({ enumerable: true, get: function () { return index_ts_4.UniqueEnumValueNamesRule; } }));
Object.defineProperty(exports, "UniqueFieldDefinitionNamesRule", ({ enumerable: true, get: function () { return index_ts_4.UniqueFieldDefinitionNamesRule; } }));
Object.defineProperty(exports, "UniqueArgumentDefinitionNamesRule", ({ enumerable: true, get: function () { return index_ts_4.UniqueArgumentDefinitionNamesRule; } }));
Object.defineProperty(exports, "UniqueDirectiveNamesRule", ({ enumerable: true, get: function () { return index_ts_4.UniqueDirectiveNamesRule; } }));
Object.defineProperty(exports, "PossibleTypeExtensionsRule", ({ enumerable: true, get: function () { return index_ts_4.PossibleTypeExtensionsRule; } }));
Object.defineProperty(exports, "NoDeprecatedCustomRule", ({ enumerable: true, get: function () { return index_ts_4.NoDeprecatedCustomRule; } }));
Object.defineProperty(exports, "NoSchemaIntrospectionCustomRule", ({ enumerable: true, get: function () { return index_ts_4.NoSchemaIntrospectionCustomRule; } }));
var index_ts_5 = __webpack_require__(9888);
Object.defineProperty(exports, "GraphQLError", ({ enumerable: true, get: function () { return index_ts_5.GraphQLError; } }));
Object.defineProperty(exports, "syntaxError", ({ enumerable: true, get: function () { return index_ts_5.syntaxError; } }));
Object.defineProperty(exports, "locatedError", ({ enumerable: true, get: function () { return index_ts_5.locatedError; } }));
var index_ts_6 = __webpack_require__(7006);
Object.defineProperty(exports, "getIntrospectionQuery", ({ enumerable: true, get: function () { return index_ts_6.getIntrospectionQuery; } }));
Object.defineProperty(exports, "getOperationAST", ({ enumerable: true, get: function () { return index_ts_6.getOperationAST; } }));
Object.defineProperty(exports, "introspectionFromSchema", ({ enumerable: true, get: function () { return index_ts_6.introspectionFromSchema; } }));
Object.defineProperty(exports, "buildClientSchema", ({ enumerable: true, get: function () { return index_ts_6.buildClientSchema; } }));
Object.defineProperty(exports, "buildASTSchema", ({ enumerable: true, get: function () { return index_ts_6.buildASTSchema; } }));
Object.defineProperty(exports, "buildSchema", ({ enumerable: true, get: function () { return index_ts_6.buildSchema; } }));
Object.defineProperty(exports, "extendSchema", ({ enumerable: true, get: function () { return index_ts_6.extendSchema; } }));
Object.defineProperty(exports, "lexicographicSortSchema", ({ enumerable: true, get: function () { return index_ts_6.lexicographicSortSchema; } }));
Object.defineProperty(exports, "printSchema", ({ enumerable: true, get: function () { return index_ts_6.printSchema; } }));
Object.defineProperty(exports, "printType", ({ enumerable: true, get: function () { return index_ts_6.printType; } }));
Object.defineProperty(exports, "printDirective", ({ enumerable: true, get: function () { return index_ts_6.printDirective; } }));
Object.defineProperty(exports, "printIntrospectionSchema", ({ enumerable: true, get: function () { return index_ts_6.printIntrospectionSchema; } }));
Object.defineProperty(exports, "typeFromAST", ({ enumerable: true, get: function () { return index_ts_6.typeFromAST; } }));
Object.defineProperty(exports, "valueFromAST", ({ enumerable: true, get: function () { return index_ts_6.valueFromAST; } }));
Object.defineProperty(exports, "valueFromASTUntyped", ({ enumerable: true, get: function () { return index_ts_6.valueFromASTUntyped; } }));
Object.defineProperty(exports, "astFromValue", ({ enumerable: true, get: function () { return index_ts_6.astFromValue; } }));
Object.defineProperty(exports, "TypeInfo", ({ enumerable: true, get: function () { return index_ts_6.TypeInfo; } }));
Object.defineProperty(exports, "visitWithTypeInfo", ({ enumerable: true, get: function () { return index_ts_6.visitWithTypeInfo; } }));
Object.defineProperty(exports, "replaceVariables", ({ enumerable: true, get: function () { return index_ts_6.replaceVariables; } }));
Object.defineProperty(exports, "valueToLiteral", ({ enumerable: true, get: function () { return index_ts_6.valueToLiteral; } }));
Object.defineProperty(exports, "coerceInputValue", ({ enumerable: true, get: function () { return index_ts_6.coerceInputValue; } }));
Object.defineProperty(exports, "coerceInputLiteral", ({ enumerable: true, get: function () { return index_ts_6.coerceInputLiteral; } }));
Object.defineProperty(exports, "validateInputValue", ({ enumerable: true, get: function () { return index_ts_6.validateInputValue; } }));
Object.defineProperty(exports, "validateInputLiteral", ({ enumerable: true, get: function () { return index_ts_6.validateInputLiteral; } }));
Object.defineProperty(exports, "concatAST", ({ enumerable: true, get: function () { return index_ts_6.concatAST; } }));
Object.defineProperty(exports, "separateOperations", ({ enumerable: true, get: function () { return index_ts_6.separateOperations; } }));
Object.defineProperty(exports, "stripIgnoredCharacters", ({ enumerable: true, get: function () { return index_ts_6.stripIgnoredCharacters; } }));
Object.defineProperty(exports, "isEqualType", ({ enumerable: true, get: function () { return index_ts_6.isEqualType; } }));
Object.defineProperty(exports, "isTypeSubTypeOf", ({ enumerable: true, get: function () { return index_ts_6.isTypeSubTypeOf; } }));
Object.defineProperty(exports, "doTypesOverlap", ({ enumerable: true, get: function () { return index_ts_6.doTypesOverlap; } }));
Object.defineProperty(exports, "BreakingChangeType", ({ enumerable: true, get: function () { return index_ts_6.BreakingChangeType; } }));
Object.defineProperty(exports, "DangerousChangeType", ({ enumerable: true, get: function () { return index_ts_6.DangerousChangeType; } }));
Object.defineProperty(exports, "SafeChangeType", ({ enumerable: true, get: function () { return index_ts_6.SafeChangeType; } }));
Object.defineProperty(exports, "findBreakingChanges", ({ enumerable: true, get: function () { return index_ts_6.findBreakingChanges; } }));
Object.defineProperty(exports, "findDangerousChanges", ({ enumerable: true, get: function () { return index_ts_6.findDangerousChanges; } }));
Object.defineProperty(exports, "findSchemaChanges", ({ enumerable: true, get: function () { return index_ts_6.findSchemaChanges; } }));
Object.defineProperty(exports, "resolveSchemaCoordinate", ({ enumerable: true, get: function () { return index_ts_6.resolveSchemaCoordinate; } }));
Object.defineProperty(exports, "resolveASTSchemaCoordinate", ({ enumerable: true, get: function () { return index_ts_6.resolveASTSchemaCoordinate; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 440:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AccumulatorMap = void 0;
class AccumulatorMap extends Map {
    get [Symbol.toStringTag]() {
        return 'AccumulatorMap';
    }
    add(key, item) {
        const group = this.get(key);
        if (group === undefined) {
            this.set(key, [item]);
        }
        else {
            group.push(item);
        }
    }
}
exports.AccumulatorMap = AccumulatorMap;
//# sourceMappingURL=AccumulatorMap.js.map

/***/ }),

/***/ 3155:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.addPath = addPath;
exports.pathToArray = pathToArray;
function addPath(prev, key, typename) {
    return { prev, key, typename };
}
function pathToArray(path) {
    const flattened = [];
    let curr = path;
    while (curr) {
        flattened.push(curr.key);
        curr = curr.prev;
    }
    return flattened.reverse();
}
//# sourceMappingURL=Path.js.map

/***/ }),

/***/ 9942:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SetMap = void 0;
class SetMap {
    constructor() {
        this._entries = new Map();
        this._memberIds = new Map();
        this._nextMemberId = 0;
    }
    get size() {
        return this._entries.size;
    }
    get(members) {
        return this._entries.get(this._key(members))?.value;
    }
    getOrInsert(members, value) {
        const key = this._key(members);
        const entry = this._entries.get(key);
        if (entry !== undefined) {
            return entry.value;
        }
        this._entries.set(key, { members, value });
        return value;
    }
    getOrInsertComputed(members, computeValue) {
        const entry = this._entries.get(this._key(members));
        if (entry !== undefined) {
            return entry.value;
        }
        const value = computeValue(members);
        this.set(members, value);
        return value;
    }
    has(members) {
        return this._entries.has(this._key(members));
    }
    set(members, value) {
        const key = this._key(members);
        const entry = this._entries.get(key);
        if (entry !== undefined) {
            entry.value = value;
            return this;
        }
        this._entries.set(key, { members, value });
        return this;
    }
    *keys() {
        for (const entry of this._entries.values()) {
            yield entry.members;
        }
    }
    *values() {
        for (const entry of this._entries.values()) {
            yield entry.value;
        }
    }
    *entries() {
        for (const entry of this._entries.values()) {
            yield [entry.members, entry.value];
        }
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    _key(members) {
        const ids = [];
        for (const member of members) {
            let id = this._memberIds.get(member);
            if (id === undefined) {
                id = this._nextMemberId++;
                this._memberIds.set(member, id);
            }
            ids.push(id);
        }
        ids.sort((id1, id2) => id1 - id2);
        return ids.join(',');
    }
}
exports.SetMap = SetMap;
//# sourceMappingURL=SetMap.js.map

/***/ }),

/***/ 890:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.capitalize = capitalize;
function capitalize(str) {
    return str.charAt(0).toUpperCase() + str.slice(1).toLowerCase();
}
//# sourceMappingURL=capitalize.js.map

/***/ }),

/***/ 5383:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.devAssert = devAssert;
function devAssert(condition, message) {
    if (!condition) {
        throw new Error(message);
    }
}
//# sourceMappingURL=devAssert.js.map

/***/ }),

/***/ 1353:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.didYouMean = didYouMean;
const formatList_ts_1 = __webpack_require__(9835);
const MAX_SUGGESTIONS = 5;
function didYouMean(firstArg, secondArg) {
    const [subMessage, suggestions] = secondArg
        ? [firstArg, secondArg]
        : [undefined, firstArg];
    if (suggestions.length === 0) {
        return '';
    }
    let message = ' Did you mean ';
    if (subMessage != null) {
        message += subMessage + ' ';
    }
    const suggestionList = (0, formatList_ts_1.orList)(suggestions.slice(0, MAX_SUGGESTIONS).map((x) => `"${x}"`));
    return message + suggestionList + '?';
}
//# sourceMappingURL=didYouMean.js.map

/***/ }),

/***/ 9835:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.orList = orList;
exports.andList = andList;
const invariant_ts_1 = __webpack_require__(3650);
function orList(items) {
    return formatList('or', items);
}
function andList(items) {
    return formatList('and', items);
}
function formatList(conjunction, items) {
    if (!(items.length !== 0))
        (0, invariant_ts_1.invariant)(false);
    switch (items.length) {
        case 1:
            return items[0];
        case 2:
            return items[0] + ' ' + conjunction + ' ' + items[1];
    }
    const allButLast = items.slice(0, -1);
    const lastItem = items.at(-1);
    return allButLast.join(', ') + ', ' + conjunction + ' ' + lastItem;
}
//# sourceMappingURL=formatList.js.map

/***/ }),

/***/ 8520:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.groupBy = groupBy;
const AccumulatorMap_ts_1 = __webpack_require__(440);
function groupBy(list, keyFn) {
    const result = new AccumulatorMap_ts_1.AccumulatorMap();
    for (const item of list) {
        result.add(keyFn(item), item);
    }
    return result;
}
//# sourceMappingURL=groupBy.js.map

/***/ }),

/***/ 6588:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.identityFunc = identityFunc;
function identityFunc(x) {
    return x;
}
//# sourceMappingURL=identityFunc.js.map

/***/ }),

/***/ 5742:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.inspect = inspect;
const MAX_ARRAY_LENGTH = 10;
const MAX_RECURSIVE_DEPTH = 2;
function inspect(value) {
    return formatValue(value, []);
}
function formatValue(value, seenValues) {
    switch (typeof value) {
        case 'string':
            return JSON.stringify(value);
        case 'function':
            return value.name ? `[function ${value.name}]` : '[function]';
        case 'object':
            return formatObjectValue(value, seenValues);
        default:
            return String(value);
    }
}
function formatObjectValue(value, previouslySeenValues) {
    if (value === null) {
        return 'null';
    }
    if (previouslySeenValues.includes(value)) {
        return '[Circular]';
    }
    const seenValues = [...previouslySeenValues, value];
    if (isJSONable(value)) {
        const jsonValue = value.toJSON();
        if (jsonValue !== value) {
            return typeof jsonValue === 'string'
                ? jsonValue
                : formatValue(jsonValue, seenValues);
        }
    }
    else if (Array.isArray(value)) {
        return formatArray(value, seenValues);
    }
    return formatObject(value, seenValues);
}
function isJSONable(value) {
    return typeof value.toJSON === 'function';
}
function formatObject(object, seenValues) {
    const entries = Object.entries(object);
    if (entries.length === 0) {
        return '{}';
    }
    if (seenValues.length > MAX_RECURSIVE_DEPTH) {
        return '[' + getObjectTag(object) + ']';
    }
    const properties = entries.map(([key, value]) => key + ': ' + formatValue(value, seenValues));
    return '{ ' + properties.join(', ') + ' }';
}
function formatArray(array, seenValues) {
    if (array.length === 0) {
        return '[]';
    }
    if (seenValues.length > MAX_RECURSIVE_DEPTH) {
        return '[Array]';
    }
    const len = Math.min(MAX_ARRAY_LENGTH, array.length);
    const remaining = array.length - len;
    const items = [];
    for (let i = 0; i < len; ++i) {
        items.push(formatValue(array[i], seenValues));
    }
    if (remaining === 1) {
        items.push('... 1 more item');
    }
    else if (remaining > 1) {
        items.push(`... ${remaining} more items`);
    }
    return '[' + items.join(', ') + ']';
}
function getObjectTag(object) {
    const tag = Object.prototype.toString
        .call(object)
        .replace(/^\[object /, '')
        .replace(/]$/, '');
    if (tag === 'Object' && typeof object.constructor === 'function') {
        const name = object.constructor.name;
        if (typeof name === 'string' && name !== '') {
            return name;
        }
    }
    return tag;
}
//# sourceMappingURL=inspect.js.map

/***/ }),

/***/ 5914:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.instanceOf = void 0;
exports.enableDevInstanceOf = enableDevInstanceOf;
const inspect_ts_1 = __webpack_require__(5742);
function devInstanceOf(value, symbol, constructor) {
    if (value?.__kind === symbol) {
        return true;
    }
    if (typeof value === 'object' && value !== null) {
        const className = constructor.prototype[Symbol.toStringTag];
        const valueClassName = Symbol.toStringTag in value
            ? value[Symbol.toStringTag]
            : value.constructor?.name;
        if (className === valueClassName) {
            const stringifiedValue = (0, inspect_ts_1.inspect)(value);
            throw new Error(`Cannot use ${className} "${stringifiedValue}" from another module or realm.

Ensure that there is only one instance of "graphql" in the node_modules
directory. If different versions of "graphql" are the dependencies of other
relied on modules, use "resolutions" to ensure only one version is installed.

https://yarnpkg.com/en/docs/selective-version-resolutions

Duplicate "graphql" modules cannot be used at the same time since different
versions may have different capabilities and behavior. The data from one
version used in the function from another could produce confusing and
spurious results.`);
        }
    }
    return false;
}
function prodInstanceOf(value, symbol) {
    return value?.__kind === symbol;
}
exports.instanceOf = prodInstanceOf;
function enableDevInstanceOf() {
    exports.instanceOf = devInstanceOf;
}
//# sourceMappingURL=instanceOf.js.map

/***/ }),

/***/ 3650:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.invariant = invariant;
function invariant(condition, message) {
    if (!condition) {
        throw new Error(message ?? 'Unexpected invariant triggered.');
    }
}
//# sourceMappingURL=invariant.js.map

/***/ }),

/***/ 4068:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isAsyncIterable = isAsyncIterable;
function isAsyncIterable(maybeAsyncIterable) {
    return typeof maybeAsyncIterable?.[Symbol.asyncIterator] === 'function';
}
//# sourceMappingURL=isAsyncIterable.js.map

/***/ }),

/***/ 7341:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isIterableObject = isIterableObject;
function isIterableObject(maybeIterable) {
    return (typeof maybeIterable === 'object' &&
        typeof maybeIterable?.[Symbol.iterator] === 'function');
}
//# sourceMappingURL=isIterableObject.js.map

/***/ }),

/***/ 892:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isObjectLike = isObjectLike;
function isObjectLike(value) {
    return typeof value == 'object' && value !== null;
}
//# sourceMappingURL=isObjectLike.js.map

/***/ }),

/***/ 4091:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isPromise = isPromise;
exports.isPromiseLike = isPromiseLike;
function isPromise(value) {
    return value instanceof Promise;
}
function isPromiseLike(value) {
    return typeof value?.then === 'function';
}
//# sourceMappingURL=isPromise.js.map

/***/ }),

/***/ 5052:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isSameSet = isSameSet;
function isSameSet(setA, setB) {
    if (setA.size !== setB.size) {
        return false;
    }
    for (const item of setA) {
        if (!setB.has(item)) {
            return false;
        }
    }
    return true;
}
//# sourceMappingURL=isSameSet.js.map

/***/ }),

/***/ 7579:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.keyMap = keyMap;
function keyMap(list, keyFn) {
    const result = Object.create(null);
    for (const item of list) {
        result[keyFn(item)] = item;
    }
    return result;
}
//# sourceMappingURL=keyMap.js.map

/***/ }),

/***/ 3166:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.keyValMap = keyValMap;
function keyValMap(list, keyFn, valFn) {
    const result = Object.create(null);
    for (const item of list) {
        result[keyFn(item)] = valFn(item);
    }
    return result;
}
//# sourceMappingURL=keyValMap.js.map

/***/ }),

/***/ 5719:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mapValue = mapValue;
function mapValue(map, fn) {
    const result = Object.create(null);
    for (const key of Object.keys(map)) {
        result[key] = fn(map[key], key);
    }
    return result;
}
//# sourceMappingURL=mapValue.js.map

/***/ }),

/***/ 1928:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.memoize1 = memoize1;
function memoize1(fn) {
    let cache0;
    return function memoized(a1) {
        cache0 ??= new WeakMap();
        let fnResult = cache0.get(a1);
        if (fnResult === undefined) {
            fnResult = fn(a1);
            cache0.set(a1, fnResult);
        }
        return fnResult;
    };
}
//# sourceMappingURL=memoize1.js.map

/***/ }),

/***/ 8222:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.memoize2 = memoize2;
function memoize2(fn) {
    let cache0;
    return function memoized(a1, a2) {
        cache0 ??= new WeakMap();
        let cache1 = cache0.get(a1);
        if (cache1 === undefined) {
            cache1 = new WeakMap();
            cache0.set(a1, cache1);
        }
        let fnResult = cache1.get(a2);
        if (fnResult === undefined) {
            fnResult = fn(a1, a2);
            cache1.set(a2, fnResult);
        }
        return fnResult;
    };
}
//# sourceMappingURL=memoize2.js.map

/***/ }),

/***/ 8141:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.memoize3 = memoize3;
function memoize3(fn) {
    let cache0;
    return function memoized(a1, a2, a3) {
        cache0 ??= new WeakMap();
        let cache1 = cache0.get(a1);
        if (cache1 === undefined) {
            cache1 = new WeakMap();
            cache0.set(a1, cache1);
        }
        let cache2 = cache1.get(a2);
        if (cache2 === undefined) {
            cache2 = new WeakMap();
            cache1.set(a2, cache2);
        }
        let fnResult = cache2.get(a3);
        if (fnResult === undefined) {
            fnResult = fn(a1, a2, a3);
            cache2.set(a3, fnResult);
        }
        return fnResult;
    };
}
//# sourceMappingURL=memoize3.js.map

/***/ }),

/***/ 3428:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.naturalCompare = naturalCompare;
function naturalCompare(aStr, bStr) {
    let aIndex = 0;
    let bIndex = 0;
    while (aIndex < aStr.length && bIndex < bStr.length) {
        let aChar = aStr.charCodeAt(aIndex);
        let bChar = bStr.charCodeAt(bIndex);
        if (isDigit(aChar) && isDigit(bChar)) {
            let aNum = 0;
            do {
                ++aIndex;
                aNum = aNum * 10 + aChar - DIGIT_0;
                aChar = aStr.charCodeAt(aIndex);
            } while (isDigit(aChar) && aNum > 0);
            let bNum = 0;
            do {
                ++bIndex;
                bNum = bNum * 10 + bChar - DIGIT_0;
                bChar = bStr.charCodeAt(bIndex);
            } while (isDigit(bChar) && bNum > 0);
            if (aNum < bNum) {
                return -1;
            }
            if (aNum > bNum) {
                return 1;
            }
        }
        else {
            if (aChar < bChar) {
                return -1;
            }
            if (aChar > bChar) {
                return 1;
            }
            ++aIndex;
            ++bIndex;
        }
    }
    return aStr.length - bStr.length;
}
const DIGIT_0 = 48;
const DIGIT_9 = 57;
function isDigit(code) {
    return !isNaN(code) && DIGIT_0 <= code && code <= DIGIT_9;
}
//# sourceMappingURL=naturalCompare.js.map

/***/ }),

/***/ 8373:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.printPathArray = printPathArray;
function printPathArray(path) {
    if (path.length === 0) {
        return '';
    }
    return ` at ${path
        .map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`))
        .join('')}`;
}
//# sourceMappingURL=printPathArray.js.map

/***/ }),

/***/ 5395:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.promiseForObject = promiseForObject;
function promiseForObject(object, promiseAll) {
    const keys = Object.keys(object);
    const values = Object.values(object);
    return promiseAll(values).then((resolvedValues) => {
        const resolvedObject = Object.create(null);
        for (let i = 0; i < keys.length; ++i) {
            resolvedObject[keys[i]] = resolvedValues[i];
        }
        return resolvedObject;
    });
}
//# sourceMappingURL=promiseForObject.js.map

/***/ }),

/***/ 1369:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.promiseReduce = promiseReduce;
const isPromise_ts_1 = __webpack_require__(4091);
function promiseReduce(values, callbackFn, initialValue) {
    let accumulator = initialValue;
    for (const value of values) {
        accumulator = (0, isPromise_ts_1.isPromise)(accumulator)
            ? accumulator.then((resolved) => callbackFn(resolved, value))
            : callbackFn(accumulator, value);
    }
    return accumulator;
}
//# sourceMappingURL=promiseReduce.js.map

/***/ }),

/***/ 7704:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.promiseWithResolvers = promiseWithResolvers;
function promiseWithResolvers() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
    });
    return { promise, resolve, reject };
}
//# sourceMappingURL=promiseWithResolvers.js.map

/***/ }),

/***/ 7904:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.suggestionList = suggestionList;
const naturalCompare_ts_1 = __webpack_require__(3428);
function suggestionList(input, options) {
    const optionsByDistance = Object.create(null);
    const lexicalDistance = new LexicalDistance(input);
    const threshold = Math.floor(input.length * 0.4) + 1;
    for (const option of options) {
        const distance = lexicalDistance.measure(option, threshold);
        if (distance !== undefined) {
            optionsByDistance[option] = distance;
        }
    }
    return Object.keys(optionsByDistance).sort((a, b) => {
        const distanceDiff = optionsByDistance[a] - optionsByDistance[b];
        return distanceDiff !== 0 ? distanceDiff : (0, naturalCompare_ts_1.naturalCompare)(a, b);
    });
}
class LexicalDistance {
    constructor(input) {
        this._input = input;
        this._inputLowerCase = input.toLowerCase();
        this._inputArray = stringToArray(this._inputLowerCase);
        this._rows = [
            new Array(input.length + 1).fill(0),
            new Array(input.length + 1).fill(0),
            new Array(input.length + 1).fill(0),
        ];
    }
    measure(option, threshold) {
        if (this._input === option) {
            return 0;
        }
        const optionLowerCase = option.toLowerCase();
        if (this._inputLowerCase === optionLowerCase) {
            return 1;
        }
        let a = stringToArray(optionLowerCase);
        let b = this._inputArray;
        if (a.length < b.length) {
            const tmp = a;
            a = b;
            b = tmp;
        }
        const aLength = a.length;
        const bLength = b.length;
        if (aLength - bLength > threshold) {
            return undefined;
        }
        const rows = this._rows;
        for (let j = 0; j <= bLength; j++) {
            rows[0][j] = j;
        }
        for (let i = 1; i <= aLength; i++) {
            const upRow = rows[(i - 1) % 3];
            const currentRow = rows[i % 3];
            let smallestCell = (currentRow[0] = i);
            for (let j = 1; j <= bLength; j++) {
                const cost = a[i - 1] === b[j - 1] ? 0 : 1;
                let currentCell = Math.min(upRow[j] + 1, currentRow[j - 1] + 1, upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                    const doubleDiagonalCell = rows[(i - 2) % 3][j - 2];
                    currentCell = Math.min(currentCell, doubleDiagonalCell + 1);
                }
                if (currentCell < smallestCell) {
                    smallestCell = currentCell;
                }
                currentRow[j] = currentCell;
            }
            if (smallestCell > threshold) {
                return undefined;
            }
        }
        const distance = rows[aLength % 3][bLength];
        return distance <= threshold ? distance : undefined;
    }
}
function stringToArray(str) {
    const strLength = str.length;
    const array = new Array(strLength);
    for (let i = 0; i < strLength; ++i) {
        array[i] = str.charCodeAt(i);
    }
    return array;
}
//# sourceMappingURL=suggestionList.js.map

/***/ }),

/***/ 9615:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toError = toError;
const inspect_ts_1 = __webpack_require__(5742);
function toError(thrownValue) {
    return thrownValue instanceof Error
        ? thrownValue
        : new NonErrorThrown(thrownValue);
}
class NonErrorThrown extends Error {
    constructor(thrownValue) {
        super('Unexpected error value: ' + (0, inspect_ts_1.inspect)(thrownValue));
        this.name = 'NonErrorThrown';
        this.thrownValue = thrownValue;
    }
}
//# sourceMappingURL=toError.js.map

/***/ }),

/***/ 4723:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toObjMap = toObjMap;
exports.toObjMapWithSymbols = toObjMapWithSymbols;
function toObjMap(obj) {
    if (obj == null) {
        return Object.create(null);
    }
    if (Object.getPrototypeOf(obj) === null) {
        return obj;
    }
    const map = Object.create(null);
    for (const [key, value] of Object.entries(obj)) {
        map[key] = value;
    }
    return map;
}
function toObjMapWithSymbols(obj) {
    if (obj == null) {
        return Object.create(null);
    }
    if (Object.getPrototypeOf(obj) === null) {
        return obj;
    }
    const map = Object.create(null);
    for (const [key, value] of Object.entries(obj)) {
        map[key] = value;
    }
    for (const key of Object.getOwnPropertySymbols(obj)) {
        map[key] = obj[key];
    }
    return map;
}
//# sourceMappingURL=toObjMap.js.map

/***/ }),

/***/ 2740:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OperationTypeNode = exports.QueryDocumentKeys = exports.Token = exports.Location = void 0;
exports.isNode = isNode;
class Location {
    constructor(startToken, endToken, source) {
        this.start = startToken.start;
        this.end = endToken.end;
        this.startToken = startToken;
        this.endToken = endToken;
        this.source = source;
    }
    get [Symbol.toStringTag]() {
        return 'Location';
    }
    toJSON() {
        return { start: this.start, end: this.end };
    }
}
exports.Location = Location;
class Token {
    constructor(kind, start, end, line, column, value) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.line = line;
        this.column = column;
        this.value = value;
        this.prev = null;
        this.next = null;
    }
    get [Symbol.toStringTag]() {
        return 'Token';
    }
    toJSON() {
        return {
            kind: this.kind,
            value: this.value,
            line: this.line,
            column: this.column,
        };
    }
}
exports.Token = Token;
exports.QueryDocumentKeys = {
    Name: [],
    Document: ['definitions'],
    OperationDefinition: [
        'description',
        'name',
        'variableDefinitions',
        'directives',
        'selectionSet',
    ],
    VariableDefinition: [
        'description',
        'variable',
        'type',
        'defaultValue',
        'directives',
    ],
    Variable: ['name'],
    SelectionSet: ['selections'],
    Field: ['alias', 'name', 'arguments', 'directives', 'selectionSet'],
    Argument: ['name', 'value'],
    FragmentArgument: ['name', 'value'],
    FragmentSpread: [
        'name',
        'arguments',
        'directives',
    ],
    InlineFragment: ['typeCondition', 'directives', 'selectionSet'],
    FragmentDefinition: [
        'description',
        'name',
        'variableDefinitions',
        'typeCondition',
        'directives',
        'selectionSet',
    ],
    IntValue: [],
    FloatValue: [],
    StringValue: [],
    BooleanValue: [],
    NullValue: [],
    EnumValue: [],
    ListValue: ['values'],
    ObjectValue: ['fields'],
    ObjectField: ['name', 'value'],
    Directive: ['name', 'arguments'],
    NamedType: ['name'],
    ListType: ['type'],
    NonNullType: ['type'],
    SchemaDefinition: ['description', 'directives', 'operationTypes'],
    OperationTypeDefinition: ['type'],
    ScalarTypeDefinition: ['description', 'name', 'directives'],
    ObjectTypeDefinition: [
        'description',
        'name',
        'interfaces',
        'directives',
        'fields',
    ],
    FieldDefinition: ['description', 'name', 'arguments', 'type', 'directives'],
    InputValueDefinition: [
        'description',
        'name',
        'type',
        'defaultValue',
        'directives',
    ],
    InterfaceTypeDefinition: [
        'description',
        'name',
        'interfaces',
        'directives',
        'fields',
    ],
    UnionTypeDefinition: ['description', 'name', 'directives', 'types'],
    EnumTypeDefinition: ['description', 'name', 'directives', 'values'],
    EnumValueDefinition: ['description', 'name', 'directives'],
    InputObjectTypeDefinition: ['description', 'name', 'directives', 'fields'],
    DirectiveDefinition: [
        'description',
        'name',
        'arguments',
        'directives',
        'locations',
    ],
    SchemaExtension: ['directives', 'operationTypes'],
    DirectiveExtension: ['name', 'directives'],
    ScalarTypeExtension: ['name', 'directives'],
    ObjectTypeExtension: ['name', 'interfaces', 'directives', 'fields'],
    InterfaceTypeExtension: ['name', 'interfaces', 'directives', 'fields'],
    UnionTypeExtension: ['name', 'directives', 'types'],
    EnumTypeExtension: ['name', 'directives', 'values'],
    InputObjectTypeExtension: ['name', 'directives', 'fields'],
    TypeCoordinate: ['name'],
    MemberCoordinate: ['name', 'memberName'],
    ArgumentCoordinate: ['name', 'fieldName', 'argumentName'],
    DirectiveCoordinate: ['name'],
    DirectiveArgumentCoordinate: ['name', 'argumentName'],
};
const kindValues = new Set(Object.keys(exports.QueryDocumentKeys));
function isNode(maybeNode) {
    const maybeKind = maybeNode?.kind;
    return typeof maybeKind === 'string' && kindValues.has(maybeKind);
}
exports.OperationTypeNode = {
    QUERY: 'query',
    MUTATION: 'mutation',
    SUBSCRIPTION: 'subscription',
};
//# sourceMappingURL=ast.js.map

/***/ }),

/***/ 7508:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dedentBlockStringLines = dedentBlockStringLines;
exports.isPrintableAsBlockString = isPrintableAsBlockString;
exports.printBlockString = printBlockString;
const characterClasses_ts_1 = __webpack_require__(3271);
function dedentBlockStringLines(lines) {
    let commonIndent = Number.MAX_SAFE_INTEGER;
    let firstNonEmptyLine = null;
    let lastNonEmptyLine = -1;
    for (let i = 0; i < lines.length; ++i) {
        const line = lines[i];
        const indent = leadingWhitespace(line);
        if (indent === line.length) {
            continue;
        }
        firstNonEmptyLine ??= i;
        lastNonEmptyLine = i;
        if (i !== 0 && indent < commonIndent) {
            commonIndent = indent;
        }
    }
    return (lines
        .map((line, i) => (i === 0 ? line : line.slice(commonIndent)))
        .slice(firstNonEmptyLine ?? 0, lastNonEmptyLine + 1));
}
function leadingWhitespace(str) {
    let i = 0;
    while (i < str.length && (0, characterClasses_ts_1.isWhiteSpace)(str.charCodeAt(i))) {
        ++i;
    }
    return i;
}
function isPrintableAsBlockString(value) {
    if (value === '') {
        return true;
    }
    let isEmptyLine = true;
    let hasIndent = false;
    let hasCommonIndent = true;
    let seenNonEmptyLine = false;
    for (let i = 0; i < value.length; ++i) {
        switch (value.codePointAt(i)) {
            case 0x0000:
            case 0x0001:
            case 0x0002:
            case 0x0003:
            case 0x0004:
            case 0x0005:
            case 0x0006:
            case 0x0007:
            case 0x0008:
            case 0x000b:
            case 0x000c:
            case 0x000e:
            case 0x000f:
                return false;
            case 0x000d:
                return false;
            case 10:
                if (isEmptyLine && !seenNonEmptyLine) {
                    return false;
                }
                seenNonEmptyLine = true;
                isEmptyLine = true;
                hasIndent = false;
                break;
            case 9:
            case 32:
                hasIndent ||= isEmptyLine;
                break;
            default:
                hasCommonIndent &&= hasIndent;
                isEmptyLine = false;
        }
    }
    if (isEmptyLine) {
        return false;
    }
    if (hasCommonIndent && seenNonEmptyLine) {
        return false;
    }
    return true;
}
function printBlockString(value, options) {
    const escapedValue = value.replaceAll('"""', '\\"""');
    const lines = escapedValue.split(/\r\n|[\n\r]/g);
    const isSingleLine = lines.length === 1;
    const forceLeadingNewLine = lines.length > 1 &&
        lines
            .slice(1)
            .every((line) => line.length === 0 || (0, characterClasses_ts_1.isWhiteSpace)(line.charCodeAt(0)));
    const hasTrailingTripleQuotes = escapedValue.endsWith('\\"""');
    const hasTrailingQuote = value.endsWith('"') && !hasTrailingTripleQuotes;
    const hasTrailingSlash = value.endsWith('\\');
    const forceTrailingNewline = hasTrailingQuote || hasTrailingSlash;
    const printAsMultipleLines = !options?.minimize &&
        (!isSingleLine ||
            value.length > 70 ||
            forceTrailingNewline ||
            forceLeadingNewLine ||
            hasTrailingTripleQuotes);
    let result = '';
    const skipLeadingNewLine = isSingleLine && (0, characterClasses_ts_1.isWhiteSpace)(value.charCodeAt(0));
    if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine) {
        result += '\n';
    }
    result += escapedValue;
    if (printAsMultipleLines || forceTrailingNewline) {
        result += '\n';
    }
    return '"""' + result + '"""';
}
//# sourceMappingURL=blockString.js.map

/***/ }),

/***/ 3271:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isWhiteSpace = isWhiteSpace;
exports.isDigit = isDigit;
exports.isLetter = isLetter;
exports.isNameStart = isNameStart;
exports.isNameContinue = isNameContinue;
function isWhiteSpace(code) {
    return code === 0x0009 || code === 0x0020;
}
function isDigit(code) {
    return code >= 0x0030 && code <= 0x0039;
}
function isLetter(code) {
    return ((code >= 0x0061 && code <= 0x007a) ||
        (code >= 0x0041 && code <= 0x005a));
}
function isNameStart(code) {
    return isLetter(code) || code === 0x005f;
}
function isNameContinue(code) {
    return isLetter(code) || isDigit(code) || code === 0x005f;
}
//# sourceMappingURL=characterClasses.js.map

/***/ }),

/***/ 2582:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DirectiveLocation = void 0;
exports.DirectiveLocation = {
    QUERY: 'QUERY',
    MUTATION: 'MUTATION',
    SUBSCRIPTION: 'SUBSCRIPTION',
    FIELD: 'FIELD',
    FRAGMENT_DEFINITION: 'FRAGMENT_DEFINITION',
    FRAGMENT_SPREAD: 'FRAGMENT_SPREAD',
    INLINE_FRAGMENT: 'INLINE_FRAGMENT',
    VARIABLE_DEFINITION: 'VARIABLE_DEFINITION',
    FRAGMENT_VARIABLE_DEFINITION: 'FRAGMENT_VARIABLE_DEFINITION',
    SCHEMA: 'SCHEMA',
    SCALAR: 'SCALAR',
    OBJECT: 'OBJECT',
    FIELD_DEFINITION: 'FIELD_DEFINITION',
    ARGUMENT_DEFINITION: 'ARGUMENT_DEFINITION',
    INTERFACE: 'INTERFACE',
    UNION: 'UNION',
    ENUM: 'ENUM',
    ENUM_VALUE: 'ENUM_VALUE',
    INPUT_OBJECT: 'INPUT_OBJECT',
    INPUT_FIELD_DEFINITION: 'INPUT_FIELD_DEFINITION',
    DIRECTIVE_DEFINITION: 'DIRECTIVE_DEFINITION',
};
//# sourceMappingURL=directiveLocation.js.map

/***/ }),

/***/ 68:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DirectiveLocation = exports.isSubscriptionOperationDefinitionNode = exports.isSchemaCoordinateNode = exports.isTypeExtensionNode = exports.isTypeSystemExtensionNode = exports.isTypeDefinitionNode = exports.isTypeSystemDefinitionNode = exports.isTypeNode = exports.isConstValueNode = exports.isValueNode = exports.isSelectionNode = exports.isExecutableDefinitionNode = exports.isDefinitionNode = exports.OperationTypeNode = exports.Token = exports.Location = exports.BREAK = exports.getEnterLeaveForKind = exports.visitInParallel = exports.visit = exports.print = exports.parseSchemaCoordinate = exports.parseType = exports.parseConstValue = exports.parseValue = exports.parse = exports.Lexer = exports.TokenKind = exports.Kind = exports.printSourceLocation = exports.printLocation = exports.getLocation = exports.Source = void 0;
var source_ts_1 = __webpack_require__(203);
Object.defineProperty(exports, "Source", ({ enumerable: true, get: function () { return source_ts_1.Source; } }));
var location_ts_1 = __webpack_require__(2245);
Object.defineProperty(exports, "getLocation", ({ enumerable: true, get: function () { return location_ts_1.getLocation; } }));
var printLocation_ts_1 = __webpack_require__(6512);
Object.defineProperty(exports, "printLocation", ({ enumerable: true, get: function () { return printLocation_ts_1.printLocation; } }));
Object.defineProperty(exports, "printSourceLocation", ({ enumerable: true, get: function () { return printLocation_ts_1.printSourceLocation; } }));
var kinds_ts_1 = __webpack_require__(1123);
Object.defineProperty(exports, "Kind", ({ enumerable: true, get: function () { return kinds_ts_1.Kind; } }));
var tokenKind_ts_1 = __webpack_require__(1743);
Object.defineProperty(exports, "TokenKind", ({ enumerable: true, get: function () { return tokenKind_ts_1.TokenKind; } }));
var lexer_ts_1 = __webpack_require__(9278);
Object.defineProperty(exports, "Lexer", ({ enumerable: true, get: function () { return lexer_ts_1.Lexer; } }));
var parser_ts_1 = __webpack_require__(4929);
Object.defineProperty(exports, "parse", ({ enumerable: true, get: function () { return parser_ts_1.parse; } }));
Object.defineProperty(exports, "parseValue", ({ enumerable: true, get: function () { return parser_ts_1.parseValue; } }));
Object.defineProperty(exports, "parseConstValue", ({ enumerable: true, get: function () { return parser_ts_1.parseConstValue; } }));
Object.defineProperty(exports, "parseType", ({ enumerable: true, get: function () { return parser_ts_1.parseType; } }));
Object.defineProperty(exports, "parseSchemaCoordinate", ({ enumerable: true, get: function () { return parser_ts_1.parseSchemaCoordinate; } }));
var printer_ts_1 = __webpack_require__(9936);
Object.defineProperty(exports, "print", ({ enumerable: true, get: function () { return printer_ts_1.print; } }));
var visitor_ts_1 = __webpack_require__(638);
Object.defineProperty(exports, "visit", ({ enumerable: true, get: function () { return visitor_ts_1.visit; } }));
Object.defineProperty(exports, "visitInParallel", ({ enumerable: true, get: function () { return visitor_ts_1.visitInParallel; } }));
Object.defineProperty(exports, "getEnterLeaveForKind", ({ enumerable: true, get: function () { return visitor_ts_1.getEnterLeaveForKind; } }));
Object.defineProperty(exports, "BREAK", ({ enumerable: true, get: function () { return visitor_ts_1.BREAK; } }));
var ast_ts_1 = __webpack_require__(2740);
Object.defineProperty(exports, "Location", ({ enumerable: true, get: function () { return ast_ts_1.Location; } }));
Object.defineProperty(exports, "Token", ({ enumerable: true, get: function () { return ast_ts_1.Token; } }));
Object.defineProperty(exports, "OperationTypeNode", ({ enumerable: true, get: function () { return ast_ts_1.OperationTypeNode; } }));
var predicates_ts_1 = __webpack_require__(5480);
Object.defineProperty(exports, "isDefinitionNode", ({ enumerable: true, get: function () { return predicates_ts_1.isDefinitionNode; } }));
Object.defineProperty(exports, "isExecutableDefinitionNode", ({ enumerable: true, get: function () { return predicates_ts_1.isExecutableDefinitionNode; } }));
Object.defineProperty(exports, "isSelectionNode", ({ enumerable: true, get: function () { return predicates_ts_1.isSelectionNode; } }));
Object.defineProperty(exports, "isValueNode", ({ enumerable: true, get: function () { return predicates_ts_1.isValueNode; } }));
Object.defineProperty(exports, "isConstValueNode", ({ enumerable: true, get: function () { return predicates_ts_1.isConstValueNode; } }));
Object.defineProperty(exports, "isTypeNode", ({ enumerable: true, get: function () { return predicates_ts_1.isTypeNode; } }));
Object.defineProperty(exports, "isTypeSystemDefinitionNode", ({ enumerable: true, get: function () { return predicates_ts_1.isTypeSystemDefinitionNode; } }));
Object.defineProperty(exports, "isTypeDefinitionNode", ({ enumerable: true, get: function () { return predicates_ts_1.isTypeDefinitionNode; } }));
Object.defineProperty(exports, "isTypeSystemExtensionNode", ({ enumerable: true, get: function () { return predicates_ts_1.isTypeSystemExtensionNode; } }));
Object.defineProperty(exports, "isTypeExtensionNode", ({ enumerable: true, get: function () { return predicates_ts_1.isTypeExtensionNode; } }));
Object.defineProperty(exports, "isSchemaCoordinateNode", ({ enumerable: true, get: function () { return predicates_ts_1.isSchemaCoordinateNode; } }));
Object.defineProperty(exports, "isSubscriptionOperationDefinitionNode", ({ enumerable: true, get: function () { return predicates_ts_1.isSubscriptionOperationDefinitionNode; } }));
var directiveLocation_ts_1 = __webpack_require__(2582);
Object.defineProperty(exports, "DirectiveLocation", ({ enumerable: true, get: function () { return directiveLocation_ts_1.DirectiveLocation; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 1123:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Kind = void 0;
exports.Kind = __importStar(__webpack_require__(1762));
//# sourceMappingURL=kinds.js.map

/***/ }),

/***/ 1762:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DIRECTIVE_ARGUMENT_COORDINATE = exports.DIRECTIVE_COORDINATE = exports.ARGUMENT_COORDINATE = exports.MEMBER_COORDINATE = exports.TYPE_COORDINATE = exports.INPUT_OBJECT_TYPE_EXTENSION = exports.ENUM_TYPE_EXTENSION = exports.UNION_TYPE_EXTENSION = exports.INTERFACE_TYPE_EXTENSION = exports.OBJECT_TYPE_EXTENSION = exports.SCALAR_TYPE_EXTENSION = exports.DIRECTIVE_EXTENSION = exports.SCHEMA_EXTENSION = exports.DIRECTIVE_DEFINITION = exports.INPUT_OBJECT_TYPE_DEFINITION = exports.ENUM_VALUE_DEFINITION = exports.ENUM_TYPE_DEFINITION = exports.UNION_TYPE_DEFINITION = exports.INTERFACE_TYPE_DEFINITION = exports.INPUT_VALUE_DEFINITION = exports.FIELD_DEFINITION = exports.OBJECT_TYPE_DEFINITION = exports.SCALAR_TYPE_DEFINITION = exports.OPERATION_TYPE_DEFINITION = exports.SCHEMA_DEFINITION = exports.NON_NULL_TYPE = exports.LIST_TYPE = exports.NAMED_TYPE = exports.DIRECTIVE = exports.OBJECT_FIELD = exports.OBJECT = exports.LIST = exports.ENUM = exports.NULL = exports.BOOLEAN = exports.STRING = exports.FLOAT = exports.INT = exports.VARIABLE = exports.FRAGMENT_DEFINITION = exports.INLINE_FRAGMENT = exports.FRAGMENT_SPREAD = exports.FRAGMENT_ARGUMENT = exports.ARGUMENT = exports.FIELD = exports.SELECTION_SET = exports.VARIABLE_DEFINITION = exports.OPERATION_DEFINITION = exports.DOCUMENT = exports.NAME = void 0;
exports.NAME = 'Name';
exports.DOCUMENT = 'Document';
exports.OPERATION_DEFINITION = 'OperationDefinition';
exports.VARIABLE_DEFINITION = 'VariableDefinition';
exports.SELECTION_SET = 'SelectionSet';
exports.FIELD = 'Field';
exports.ARGUMENT = 'Argument';
exports.FRAGMENT_ARGUMENT = 'FragmentArgument';
exports.FRAGMENT_SPREAD = 'FragmentSpread';
exports.INLINE_FRAGMENT = 'InlineFragment';
exports.FRAGMENT_DEFINITION = 'FragmentDefinition';
exports.VARIABLE = 'Variable';
exports.INT = 'IntValue';
exports.FLOAT = 'FloatValue';
exports.STRING = 'StringValue';
exports.BOOLEAN = 'BooleanValue';
exports.NULL = 'NullValue';
exports.ENUM = 'EnumValue';
exports.LIST = 'ListValue';
exports.OBJECT = 'ObjectValue';
exports.OBJECT_FIELD = 'ObjectField';
exports.DIRECTIVE = 'Directive';
exports.NAMED_TYPE = 'NamedType';
exports.LIST_TYPE = 'ListType';
exports.NON_NULL_TYPE = 'NonNullType';
exports.SCHEMA_DEFINITION = 'SchemaDefinition';
exports.OPERATION_TYPE_DEFINITION = 'OperationTypeDefinition';
exports.SCALAR_TYPE_DEFINITION = 'ScalarTypeDefinition';
exports.OBJECT_TYPE_DEFINITION = 'ObjectTypeDefinition';
exports.FIELD_DEFINITION = 'FieldDefinition';
exports.INPUT_VALUE_DEFINITION = 'InputValueDefinition';
exports.INTERFACE_TYPE_DEFINITION = 'InterfaceTypeDefinition';
exports.UNION_TYPE_DEFINITION = 'UnionTypeDefinition';
exports.ENUM_TYPE_DEFINITION = 'EnumTypeDefinition';
exports.ENUM_VALUE_DEFINITION = 'EnumValueDefinition';
exports.INPUT_OBJECT_TYPE_DEFINITION = 'InputObjectTypeDefinition';
exports.DIRECTIVE_DEFINITION = 'DirectiveDefinition';
exports.SCHEMA_EXTENSION = 'SchemaExtension';
exports.DIRECTIVE_EXTENSION = 'DirectiveExtension';
exports.SCALAR_TYPE_EXTENSION = 'ScalarTypeExtension';
exports.OBJECT_TYPE_EXTENSION = 'ObjectTypeExtension';
exports.INTERFACE_TYPE_EXTENSION = 'InterfaceTypeExtension';
exports.UNION_TYPE_EXTENSION = 'UnionTypeExtension';
exports.ENUM_TYPE_EXTENSION = 'EnumTypeExtension';
exports.INPUT_OBJECT_TYPE_EXTENSION = 'InputObjectTypeExtension';
exports.TYPE_COORDINATE = 'TypeCoordinate';
exports.MEMBER_COORDINATE = 'MemberCoordinate';
exports.ARGUMENT_COORDINATE = 'ArgumentCoordinate';
exports.DIRECTIVE_COORDINATE = 'DirectiveCoordinate';
exports.DIRECTIVE_ARGUMENT_COORDINATE = 'DirectiveArgumentCoordinate';
//# sourceMappingURL=kinds_.js.map

/***/ }),

/***/ 9278:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Lexer = void 0;
exports.isPunctuatorTokenKind = isPunctuatorTokenKind;
exports.printCodePointAt = printCodePointAt;
exports.createToken = createToken;
exports.readName = readName;
const syntaxError_ts_1 = __webpack_require__(9619);
const ast_ts_1 = __webpack_require__(2740);
const blockString_ts_1 = __webpack_require__(7508);
const characterClasses_ts_1 = __webpack_require__(3271);
const tokenKind_ts_1 = __webpack_require__(1743);
class Lexer {
    constructor(source) {
        const startOfFileToken = new ast_ts_1.Token(tokenKind_ts_1.TokenKind.SOF, 0, 0, 0, 0);
        this.source = source;
        this.lastToken = startOfFileToken;
        this.token = startOfFileToken;
        this.line = 1;
        this.lineStart = 0;
        this._maxComments = undefined;
        this._commentCount = 0;
    }
    get [Symbol.toStringTag]() {
        return 'Lexer';
    }
    advance() {
        this.lastToken = this.token;
        const token = (this.token = this.lookahead());
        return token;
    }
    lookahead() {
        let token = this.token;
        if (token.kind !== tokenKind_ts_1.TokenKind.EOF) {
            do {
                if (token.next) {
                    token = token.next;
                }
                else {
                    const nextToken = readNextToken(this, token.end);
                    token.next = nextToken;
                    nextToken.prev = token;
                    token = nextToken;
                }
            } while (token.kind === tokenKind_ts_1.TokenKind.COMMENT);
        }
        return token;
    }
}
exports.Lexer = Lexer;
function isPunctuatorTokenKind(kind) {
    return (kind === tokenKind_ts_1.TokenKind.BANG ||
        kind === tokenKind_ts_1.TokenKind.DOLLAR ||
        kind === tokenKind_ts_1.TokenKind.AMP ||
        kind === tokenKind_ts_1.TokenKind.PAREN_L ||
        kind === tokenKind_ts_1.TokenKind.PAREN_R ||
        kind === tokenKind_ts_1.TokenKind.DOT ||
        kind === tokenKind_ts_1.TokenKind.SPREAD ||
        kind === tokenKind_ts_1.TokenKind.COLON ||
        kind === tokenKind_ts_1.TokenKind.EQUALS ||
        kind === tokenKind_ts_1.TokenKind.AT ||
        kind === tokenKind_ts_1.TokenKind.BRACKET_L ||
        kind === tokenKind_ts_1.TokenKind.BRACKET_R ||
        kind === tokenKind_ts_1.TokenKind.BRACE_L ||
        kind === tokenKind_ts_1.TokenKind.PIPE ||
        kind === tokenKind_ts_1.TokenKind.BRACE_R);
}
function isUnicodeScalarValue(code) {
    return ((code >= 0x0000 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0x10ffff));
}
function isSupplementaryCodePoint(body, location) {
    return (isLeadingSurrogate(body.charCodeAt(location)) &&
        isTrailingSurrogate(body.charCodeAt(location + 1)));
}
function isLeadingSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}
function isTrailingSurrogate(code) {
    return code >= 0xdc00 && code <= 0xdfff;
}
function printCodePointAt(lexer, location) {
    const code = lexer.source.body.codePointAt(location);
    if (code === undefined) {
        return tokenKind_ts_1.TokenKind.EOF;
    }
    else if (code >= 0x0020 && code <= 0x007e) {
        const char = String.fromCodePoint(code);
        return char === '"' ? "'\"'" : `"${char}"`;
    }
    return 'U+' + code.toString(16).toUpperCase().padStart(4, '0');
}
function createToken(lexer, kind, start, end, value) {
    const line = lexer.line;
    const col = 1 + start - lexer.lineStart;
    return new ast_ts_1.Token(kind, start, end, line, col, value);
}
function readNextToken(lexer, start) {
    const body = lexer.source.body;
    const bodyLength = body.length;
    let position = start;
    while (position < bodyLength) {
        const code = body.charCodeAt(position);
        switch (code) {
            case 0xfeff:
            case 0x0009:
            case 0x0020:
            case 0x002c:
                ++position;
                continue;
            case 0x000a:
                ++position;
                ++lexer.line;
                lexer.lineStart = position;
                continue;
            case 0x000d:
                if (body.charCodeAt(position + 1) === 0x000a) {
                    position += 2;
                }
                else {
                    ++position;
                }
                ++lexer.line;
                lexer.lineStart = position;
                continue;
            case 0x0023:
                return readComment(lexer, position);
            case 0x0021:
                return createToken(lexer, tokenKind_ts_1.TokenKind.BANG, position, position + 1);
            case 0x0024:
                return createToken(lexer, tokenKind_ts_1.TokenKind.DOLLAR, position, position + 1);
            case 0x0026:
                return createToken(lexer, tokenKind_ts_1.TokenKind.AMP, position, position + 1);
            case 0x0028:
                return createToken(lexer, tokenKind_ts_1.TokenKind.PAREN_L, position, position + 1);
            case 0x0029:
                return createToken(lexer, tokenKind_ts_1.TokenKind.PAREN_R, position, position + 1);
            case 0x002e: {
                const nextCode = body.charCodeAt(position + 1);
                if (nextCode === 0x002e && body.charCodeAt(position + 2) === 0x002e) {
                    return createToken(lexer, tokenKind_ts_1.TokenKind.SPREAD, position, position + 3);
                }
                if (nextCode === 0x002e) {
                    throw (0, syntaxError_ts_1.syntaxError)(lexer.source, position, 'Unexpected "..", did you mean "..."?');
                }
                else if ((0, characterClasses_ts_1.isDigit)(nextCode)) {
                    const digits = lexer.source.body.slice(position + 1, readDigits(lexer, position + 1, nextCode));
                    throw (0, syntaxError_ts_1.syntaxError)(lexer.source, position, `Invalid number, expected digit before ".", did you mean "0.${digits}"?`);
                }
                break;
            }
            case 0x003a:
                return createToken(lexer, tokenKind_ts_1.TokenKind.COLON, position, position + 1);
            case 0x003d:
                return createToken(lexer, tokenKind_ts_1.TokenKind.EQUALS, position, position + 1);
            case 0x0040:
                return createToken(lexer, tokenKind_ts_1.TokenKind.AT, position, position + 1);
            case 0x005b:
                return createToken(lexer, tokenKind_ts_1.TokenKind.BRACKET_L, position, position + 1);
            case 0x005d:
                return createToken(lexer, tokenKind_ts_1.TokenKind.BRACKET_R, position, position + 1);
            case 0x007b:
                return createToken(lexer, tokenKind_ts_1.TokenKind.BRACE_L, position, position + 1);
            case 0x007c:
                return createToken(lexer, tokenKind_ts_1.TokenKind.PIPE, position, position + 1);
            case 0x007d:
                return createToken(lexer, tokenKind_ts_1.TokenKind.BRACE_R, position, position + 1);
            case 0x0022:
                if (body.charCodeAt(position + 1) === 0x0022 &&
                    body.charCodeAt(position + 2) === 0x0022) {
                    return readBlockString(lexer, position);
                }
                return readString(lexer, position);
        }
        if ((0, characterClasses_ts_1.isDigit)(code) || code === 0x002d) {
            return readNumber(lexer, position, code);
        }
        if ((0, characterClasses_ts_1.isNameStart)(code)) {
            return readName(lexer, position);
        }
        throw (0, syntaxError_ts_1.syntaxError)(lexer.source, position, code === 0x0027
            ? 'Unexpected single quote character (\'), did you mean to use a double quote (")?'
            : isUnicodeScalarValue(code) || isSupplementaryCodePoint(body, position)
                ? `Unexpected character: ${printCodePointAt(lexer, position)}.`
                : `Invalid character: ${printCodePointAt(lexer, position)}.`);
    }
    return createToken(lexer, tokenKind_ts_1.TokenKind.EOF, bodyLength, bodyLength);
}
function readComment(lexer, start) {
    const maxComments = lexer._maxComments;
    if (maxComments !== undefined) {
        const nextCommentCount = lexer._commentCount + 1;
        if (nextCommentCount > maxComments) {
            throw (0, syntaxError_ts_1.syntaxError)(lexer.source, start, `Document contains more than ${maxComments} comments. Parsing aborted.`);
        }
        lexer._commentCount = nextCommentCount;
    }
    const body = lexer.source.body;
    const bodyLength = body.length;
    let position = start + 1;
    while (position < bodyLength) {
        const code = body.charCodeAt(position);
        if (code === 0x000a || code === 0x000d) {
            break;
        }
        if (isUnicodeScalarValue(code)) {
            ++position;
        }
        else if (isSupplementaryCodePoint(body, position)) {
            position += 2;
        }
        else {
            break;
        }
    }
    return createToken(lexer, tokenKind_ts_1.TokenKind.COMMENT, start, position, body.slice(start + 1, position));
}
function readNumber(lexer, start, firstCode) {
    const body = lexer.source.body;
    let position = start;
    let code = firstCode;
    let isFloat = false;
    if (code === 0x002d) {
        code = body.charCodeAt(++position);
    }
    if (code === 0x0030) {
        code = body.charCodeAt(++position);
        if ((0, characterClasses_ts_1.isDigit)(code)) {
            throw (0, syntaxError_ts_1.syntaxError)(lexer.source, position, `Invalid number, unexpected digit after 0: ${printCodePointAt(lexer, position)}.`);
        }
    }
    else {
        position = readDigits(lexer, position, code);
        code = body.charCodeAt(position);
    }
    if (code === 0x002e) {
        isFloat = true;
        code = body.charCodeAt(++position);
        position = readDigits(lexer, position, code);
        code = body.charCodeAt(position);
    }
    if (code === 0x0045 || code === 0x0065) {
        isFloat = true;
        code = body.charCodeAt(++position);
        if (code === 0x002b || code === 0x002d) {
            code = body.charCodeAt(++position);
        }
        position = readDigits(lexer, position, code);
        code = body.charCodeAt(position);
    }
    if (code === 0x002e || (0, characterClasses_ts_1.isNameStart)(code)) {
        throw (0, syntaxError_ts_1.syntaxError)(lexer.source, position, `Invalid number, expected digit but got: ${printCodePointAt(lexer, position)}.`);
    }
    return createToken(lexer, isFloat ? tokenKind_ts_1.TokenKind.FLOAT : tokenKind_ts_1.TokenKind.INT, start, position, body.slice(start, position));
}
function readDigits(lexer, start, firstCode) {
    if (!(0, characterClasses_ts_1.isDigit)(firstCode)) {
        throw (0, syntaxError_ts_1.syntaxError)(lexer.source, start, `Invalid number, expected digit but got: ${printCodePointAt(lexer, start)}.`);
    }
    const body = lexer.source.body;
    let position = start + 1;
    while ((0, characterClasses_ts_1.isDigit)(body.charCodeAt(position))) {
        ++position;
    }
    return position;
}
function readString(lexer, start) {
    const body = lexer.source.body;
    const bodyLength = body.length;
    let position = start + 1;
    let chunkStart = position;
    let value = '';
    while (position < bodyLength) {
        const code = body.charCodeAt(position);
        if (code === 0x0022) {
            value += body.slice(chunkStart, position);
            return createToken(lexer, tokenKind_ts_1.TokenKind.STRING, start, position + 1, value);
        }
        if (code === 0x005c) {
            value += body.slice(chunkStart, position);
            const escape = body.charCodeAt(position + 1) === 0x0075
                ? body.charCodeAt(position + 2) === 0x007b
                    ? readEscapedUnicodeVariableWidth(lexer, position)
                    : readEscapedUnicodeFixedWidth(lexer, position)
                : readEscapedCharacter(lexer, position);
            value += escape.value;
            position += escape.size;
            chunkStart = position;
            continue;
        }
        if (code === 0x000a || code === 0x000d) {
            break;
        }
        if (isUnicodeScalarValue(code)) {
            ++position;
        }
        else if (isSupplementaryCodePoint(body, position)) {
            position += 2;
        }
        else {
            throw (0, syntaxError_ts_1.syntaxError)(lexer.source, position, `Invalid character within String: ${printCodePointAt(lexer, position)}.`);
        }
    }
    throw (0, syntaxError_ts_1.syntaxError)(lexer.source, position, 'Unterminated string.');
}
function readEscapedUnicodeVariableWidth(lexer, position) {
    const body = lexer.source.body;
    let point = 0;
    let size = 3;
    while (size < 12) {
        const code = body.charCodeAt(position + size++);
        if (code === 0x007d) {
            if (size < 5 || !isUnicodeScalarValue(point)) {
                break;
            }
            return { value: String.fromCodePoint(point), size };
        }
        point = (point << 4) | readHexDigit(code);
        if (point < 0) {
            break;
        }
    }
    throw (0, syntaxError_ts_1.syntaxError)(lexer.source, position, `Invalid Unicode escape sequence: "${body.slice(position, position + size)}".`);
}
function readEscapedUnicodeFixedWidth(lexer, position) {
    const body = lexer.source.body;
    const code = read16BitHexCode(body, position + 2);
    if (isUnicodeScalarValue(code)) {
        return { value: String.fromCodePoint(code), size: 6 };
    }
    if (isLeadingSurrogate(code)) {
        if (body.charCodeAt(position + 6) === 0x005c &&
            body.charCodeAt(position + 7) === 0x0075) {
            const trailingCode = read16BitHexCode(body, position + 8);
            if (isTrailingSurrogate(trailingCode)) {
                return { value: String.fromCodePoint(code, trailingCode), size: 12 };
            }
        }
    }
    throw (0, syntaxError_ts_1.syntaxError)(lexer.source, position, `Invalid Unicode escape sequence: "${body.slice(position, position + 6)}".`);
}
function read16BitHexCode(body, position) {
    return ((readHexDigit(body.charCodeAt(position)) << 12) |
        (readHexDigit(body.charCodeAt(position + 1)) << 8) |
        (readHexDigit(body.charCodeAt(position + 2)) << 4) |
        readHexDigit(body.charCodeAt(position + 3)));
}
function readHexDigit(code) {
    return code >= 0x0030 && code <= 0x0039
        ? code - 0x0030
        : code >= 0x0041 && code <= 0x0046
            ? code - 0x0037
            : code >= 0x0061 && code <= 0x0066
                ? code - 0x0057
                : -1;
}
function readEscapedCharacter(lexer, position) {
    const body = lexer.source.body;
    const code = body.charCodeAt(position + 1);
    switch (code) {
        case 0x0022:
            return { value: '\u0022', size: 2 };
        case 0x005c:
            return { value: '\u005c', size: 2 };
        case 0x002f:
            return { value: '\u002f', size: 2 };
        case 0x0062:
            return { value: '\u0008', size: 2 };
        case 0x0066:
            return { value: '\u000c', size: 2 };
        case 0x006e:
            return { value: '\u000a', size: 2 };
        case 0x0072:
            return { value: '\u000d', size: 2 };
        case 0x0074:
            return { value: '\u0009', size: 2 };
    }
    throw (0, syntaxError_ts_1.syntaxError)(lexer.source, position, `Invalid character escape sequence: "${body.slice(position, position + 2)}".`);
}
function readBlockString(lexer, start) {
    const body = lexer.source.body;
    const bodyLength = body.length;
    let lineStart = lexer.lineStart;
    let position = start + 3;
    let chunkStart = position;
    let currentLine = '';
    const blockLines = [];
    while (position < bodyLength) {
        const code = body.charCodeAt(position);
        if (code === 0x0022 &&
            body.charCodeAt(position + 1) === 0x0022 &&
            body.charCodeAt(position + 2) === 0x0022) {
            currentLine += body.slice(chunkStart, position);
            blockLines.push(currentLine);
            const token = createToken(lexer, tokenKind_ts_1.TokenKind.BLOCK_STRING, start, position + 3, (0, blockString_ts_1.dedentBlockStringLines)(blockLines).join('\n'));
            lexer.line += blockLines.length - 1;
            lexer.lineStart = lineStart;
            return token;
        }
        if (code === 0x005c &&
            body.charCodeAt(position + 1) === 0x0022 &&
            body.charCodeAt(position + 2) === 0x0022 &&
            body.charCodeAt(position + 3) === 0x0022) {
            currentLine += body.slice(chunkStart, position);
            chunkStart = position + 1;
            position += 4;
            continue;
        }
        if (code === 0x000a || code === 0x000d) {
            currentLine += body.slice(chunkStart, position);
            blockLines.push(currentLine);
            if (code === 0x000d && body.charCodeAt(position + 1) === 0x000a) {
                position += 2;
            }
            else {
                ++position;
            }
            currentLine = '';
            chunkStart = position;
            lineStart = position;
            continue;
        }
        if (isUnicodeScalarValue(code)) {
            ++position;
        }
        else if (isSupplementaryCodePoint(body, position)) {
            position += 2;
        }
        else {
            throw (0, syntaxError_ts_1.syntaxError)(lexer.source, position, `Invalid character within String: ${printCodePointAt(lexer, position)}.`);
        }
    }
    throw (0, syntaxError_ts_1.syntaxError)(lexer.source, position, 'Unterminated string.');
}
function readName(lexer, start) {
    const body = lexer.source.body;
    const bodyLength = body.length;
    let position = start + 1;
    while (position < bodyLength) {
        const code = body.charCodeAt(position);
        if ((0, characterClasses_ts_1.isNameContinue)(code)) {
            ++position;
        }
        else {
            break;
        }
    }
    return createToken(lexer, tokenKind_ts_1.TokenKind.NAME, start, position, body.slice(start, position));
}
//# sourceMappingURL=lexer.js.map

/***/ }),

/***/ 2245:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getLocation = getLocation;
exports.getLocations = getLocations;
const AccumulatorMap_ts_1 = __webpack_require__(440);
const LineRegExp = /\r\n|[\n\r]/g;
function getLocation(source, position) {
    const matches = source.body.matchAll(LineRegExp);
    let match = matches.next().value;
    let line = 1;
    let lastLineStart = 0;
    while (match !== undefined && match.index < position) {
        lastLineStart = match.index + match[0].length;
        line++;
        match = matches.next().value;
    }
    return { line, column: position + 1 - lastLineStart };
}
function getLocations(locations) {
    if (locations.length < 2) {
        return locations.map(({ source, start }) => getLocation(source, start));
    }
    const bySource = new AccumulatorMap_ts_1.AccumulatorMap();
    locations.forEach(({ source, start }, index) => {
        bySource.add(source, {
            position: start,
            index,
        });
    });
    const result = new Array(locations.length);
    for (const [source, positions] of bySource) {
        const matches = source.body.matchAll(LineRegExp);
        let match = matches.next().value;
        let line = 1;
        let lastLineStart = 0;
        for (const { position, index } of positions.toSorted((a, b) => a.position - b.position)) {
            while (match !== undefined && match.index < position) {
                lastLineStart = match.index + match[0].length;
                line++;
                match = matches.next().value;
            }
            result[index] = {
                line,
                column: position + 1 - lastLineStart,
            };
        }
    }
    return result;
}
//# sourceMappingURL=location.js.map

/***/ }),

/***/ 4929:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Parser = void 0;
exports.parse = parse;
exports.parseValue = parseValue;
exports.parseConstValue = parseConstValue;
exports.parseType = parseType;
exports.parseSchemaCoordinate = parseSchemaCoordinate;
const syntaxError_ts_1 = __webpack_require__(9619);
const diagnostics_ts_1 = __webpack_require__(7593);
const ast_ts_1 = __webpack_require__(2740);
const directiveLocation_ts_1 = __webpack_require__(2582);
const kinds_ts_1 = __webpack_require__(1123);
const lexer_ts_1 = __webpack_require__(9278);
const schemaCoordinateLexer_ts_1 = __webpack_require__(6137);
const source_ts_1 = __webpack_require__(203);
const tokenKind_ts_1 = __webpack_require__(1743);
function parse(source, options) {
    return (0, diagnostics_ts_1.shouldTrace)(diagnostics_ts_1.parseChannel)
        ? diagnostics_ts_1.parseChannel.traceSync(() => parseImpl(source, options), { source })
        : parseImpl(source, options);
}
function parseImpl(source, options) {
    const parser = new Parser(source, options);
    const document = parser.parseDocument();
    Object.defineProperty(document, 'tokenCount', {
        enumerable: false,
        value: parser.tokenCount,
    });
    return document;
}
function parseValue(source, options) {
    const parser = new Parser(source, options);
    parser.expectToken(tokenKind_ts_1.TokenKind.SOF);
    const value = parser.parseValueLiteral(false);
    parser.expectToken(tokenKind_ts_1.TokenKind.EOF);
    return value;
}
function parseConstValue(source, options) {
    const parser = new Parser(source, options);
    parser.expectToken(tokenKind_ts_1.TokenKind.SOF);
    const value = parser.parseConstValueLiteral();
    parser.expectToken(tokenKind_ts_1.TokenKind.EOF);
    return value;
}
function parseType(source, options) {
    const parser = new Parser(source, options);
    parser.expectToken(tokenKind_ts_1.TokenKind.SOF);
    const type = parser.parseTypeReference();
    parser.expectToken(tokenKind_ts_1.TokenKind.EOF);
    return type;
}
function parseSchemaCoordinate(source) {
    const sourceObj = (0, source_ts_1.isSource)(source) ? source : new source_ts_1.Source(source);
    const lexer = new schemaCoordinateLexer_ts_1.SchemaCoordinateLexer(sourceObj);
    const parser = new Parser(source, { lexer });
    parser.expectToken(tokenKind_ts_1.TokenKind.SOF);
    const coordinate = parser.parseSchemaCoordinate();
    parser.expectToken(tokenKind_ts_1.TokenKind.EOF);
    return coordinate;
}
class Parser {
    constructor(source, options = {}) {
        const { lexer, ..._options } = options;
        if (lexer) {
            this._lexer = lexer;
        }
        else {
            const sourceObj = (0, source_ts_1.isSource)(source) ? source : new source_ts_1.Source(source);
            this._lexer = new lexer_ts_1.Lexer(sourceObj);
        }
        this._options = _options;
        this._tokenCounter = 0;
        this._lexer._maxComments = _options.maxComments;
        this._lexer._commentCount = 0;
        const maxSourceLength = _options.maxSourceLength;
        if (maxSourceLength !== undefined &&
            this._lexer.source.body.length > maxSourceLength) {
            throw (0, syntaxError_ts_1.syntaxError)(this._lexer.source, maxSourceLength, `Source contains more than ${maxSourceLength} UTF-16 code units. Parsing aborted.`);
        }
    }
    get tokenCount() {
        return this._tokenCounter;
    }
    parseName() {
        const token = this.expectToken(tokenKind_ts_1.TokenKind.NAME);
        return this.node(token, {
            kind: kinds_ts_1.Kind.NAME,
            value: token.value,
        });
    }
    parseDocument() {
        return this.node(this._lexer.token, {
            kind: kinds_ts_1.Kind.DOCUMENT,
            definitions: this.many(tokenKind_ts_1.TokenKind.SOF, this.parseDefinition, tokenKind_ts_1.TokenKind.EOF),
        });
    }
    parseDefinition() {
        if (this.peek(tokenKind_ts_1.TokenKind.BRACE_L)) {
            return this.parseOperationDefinition();
        }
        const hasDescription = this.peekDescription();
        const keywordToken = hasDescription
            ? this._lexer.lookahead()
            : this._lexer.token;
        if (hasDescription && keywordToken.kind === tokenKind_ts_1.TokenKind.BRACE_L) {
            throw (0, syntaxError_ts_1.syntaxError)(this._lexer.source, this._lexer.token.start, 'Unexpected description, descriptions are not supported on shorthand queries.');
        }
        if (keywordToken.kind === tokenKind_ts_1.TokenKind.NAME) {
            switch (keywordToken.value) {
                case 'schema':
                    return this.parseSchemaDefinition();
                case 'scalar':
                    return this.parseScalarTypeDefinition();
                case 'type':
                    return this.parseObjectTypeDefinition();
                case 'interface':
                    return this.parseInterfaceTypeDefinition();
                case 'union':
                    return this.parseUnionTypeDefinition();
                case 'enum':
                    return this.parseEnumTypeDefinition();
                case 'input':
                    return this.parseInputObjectTypeDefinition();
                case 'directive':
                    return this.parseDirectiveDefinition();
            }
            switch (keywordToken.value) {
                case 'query':
                case 'mutation':
                case 'subscription':
                    return this.parseOperationDefinition();
                case 'fragment':
                    return this.parseFragmentDefinition();
            }
            if (hasDescription) {
                throw (0, syntaxError_ts_1.syntaxError)(this._lexer.source, this._lexer.token.start, 'Unexpected description, only GraphQL definitions support descriptions.');
            }
            switch (keywordToken.value) {
                case 'extend':
                    return this.parseTypeSystemExtension();
            }
        }
        throw this.unexpected(keywordToken);
    }
    parseOperationDefinition() {
        const start = this._lexer.token;
        if (this.peek(tokenKind_ts_1.TokenKind.BRACE_L)) {
            return this.node(start, {
                kind: kinds_ts_1.Kind.OPERATION_DEFINITION,
                operation: ast_ts_1.OperationTypeNode.QUERY,
                description: undefined,
                name: undefined,
                variableDefinitions: undefined,
                directives: undefined,
                selectionSet: this.parseSelectionSet(),
            });
        }
        const description = this.parseDescription();
        const operation = this.parseOperationType();
        let name;
        if (this.peek(tokenKind_ts_1.TokenKind.NAME)) {
            name = this.parseName();
        }
        return this.node(start, {
            kind: kinds_ts_1.Kind.OPERATION_DEFINITION,
            operation,
            description,
            name,
            variableDefinitions: this.parseVariableDefinitions(),
            directives: this.parseDirectives(false),
            selectionSet: this.parseSelectionSet(),
        });
    }
    parseOperationType() {
        const operationToken = this.expectToken(tokenKind_ts_1.TokenKind.NAME);
        switch (operationToken.value) {
            case 'query':
                return ast_ts_1.OperationTypeNode.QUERY;
            case 'mutation':
                return ast_ts_1.OperationTypeNode.MUTATION;
            case 'subscription':
                return ast_ts_1.OperationTypeNode.SUBSCRIPTION;
        }
        throw this.unexpected(operationToken);
    }
    parseVariableDefinitions() {
        return this.optionalMany(tokenKind_ts_1.TokenKind.PAREN_L, this.parseVariableDefinition, tokenKind_ts_1.TokenKind.PAREN_R);
    }
    parseVariableDefinition() {
        return this.node(this._lexer.token, {
            kind: kinds_ts_1.Kind.VARIABLE_DEFINITION,
            description: this.parseDescription(),
            variable: this.parseVariable(),
            type: (this.expectToken(tokenKind_ts_1.TokenKind.COLON), this.parseTypeReference()),
            defaultValue: this.expectOptionalToken(tokenKind_ts_1.TokenKind.EQUALS)
                ? this.parseConstValueLiteral()
                : undefined,
            directives: this.parseConstDirectives(),
        });
    }
    parseVariable() {
        const start = this._lexer.token;
        this.expectToken(tokenKind_ts_1.TokenKind.DOLLAR);
        return this.node(start, {
            kind: kinds_ts_1.Kind.VARIABLE,
            name: this.parseName(),
        });
    }
    parseSelectionSet() {
        return this.node(this._lexer.token, {
            kind: kinds_ts_1.Kind.SELECTION_SET,
            selections: this._options.allowEmptySelectionSets === false
                ? this.many(tokenKind_ts_1.TokenKind.BRACE_L, this.parseSelection, tokenKind_ts_1.TokenKind.BRACE_R)
                : this.any(tokenKind_ts_1.TokenKind.BRACE_L, this.parseSelection, tokenKind_ts_1.TokenKind.BRACE_R),
        });
    }
    parseSelection() {
        return this.peek(tokenKind_ts_1.TokenKind.SPREAD)
            ? this.parseFragment()
            : this.parseField();
    }
    parseField() {
        const start = this._lexer.token;
        const nameOrAlias = this.parseName();
        let alias;
        let name;
        if (this.expectOptionalToken(tokenKind_ts_1.TokenKind.COLON)) {
            alias = nameOrAlias;
            name = this.parseName();
        }
        else {
            name = nameOrAlias;
        }
        return this.node(start, {
            kind: kinds_ts_1.Kind.FIELD,
            alias,
            name,
            arguments: this.parseArguments(false),
            directives: this.parseDirectives(false),
            selectionSet: this.peek(tokenKind_ts_1.TokenKind.BRACE_L)
                ? this.parseSelectionSet()
                : undefined,
        });
    }
    parseArguments(isConst) {
        const item = isConst ? this.parseConstArgument : this.parseArgument;
        return this.optionalMany(tokenKind_ts_1.TokenKind.PAREN_L, item, tokenKind_ts_1.TokenKind.PAREN_R);
    }
    parseFragmentArguments() {
        const item = this.parseFragmentArgument;
        return this.optionalMany(tokenKind_ts_1.TokenKind.PAREN_L, item, tokenKind_ts_1.TokenKind.PAREN_R);
    }
    parseArgument(isConst = false) {
        const start = this._lexer.token;
        const name = this.parseName();
        this.expectToken(tokenKind_ts_1.TokenKind.COLON);
        return this.node(start, {
            kind: kinds_ts_1.Kind.ARGUMENT,
            name,
            value: this.parseValueLiteral(isConst),
        });
    }
    parseConstArgument() {
        return this.parseArgument(true);
    }
    parseFragmentArgument() {
        const start = this._lexer.token;
        const name = this.parseName();
        this.expectToken(tokenKind_ts_1.TokenKind.COLON);
        return this.node(start, {
            kind: kinds_ts_1.Kind.FRAGMENT_ARGUMENT,
            name,
            value: this.parseValueLiteral(false),
        });
    }
    parseFragment() {
        const start = this._lexer.token;
        this.expectToken(tokenKind_ts_1.TokenKind.SPREAD);
        const hasTypeCondition = this.expectOptionalKeyword('on');
        if (!hasTypeCondition && this.peek(tokenKind_ts_1.TokenKind.NAME)) {
            const name = this.parseFragmentName();
            if (this.peek(tokenKind_ts_1.TokenKind.PAREN_L) &&
                this._options.experimentalFragmentArguments) {
                return this.node(start, {
                    kind: kinds_ts_1.Kind.FRAGMENT_SPREAD,
                    name,
                    arguments: this.parseFragmentArguments(),
                    directives: this.parseDirectives(false),
                });
            }
            return this.node(start, {
                kind: kinds_ts_1.Kind.FRAGMENT_SPREAD,
                name,
                directives: this.parseDirectives(false),
            });
        }
        return this.node(start, {
            kind: kinds_ts_1.Kind.INLINE_FRAGMENT,
            typeCondition: hasTypeCondition ? this.parseNamedType() : undefined,
            directives: this.parseDirectives(false),
            selectionSet: this.parseSelectionSet(),
        });
    }
    parseFragmentDefinition() {
        const start = this._lexer.token;
        const description = this.parseDescription();
        this.expectKeyword('fragment');
        if (this._options.experimentalFragmentArguments === true) {
            return this.node(start, {
                kind: kinds_ts_1.Kind.FRAGMENT_DEFINITION,
                description,
                name: this.parseFragmentName(),
                variableDefinitions: this.parseVariableDefinitions(),
                typeCondition: (this.expectKeyword('on'), this.parseNamedType()),
                directives: this.parseDirectives(false),
                selectionSet: this.parseSelectionSet(),
            });
        }
        return this.node(start, {
            kind: kinds_ts_1.Kind.FRAGMENT_DEFINITION,
            description,
            name: this.parseFragmentName(),
            typeCondition: (this.expectKeyword('on'), this.parseNamedType()),
            directives: this.parseDirectives(false),
            selectionSet: this.parseSelectionSet(),
        });
    }
    parseFragmentName() {
        if (this._lexer.token.value === 'on') {
            throw this.unexpected();
        }
        return this.parseName();
    }
    parseValueLiteral(isConst) {
        const token = this._lexer.token;
        switch (token.kind) {
            case tokenKind_ts_1.TokenKind.BRACKET_L:
                return this.parseList(isConst);
            case tokenKind_ts_1.TokenKind.BRACE_L:
                return this.parseObject(isConst);
            case tokenKind_ts_1.TokenKind.INT:
                this.advanceLexer();
                return this.node(token, {
                    kind: kinds_ts_1.Kind.INT,
                    value: token.value,
                });
            case tokenKind_ts_1.TokenKind.FLOAT:
                this.advanceLexer();
                return this.node(token, {
                    kind: kinds_ts_1.Kind.FLOAT,
                    value: token.value,
                });
            case tokenKind_ts_1.TokenKind.STRING:
            case tokenKind_ts_1.TokenKind.BLOCK_STRING:
                return this.parseStringLiteral();
            case tokenKind_ts_1.TokenKind.NAME:
                this.advanceLexer();
                switch (token.value) {
                    case 'true':
                        return this.node(token, {
                            kind: kinds_ts_1.Kind.BOOLEAN,
                            value: true,
                        });
                    case 'false':
                        return this.node(token, {
                            kind: kinds_ts_1.Kind.BOOLEAN,
                            value: false,
                        });
                    case 'null':
                        return this.node(token, { kind: kinds_ts_1.Kind.NULL });
                    default:
                        return this.node(token, {
                            kind: kinds_ts_1.Kind.ENUM,
                            value: token.value,
                        });
                }
            case tokenKind_ts_1.TokenKind.DOLLAR:
                if (isConst) {
                    this.expectToken(tokenKind_ts_1.TokenKind.DOLLAR);
                    if (this._lexer.token.kind === tokenKind_ts_1.TokenKind.NAME) {
                        const varName = this._lexer.token.value;
                        throw (0, syntaxError_ts_1.syntaxError)(this._lexer.source, token.start, `Unexpected variable "$${varName}" in constant value.`);
                    }
                    else {
                        throw this.unexpected(token);
                    }
                }
                return this.parseVariable();
            default:
                throw this.unexpected();
        }
    }
    parseConstValueLiteral() {
        return this.parseValueLiteral(true);
    }
    parseStringLiteral() {
        const token = this._lexer.token;
        this.advanceLexer();
        return this.node(token, {
            kind: kinds_ts_1.Kind.STRING,
            value: token.value,
            block: token.kind === tokenKind_ts_1.TokenKind.BLOCK_STRING,
        });
    }
    parseList(isConst) {
        const item = () => this.parseValueLiteral(isConst);
        return this.node(this._lexer.token, {
            kind: kinds_ts_1.Kind.LIST,
            values: this.any(tokenKind_ts_1.TokenKind.BRACKET_L, item, tokenKind_ts_1.TokenKind.BRACKET_R),
        });
    }
    parseObject(isConst) {
        const item = () => this.parseObjectField(isConst);
        return this.node(this._lexer.token, {
            kind: kinds_ts_1.Kind.OBJECT,
            fields: this.any(tokenKind_ts_1.TokenKind.BRACE_L, item, tokenKind_ts_1.TokenKind.BRACE_R),
        });
    }
    parseObjectField(isConst) {
        const start = this._lexer.token;
        const name = this.parseName();
        this.expectToken(tokenKind_ts_1.TokenKind.COLON);
        return this.node(start, {
            kind: kinds_ts_1.Kind.OBJECT_FIELD,
            name,
            value: this.parseValueLiteral(isConst),
        });
    }
    parseDirectives(isConst) {
        const directives = [];
        while (this.peek(tokenKind_ts_1.TokenKind.AT)) {
            directives.push(this.parseDirective(isConst));
        }
        if (directives.length) {
            return directives;
        }
        return undefined;
    }
    parseConstDirectives() {
        return this.parseDirectives(true);
    }
    parseDirective(isConst) {
        const start = this._lexer.token;
        this.expectToken(tokenKind_ts_1.TokenKind.AT);
        return this.node(start, {
            kind: kinds_ts_1.Kind.DIRECTIVE,
            name: this.parseName(),
            arguments: this.parseArguments(isConst),
        });
    }
    parseTypeReference() {
        const start = this._lexer.token;
        let type;
        if (this.expectOptionalToken(tokenKind_ts_1.TokenKind.BRACKET_L)) {
            const innerType = this.parseTypeReference();
            this.expectToken(tokenKind_ts_1.TokenKind.BRACKET_R);
            type = this.node(start, {
                kind: kinds_ts_1.Kind.LIST_TYPE,
                type: innerType,
            });
        }
        else {
            type = this.parseNamedType();
        }
        if (this.expectOptionalToken(tokenKind_ts_1.TokenKind.BANG)) {
            return this.node(start, {
                kind: kinds_ts_1.Kind.NON_NULL_TYPE,
                type,
            });
        }
        return type;
    }
    parseNamedType() {
        return this.node(this._lexer.token, {
            kind: kinds_ts_1.Kind.NAMED_TYPE,
            name: this.parseName(),
        });
    }
    peekDescription() {
        return this.peek(tokenKind_ts_1.TokenKind.STRING) || this.peek(tokenKind_ts_1.TokenKind.BLOCK_STRING);
    }
    parseDescription() {
        if (this.peekDescription()) {
            return this.parseStringLiteral();
        }
    }
    parseSchemaDefinition() {
        const start = this._lexer.token;
        const description = this.parseDescription();
        this.expectKeyword('schema');
        const directives = this.parseConstDirectives();
        const operationTypes = this.many(tokenKind_ts_1.TokenKind.BRACE_L, this.parseOperationTypeDefinition, tokenKind_ts_1.TokenKind.BRACE_R);
        return this.node(start, {
            kind: kinds_ts_1.Kind.SCHEMA_DEFINITION,
            description,
            directives,
            operationTypes,
        });
    }
    parseOperationTypeDefinition() {
        const start = this._lexer.token;
        const operation = this.parseOperationType();
        this.expectToken(tokenKind_ts_1.TokenKind.COLON);
        const type = this.parseNamedType();
        return this.node(start, {
            kind: kinds_ts_1.Kind.OPERATION_TYPE_DEFINITION,
            operation,
            type,
        });
    }
    parseScalarTypeDefinition() {
        const start = this._lexer.token;
        const description = this.parseDescription();
        this.expectKeyword('scalar');
        const name = this.parseName();
        const directives = this.parseConstDirectives();
        return this.node(start, {
            kind: kinds_ts_1.Kind.SCALAR_TYPE_DEFINITION,
            description,
            name,
            directives,
        });
    }
    parseObjectTypeDefinition() {
        const start = this._lexer.token;
        const description = this.parseDescription();
        this.expectKeyword('type');
        const name = this.parseName();
        const interfaces = this.parseImplementsInterfaces();
        const directives = this.parseConstDirectives();
        const fields = this.parseFieldsDefinition();
        return this.node(start, {
            kind: kinds_ts_1.Kind.OBJECT_TYPE_DEFINITION,
            description,
            name,
            interfaces,
            directives,
            fields,
        });
    }
    parseImplementsInterfaces() {
        return this.expectOptionalKeyword('implements')
            ? this.delimitedMany(tokenKind_ts_1.TokenKind.AMP, this.parseNamedType)
            : undefined;
    }
    parseFieldsDefinition() {
        return this.optionalMany(tokenKind_ts_1.TokenKind.BRACE_L, this.parseFieldDefinition, tokenKind_ts_1.TokenKind.BRACE_R);
    }
    parseFieldDefinition() {
        const start = this._lexer.token;
        const description = this.parseDescription();
        const name = this.parseName();
        const args = this.parseArgumentDefs();
        this.expectToken(tokenKind_ts_1.TokenKind.COLON);
        const type = this.parseTypeReference();
        const directives = this.parseConstDirectives();
        return this.node(start, {
            kind: kinds_ts_1.Kind.FIELD_DEFINITION,
            description,
            name,
            arguments: args,
            type,
            directives,
        });
    }
    parseArgumentDefs() {
        return this.optionalMany(tokenKind_ts_1.TokenKind.PAREN_L, this.parseInputValueDef, tokenKind_ts_1.TokenKind.PAREN_R);
    }
    parseInputValueDef() {
        const start = this._lexer.token;
        const description = this.parseDescription();
        const name = this.parseName();
        this.expectToken(tokenKind_ts_1.TokenKind.COLON);
        const type = this.parseTypeReference();
        let defaultValue;
        if (this.expectOptionalToken(tokenKind_ts_1.TokenKind.EQUALS)) {
            defaultValue = this.parseConstValueLiteral();
        }
        const directives = this.parseConstDirectives();
        return this.node(start, {
            kind: kinds_ts_1.Kind.INPUT_VALUE_DEFINITION,
            description,
            name,
            type,
            defaultValue,
            directives,
        });
    }
    parseInterfaceTypeDefinition() {
        const start = this._lexer.token;
        const description = this.parseDescription();
        this.expectKeyword('interface');
        const name = this.parseName();
        const interfaces = this.parseImplementsInterfaces();
        const directives = this.parseConstDirectives();
        const fields = this.parseFieldsDefinition();
        return this.node(start, {
            kind: kinds_ts_1.Kind.INTERFACE_TYPE_DEFINITION,
            description,
            name,
            interfaces,
            directives,
            fields,
        });
    }
    parseUnionTypeDefinition() {
        const start = this._lexer.token;
        const description = this.parseDescription();
        this.expectKeyword('union');
        const name = this.parseName();
        const directives = this.parseConstDirectives();
        const types = this.parseUnionMemberTypes();
        return this.node(start, {
            kind: kinds_ts_1.Kind.UNION_TYPE_DEFINITION,
            description,
            name,
            directives,
            types,
        });
    }
    parseUnionMemberTypes() {
        return this.expectOptionalToken(tokenKind_ts_1.TokenKind.EQUALS)
            ? this.delimitedMany(tokenKind_ts_1.TokenKind.PIPE, this.parseNamedType)
            : undefined;
    }
    parseEnumTypeDefinition() {
        const start = this._lexer.token;
        const description = this.parseDescription();
        this.expectKeyword('enum');
        const name = this.parseName();
        const directives = this.parseConstDirectives();
        const values = this.parseEnumValuesDefinition();
        return this.node(start, {
            kind: kinds_ts_1.Kind.ENUM_TYPE_DEFINITION,
            description,
            name,
            directives,
            values,
        });
    }
    parseEnumValuesDefinition() {
        return this.optionalMany(tokenKind_ts_1.TokenKind.BRACE_L, this.parseEnumValueDefinition, tokenKind_ts_1.TokenKind.BRACE_R);
    }
    parseEnumValueDefinition() {
        const start = this._lexer.token;
        const description = this.parseDescription();
        const name = this.parseEnumValueName();
        const directives = this.parseConstDirectives();
        return this.node(start, {
            kind: kinds_ts_1.Kind.ENUM_VALUE_DEFINITION,
            description,
            name,
            directives,
        });
    }
    parseEnumValueName() {
        if (this._lexer.token.value === 'true' ||
            this._lexer.token.value === 'false' ||
            this._lexer.token.value === 'null') {
            throw (0, syntaxError_ts_1.syntaxError)(this._lexer.source, this._lexer.token.start, `${getTokenDesc(this._lexer.token)} is reserved and cannot be used for an enum value.`);
        }
        return this.parseName();
    }
    parseInputObjectTypeDefinition() {
        const start = this._lexer.token;
        const description = this.parseDescription();
        this.expectKeyword('input');
        const name = this.parseName();
        const directives = this.parseConstDirectives();
        const fields = this.parseInputFieldsDefinition();
        return this.node(start, {
            kind: kinds_ts_1.Kind.INPUT_OBJECT_TYPE_DEFINITION,
            description,
            name,
            directives,
            fields,
        });
    }
    parseInputFieldsDefinition() {
        return this.optionalMany(tokenKind_ts_1.TokenKind.BRACE_L, this.parseInputValueDef, tokenKind_ts_1.TokenKind.BRACE_R);
    }
    parseTypeSystemExtension() {
        const keywordToken = this._lexer.lookahead();
        if (keywordToken.kind === tokenKind_ts_1.TokenKind.NAME) {
            switch (keywordToken.value) {
                case 'schema':
                    return this.parseSchemaExtension();
                case 'scalar':
                    return this.parseScalarTypeExtension();
                case 'type':
                    return this.parseObjectTypeExtension();
                case 'interface':
                    return this.parseInterfaceTypeExtension();
                case 'union':
                    return this.parseUnionTypeExtension();
                case 'enum':
                    return this.parseEnumTypeExtension();
                case 'input':
                    return this.parseInputObjectTypeExtension();
                case 'directive':
                    return this.parseDirectiveExtension();
            }
        }
        throw this.unexpected(keywordToken);
    }
    parseSchemaExtension() {
        const start = this._lexer.token;
        this.expectKeyword('extend');
        this.expectKeyword('schema');
        const directives = this.parseConstDirectives();
        const operationTypes = this.optionalMany(tokenKind_ts_1.TokenKind.BRACE_L, this.parseOperationTypeDefinition, tokenKind_ts_1.TokenKind.BRACE_R);
        if (directives === undefined && operationTypes === undefined) {
            throw this.unexpected();
        }
        return this.node(start, {
            kind: kinds_ts_1.Kind.SCHEMA_EXTENSION,
            directives,
            operationTypes,
        });
    }
    parseScalarTypeExtension() {
        const start = this._lexer.token;
        this.expectKeyword('extend');
        this.expectKeyword('scalar');
        const name = this.parseName();
        const directives = this.parseConstDirectives();
        if (directives === undefined) {
            throw this.unexpected();
        }
        return this.node(start, {
            kind: kinds_ts_1.Kind.SCALAR_TYPE_EXTENSION,
            name,
            directives,
        });
    }
    parseObjectTypeExtension() {
        const start = this._lexer.token;
        this.expectKeyword('extend');
        this.expectKeyword('type');
        const name = this.parseName();
        const interfaces = this.parseImplementsInterfaces();
        const directives = this.parseConstDirectives();
        const fields = this.parseFieldsDefinition();
        if (interfaces === undefined &&
            directives === undefined &&
            fields === undefined) {
            throw this.unexpected();
        }
        return this.node(start, {
            kind: kinds_ts_1.Kind.OBJECT_TYPE_EXTENSION,
            name,
            interfaces,
            directives,
            fields,
        });
    }
    parseInterfaceTypeExtension() {
        const start = this._lexer.token;
        this.expectKeyword('extend');
        this.expectKeyword('interface');
        const name = this.parseName();
        const interfaces = this.parseImplementsInterfaces();
        const directives = this.parseConstDirectives();
        const fields = this.parseFieldsDefinition();
        if (interfaces === undefined &&
            directives === undefined &&
            fields === undefined) {
            throw this.unexpected();
        }
        return this.node(start, {
            kind: kinds_ts_1.Kind.INTERFACE_TYPE_EXTENSION,
            name,
            interfaces,
            directives,
            fields,
        });
    }
    parseUnionTypeExtension() {
        const start = this._lexer.token;
        this.expectKeyword('extend');
        this.expectKeyword('union');
        const name = this.parseName();
        const directives = this.parseConstDirectives();
        const types = this.parseUnionMemberTypes();
        if (directives === undefined && types === undefined) {
            throw this.unexpected();
        }
        return this.node(start, {
            kind: kinds_ts_1.Kind.UNION_TYPE_EXTENSION,
            name,
            directives,
            types,
        });
    }
    parseEnumTypeExtension() {
        const start = this._lexer.token;
        this.expectKeyword('extend');
        this.expectKeyword('enum');
        const name = this.parseName();
        const directives = this.parseConstDirectives();
        const values = this.parseEnumValuesDefinition();
        if (directives === undefined && values === undefined) {
            throw this.unexpected();
        }
        return this.node(start, {
            kind: kinds_ts_1.Kind.ENUM_TYPE_EXTENSION,
            name,
            directives,
            values,
        });
    }
    parseInputObjectTypeExtension() {
        const start = this._lexer.token;
        this.expectKeyword('extend');
        this.expectKeyword('input');
        const name = this.parseName();
        const directives = this.parseConstDirectives();
        const fields = this.parseInputFieldsDefinition();
        if (directives === undefined && fields === undefined) {
            throw this.unexpected();
        }
        return this.node(start, {
            kind: kinds_ts_1.Kind.INPUT_OBJECT_TYPE_EXTENSION,
            name,
            directives,
            fields,
        });
    }
    parseDirectiveExtension() {
        const start = this._lexer.token;
        this.expectKeyword('extend');
        this.expectKeyword('directive');
        this.expectToken(tokenKind_ts_1.TokenKind.AT);
        const name = this.parseName();
        const directives = this.parseConstDirectives();
        if (directives === undefined) {
            throw this.unexpected();
        }
        return this.node(start, {
            kind: kinds_ts_1.Kind.DIRECTIVE_EXTENSION,
            name,
            directives,
        });
    }
    parseDirectiveDefinition() {
        const start = this._lexer.token;
        const description = this.parseDescription();
        this.expectKeyword('directive');
        this.expectToken(tokenKind_ts_1.TokenKind.AT);
        const name = this.parseName();
        const args = this.parseArgumentDefs();
        const directives = this.parseConstDirectives();
        const repeatable = this.expectOptionalKeyword('repeatable');
        this.expectKeyword('on');
        const locations = this.parseDirectiveLocations();
        return this.node(start, {
            kind: kinds_ts_1.Kind.DIRECTIVE_DEFINITION,
            description,
            name,
            arguments: args,
            directives,
            repeatable,
            locations,
        });
    }
    parseDirectiveLocations() {
        return this.delimitedMany(tokenKind_ts_1.TokenKind.PIPE, this.parseDirectiveLocation);
    }
    parseDirectiveLocation() {
        const start = this._lexer.token;
        const name = this.parseName();
        if (Object.hasOwn(directiveLocation_ts_1.DirectiveLocation, name.value)) {
            return name;
        }
        throw this.unexpected(start);
    }
    parseSchemaCoordinate() {
        const start = this._lexer.token;
        const ofDirective = this.expectOptionalToken(tokenKind_ts_1.TokenKind.AT);
        const name = this.parseName();
        let memberName;
        if (!ofDirective && this.expectOptionalToken(tokenKind_ts_1.TokenKind.DOT)) {
            memberName = this.parseName();
        }
        let argumentName;
        if ((ofDirective || memberName) &&
            this.expectOptionalToken(tokenKind_ts_1.TokenKind.PAREN_L)) {
            argumentName = this.parseName();
            this.expectToken(tokenKind_ts_1.TokenKind.COLON);
            this.expectToken(tokenKind_ts_1.TokenKind.PAREN_R);
        }
        if (ofDirective) {
            if (argumentName) {
                return this.node(start, {
                    kind: kinds_ts_1.Kind.DIRECTIVE_ARGUMENT_COORDINATE,
                    name,
                    argumentName,
                });
            }
            return this.node(start, {
                kind: kinds_ts_1.Kind.DIRECTIVE_COORDINATE,
                name,
            });
        }
        else if (memberName) {
            if (argumentName) {
                return this.node(start, {
                    kind: kinds_ts_1.Kind.ARGUMENT_COORDINATE,
                    name,
                    fieldName: memberName,
                    argumentName,
                });
            }
            return this.node(start, {
                kind: kinds_ts_1.Kind.MEMBER_COORDINATE,
                name,
                memberName,
            });
        }
        return this.node(start, {
            kind: kinds_ts_1.Kind.TYPE_COORDINATE,
            name,
        });
    }
    node(startToken, node) {
        if (this._options.noLocation !== true) {
            node.loc = new ast_ts_1.Location(startToken, this._lexer.lastToken, this._lexer.source);
        }
        return node;
    }
    peek(kind) {
        return this._lexer.token.kind === kind;
    }
    expectToken(kind) {
        const token = this._lexer.token;
        if (token.kind === kind) {
            this.advanceLexer();
            return token;
        }
        throw (0, syntaxError_ts_1.syntaxError)(this._lexer.source, token.start, `Expected ${getTokenKindDesc(kind)}, found ${getTokenDesc(token)}.`);
    }
    expectOptionalToken(kind) {
        const token = this._lexer.token;
        if (token.kind === kind) {
            this.advanceLexer();
            return true;
        }
        return false;
    }
    expectKeyword(value) {
        const token = this._lexer.token;
        if (token.kind === tokenKind_ts_1.TokenKind.NAME && token.value === value) {
            this.advanceLexer();
        }
        else {
            throw (0, syntaxError_ts_1.syntaxError)(this._lexer.source, token.start, `Expected "${value}", found ${getTokenDesc(token)}.`);
        }
    }
    expectOptionalKeyword(value) {
        const token = this._lexer.token;
        if (token.kind === tokenKind_ts_1.TokenKind.NAME && token.value === value) {
            this.advanceLexer();
            return true;
        }
        return false;
    }
    unexpected(atToken) {
        const token = atToken ?? this._lexer.token;
        return (0, syntaxError_ts_1.syntaxError)(this._lexer.source, token.start, `Unexpected ${getTokenDesc(token)}.`);
    }
    any(openKind, parseFn, closeKind) {
        this.expectToken(openKind);
        const nodes = [];
        while (!this.expectOptionalToken(closeKind)) {
            nodes.push(parseFn.call(this));
        }
        return nodes;
    }
    optionalMany(openKind, parseFn, closeKind) {
        if (this.expectOptionalToken(openKind)) {
            const nodes = [];
            do {
                nodes.push(parseFn.call(this));
            } while (!this.expectOptionalToken(closeKind));
            return nodes;
        }
        return undefined;
    }
    many(openKind, parseFn, closeKind) {
        this.expectToken(openKind);
        const nodes = [];
        do {
            nodes.push(parseFn.call(this));
        } while (!this.expectOptionalToken(closeKind));
        return nodes;
    }
    delimitedMany(delimiterKind, parseFn) {
        this.expectOptionalToken(delimiterKind);
        const nodes = [];
        do {
            nodes.push(parseFn.call(this));
        } while (this.expectOptionalToken(delimiterKind));
        return nodes;
    }
    advanceLexer() {
        const { maxLexicalTokens = this._options.maxTokens } = this._options;
        const token = this._lexer.advance();
        if (token.kind !== tokenKind_ts_1.TokenKind.EOF) {
            ++this._tokenCounter;
            if (maxLexicalTokens !== undefined &&
                this._tokenCounter > maxLexicalTokens) {
                throw (0, syntaxError_ts_1.syntaxError)(this._lexer.source, token.start, `Document contains more than ${maxLexicalTokens} tokens. Parsing aborted.`);
            }
        }
    }
}
exports.Parser = Parser;
function getTokenDesc(token) {
    const value = token.value;
    return getTokenKindDesc(token.kind) + (value != null ? ` "${value}"` : '');
}
function getTokenKindDesc(kind) {
    return (0, lexer_ts_1.isPunctuatorTokenKind)(kind) ? `"${kind}"` : kind;
}
//# sourceMappingURL=parser.js.map

/***/ }),

/***/ 5480:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isDefinitionNode = isDefinitionNode;
exports.isExecutableDefinitionNode = isExecutableDefinitionNode;
exports.isSubscriptionOperationDefinitionNode = isSubscriptionOperationDefinitionNode;
exports.isSelectionNode = isSelectionNode;
exports.isValueNode = isValueNode;
exports.isConstValueNode = isConstValueNode;
exports.isTypeNode = isTypeNode;
exports.isTypeSystemDefinitionNode = isTypeSystemDefinitionNode;
exports.isTypeDefinitionNode = isTypeDefinitionNode;
exports.isTypeSystemExtensionNode = isTypeSystemExtensionNode;
exports.isTypeExtensionNode = isTypeExtensionNode;
exports.isSchemaCoordinateNode = isSchemaCoordinateNode;
const ast_ts_1 = __webpack_require__(2740);
const kinds_ts_1 = __webpack_require__(1123);
function isDefinitionNode(node) {
    return (isExecutableDefinitionNode(node) ||
        isTypeSystemDefinitionNode(node) ||
        isTypeSystemExtensionNode(node));
}
function isExecutableDefinitionNode(node) {
    return (node.kind === kinds_ts_1.Kind.OPERATION_DEFINITION ||
        node.kind === kinds_ts_1.Kind.FRAGMENT_DEFINITION);
}
function isSubscriptionOperationDefinitionNode(node) {
    return node.operation === ast_ts_1.OperationTypeNode.SUBSCRIPTION;
}
function isSelectionNode(node) {
    return (node.kind === kinds_ts_1.Kind.FIELD ||
        node.kind === kinds_ts_1.Kind.FRAGMENT_SPREAD ||
        node.kind === kinds_ts_1.Kind.INLINE_FRAGMENT);
}
function isValueNode(node) {
    return (node.kind === kinds_ts_1.Kind.VARIABLE ||
        node.kind === kinds_ts_1.Kind.INT ||
        node.kind === kinds_ts_1.Kind.FLOAT ||
        node.kind === kinds_ts_1.Kind.STRING ||
        node.kind === kinds_ts_1.Kind.BOOLEAN ||
        node.kind === kinds_ts_1.Kind.NULL ||
        node.kind === kinds_ts_1.Kind.ENUM ||
        node.kind === kinds_ts_1.Kind.LIST ||
        node.kind === kinds_ts_1.Kind.OBJECT);
}
function isConstValueNode(node) {
    return (isValueNode(node) &&
        (node.kind === kinds_ts_1.Kind.LIST
            ? node.values.some(isConstValueNode)
            : node.kind === kinds_ts_1.Kind.OBJECT
                ? node.fields.some((field) => isConstValueNode(field.value))
                : node.kind !== kinds_ts_1.Kind.VARIABLE));
}
function isTypeNode(node) {
    return (node.kind === kinds_ts_1.Kind.NAMED_TYPE ||
        node.kind === kinds_ts_1.Kind.LIST_TYPE ||
        node.kind === kinds_ts_1.Kind.NON_NULL_TYPE);
}
function isTypeSystemDefinitionNode(node) {
    return (node.kind === kinds_ts_1.Kind.SCHEMA_DEFINITION ||
        isTypeDefinitionNode(node) ||
        node.kind === kinds_ts_1.Kind.DIRECTIVE_DEFINITION);
}
function isTypeDefinitionNode(node) {
    return (node.kind === kinds_ts_1.Kind.SCALAR_TYPE_DEFINITION ||
        node.kind === kinds_ts_1.Kind.OBJECT_TYPE_DEFINITION ||
        node.kind === kinds_ts_1.Kind.INTERFACE_TYPE_DEFINITION ||
        node.kind === kinds_ts_1.Kind.UNION_TYPE_DEFINITION ||
        node.kind === kinds_ts_1.Kind.ENUM_TYPE_DEFINITION ||
        node.kind === kinds_ts_1.Kind.INPUT_OBJECT_TYPE_DEFINITION);
}
function isTypeSystemExtensionNode(node) {
    return (node.kind === kinds_ts_1.Kind.SCHEMA_EXTENSION ||
        node.kind === kinds_ts_1.Kind.DIRECTIVE_EXTENSION ||
        isTypeExtensionNode(node));
}
function isTypeExtensionNode(node) {
    return (node.kind === kinds_ts_1.Kind.SCALAR_TYPE_EXTENSION ||
        node.kind === kinds_ts_1.Kind.OBJECT_TYPE_EXTENSION ||
        node.kind === kinds_ts_1.Kind.INTERFACE_TYPE_EXTENSION ||
        node.kind === kinds_ts_1.Kind.UNION_TYPE_EXTENSION ||
        node.kind === kinds_ts_1.Kind.ENUM_TYPE_EXTENSION ||
        node.kind === kinds_ts_1.Kind.INPUT_OBJECT_TYPE_EXTENSION);
}
function isSchemaCoordinateNode(node) {
    return (node.kind === kinds_ts_1.Kind.TYPE_COORDINATE ||
        node.kind === kinds_ts_1.Kind.MEMBER_COORDINATE ||
        node.kind === kinds_ts_1.Kind.ARGUMENT_COORDINATE ||
        node.kind === kinds_ts_1.Kind.DIRECTIVE_COORDINATE ||
        node.kind === kinds_ts_1.Kind.DIRECTIVE_ARGUMENT_COORDINATE);
}
//# sourceMappingURL=predicates.js.map

/***/ }),

/***/ 6512:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.printLocation = printLocation;
exports.printSourceLocation = printSourceLocation;
const location_ts_1 = __webpack_require__(2245);
function printLocation(location) {
    return printSourceLocation(location.source, (0, location_ts_1.getLocation)(location.source, location.start));
}
function printSourceLocation(source, sourceLocation) {
    const firstLineColumnOffset = source.locationOffset.column - 1;
    const body = ''.padStart(firstLineColumnOffset) + source.body;
    const lineIndex = sourceLocation.line - 1;
    const lineOffset = source.locationOffset.line - 1;
    const lineNum = sourceLocation.line + lineOffset;
    const columnOffset = sourceLocation.line === 1 ? firstLineColumnOffset : 0;
    const columnNum = sourceLocation.column + columnOffset;
    const locationStr = `${source.name}:${lineNum}:${columnNum}\n`;
    const lines = body.split(/\r\n|[\n\r]/g);
    const locationLine = lines[lineIndex];
    if (locationLine.length > 120) {
        const subLines = [];
        for (let i = 0; i < locationLine.length; i += 80) {
            subLines.push(locationLine.slice(i, i + 80));
        }
        const zeroBasedColumn = columnNum - 1;
        const subLineIndex = Math.min(Math.floor(zeroBasedColumn / 80), subLines.length - 1);
        const subLineColumnNum = columnNum - subLineIndex * 80;
        return (locationStr +
            printPrefixedLines([
                [`${lineNum} |`, subLines[0]],
                ...subLines
                    .slice(1, subLineIndex + 1)
                    .map((subLine) => ['|', subLine]),
                ['|', '^'.padStart(subLineColumnNum)],
                ['|', subLines[subLineIndex + 1]],
            ]));
    }
    return (locationStr +
        printPrefixedLines([
            [`${lineNum - 1} |`, lines[lineIndex - 1]],
            [`${lineNum} |`, locationLine],
            ['|', '^'.padStart(columnNum)],
            [`${lineNum + 1} |`, lines[lineIndex + 1]],
        ]));
}
function printPrefixedLines(lines) {
    const existingLines = lines.filter(([_, line]) => line !== undefined);
    const padLen = Math.max(...existingLines.map(([prefix]) => prefix.length));
    return existingLines
        .map(([prefix, line]) => prefix.padStart(padLen) + (line ? ' ' + line : ''))
        .join('\n');
}
//# sourceMappingURL=printLocation.js.map

/***/ }),

/***/ 9934:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.printString = printString;
function printString(str) {
    return `"${str.replace(escapedRegExp, escapedReplacer)}"`;
}
const escapedRegExp = /[\x00-\x1f\x22\x5c\x7f-\x9f]/g;
function escapedReplacer(str) {
    return escapeSequences[str.charCodeAt(0)];
}
const escapeSequences = [
    '\\u0000', '\\u0001', '\\u0002', '\\u0003', '\\u0004', '\\u0005', '\\u0006', '\\u0007',
    '\\b', '\\t', '\\n', '\\u000B', '\\f', '\\r', '\\u000E', '\\u000F',
    '\\u0010', '\\u0011', '\\u0012', '\\u0013', '\\u0014', '\\u0015', '\\u0016', '\\u0017',
    '\\u0018', '\\u0019', '\\u001A', '\\u001B', '\\u001C', '\\u001D', '\\u001E', '\\u001F',
    '', '', '\\"', '', '', '', '', '',
    '', '', '', '', '', '', '', '',
    '', '', '', '', '', '', '', '',
    '', '', '', '', '', '', '', '',
    '', '', '', '', '', '', '', '',
    '', '', '', '', '', '', '', '',
    '', '', '', '', '', '', '', '',
    '', '', '', '', '\\\\', '', '', '',
    '', '', '', '', '', '', '', '',
    '', '', '', '', '', '', '', '',
    '', '', '', '', '', '', '', '',
    '', '', '', '', '', '', '', '\\u007F',
    '\\u0080', '\\u0081', '\\u0082', '\\u0083', '\\u0084', '\\u0085', '\\u0086', '\\u0087',
    '\\u0088', '\\u0089', '\\u008A', '\\u008B', '\\u008C', '\\u008D', '\\u008E', '\\u008F',
    '\\u0090', '\\u0091', '\\u0092', '\\u0093', '\\u0094', '\\u0095', '\\u0096', '\\u0097',
    '\\u0098', '\\u0099', '\\u009A', '\\u009B', '\\u009C', '\\u009D', '\\u009E', '\\u009F',
];
//# sourceMappingURL=printString.js.map

/***/ }),

/***/ 9936:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.print = print;
exports.printForError = printForError;
const blockString_ts_1 = __webpack_require__(7508);
const printString_ts_1 = __webpack_require__(9934);
const reducer_ts_1 = __webpack_require__(1824);
function print(ast, options) {
    return render((0, reducer_ts_1.reduce)(ast, printDocASTReducer), options?.maxIndentDepth ?? Infinity);
}
function printForError(ast) {
    return print(ast, { maxIndentDepth: 100 });
}
const MAX_LINE_LENGTH = 80;
class PrintBuffer {
    constructor(value = '', isBlockString = false) {
        this.next = undefined;
        this.tail = this;
        this.indentBefore = false;
        this.dedentAfter = false;
        this.length = value.length;
        this.lines = value.includes('\n') ? value.split('\n') : value;
        this.newlines = typeof this.lines === 'string' ? 0 : this.lines.length - 1;
        this.isBlockString = isBlockString;
    }
    append(result) {
        if (result.length === 0) {
            return this;
        }
        const next = typeof result === 'string' ? new PrintBuffer(result) : result;
        this.tail.next = next;
        this.tail = next.tail;
        this.length += next.length;
        this.newlines += next.newlines;
        return this;
    }
    indent() {
        if (this.length === 0) {
            return this;
        }
        this.indentBefore = true;
        this.tail.dedentAfter = true;
        this.length += 2 * (this.newlines + 1);
        return this;
    }
}
const EMPTY = new PrintBuffer();
function render(buffer, maxDepth) {
    let output = '';
    let text = '';
    let depth = 0;
    let indentation = '';
    let part = buffer;
    while (part !== undefined) {
        const lines = part.lines;
        if (part.indentBefore) {
            if (depth < maxDepth) {
                indentation += '  ';
                text += '  ';
            }
            depth++;
        }
        if (typeof lines === 'string') {
            text += lines;
        }
        else {
            text += lines[0];
            const newline = !part.isBlockString && depth >= maxDepth ? ' ' : '\n' + indentation;
            for (let i = 1; i < lines.length; i++) {
                output += text;
                text = newline + lines[i];
            }
        }
        if (part.dedentAfter) {
            depth--;
            indentation = indentation.slice(0, depth * 2);
        }
        part = part.next;
    }
    return output + text;
}
const printDocASTReducer = {
    Name: (node) => new PrintBuffer(node.value),
    Variable: (node) => join(['$', node.name]),
    Document: (node) => join(node.definitions, '\n\n'),
    OperationDefinition(node) {
        const varDefs = hasMultilineItems(node.variableDefinitions)
            ? wrap('(\n', join(node.variableDefinitions, '\n'), '\n)')
            : wrap('(', join(node.variableDefinitions, ', '), ')');
        const prefix = join([
            wrap('', node.description, '\n'),
            join([
                node.operation,
                join([node.name, varDefs]),
                join(node.directives, ' '),
            ], ' '),
        ]);
        return join([
            node.operation === 'query' && prefix.length === node.operation.length
                ? ''
                : join([prefix, ' ']),
            node.selectionSet,
        ]);
    },
    VariableDefinition: ({ variable, type, defaultValue, directives, description, }) => join([
        wrap('', description, '\n'),
        variable,
        ': ',
        type,
        wrap(' = ', defaultValue),
        wrap(' ', join(directives, ' ')),
    ]),
    SelectionSet: ({ selections }) => selections.length === 0 ? new PrintBuffer('{}') : block(selections),
    Field({ alias, name, arguments: args, directives, selectionSet }) {
        const prefix = join([wrap('', alias, ': '), name], '');
        return join([
            wrappedLineAndArgs(prefix, args),
            wrap(' ', join(directives, ' ')),
            wrap(' ', selectionSet),
        ]);
    },
    Argument: ({ name, value }) => join([name, ': ', value]),
    FragmentArgument: ({ name, value }) => join([name, ': ', value]),
    FragmentSpread: ({ name, arguments: args, directives }) => {
        const prefix = join(['...', name]);
        return join([
            wrappedLineAndArgs(prefix, args),
            wrap(' ', join(directives, ' ')),
        ]);
    },
    InlineFragment: ({ typeCondition, directives, selectionSet }) => join(['...', wrap('on ', typeCondition), join(directives, ' '), selectionSet], ' '),
    FragmentDefinition: ({ name, typeCondition, variableDefinitions, directives, selectionSet, description, }) => join([
        wrap('', description, '\n'),
        'fragment ',
        name,
        wrap('(', join(variableDefinitions, ', '), ')'),
        ' on ',
        typeCondition,
        ' ',
        wrap('', join(directives, ' '), ' '),
        selectionSet,
    ]),
    IntValue: ({ value }) => new PrintBuffer(value),
    FloatValue: ({ value }) => new PrintBuffer(value),
    StringValue: ({ value, block: isBlockString }) => new PrintBuffer(isBlockString === true ? (0, blockString_ts_1.printBlockString)(value) : (0, printString_ts_1.printString)(value), isBlockString === true),
    BooleanValue: ({ value }) => new PrintBuffer(value ? 'true' : 'false'),
    NullValue: () => new PrintBuffer('null'),
    EnumValue: ({ value }) => new PrintBuffer(value),
    ListValue: ({ values }) => {
        if (2 + joinedLength(values, ', ') > MAX_LINE_LENGTH) {
            return wrap('[\n', join(values, '\n').indent(), '\n]');
        }
        return join(['[', join(values, ', '), ']']);
    },
    ObjectValue: ({ fields }) => 4 + joinedLength(fields, ', ') > MAX_LINE_LENGTH
        ? block(fields)
        : join(['{ ', join(fields, ', '), ' }']),
    ObjectField: ({ name, value }) => join([name, ': ', value]),
    Directive: ({ name, arguments: args }) => join(['@', name, wrap('(', join(args, ', '), ')')]),
    NamedType: ({ name }) => name,
    ListType: ({ type }) => join(['[', type, ']']),
    NonNullType: ({ type }) => join([type, '!']),
    SchemaDefinition: ({ description, directives, operationTypes }) => join([
        wrap('', description, '\n'),
        join(['schema', join(directives, ' '), block(operationTypes)], ' '),
    ]),
    OperationTypeDefinition: ({ operation, type }) => join([operation, ': ', type]),
    ScalarTypeDefinition: ({ description, name, directives }) => join([
        wrap('', description, '\n'),
        join(['scalar', name, join(directives, ' ')], ' '),
    ]),
    ObjectTypeDefinition: ({ description, name, interfaces, directives, fields, }) => join([
        wrap('', description, '\n'),
        join([
            'type',
            name,
            wrap('implements ', join(interfaces, ' & ')),
            join(directives, ' '),
            block(fields),
        ], ' '),
    ]),
    FieldDefinition: ({ description, name, arguments: args, type, directives }) => join([
        wrap('', description, '\n'),
        name,
        hasMultilineItems(args)
            ? wrap('(\n', join(args, '\n').indent(), '\n)')
            : wrap('(', join(args, ', '), ')'),
        ': ',
        type,
        wrap(' ', join(directives, ' ')),
    ]),
    InputValueDefinition: ({ description, name, type, defaultValue, directives, }) => join([
        wrap('', description, '\n'),
        name,
        ': ',
        type,
        wrap(' = ', defaultValue),
        wrap(' ', join(directives, ' ')),
    ]),
    InterfaceTypeDefinition: ({ description, name, interfaces, directives, fields, }) => join([
        wrap('', description, '\n'),
        join([
            'interface',
            name,
            wrap('implements ', join(interfaces, ' & ')),
            join(directives, ' '),
            block(fields),
        ], ' '),
    ]),
    UnionTypeDefinition: ({ description, name, directives, types }) => join([
        wrap('', description, '\n'),
        join(['union', name, join(directives, ' '), wrap('= ', join(types, ' | '))], ' '),
    ]),
    EnumTypeDefinition: ({ description, name, directives, values }) => join([
        wrap('', description, '\n'),
        join(['enum', name, join(directives, ' '), block(values)], ' '),
    ]),
    EnumValueDefinition: ({ description, name, directives }) => join([
        wrap('', description, '\n'),
        join([name, join(directives, ' ')], ' '),
    ]),
    InputObjectTypeDefinition: ({ description, name, directives, fields }) => join([
        wrap('', description, '\n'),
        join(['input', name, join(directives, ' '), block(fields)], ' '),
    ]),
    DirectiveDefinition: ({ description, name, arguments: args, directives, repeatable, locations, }) => join([
        wrap('', description, '\n'),
        'directive @',
        name,
        hasMultilineItems(args)
            ? wrap('(\n', join(args, '\n').indent(), '\n)')
            : wrap('(', join(args, ', '), ')'),
        wrap(' ', join(directives, ' ')),
        repeatable ? ' repeatable' : '',
        ' on ',
        join(locations, ' | '),
    ]),
    SchemaExtension: ({ directives, operationTypes }) => join(['extend schema', join(directives, ' '), block(operationTypes)], ' '),
    ScalarTypeExtension: ({ name, directives }) => join(['extend scalar', name, join(directives, ' ')], ' '),
    ObjectTypeExtension: ({ name, interfaces, directives, fields }) => join([
        'extend type',
        name,
        wrap('implements ', join(interfaces, ' & ')),
        join(directives, ' '),
        block(fields),
    ], ' '),
    InterfaceTypeExtension: ({ name, interfaces, directives, fields }) => join([
        'extend interface',
        name,
        wrap('implements ', join(interfaces, ' & ')),
        join(directives, ' '),
        block(fields),
    ], ' '),
    UnionTypeExtension: ({ name, directives, types }) => join([
        'extend union',
        name,
        join(directives, ' '),
        wrap('= ', join(types, ' | ')),
    ], ' '),
    EnumTypeExtension: ({ name, directives, values }) => join(['extend enum', name, join(directives, ' '), block(values)], ' '),
    InputObjectTypeExtension: ({ name, directives, fields }) => join(['extend input', name, join(directives, ' '), block(fields)], ' '),
    DirectiveExtension: ({ name, directives }) => join([join(['extend directive @', name]), join(directives, ' ')], ' '),
    TypeCoordinate: ({ name }) => name,
    MemberCoordinate: ({ name, memberName }) => join([name, wrap('.', memberName)]),
    ArgumentCoordinate: ({ name, fieldName, argumentName }) => join([name, wrap('.', fieldName), wrap('(', argumentName, ':)')]),
    DirectiveCoordinate: ({ name }) => join(['@', name]),
    DirectiveArgumentCoordinate: ({ name, argumentName }) => join(['@', name, wrap('(', argumentName, ':)')]),
};
function join(maybeArray, separator = '') {
    if (maybeArray == null || maybeArray.length === 0) {
        return EMPTY;
    }
    let result = EMPTY;
    for (const item of maybeArray) {
        if (item === undefined || item.length === 0) {
            continue;
        }
        if (result.length === 0) {
            result = typeof item === 'string' ? new PrintBuffer(item) : item;
        }
        else {
            if (separator !== '') {
                result.append(separator);
            }
            result.append(item);
        }
    }
    return result;
}
function joinedLength(array, separator) {
    let length = 0;
    for (const item of array) {
        if (item.length !== 0) {
            length += (length === 0 ? 0 : separator.length) + item.length;
        }
    }
    return length;
}
function block(array) {
    return wrap('{\n', join(array, '\n').indent(), '\n}');
}
function wrap(start, maybeBuffer, end = '') {
    return maybeBuffer != null && maybeBuffer.length !== 0
        ? start === ''
            ? maybeBuffer.append(end)
            : new PrintBuffer(start).append(maybeBuffer).append(end)
        : EMPTY;
}
function hasMultilineItems(maybeArray) {
    return maybeArray?.some((result) => result.newlines !== 0) ?? false;
}
function wrappedLineAndArgs(prefix, args) {
    if (args == null || args.length === 0) {
        return prefix;
    }
    return join([
        prefix,
        prefix.length + joinedLength(args, ', ') + 2 > MAX_LINE_LENGTH
            ? wrap('(\n', join(args, '\n').indent(), '\n)')
            : wrap('(', join(args, ', '), ')'),
    ]);
}
//# sourceMappingURL=printer.js.map

/***/ }),

/***/ 1824:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reduce = reduce;
const inspect_ts_1 = __webpack_require__(5742);
const ast_ts_1 = __webpack_require__(2740);
function reduce(root, reducer) {
    const stack = [];
    let frame = {
        parent: [root],
        keys: undefined,
        results: [],
        index: -1,
    };
    let node;
    do {
        let kind;
        frame.index++;
        const length = frame.keys === undefined ? frame.parent.length : frame.keys.length;
        if (frame.index === length) {
            node = frame.results;
            kind = frame.keys === undefined ? undefined : frame.results.kind;
            frame = stack.pop();
        }
        else {
            node =
                frame.keys === undefined
                    ? frame.parent[frame.index]
                    : frame.parent[frame.keys[frame.index]];
            if (node == null && stack.length !== 0) {
                continue;
            }
            if (Array.isArray(node)) {
                if (node.length !== 0) {
                    stack.push(frame);
                    frame = { parent: node, keys: undefined, results: [], index: -1 };
                    continue;
                }
            }
            else {
                const parent = node;
                kind = parent?.kind;
                const keys = typeof kind === 'string' ? ast_ts_1.QueryDocumentKeys[kind] : undefined;
                if (!Array.isArray(keys)) {
                    throw new Error(`Invalid AST Node: ${(0, inspect_ts_1.inspect)(node)}.`);
                }
                if (keys.length !== 0) {
                    stack.push(frame);
                    frame = { parent, keys, results: { ...parent }, index: -1 };
                    continue;
                }
            }
        }
        if (kind !== undefined) {
            const reduceNode = reducer[kind];
            node = reduceNode?.(node);
        }
        if (frame.keys === undefined) {
            frame.results.push(node);
        }
        else {
            frame.results[frame.keys[frame.index]] = node;
        }
    } while (stack.length !== 0);
    return node;
}
//# sourceMappingURL=reducer.js.map

/***/ }),

/***/ 6137:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SchemaCoordinateLexer = void 0;
const syntaxError_ts_1 = __webpack_require__(9619);
const ast_ts_1 = __webpack_require__(2740);
const characterClasses_ts_1 = __webpack_require__(3271);
const lexer_ts_1 = __webpack_require__(9278);
const tokenKind_ts_1 = __webpack_require__(1743);
class SchemaCoordinateLexer {
    constructor(source) {
        this.line = 1;
        this.lineStart = 0;
        const startOfFileToken = new ast_ts_1.Token(tokenKind_ts_1.TokenKind.SOF, 0, 0, 0, 0);
        this.source = source;
        this.lastToken = startOfFileToken;
        this.token = startOfFileToken;
    }
    get [Symbol.toStringTag]() {
        return 'SchemaCoordinateLexer';
    }
    advance() {
        this.lastToken = this.token;
        const token = (this.token = this.lookahead());
        return token;
    }
    lookahead() {
        let token = this.token;
        if (token.kind !== tokenKind_ts_1.TokenKind.EOF) {
            const nextToken = readNextToken(this, token.end);
            token.next = nextToken;
            nextToken.prev = token;
            token = nextToken;
        }
        return token;
    }
}
exports.SchemaCoordinateLexer = SchemaCoordinateLexer;
function readNextToken(lexer, start) {
    const body = lexer.source.body;
    const bodyLength = body.length;
    const position = start;
    if (position < bodyLength) {
        const code = body.charCodeAt(position);
        switch (code) {
            case 0x002e:
                return (0, lexer_ts_1.createToken)(lexer, tokenKind_ts_1.TokenKind.DOT, position, position + 1);
            case 0x0028:
                return (0, lexer_ts_1.createToken)(lexer, tokenKind_ts_1.TokenKind.PAREN_L, position, position + 1);
            case 0x0029:
                return (0, lexer_ts_1.createToken)(lexer, tokenKind_ts_1.TokenKind.PAREN_R, position, position + 1);
            case 0x003a:
                return (0, lexer_ts_1.createToken)(lexer, tokenKind_ts_1.TokenKind.COLON, position, position + 1);
            case 0x0040:
                return (0, lexer_ts_1.createToken)(lexer, tokenKind_ts_1.TokenKind.AT, position, position + 1);
        }
        if ((0, characterClasses_ts_1.isNameStart)(code)) {
            return (0, lexer_ts_1.readName)(lexer, position);
        }
        throw (0, syntaxError_ts_1.syntaxError)(lexer.source, position, `Invalid character: ${(0, lexer_ts_1.printCodePointAt)(lexer, position)}.`);
    }
    return (0, lexer_ts_1.createToken)(lexer, tokenKind_ts_1.TokenKind.EOF, bodyLength, bodyLength);
}
//# sourceMappingURL=schemaCoordinateLexer.js.map

/***/ }),

/***/ 203:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Source = void 0;
exports.isSource = isSource;
const devAssert_ts_1 = __webpack_require__(5383);
const instanceOf_ts_1 = __webpack_require__(5914);
const sourceSymbol = Symbol('Source');
class Source {
    constructor(body, name = 'GraphQL request', locationOffset = { line: 1, column: 1 }) {
        this.__kind = sourceSymbol;
        this.body = body;
        this.name = name;
        this.locationOffset = locationOffset;
        if (!(this.locationOffset.line > 0))
            (0, devAssert_ts_1.devAssert)(false, 'line in locationOffset is 1-indexed and must be positive.');
        if (!(this.locationOffset.column > 0))
            (0, devAssert_ts_1.devAssert)(false, 'column in locationOffset is 1-indexed and must be positive.');
    }
    get [Symbol.toStringTag]() {
        return 'Source';
    }
}
exports.Source = Source;
function isSource(source) {
    return (0, instanceOf_ts_1.instanceOf)(source, sourceSymbol, Source);
}
//# sourceMappingURL=source.js.map

/***/ }),

/***/ 1743:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TokenKind = void 0;
exports.TokenKind = {
    SOF: '<SOF>',
    EOF: '<EOF>',
    BANG: '!',
    DOLLAR: '$',
    AMP: '&',
    PAREN_L: '(',
    PAREN_R: ')',
    DOT: '.',
    SPREAD: '...',
    COLON: ':',
    EQUALS: '=',
    AT: '@',
    BRACKET_L: '[',
    BRACKET_R: ']',
    BRACE_L: '{',
    PIPE: '|',
    BRACE_R: '}',
    NAME: 'Name',
    INT: 'Int',
    FLOAT: 'Float',
    STRING: 'String',
    BLOCK_STRING: 'BlockString',
    COMMENT: 'Comment',
};
//# sourceMappingURL=tokenKind.js.map

/***/ }),

/***/ 638:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BREAK = void 0;
exports.visit = visit;
exports.visitInParallel = visitInParallel;
exports.getEnterLeaveForKind = getEnterLeaveForKind;
const devAssert_ts_1 = __webpack_require__(5383);
const inspect_ts_1 = __webpack_require__(5742);
const ast_ts_1 = __webpack_require__(2740);
const kinds_ts_1 = __webpack_require__(1123);
const allKinds = Object.values(kinds_ts_1.Kind);
exports.BREAK = Object.freeze({});
function visit(root, visitor, visitorKeys = ast_ts_1.QueryDocumentKeys) {
    const enterLeaveMap = new Map();
    for (const kind of allKinds) {
        enterLeaveMap.set(kind, getEnterLeaveForKind(visitor, kind));
    }
    let stack = undefined;
    let inArray = Array.isArray(root);
    let keys = [root];
    let index = -1;
    let edits;
    let node = root;
    let key = undefined;
    let parent = undefined;
    const path = [];
    const ancestors = [];
    do {
        index++;
        const isLeaving = index === keys.length;
        const isEdited = isLeaving && edits !== undefined;
        if (isLeaving) {
            key = ancestors.length === 0 ? undefined : path[path.length - 1];
            node = parent;
            parent = ancestors.pop();
            if (edits !== undefined) {
                if (inArray) {
                    node = node.slice();
                    let editOffset = 0;
                    for (let editIndex = 0; editIndex < edits.length; editIndex += 2) {
                        const editKey = edits[editIndex];
                        const editValue = edits[editIndex + 1];
                        const arrayKey = editKey - editOffset;
                        if (editValue === null) {
                            node.splice(arrayKey, 1);
                            editOffset++;
                        }
                        else {
                            node[arrayKey] = editValue;
                        }
                    }
                }
                else {
                    node = { ...node };
                    for (let editIndex = 0; editIndex < edits.length; editIndex += 2) {
                        node[edits[editIndex]] = edits[editIndex + 1];
                    }
                }
            }
            index = stack.index;
            keys = stack.keys;
            edits = stack.edits;
            inArray = stack.inArray;
            stack = stack.prev;
        }
        else if (parent != null) {
            key = inArray ? index : keys[index];
            node = parent[key];
            if (node === null || node === undefined) {
                continue;
            }
            path.push(key);
        }
        let result;
        let nodeIsArray = Array.isArray(node);
        if (!nodeIsArray) {
            if (!((0, ast_ts_1.isNode)(node)))
                (0, devAssert_ts_1.devAssert)(false, `Invalid AST Node: ${(0, inspect_ts_1.inspect)(node)}.`);
            const visitFn = isLeaving
                ? enterLeaveMap.get(node.kind)?.leave
                : enterLeaveMap.get(node.kind)?.enter;
            result = visitFn?.call(visitor, node, key, parent, path, ancestors);
            if (result === exports.BREAK) {
                break;
            }
            if (result === false) {
                if (!isLeaving) {
                    path.pop();
                    continue;
                }
            }
            else if (result !== undefined) {
                (edits ??= []).push(key, result);
                if (!isLeaving) {
                    if ((0, ast_ts_1.isNode)(result)) {
                        node = result;
                        nodeIsArray = Array.isArray(node);
                    }
                    else {
                        path.pop();
                        continue;
                    }
                }
            }
        }
        if (result === undefined && isEdited) {
            (edits ??= []).push(key, node);
        }
        if (isLeaving) {
            path.pop();
        }
        else {
            stack = { inArray, index, keys, edits, prev: stack };
            inArray = nodeIsArray;
            keys = inArray ? node : (visitorKeys[node.kind] ?? []);
            index = -1;
            edits = undefined;
            if (parent != null) {
                ancestors.push(parent);
            }
            parent = node;
        }
    } while (stack !== undefined);
    if (edits !== undefined) {
        return edits.at(-1);
    }
    return root;
}
function visitInParallel(visitors) {
    const skipping = new Array(visitors.length).fill(null);
    const mergedVisitor = Object.create(null);
    for (const kind of allKinds) {
        let hasVisitor = false;
        const enterList = new Array(visitors.length).fill(undefined);
        const leaveList = new Array(visitors.length).fill(undefined);
        for (let i = 0; i < visitors.length; ++i) {
            const { enter, leave } = getEnterLeaveForKind(visitors[i], kind);
            hasVisitor ||= enter != null || leave != null;
            enterList[i] = enter;
            leaveList[i] = leave;
        }
        if (!hasVisitor) {
            continue;
        }
        const mergedEnterLeave = {
            enter(...args) {
                const node = args[0];
                for (let i = 0; i < visitors.length; i++) {
                    if (skipping[i] === null) {
                        const result = enterList[i]?.apply(visitors[i], args);
                        if (result === false) {
                            skipping[i] = node;
                        }
                        else if (result === exports.BREAK) {
                            skipping[i] = exports.BREAK;
                        }
                        else if (result !== undefined) {
                            return result;
                        }
                    }
                }
            },
            leave(...args) {
                const node = args[0];
                for (let i = 0; i < visitors.length; i++) {
                    if (skipping[i] === null) {
                        const result = leaveList[i]?.apply(visitors[i], args);
                        if (result === exports.BREAK) {
                            skipping[i] = exports.BREAK;
                        }
                        else if (result !== undefined && result !== false) {
                            return result;
                        }
                    }
                    else if (skipping[i] === node) {
                        skipping[i] = null;
                    }
                }
            },
        };
        mergedVisitor[kind] = mergedEnterLeave;
    }
    return mergedVisitor;
}
function getEnterLeaveForKind(visitor, kind) {
    const kindVisitor = visitor[kind];
    if (typeof kindVisitor === 'object') {
        return kindVisitor;
    }
    else if (typeof kindVisitor === 'function') {
        return { enter: kindVisitor, leave: undefined };
    }
    return { enter: visitor.enter, leave: visitor.leave };
}
//# sourceMappingURL=visitor.js.map

/***/ }),

/***/ 8337:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertName = assertName;
exports.assertEnumValueName = assertEnumValueName;
const GraphQLError_ts_1 = __webpack_require__(5939);
const characterClasses_ts_1 = __webpack_require__(3271);
function assertName(name) {
    if (name.length === 0) {
        throw new GraphQLError_ts_1.GraphQLError('Expected name to be a non-empty string.');
    }
    for (let i = 1; i < name.length; ++i) {
        if (!(0, characterClasses_ts_1.isNameContinue)(name.charCodeAt(i))) {
            throw new GraphQLError_ts_1.GraphQLError(`Names must only contain [_a-zA-Z0-9] but "${name}" does not.`);
        }
    }
    if (!(0, characterClasses_ts_1.isNameStart)(name.charCodeAt(0))) {
        throw new GraphQLError_ts_1.GraphQLError(`Names must start with [_a-zA-Z] but "${name}" does not.`);
    }
    return name;
}
function assertEnumValueName(name) {
    if (name === 'true' || name === 'false' || name === 'null') {
        throw new GraphQLError_ts_1.GraphQLError(`Enum values cannot be named: ${name}`);
    }
    return assertName(name);
}
//# sourceMappingURL=assertName.js.map

/***/ }),

/***/ 4169:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GraphQLInputField = exports.GraphQLInputObjectType = exports.GraphQLEnumValue = exports.GraphQLEnumType = exports.GraphQLUnionType = exports.GraphQLInterfaceType = exports.GraphQLArgument = exports.GraphQLField = exports.GraphQLObjectType = exports.GraphQLScalarType = exports.GraphQLNonNull = exports.GraphQLList = void 0;
exports.isType = isType;
exports.assertType = assertType;
exports.isScalarType = isScalarType;
exports.assertScalarType = assertScalarType;
exports.isObjectType = isObjectType;
exports.assertObjectType = assertObjectType;
exports.isField = isField;
exports.assertField = assertField;
exports.isArgument = isArgument;
exports.assertArgument = assertArgument;
exports.isInterfaceType = isInterfaceType;
exports.assertInterfaceType = assertInterfaceType;
exports.isUnionType = isUnionType;
exports.assertUnionType = assertUnionType;
exports.isEnumType = isEnumType;
exports.assertEnumType = assertEnumType;
exports.isEnumValue = isEnumValue;
exports.assertEnumValue = assertEnumValue;
exports.isInputObjectType = isInputObjectType;
exports.assertInputObjectType = assertInputObjectType;
exports.isInputField = isInputField;
exports.assertInputField = assertInputField;
exports.isListType = isListType;
exports.assertListType = assertListType;
exports.isNonNullType = isNonNullType;
exports.assertNonNullType = assertNonNullType;
exports.isInputType = isInputType;
exports.assertInputType = assertInputType;
exports.isOutputType = isOutputType;
exports.assertOutputType = assertOutputType;
exports.isLeafType = isLeafType;
exports.assertLeafType = assertLeafType;
exports.isCompositeType = isCompositeType;
exports.assertCompositeType = assertCompositeType;
exports.isAbstractType = isAbstractType;
exports.assertAbstractType = assertAbstractType;
exports.isWrappingType = isWrappingType;
exports.assertWrappingType = assertWrappingType;
exports.isNullableType = isNullableType;
exports.assertNullableType = assertNullableType;
exports.getNullableType = getNullableType;
exports.isNamedType = isNamedType;
exports.assertNamedType = assertNamedType;
exports.getNamedType = getNamedType;
exports.resolveReadonlyArrayThunk = resolveReadonlyArrayThunk;
exports.resolveObjMapThunk = resolveObjMapThunk;
exports.isRequiredArgument = isRequiredArgument;
exports.isRequiredInputField = isRequiredInputField;
const devAssert_ts_1 = __webpack_require__(5383);
const didYouMean_ts_1 = __webpack_require__(1353);
const identityFunc_ts_1 = __webpack_require__(6588);
const inspect_ts_1 = __webpack_require__(5742);
const instanceOf_ts_1 = __webpack_require__(5914);
const keyMap_ts_1 = __webpack_require__(7579);
const keyValMap_ts_1 = __webpack_require__(3166);
const mapValue_ts_1 = __webpack_require__(5719);
const suggestionList_ts_1 = __webpack_require__(7904);
const toObjMap_ts_1 = __webpack_require__(4723);
const GraphQLError_ts_1 = __webpack_require__(5939);
const kinds_ts_1 = __webpack_require__(1123);
const printer_ts_1 = __webpack_require__(9936);
const valueFromASTUntyped_ts_1 = __webpack_require__(5470);
const assertName_ts_1 = __webpack_require__(8337);
function isType(type) {
    return (isScalarType(type) ||
        isObjectType(type) ||
        isInterfaceType(type) ||
        isUnionType(type) ||
        isEnumType(type) ||
        isInputObjectType(type) ||
        isListType(type) ||
        isNonNullType(type));
}
function assertType(type) {
    if (!isType(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(type)} to be a GraphQL type.`);
    }
    return type;
}
const scalarSymbol = Symbol('Scalar');
function isScalarType(type) {
    return (0, instanceOf_ts_1.instanceOf)(type, scalarSymbol, GraphQLScalarType);
}
function assertScalarType(type) {
    if (!isScalarType(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(type)} to be a GraphQL Scalar type.`);
    }
    return type;
}
const objectSymbol = Symbol('Object');
function isObjectType(type) {
    return (0, instanceOf_ts_1.instanceOf)(type, objectSymbol, GraphQLObjectType);
}
function assertObjectType(type) {
    if (!isObjectType(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(type)} to be a GraphQL Object type.`);
    }
    return type;
}
const fieldSymbol = Symbol('Field');
function isField(field) {
    return (0, instanceOf_ts_1.instanceOf)(field, fieldSymbol, GraphQLField);
}
function assertField(field) {
    if (!isField(field)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(field)} to be a GraphQL field.`);
    }
    return field;
}
const argumentSymbol = Symbol('Argument');
function isArgument(arg) {
    return (0, instanceOf_ts_1.instanceOf)(arg, argumentSymbol, GraphQLArgument);
}
function assertArgument(arg) {
    if (!isArgument(arg)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(arg)} to be a GraphQL argument.`);
    }
    return arg;
}
const interfaceSymbol = Symbol('Interface');
function isInterfaceType(type) {
    return (0, instanceOf_ts_1.instanceOf)(type, interfaceSymbol, GraphQLInterfaceType);
}
function assertInterfaceType(type) {
    if (!isInterfaceType(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(type)} to be a GraphQL Interface type.`);
    }
    return type;
}
const unionSymbol = Symbol('Union');
function isUnionType(type) {
    return (0, instanceOf_ts_1.instanceOf)(type, unionSymbol, GraphQLUnionType);
}
function assertUnionType(type) {
    if (!isUnionType(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(type)} to be a GraphQL Union type.`);
    }
    return type;
}
const enumSymbol = Symbol('Enum');
function isEnumType(type) {
    return (0, instanceOf_ts_1.instanceOf)(type, enumSymbol, GraphQLEnumType);
}
function assertEnumType(type) {
    if (!isEnumType(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(type)} to be a GraphQL Enum type.`);
    }
    return type;
}
const enumValueSymbol = Symbol('EnumValue');
function isEnumValue(value) {
    return (0, instanceOf_ts_1.instanceOf)(value, enumValueSymbol, GraphQLEnumValue);
}
function assertEnumValue(value) {
    if (!isEnumValue(value)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(value)} to be a GraphQL Enum value.`);
    }
    return value;
}
const inputObjectSymbol = Symbol('InputObject');
function isInputObjectType(type) {
    return (0, instanceOf_ts_1.instanceOf)(type, inputObjectSymbol, GraphQLInputObjectType);
}
function assertInputObjectType(type) {
    if (!isInputObjectType(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(type)} to be a GraphQL Input Object type.`);
    }
    return type;
}
const inputFieldSymbol = Symbol('InputField');
function isInputField(field) {
    return (0, instanceOf_ts_1.instanceOf)(field, inputFieldSymbol, GraphQLInputField);
}
function assertInputField(field) {
    if (!isInputField(field)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(field)} to be a GraphQL input field.`);
    }
    return field;
}
const listSymbol = Symbol('List');
function isListType(type) {
    return (0, instanceOf_ts_1.instanceOf)(type, listSymbol, GraphQLList);
}
function assertListType(type) {
    if (!isListType(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(type)} to be a GraphQL List type.`);
    }
    return type;
}
const nonNullSymbol = Symbol('NonNull');
function isNonNullType(type) {
    return (0, instanceOf_ts_1.instanceOf)(type, nonNullSymbol, GraphQLNonNull);
}
function assertNonNullType(type) {
    if (!isNonNullType(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(type)} to be a GraphQL Non-Null type.`);
    }
    return type;
}
function isInputType(type) {
    return (isScalarType(type) ||
        isEnumType(type) ||
        isInputObjectType(type) ||
        (isWrappingType(type) && isInputType(type.ofType)));
}
function assertInputType(type) {
    if (!isInputType(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(type)} to be a GraphQL input type.`);
    }
    return type;
}
function isOutputType(type) {
    return (isScalarType(type) ||
        isObjectType(type) ||
        isInterfaceType(type) ||
        isUnionType(type) ||
        isEnumType(type) ||
        (isWrappingType(type) && isOutputType(type.ofType)));
}
function assertOutputType(type) {
    if (!isOutputType(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(type)} to be a GraphQL output type.`);
    }
    return type;
}
function isLeafType(type) {
    return isScalarType(type) || isEnumType(type);
}
function assertLeafType(type) {
    if (!isLeafType(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(type)} to be a GraphQL leaf type.`);
    }
    return type;
}
function isCompositeType(type) {
    return isObjectType(type) || isInterfaceType(type) || isUnionType(type);
}
function assertCompositeType(type) {
    if (!isCompositeType(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(type)} to be a GraphQL composite type.`);
    }
    return type;
}
function isAbstractType(type) {
    return isInterfaceType(type) || isUnionType(type);
}
function assertAbstractType(type) {
    if (!isAbstractType(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(type)} to be a GraphQL abstract type.`);
    }
    return type;
}
class GraphQLList {
    constructor(ofType) {
        this.__kind = listSymbol;
        this.ofType = ofType;
    }
    get [Symbol.toStringTag]() {
        return 'GraphQLList';
    }
    toString() {
        return '[' + String(this.ofType) + ']';
    }
    toJSON() {
        return this.toString();
    }
}
exports.GraphQLList = GraphQLList;
class GraphQLNonNull {
    constructor(ofType) {
        this.__kind = nonNullSymbol;
        this.ofType = ofType;
    }
    get [Symbol.toStringTag]() {
        return 'GraphQLNonNull';
    }
    toString() {
        return String(this.ofType) + '!';
    }
    toJSON() {
        return this.toString();
    }
}
exports.GraphQLNonNull = GraphQLNonNull;
function isWrappingType(type) {
    return isListType(type) || isNonNullType(type);
}
function assertWrappingType(type) {
    if (!isWrappingType(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(type)} to be a GraphQL wrapping type.`);
    }
    return type;
}
function isNullableType(type) {
    return isType(type) && !isNonNullType(type);
}
function assertNullableType(type) {
    if (!isNullableType(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(type)} to be a GraphQL nullable type.`);
    }
    return type;
}
function getNullableType(type) {
    if (type) {
        return isNonNullType(type) ? type.ofType : type;
    }
}
function isNamedType(type) {
    return (isScalarType(type) ||
        isObjectType(type) ||
        isInterfaceType(type) ||
        isUnionType(type) ||
        isEnumType(type) ||
        isInputObjectType(type));
}
function assertNamedType(type) {
    if (!isNamedType(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(type)} to be a GraphQL named type.`);
    }
    return type;
}
function getNamedType(type) {
    if (type) {
        let unwrappedType = type;
        while (isWrappingType(unwrappedType)) {
            unwrappedType = unwrappedType.ofType;
        }
        return unwrappedType;
    }
}
function resolveReadonlyArrayThunk(thunk) {
    return typeof thunk === 'function' ? thunk() : thunk;
}
function resolveObjMapThunk(thunk) {
    return typeof thunk === 'function' ? thunk() : thunk;
}
class GraphQLScalarType {
    constructor(config) {
        this.__kind = scalarSymbol;
        this.name = (0, assertName_ts_1.assertName)(config.name);
        this.description = config.description;
        this.specifiedByURL = config.specifiedByURL;
        this.serialize =
            config.serialize ??
                config.coerceOutputValue ??
                identityFunc_ts_1.identityFunc;
        this.parseValue =
            config.parseValue ??
                config.coerceInputValue ??
                identityFunc_ts_1.identityFunc;
        this.parseLiteral =
            config.parseLiteral ??
                ((node, variables) => this.coerceInputValue((0, valueFromASTUntyped_ts_1.valueFromASTUntyped)(node, variables)));
        this.coerceOutputValue = config.coerceOutputValue ?? this.serialize;
        this.coerceInputValue = config.coerceInputValue ?? this.parseValue;
        this.coerceInputLiteral = config.coerceInputLiteral;
        this.valueToLiteral = config.valueToLiteral;
        this.extensions = (0, toObjMap_ts_1.toObjMapWithSymbols)(config.extensions);
        this.astNode = config.astNode;
        this.extensionASTNodes = config.extensionASTNodes ?? [];
        if (config.parseLiteral) {
            if (!(typeof config.parseValue === 'function' &&
                typeof config.parseLiteral === 'function'))
                (0, devAssert_ts_1.devAssert)(false, `${this.name} must provide both "parseValue" and "parseLiteral" functions.`);
        }
        if (config.coerceInputLiteral) {
            if (!(typeof config.coerceInputValue === 'function' &&
                typeof config.coerceInputLiteral === 'function'))
                (0, devAssert_ts_1.devAssert)(false, `${this.name} must provide both "coerceInputValue" and "coerceInputLiteral" functions.`);
        }
    }
    get [Symbol.toStringTag]() {
        return 'GraphQLScalarType';
    }
    toConfig() {
        return {
            name: this.name,
            description: this.description,
            specifiedByURL: this.specifiedByURL,
            serialize: this.serialize,
            parseValue: this.parseValue,
            parseLiteral: this.parseLiteral,
            coerceOutputValue: this.coerceOutputValue,
            coerceInputValue: this.coerceInputValue,
            coerceInputLiteral: this.coerceInputLiteral,
            valueToLiteral: this.valueToLiteral,
            extensions: this.extensions,
            astNode: this.astNode,
            extensionASTNodes: this.extensionASTNodes,
        };
    }
    toString() {
        return this.name;
    }
    toJSON() {
        return this.toString();
    }
}
exports.GraphQLScalarType = GraphQLScalarType;
class GraphQLObjectType {
    constructor(config) {
        this.__kind = objectSymbol;
        this.__kind = objectSymbol;
        this.name = (0, assertName_ts_1.assertName)(config.name);
        this.description = config.description;
        this.isTypeOf = config.isTypeOf;
        this.extensions = (0, toObjMap_ts_1.toObjMapWithSymbols)(config.extensions);
        this.astNode = config.astNode;
        this.extensionASTNodes = config.extensionASTNodes ?? [];
        this._fields = (defineFieldMap).bind(undefined, this, config.fields);
        this._interfaces = defineInterfaces.bind(undefined, config.interfaces);
    }
    get [Symbol.toStringTag]() {
        return 'GraphQLObjectType';
    }
    getFields() {
        if (typeof this._fields === 'function') {
            this._fields = this._fields();
        }
        return this._fields;
    }
    getInterfaces() {
        if (typeof this._interfaces === 'function') {
            this._interfaces = this._interfaces();
        }
        return this._interfaces;
    }
    toConfig() {
        return {
            name: this.name,
            description: this.description,
            interfaces: this.getInterfaces(),
            fields: (0, mapValue_ts_1.mapValue)(this.getFields(), (field) => field.toConfig()),
            isTypeOf: this.isTypeOf,
            extensions: this.extensions,
            astNode: this.astNode,
            extensionASTNodes: this.extensionASTNodes,
        };
    }
    toString() {
        return this.name;
    }
    toJSON() {
        return this.toString();
    }
}
exports.GraphQLObjectType = GraphQLObjectType;
function defineInterfaces(interfaces) {
    return resolveReadonlyArrayThunk(interfaces ?? []);
}
function defineFieldMap(parentType, fields) {
    const fieldMap = resolveObjMapThunk(fields);
    return (0, mapValue_ts_1.mapValue)(fieldMap, (fieldConfig, fieldName) => new GraphQLField(parentType, fieldName, fieldConfig));
}
class GraphQLField {
    constructor(parentType, name, config) {
        this.__kind = fieldSymbol;
        this.parentType = parentType;
        this.name = (0, assertName_ts_1.assertName)(name);
        this.description = config.description;
        this.type = config.type;
        const argsConfig = config.args;
        this.args = argsConfig
            ? Object.entries(argsConfig).map(([argName, argConfig]) => new GraphQLArgument(this, argName, argConfig))
            : [];
        this.resolve = config.resolve;
        this.subscribe = config.subscribe;
        this.deprecationReason = config.deprecationReason;
        this.extensions = (0, toObjMap_ts_1.toObjMapWithSymbols)(config.extensions);
        this.astNode = config.astNode;
    }
    get [Symbol.toStringTag]() {
        return 'GraphQLField';
    }
    toConfig() {
        return {
            description: this.description,
            type: this.type,
            args: (0, keyValMap_ts_1.keyValMap)(this.args, (arg) => arg.name, (arg) => arg.toConfig()),
            resolve: this.resolve,
            subscribe: this.subscribe,
            deprecationReason: this.deprecationReason,
            extensions: this.extensions,
            astNode: this.astNode,
        };
    }
    toString() {
        return `${this.parentType ?? '<meta>'}.${this.name}`;
    }
    toJSON() {
        return this.toString();
    }
}
exports.GraphQLField = GraphQLField;
class GraphQLArgument {
    constructor(parent, name, config) {
        this.__kind = argumentSymbol;
        this.parent = parent;
        this.name = (0, assertName_ts_1.assertName)(name);
        this.description = config.description;
        this.type = config.type;
        this.defaultValue = config.defaultValue;
        this.default = config.default;
        this._memoizedCoercedDefaultValue = undefined;
        this.deprecationReason = config.deprecationReason;
        this.extensions = (0, toObjMap_ts_1.toObjMapWithSymbols)(config.extensions);
        this.astNode = config.astNode;
    }
    get [Symbol.toStringTag]() {
        return 'GraphQLArgument';
    }
    toConfig() {
        return {
            description: this.description,
            type: this.type,
            defaultValue: this.defaultValue,
            default: this.default,
            deprecationReason: this.deprecationReason,
            extensions: this.extensions,
            astNode: this.astNode,
        };
    }
    toString() {
        return `${this.parent}(${this.name}:)`;
    }
    toJSON() {
        return this.toString();
    }
}
exports.GraphQLArgument = GraphQLArgument;
function isRequiredArgument(arg) {
    return (isNonNullType(arg.type) &&
        arg.default === undefined &&
        arg.defaultValue === undefined);
}
class GraphQLInterfaceType {
    constructor(config) {
        this.__kind = interfaceSymbol;
        this.name = (0, assertName_ts_1.assertName)(config.name);
        this.description = config.description;
        this.resolveType = config.resolveType;
        this.extensions = (0, toObjMap_ts_1.toObjMapWithSymbols)(config.extensions);
        this.astNode = config.astNode;
        this.extensionASTNodes = config.extensionASTNodes ?? [];
        this._fields = (defineFieldMap).bind(undefined, this, config.fields);
        this._interfaces = defineInterfaces.bind(undefined, config.interfaces);
    }
    get [Symbol.toStringTag]() {
        return 'GraphQLInterfaceType';
    }
    getFields() {
        if (typeof this._fields === 'function') {
            this._fields = this._fields();
        }
        return this._fields;
    }
    getInterfaces() {
        if (typeof this._interfaces === 'function') {
            this._interfaces = this._interfaces();
        }
        return this._interfaces;
    }
    toConfig() {
        return {
            name: this.name,
            description: this.description,
            interfaces: this.getInterfaces(),
            fields: (0, mapValue_ts_1.mapValue)(this.getFields(), (field) => field.toConfig()),
            resolveType: this.resolveType,
            extensions: this.extensions,
            astNode: this.astNode,
            extensionASTNodes: this.extensionASTNodes,
        };
    }
    toString() {
        return this.name;
    }
    toJSON() {
        return this.toString();
    }
}
exports.GraphQLInterfaceType = GraphQLInterfaceType;
class GraphQLUnionType {
    constructor(config) {
        this.__kind = unionSymbol;
        this.name = (0, assertName_ts_1.assertName)(config.name);
        this.description = config.description;
        this.resolveType = config.resolveType;
        this.extensions = (0, toObjMap_ts_1.toObjMapWithSymbols)(config.extensions);
        this.astNode = config.astNode;
        this.extensionASTNodes = config.extensionASTNodes ?? [];
        this._types = defineTypes.bind(undefined, config.types);
    }
    get [Symbol.toStringTag]() {
        return 'GraphQLUnionType';
    }
    getTypes() {
        if (typeof this._types === 'function') {
            this._types = this._types();
        }
        return this._types;
    }
    toConfig() {
        return {
            name: this.name,
            description: this.description,
            types: this.getTypes(),
            resolveType: this.resolveType,
            extensions: this.extensions,
            astNode: this.astNode,
            extensionASTNodes: this.extensionASTNodes,
        };
    }
    toString() {
        return this.name;
    }
    toJSON() {
        return this.toString();
    }
}
exports.GraphQLUnionType = GraphQLUnionType;
function defineTypes(types) {
    return resolveReadonlyArrayThunk(types);
}
class GraphQLEnumType {
    constructor(config) {
        this.__kind = enumSymbol;
        this.name = (0, assertName_ts_1.assertName)(config.name);
        this.description = config.description;
        this.extensions = (0, toObjMap_ts_1.toObjMapWithSymbols)(config.extensions);
        this.astNode = config.astNode;
        this.extensionASTNodes = config.extensionASTNodes ?? [];
        this._values = defineEnumValues.bind(undefined, this, config.values);
        this._valueLookup = null;
        this._nameLookup = null;
    }
    get [Symbol.toStringTag]() {
        return 'GraphQLEnumType';
    }
    getValues() {
        if (typeof this._values === 'function') {
            this._values = this._values();
        }
        return this._values;
    }
    getValue(name) {
        this._nameLookup ??= (0, keyMap_ts_1.keyMap)(this.getValues(), (value) => value.name);
        return this._nameLookup[name];
    }
    serialize(outputValue) {
        return this.coerceOutputValue(outputValue);
    }
    coerceOutputValue(outputValue) {
        this._valueLookup ??= new Map(this.getValues().map((enumValue) => [enumValue.value, enumValue]));
        const enumValue = this._valueLookup.get(outputValue);
        if (enumValue === undefined) {
            throw new GraphQLError_ts_1.GraphQLError(`Enum "${this.name}" cannot represent value: ${(0, inspect_ts_1.inspect)(outputValue)}`);
        }
        return enumValue.name;
    }
    parseValue(inputValue, hideSuggestions) {
        return this.coerceInputValue(inputValue, hideSuggestions);
    }
    coerceInputValue(inputValue, hideSuggestions) {
        if (typeof inputValue !== 'string') {
            const valueStr = (0, inspect_ts_1.inspect)(inputValue);
            throw new GraphQLError_ts_1.GraphQLError(`Enum "${this.name}" cannot represent non-string value: ${valueStr}.` +
                (hideSuggestions ? '' : didYouMeanEnumValue(this, valueStr)));
        }
        const enumValue = this.getValue(inputValue);
        if (enumValue == null) {
            throw new GraphQLError_ts_1.GraphQLError(`Value "${inputValue}" does not exist in "${this.name}" enum.` +
                (hideSuggestions ? '' : didYouMeanEnumValue(this, inputValue)));
        }
        return enumValue.value;
    }
    parseLiteral(valueNode, _variables, hideSuggestions) {
        return this.coerceInputLiteral(valueNode, hideSuggestions);
    }
    coerceInputLiteral(valueNode, hideSuggestions) {
        if (valueNode.kind !== kinds_ts_1.Kind.ENUM) {
            const valueStr = (0, printer_ts_1.printForError)(valueNode);
            throw new GraphQLError_ts_1.GraphQLError(`Enum "${this.name}" cannot represent non-enum value: ${valueStr}.` +
                (hideSuggestions ? '' : didYouMeanEnumValue(this, valueStr)), { nodes: valueNode });
        }
        const enumValue = this.getValue(valueNode.value);
        if (enumValue == null) {
            const valueStr = (0, printer_ts_1.printForError)(valueNode);
            throw new GraphQLError_ts_1.GraphQLError(`Value "${valueStr}" does not exist in "${this.name}" enum.` +
                (hideSuggestions ? '' : didYouMeanEnumValue(this, valueStr)), { nodes: valueNode });
        }
        return enumValue.value;
    }
    valueToLiteral(value) {
        if (typeof value === 'string' && this.getValue(value)) {
            return { kind: kinds_ts_1.Kind.ENUM, value };
        }
    }
    toConfig() {
        return {
            name: this.name,
            description: this.description,
            values: (0, keyValMap_ts_1.keyValMap)(this.getValues(), (value) => value.name, (value) => value.toConfig()),
            extensions: this.extensions,
            astNode: this.astNode,
            extensionASTNodes: this.extensionASTNodes,
        };
    }
    toString() {
        return this.name;
    }
    toJSON() {
        return this.toString();
    }
}
exports.GraphQLEnumType = GraphQLEnumType;
function defineEnumValues(parentEnum, values) {
    const valueMap = resolveObjMapThunk(values);
    return Object.entries(valueMap).map(([valueName, valueConfig]) => new GraphQLEnumValue(parentEnum, valueName, valueConfig));
}
function didYouMeanEnumValue(enumType, unknownValueStr) {
    const allNames = enumType.getValues().map((value) => value.name);
    const suggestedValues = (0, suggestionList_ts_1.suggestionList)(unknownValueStr, allNames);
    return (0, didYouMean_ts_1.didYouMean)('the enum value', suggestedValues);
}
class GraphQLEnumValue {
    constructor(parentEnum, name, config) {
        this.__kind = enumValueSymbol;
        this.parentEnum = parentEnum;
        this.name = (0, assertName_ts_1.assertEnumValueName)(name);
        this.description = config.description;
        this.value = config.value !== undefined ? config.value : name;
        this.deprecationReason = config.deprecationReason;
        this.extensions = (0, toObjMap_ts_1.toObjMapWithSymbols)(config.extensions);
        this.astNode = config.astNode;
    }
    get [Symbol.toStringTag]() {
        return 'GraphQLEnumValue';
    }
    toConfig() {
        return {
            description: this.description,
            value: this.value,
            deprecationReason: this.deprecationReason,
            extensions: this.extensions,
            astNode: this.astNode,
        };
    }
    toString() {
        return `${this.parentEnum.name}.${this.name}`;
    }
    toJSON() {
        return this.toString();
    }
}
exports.GraphQLEnumValue = GraphQLEnumValue;
class GraphQLInputObjectType {
    constructor(config) {
        this.__kind = inputObjectSymbol;
        this.name = (0, assertName_ts_1.assertName)(config.name);
        this.description = config.description;
        this.extensions = (0, toObjMap_ts_1.toObjMapWithSymbols)(config.extensions);
        this.astNode = config.astNode;
        this.extensionASTNodes = config.extensionASTNodes ?? [];
        this.isOneOf = config.isOneOf ?? false;
        this._fields = defineInputFieldMap.bind(undefined, this, config.fields);
    }
    get [Symbol.toStringTag]() {
        return 'GraphQLInputObjectType';
    }
    getFields() {
        if (typeof this._fields === 'function') {
            this._fields = this._fields();
        }
        return this._fields;
    }
    toConfig() {
        return {
            name: this.name,
            description: this.description,
            fields: (0, mapValue_ts_1.mapValue)(this.getFields(), (field) => field.toConfig()),
            extensions: this.extensions,
            astNode: this.astNode,
            extensionASTNodes: this.extensionASTNodes,
            isOneOf: this.isOneOf,
        };
    }
    toString() {
        return this.name;
    }
    toJSON() {
        return this.toString();
    }
}
exports.GraphQLInputObjectType = GraphQLInputObjectType;
function defineInputFieldMap(parentType, fields) {
    const fieldMap = resolveObjMapThunk(fields);
    return (0, mapValue_ts_1.mapValue)(fieldMap, (fieldConfig, fieldName) => new GraphQLInputField(parentType, fieldName, fieldConfig));
}
class GraphQLInputField {
    constructor(parentType, name, config) {
        if (!(!('resolve' in config)))
            (0, devAssert_ts_1.devAssert)(false, `${parentType}.${name} field has a resolve property, but Input Types cannot define resolvers.`);
        this.__kind = inputFieldSymbol;
        this.parentType = parentType;
        this.name = (0, assertName_ts_1.assertName)(name);
        this.description = config.description;
        this.type = config.type;
        this.defaultValue = config.defaultValue;
        this.default = config.default;
        this._memoizedCoercedDefaultValue = undefined;
        this.deprecationReason = config.deprecationReason;
        this.extensions = (0, toObjMap_ts_1.toObjMapWithSymbols)(config.extensions);
        this.astNode = config.astNode;
    }
    get [Symbol.toStringTag]() {
        return 'GraphQLInputField';
    }
    toConfig() {
        return {
            description: this.description,
            type: this.type,
            defaultValue: this.defaultValue,
            default: this.default,
            deprecationReason: this.deprecationReason,
            extensions: this.extensions,
            astNode: this.astNode,
        };
    }
    toString() {
        return `${this.parentType}.${this.name}`;
    }
    toJSON() {
        return this.toString();
    }
}
exports.GraphQLInputField = GraphQLInputField;
function isRequiredInputField(field) {
    return (isNonNullType(field.type) &&
        field.defaultValue === undefined &&
        field.default === undefined);
}
//# sourceMappingURL=definition.js.map

/***/ }),

/***/ 1058:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.specifiedDirectives = exports.GraphQLDisableErrorPropagationDirective = exports.GraphQLOneOfDirective = exports.GraphQLSpecifiedByDirective = exports.GraphQLDeprecatedDirective = exports.DEFAULT_DEPRECATION_REASON = exports.GraphQLStreamDirective = exports.GraphQLDeferDirective = exports.GraphQLSkipDirective = exports.GraphQLIncludeDirective = exports.GraphQLDirective = void 0;
exports.isDirective = isDirective;
exports.assertDirective = assertDirective;
exports.isSpecifiedDirective = isSpecifiedDirective;
const devAssert_ts_1 = __webpack_require__(5383);
const inspect_ts_1 = __webpack_require__(5742);
const instanceOf_ts_1 = __webpack_require__(5914);
const isObjectLike_ts_1 = __webpack_require__(892);
const keyValMap_ts_1 = __webpack_require__(3166);
const toObjMap_ts_1 = __webpack_require__(4723);
const directiveLocation_ts_1 = __webpack_require__(2582);
const assertName_ts_1 = __webpack_require__(8337);
const definition_ts_1 = __webpack_require__(4169);
const scalars_ts_1 = __webpack_require__(3571);
const directiveSymbol = Symbol('Directive');
function isDirective(directive) {
    return (0, instanceOf_ts_1.instanceOf)(directive, directiveSymbol, GraphQLDirective);
}
function assertDirective(directive) {
    if (!isDirective(directive)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(directive)} to be a GraphQL directive.`);
    }
    return directive;
}
class GraphQLDirective {
    constructor(config) {
        this.__kind = directiveSymbol;
        this.name = (0, assertName_ts_1.assertName)(config.name);
        this.description = config.description;
        this.locations = config.locations;
        this.isRepeatable = config.isRepeatable ?? false;
        this.deprecationReason = config.deprecationReason;
        this.extensions = (0, toObjMap_ts_1.toObjMapWithSymbols)(config.extensions);
        this.astNode = config.astNode;
        this.extensionASTNodes = config.extensionASTNodes ?? [];
        if (!(Array.isArray(config.locations)))
            (0, devAssert_ts_1.devAssert)(false, `@${this.name} locations must be an Array.`);
        const args = config.args ?? {};
        if (!((0, isObjectLike_ts_1.isObjectLike)(args) && !Array.isArray(args)))
            (0, devAssert_ts_1.devAssert)(false, `@${this.name} args must be an object with argument names as keys.`);
        this.args = Object.entries(args).map(([argName, argConfig]) => new definition_ts_1.GraphQLArgument(this, argName, argConfig));
    }
    get [Symbol.toStringTag]() {
        return 'GraphQLDirective';
    }
    toConfig() {
        return {
            name: this.name,
            description: this.description,
            locations: this.locations,
            args: (0, keyValMap_ts_1.keyValMap)(this.args, (arg) => arg.name, (arg) => arg.toConfig()),
            isRepeatable: this.isRepeatable,
            deprecationReason: this.deprecationReason,
            extensions: this.extensions,
            astNode: this.astNode,
            extensionASTNodes: this.extensionASTNodes,
        };
    }
    toString() {
        return '@' + this.name;
    }
    toJSON() {
        return this.toString();
    }
}
exports.GraphQLDirective = GraphQLDirective;
exports.GraphQLIncludeDirective = new GraphQLDirective({
    name: 'include',
    description: 'Directs the executor to include this field or fragment only when the `if` argument is true.',
    locations: [
        directiveLocation_ts_1.DirectiveLocation.FIELD,
        directiveLocation_ts_1.DirectiveLocation.FRAGMENT_SPREAD,
        directiveLocation_ts_1.DirectiveLocation.INLINE_FRAGMENT,
    ],
    args: {
        if: {
            type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLBoolean),
            description: 'Included when true.',
        },
    },
});
exports.GraphQLSkipDirective = new GraphQLDirective({
    name: 'skip',
    description: 'Directs the executor to skip this field or fragment when the `if` argument is true.',
    locations: [
        directiveLocation_ts_1.DirectiveLocation.FIELD,
        directiveLocation_ts_1.DirectiveLocation.FRAGMENT_SPREAD,
        directiveLocation_ts_1.DirectiveLocation.INLINE_FRAGMENT,
    ],
    args: {
        if: {
            type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLBoolean),
            description: 'Skipped when true.',
        },
    },
});
exports.GraphQLDeferDirective = new GraphQLDirective({
    name: 'defer',
    description: 'Directs the executor to defer this fragment when the `if` argument is true or undefined.',
    locations: [
        directiveLocation_ts_1.DirectiveLocation.FRAGMENT_SPREAD,
        directiveLocation_ts_1.DirectiveLocation.INLINE_FRAGMENT,
    ],
    args: {
        if: {
            type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLBoolean),
            description: 'Deferred when true or undefined.',
            default: { value: true },
        },
        label: {
            type: scalars_ts_1.GraphQLString,
            description: 'Unique name',
        },
    },
});
exports.GraphQLStreamDirective = new GraphQLDirective({
    name: 'stream',
    description: 'Directs the executor to stream plural fields when the `if` argument is true or undefined.',
    locations: [directiveLocation_ts_1.DirectiveLocation.FIELD],
    args: {
        initialCount: {
            default: { value: 0 },
            type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLInt),
            description: 'Number of items to return immediately',
        },
        if: {
            type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLBoolean),
            description: 'Stream when true or undefined.',
            default: { value: true },
        },
        label: {
            type: scalars_ts_1.GraphQLString,
            description: 'Unique name',
        },
    },
});
exports.DEFAULT_DEPRECATION_REASON = 'No longer supported';
exports.GraphQLDeprecatedDirective = new GraphQLDirective({
    name: 'deprecated',
    description: 'Marks an element of a GraphQL schema as no longer supported.',
    locations: [
        directiveLocation_ts_1.DirectiveLocation.FIELD_DEFINITION,
        directiveLocation_ts_1.DirectiveLocation.ARGUMENT_DEFINITION,
        directiveLocation_ts_1.DirectiveLocation.INPUT_FIELD_DEFINITION,
        directiveLocation_ts_1.DirectiveLocation.ENUM_VALUE,
        directiveLocation_ts_1.DirectiveLocation.DIRECTIVE_DEFINITION,
    ],
    args: {
        reason: {
            type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLString),
            description: 'Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).',
            default: { value: exports.DEFAULT_DEPRECATION_REASON },
        },
    },
});
exports.GraphQLSpecifiedByDirective = new GraphQLDirective({
    name: 'specifiedBy',
    description: 'Exposes a URL that specifies the behavior of this scalar.',
    locations: [directiveLocation_ts_1.DirectiveLocation.SCALAR],
    args: {
        url: {
            type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLString),
            description: 'The URL that specifies the behavior of this scalar.',
        },
    },
});
exports.GraphQLOneOfDirective = new GraphQLDirective({
    name: 'oneOf',
    description: 'Indicates exactly one field must be supplied and this field must not be `null`.',
    locations: [directiveLocation_ts_1.DirectiveLocation.INPUT_OBJECT],
    args: {},
});
exports.GraphQLDisableErrorPropagationDirective = new GraphQLDirective({
    name: 'experimental_disableErrorPropagation',
    description: 'Disables error propagation.',
    locations: [
        directiveLocation_ts_1.DirectiveLocation.QUERY,
        directiveLocation_ts_1.DirectiveLocation.MUTATION,
        directiveLocation_ts_1.DirectiveLocation.SUBSCRIPTION,
    ],
});
exports.specifiedDirectives = Object.freeze([
    exports.GraphQLIncludeDirective,
    exports.GraphQLSkipDirective,
    exports.GraphQLDeprecatedDirective,
    exports.GraphQLSpecifiedByDirective,
    exports.GraphQLOneOfDirective,
]);
function isSpecifiedDirective(directive) {
    return exports.specifiedDirectives.some(({ name }) => name === directive.name);
}
//# sourceMappingURL=directives.js.map

/***/ }),

/***/ 6618:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getNullableType = exports.assertNamedType = exports.assertNullableType = exports.assertWrappingType = exports.assertAbstractType = exports.assertCompositeType = exports.assertLeafType = exports.assertOutputType = exports.assertInputType = exports.assertNonNullType = exports.assertListType = exports.assertInputField = exports.assertInputObjectType = exports.assertEnumValue = exports.assertEnumType = exports.assertUnionType = exports.assertInterfaceType = exports.assertArgument = exports.assertField = exports.assertObjectType = exports.assertScalarType = exports.assertType = exports.isRequiredInputField = exports.isRequiredArgument = exports.isNamedType = exports.isNullableType = exports.isWrappingType = exports.isAbstractType = exports.isCompositeType = exports.isLeafType = exports.isOutputType = exports.isInputField = exports.isInputType = exports.isNonNullType = exports.isListType = exports.isInputObjectType = exports.isEnumValue = exports.isEnumType = exports.isUnionType = exports.isInterfaceType = exports.isArgument = exports.isField = exports.isObjectType = exports.isScalarType = exports.isType = exports.resolveReadonlyArrayThunk = exports.resolveObjMapThunk = exports.GraphQLSchema = exports.assertSchema = exports.isSchema = void 0;
exports.assertEnumValueName = exports.assertName = exports.assertValidSchema = exports.validateSchema = exports.TypeNameMetaFieldDef = exports.TypeMetaFieldDef = exports.SchemaMetaFieldDef = exports.TypeKind = exports.__TypeKind = exports.__EnumValue = exports.__InputValue = exports.__Field = exports.__Type = exports.__DirectiveLocation = exports.__Directive = exports.__Schema = exports.introspectionTypes = exports.isIntrospectionType = exports.GRAPHQL_MIN_INT = exports.GRAPHQL_MAX_INT = exports.GraphQLID = exports.GraphQLBoolean = exports.GraphQLString = exports.GraphQLFloat = exports.GraphQLInt = exports.specifiedScalarTypes = exports.isSpecifiedScalarType = exports.DEFAULT_DEPRECATION_REASON = exports.GraphQLOneOfDirective = exports.GraphQLSpecifiedByDirective = exports.GraphQLDeprecatedDirective = exports.GraphQLStreamDirective = exports.GraphQLDeferDirective = exports.GraphQLSkipDirective = exports.GraphQLIncludeDirective = exports.specifiedDirectives = exports.isSpecifiedDirective = exports.GraphQLDirective = exports.assertDirective = exports.isDirective = exports.GraphQLNonNull = exports.GraphQLList = exports.GraphQLInputObjectType = exports.GraphQLEnumType = exports.GraphQLUnionType = exports.GraphQLInterfaceType = exports.GraphQLObjectType = exports.GraphQLScalarType = exports.getNamedType = void 0;
var schema_ts_1 = __webpack_require__(9299);
Object.defineProperty(exports, "isSchema", ({ enumerable: true, get: function () { return schema_ts_1.isSchema; } }));
Object.defineProperty(exports, "assertSchema", ({ enumerable: true, get: function () { return schema_ts_1.assertSchema; } }));
Object.defineProperty(exports, "GraphQLSchema", ({ enumerable: true, get: function () { return schema_ts_1.GraphQLSchema; } }));
var definition_ts_1 = __webpack_require__(4169);
Object.defineProperty(exports, "resolveObjMapThunk", ({ enumerable: true, get: function () { return definition_ts_1.resolveObjMapThunk; } }));
Object.defineProperty(exports, "resolveReadonlyArrayThunk", ({ enumerable: true, get: function () { return definition_ts_1.resolveReadonlyArrayThunk; } }));
Object.defineProperty(exports, "isType", ({ enumerable: true, get: function () { return definition_ts_1.isType; } }));
Object.defineProperty(exports, "isScalarType", ({ enumerable: true, get: function () { return definition_ts_1.isScalarType; } }));
Object.defineProperty(exports, "isObjectType", ({ enumerable: true, get: function () { return definition_ts_1.isObjectType; } }));
Object.defineProperty(exports, "isField", ({ enumerable: true, get: function () { return definition_ts_1.isField; } }));
Object.defineProperty(exports, "isArgument", ({ enumerable: true, get: function () { return definition_ts_1.isArgument; } }));
Object.defineProperty(exports, "isInterfaceType", ({ enumerable: true, get: function () { return definition_ts_1.isInterfaceType; } }));
Object.defineProperty(exports, "isUnionType", ({ enumerable: true, get: function () { return definition_ts_1.isUnionType; } }));
Object.defineProperty(exports, "isEnumType", ({ enumerable: true, get: function () { return definition_ts_1.isEnumType; } }));
Object.defineProperty(exports, "isEnumValue", ({ enumerable: true, get: function () { return definition_ts_1.isEnumValue; } }));
Object.defineProperty(exports, "isInputObjectType", ({ enumerable: true, get: function () { return definition_ts_1.isInputObjectType; } }));
Object.defineProperty(exports, "isListType", ({ enumerable: true, get: function () { return definition_ts_1.isListType; } }));
Object.defineProperty(exports, "isNonNullType", ({ enumerable: true, get: function () { return definition_ts_1.isNonNullType; } }));
Object.defineProperty(exports, "isInputType", ({ enumerable: true, get: function () { return definition_ts_1.isInputType; } }));
Object.defineProperty(exports, "isInputField", ({ enumerable: true, get: function () { return definition_ts_1.isInputField; } }));
Object.defineProperty(exports, "isOutputType", ({ enumerable: true, get: function () { return definition_ts_1.isOutputType; } }));
Object.defineProperty(exports, "isLeafType", ({ enumerable: true, get: function () { return definition_ts_1.isLeafType; } }));
Object.defineProperty(exports, "isCompositeType", ({ enumerable: true, get: function () { return definition_ts_1.isCompositeType; } }));
Object.defineProperty(exports, "isAbstractType", ({ enumerable: true, get: function () { return definition_ts_1.isAbstractType; } }));
Object.defineProperty(exports, "isWrappingType", ({ enumerable: true, get: function () { return definition_ts_1.isWrappingType; } }));
Object.defineProperty(exports, "isNullableType", ({ enumerable: true, get: function () { return definition_ts_1.isNullableType; } }));
Object.defineProperty(exports, "isNamedType", ({ enumerable: true, get: function () { return definition_ts_1.isNamedType; } }));
Object.defineProperty(exports, "isRequiredArgument", ({ enumerable: true, get: function () { return definition_ts_1.isRequiredArgument; } }));
Object.defineProperty(exports, "isRequiredInputField", ({ enumerable: true, get: function () { return definition_ts_1.isRequiredInputField; } }));
Object.defineProperty(exports, "assertType", ({ enumerable: true, get: function () { return definition_ts_1.assertType; } }));
Object.defineProperty(exports, "assertScalarType", ({ enumerable: true, get: function () { return definition_ts_1.assertScalarType; } }));
Object.defineProperty(exports, "assertObjectType", ({ enumerable: true, get: function () { return definition_ts_1.assertObjectType; } }));
Object.defineProperty(exports, "assertField", ({ enumerable: true, get: function () { return definition_ts_1.assertField; } }));
Object.defineProperty(exports, "assertArgument", ({ enumerable: true, get: function () { return definition_ts_1.assertArgument; } }));
Object.defineProperty(exports, "assertInterfaceType", ({ enumerable: true, get: function () { return definition_ts_1.assertInterfaceType; } }));
Object.defineProperty(exports, "assertUnionType", ({ enumerable: true, get: function () { return definition_ts_1.assertUnionType; } }));
Object.defineProperty(exports, "assertEnumType", ({ enumerable: true, get: function () { return definition_ts_1.assertEnumType; } }));
Object.defineProperty(exports, "assertEnumValue", ({ enumerable: true, get: function () { return definition_ts_1.assertEnumValue; } }));
Object.defineProperty(exports, "assertInputObjectType", ({ enumerable: true, get: function () { return definition_ts_1.assertInputObjectType; } }));
Object.defineProperty(exports, "assertInputField", ({ enumerable: true, get: function () { return definition_ts_1.assertInputField; } }));
Object.defineProperty(exports, "assertListType", ({ enumerable: true, get: function () { return definition_ts_1.assertListType; } }));
Object.defineProperty(exports, "assertNonNullType", ({ enumerable: true, get: function () { return definition_ts_1.assertNonNullType; } }));
Object.defineProperty(exports, "assertInputType", ({ enumerable: true, get: function () { return definition_ts_1.assertInputType; } }));
Object.defineProperty(exports, "assertOutputType", ({ enumerable: true, get: function () { return definition_ts_1.assertOutputType; } }));
Object.defineProperty(exports, "assertLeafType", ({ enumerable: true, get: function () { return definition_ts_1.assertLeafType; } }));
Object.defineProperty(exports, "assertCompositeType", ({ enumerable: true, get: function () { return definition_ts_1.assertCompositeType; } }));
Object.defineProperty(exports, "assertAbstractType", ({ enumerable: true, get: function () { return definition_ts_1.assertAbstractType; } }));
Object.defineProperty(exports, "assertWrappingType", ({ enumerable: true, get: function () { return definition_ts_1.assertWrappingType; } }));
Object.defineProperty(exports, "assertNullableType", ({ enumerable: true, get: function () { return definition_ts_1.assertNullableType; } }));
Object.defineProperty(exports, "assertNamedType", ({ enumerable: true, get: function () { return definition_ts_1.assertNamedType; } }));
Object.defineProperty(exports, "getNullableType", ({ enumerable: true, get: function () { return definition_ts_1.getNullableType; } }));
Object.defineProperty(exports, "getNamedType", ({ enumerable: true, get: function () { return definition_ts_1.getNamedType; } }));
Object.defineProperty(exports, "GraphQLScalarType", ({ enumerable: true, get: function () { return definition_ts_1.GraphQLScalarType; } }));
Object.defineProperty(exports, "GraphQLObjectType", ({ enumerable: true, get: function () { return definition_ts_1.GraphQLObjectType; } }));
Object.defineProperty(exports, "GraphQLInterfaceType", ({ enumerable: true, get: function () { return definition_ts_1.GraphQLInterfaceType; } }));
Object.defineProperty(exports, "GraphQLUnionType", ({ enumerable: true, get: function () { return definition_ts_1.GraphQLUnionType; } }));
Object.defineProperty(exports, "GraphQLEnumType", ({ enumerable: true, get: function () { return definition_ts_1.GraphQLEnumType; } }));
Object.defineProperty(exports, "GraphQLInputObjectType", ({ enumerable: true, get: function () { return definition_ts_1.GraphQLInputObjectType; } }));
Object.defineProperty(exports, "GraphQLList", ({ enumerable: true, get: function () { return definition_ts_1.GraphQLList; } }));
Object.defineProperty(exports, "GraphQLNonNull", ({ enumerable: true, get: function () { return definition_ts_1.GraphQLNonNull; } }));
var directives_ts_1 = __webpack_require__(1058);
Object.defineProperty(exports, "isDirective", ({ enumerable: true, get: function () { return directives_ts_1.isDirective; } }));
Object.defineProperty(exports, "assertDirective", ({ enumerable: true, get: function () { return directives_ts_1.assertDirective; } }));
Object.defineProperty(exports, "GraphQLDirective", ({ enumerable: true, get: function () { return directives_ts_1.GraphQLDirective; } }));
Object.defineProperty(exports, "isSpecifiedDirective", ({ enumerable: true, get: function () { return directives_ts_1.isSpecifiedDirective; } }));
Object.defineProperty(exports, "specifiedDirectives", ({ enumerable: true, get: function () { return directives_ts_1.specifiedDirectives; } }));
Object.defineProperty(exports, "GraphQLIncludeDirective", ({ enumerable: true, get: function () { return directives_ts_1.GraphQLIncludeDirective; } }));
Object.defineProperty(exports, "GraphQLSkipDirective", ({ enumerable: true, get: function () { return directives_ts_1.GraphQLSkipDirective; } }));
Object.defineProperty(exports, "GraphQLDeferDirective", ({ enumerable: true, get: function () { return directives_ts_1.GraphQLDeferDirective; } }));
Object.defineProperty(exports, "GraphQLStreamDirective", ({ enumerable: true, get: function () { return directives_ts_1.GraphQLStreamDirective; } }));
Object.defineProperty(exports, "GraphQLDeprecatedDirective", ({ enumerable: true, get: function () { return directives_ts_1.GraphQLDeprecatedDirective; } }));
Object.defineProperty(exports, "GraphQLSpecifiedByDirective", ({ enumerable: true, get: function () { return directives_ts_1.GraphQLSpecifiedByDirective; } }));
Object.defineProperty(exports, "GraphQLOneOfDirective", ({ enumerable: true, get: function () { return directives_ts_1.GraphQLOneOfDirective; } }));
Object.defineProperty(exports, "DEFAULT_DEPRECATION_REASON", ({ enumerable: true, get: function () { return directives_ts_1.DEFAULT_DEPRECATION_REASON; } }));
var scalars_ts_1 = __webpack_require__(3571);
Object.defineProperty(exports, "isSpecifiedScalarType", ({ enumerable: true, get: function () { return scalars_ts_1.isSpecifiedScalarType; } }));
Object.defineProperty(exports, "specifiedScalarTypes", ({ enumerable: true, get: function () { return scalars_ts_1.specifiedScalarTypes; } }));
Object.defineProperty(exports, "GraphQLInt", ({ enumerable: true, get: function () { return scalars_ts_1.GraphQLInt; } }));
Object.defineProperty(exports, "GraphQLFloat", ({ enumerable: true, get: function () { return scalars_ts_1.GraphQLFloat; } }));
Object.defineProperty(exports, "GraphQLString", ({ enumerable: true, get: function () { return scalars_ts_1.GraphQLString; } }));
Object.defineProperty(exports, "GraphQLBoolean", ({ enumerable: true, get: function () { return scalars_ts_1.GraphQLBoolean; } }));
Object.defineProperty(exports, "GraphQLID", ({ enumerable: true, get: function () { return scalars_ts_1.GraphQLID; } }));
Object.defineProperty(exports, "GRAPHQL_MAX_INT", ({ enumerable: true, get: function () { return scalars_ts_1.GRAPHQL_MAX_INT; } }));
Object.defineProperty(exports, "GRAPHQL_MIN_INT", ({ enumerable: true, get: function () { return scalars_ts_1.GRAPHQL_MIN_INT; } }));
var introspection_ts_1 = __webpack_require__(317);
Object.defineProperty(exports, "isIntrospectionType", ({ enumerable: true, get: function () { return introspection_ts_1.isIntrospectionType; } }));
Object.defineProperty(exports, "introspectionTypes", ({ enumerable: true, get: function () { return introspection_ts_1.introspectionTypes; } }));
Object.defineProperty(exports, "__Schema", ({ enumerable: true, get: function () { return introspection_ts_1.__Schema; } }));
Object.defineProperty(exports, "__Directive", ({ enumerable: true, get: function () { return introspection_ts_1.__Directive; } }));
Object.defineProperty(exports, "__DirectiveLocation", ({ enumerable: true, get: function () { return introspection_ts_1.__DirectiveLocation; } }));
Object.defineProperty(exports, "__Type", ({ enumerable: true, get: function () { return introspection_ts_1.__Type; } }));
Object.defineProperty(exports, "__Field", ({ enumerable: true, get: function () { return introspection_ts_1.__Field; } }));
Object.defineProperty(exports, "__InputValue", ({ enumerable: true, get: function () { return introspection_ts_1.__InputValue; } }));
Object.defineProperty(exports, "__EnumValue", ({ enumerable: true, get: function () { return introspection_ts_1.__EnumValue; } }));
Object.defineProperty(exports, "__TypeKind", ({ enumerable: true, get: function () { return introspection_ts_1.__TypeKind; } }));
Object.defineProperty(exports, "TypeKind", ({ enumerable: true, get: function () { return introspection_ts_1.TypeKind; } }));
Object.defineProperty(exports, "SchemaMetaFieldDef", ({ enumerable: true, get: function () { return introspection_ts_1.SchemaMetaFieldDef; } }));
Object.defineProperty(exports, "TypeMetaFieldDef", ({ enumerable: true, get: function () { return introspection_ts_1.TypeMetaFieldDef; } }));
Object.defineProperty(exports, "TypeNameMetaFieldDef", ({ enumerable: true, get: function () { return introspection_ts_1.TypeNameMetaFieldDef; } }));
var validate_ts_1 = __webpack_require__(3902);
Object.defineProperty(exports, "validateSchema", ({ enumerable: true, get: function () { return validate_ts_1.validateSchema; } }));
Object.defineProperty(exports, "assertValidSchema", ({ enumerable: true, get: function () { return validate_ts_1.assertValidSchema; } }));
var assertName_ts_1 = __webpack_require__(8337);
Object.defineProperty(exports, "assertName", ({ enumerable: true, get: function () { return assertName_ts_1.assertName; } }));
Object.defineProperty(exports, "assertEnumValueName", ({ enumerable: true, get: function () { return assertName_ts_1.assertEnumValueName; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 317:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.introspectionTypes = exports.TypeNameMetaFieldDef = exports.TypeMetaFieldDef = exports.SchemaMetaFieldDef = exports.__TypeKind = exports.TypeKind = exports.__EnumValue = exports.__InputValue = exports.__Field = exports.__Type = exports.__DirectiveLocation = exports.__Directive = exports.__Schema = void 0;
exports.isIntrospectionType = isIntrospectionType;
const inspect_ts_1 = __webpack_require__(5742);
const invariant_ts_1 = __webpack_require__(3650);
const directiveLocation_ts_1 = __webpack_require__(2582);
const printer_ts_1 = __webpack_require__(9936);
const getDefaultValueAST_ts_1 = __webpack_require__(1474);
const definition_ts_1 = __webpack_require__(4169);
const scalars_ts_1 = __webpack_require__(3571);
exports.__Schema = new definition_ts_1.GraphQLObjectType({
    name: '__Schema',
    description: 'A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.',
    fields: () => ({
        description: {
            type: scalars_ts_1.GraphQLString,
            resolve: (schema) => schema.description,
        },
        types: {
            description: 'A list of all types supported by this server.',
            type: new definition_ts_1.GraphQLNonNull(new definition_ts_1.GraphQLList(new definition_ts_1.GraphQLNonNull(exports.__Type))),
            resolve(schema) {
                return Object.values(schema.getTypeMap());
            },
        },
        queryType: {
            description: 'The type that query operations will be rooted at.',
            type: new definition_ts_1.GraphQLNonNull(exports.__Type),
            resolve: (schema) => schema.getQueryType(),
        },
        mutationType: {
            description: 'If this server supports mutation, the type that mutation operations will be rooted at.',
            type: exports.__Type,
            resolve: (schema) => schema.getMutationType(),
        },
        subscriptionType: {
            description: 'If this server support subscription, the type that subscription operations will be rooted at.',
            type: exports.__Type,
            resolve: (schema) => schema.getSubscriptionType(),
        },
        directives: {
            description: 'A list of all directives supported by this server.',
            type: new definition_ts_1.GraphQLNonNull(new definition_ts_1.GraphQLList(new definition_ts_1.GraphQLNonNull(exports.__Directive))),
            args: {
                includeDeprecated: {
                    type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLBoolean),
                    default: { value: false },
                },
            },
            resolve: (schema, { includeDeprecated }) => includeDeprecated === true
                ? schema.getDirectives()
                : schema
                    .getDirectives()
                    .filter((directive) => directive.deprecationReason == null),
        },
    }),
});
exports.__Directive = new definition_ts_1.GraphQLObjectType({
    name: '__Directive',
    description: "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
    fields: () => ({
        name: {
            type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLString),
            resolve: (directive) => directive.name,
        },
        description: {
            type: scalars_ts_1.GraphQLString,
            resolve: (directive) => directive.description,
        },
        isRepeatable: {
            type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLBoolean),
            resolve: (directive) => directive.isRepeatable,
        },
        locations: {
            type: new definition_ts_1.GraphQLNonNull(new definition_ts_1.GraphQLList(new definition_ts_1.GraphQLNonNull(exports.__DirectiveLocation))),
            resolve: (directive) => directive.locations,
        },
        args: {
            type: new definition_ts_1.GraphQLNonNull(new definition_ts_1.GraphQLList(new definition_ts_1.GraphQLNonNull(exports.__InputValue))),
            args: {
                includeDeprecated: {
                    type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLBoolean),
                    default: { value: false },
                },
            },
            resolve(field, { includeDeprecated }) {
                return includeDeprecated === true
                    ? field.args
                    : field.args.filter((arg) => arg.deprecationReason == null);
            },
        },
        isDeprecated: {
            type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLBoolean),
            resolve: (directive) => directive.deprecationReason != null,
        },
        deprecationReason: {
            type: scalars_ts_1.GraphQLString,
            resolve: (directive) => directive.deprecationReason,
        },
    }),
});
exports.__DirectiveLocation = new definition_ts_1.GraphQLEnumType({
    name: '__DirectiveLocation',
    description: 'A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.',
    values: {
        QUERY: {
            value: directiveLocation_ts_1.DirectiveLocation.QUERY,
            description: 'Location adjacent to a query operation.',
        },
        MUTATION: {
            value: directiveLocation_ts_1.DirectiveLocation.MUTATION,
            description: 'Location adjacent to a mutation operation.',
        },
        SUBSCRIPTION: {
            value: directiveLocation_ts_1.DirectiveLocation.SUBSCRIPTION,
            description: 'Location adjacent to a subscription operation.',
        },
        FIELD: {
            value: directiveLocation_ts_1.DirectiveLocation.FIELD,
            description: 'Location adjacent to a field.',
        },
        FRAGMENT_DEFINITION: {
            value: directiveLocation_ts_1.DirectiveLocation.FRAGMENT_DEFINITION,
            description: 'Location adjacent to a fragment definition.',
        },
        FRAGMENT_SPREAD: {
            value: directiveLocation_ts_1.DirectiveLocation.FRAGMENT_SPREAD,
            description: 'Location adjacent to a fragment spread.',
        },
        INLINE_FRAGMENT: {
            value: directiveLocation_ts_1.DirectiveLocation.INLINE_FRAGMENT,
            description: 'Location adjacent to an inline fragment.',
        },
        VARIABLE_DEFINITION: {
            value: directiveLocation_ts_1.DirectiveLocation.VARIABLE_DEFINITION,
            description: 'Location adjacent to an operation variable definition.',
        },
        FRAGMENT_VARIABLE_DEFINITION: {
            value: directiveLocation_ts_1.DirectiveLocation.FRAGMENT_VARIABLE_DEFINITION,
            description: 'Location adjacent to a fragment variable definition.',
        },
        SCHEMA: {
            value: directiveLocation_ts_1.DirectiveLocation.SCHEMA,
            description: 'Location adjacent to a schema definition.',
        },
        SCALAR: {
            value: directiveLocation_ts_1.DirectiveLocation.SCALAR,
            description: 'Location adjacent to a scalar definition.',
        },
        OBJECT: {
            value: directiveLocation_ts_1.DirectiveLocation.OBJECT,
            description: 'Location adjacent to an object type definition.',
        },
        FIELD_DEFINITION: {
            value: directiveLocation_ts_1.DirectiveLocation.FIELD_DEFINITION,
            description: 'Location adjacent to a field definition.',
        },
        ARGUMENT_DEFINITION: {
            value: directiveLocation_ts_1.DirectiveLocation.ARGUMENT_DEFINITION,
            description: 'Location adjacent to an argument definition.',
        },
        INTERFACE: {
            value: directiveLocation_ts_1.DirectiveLocation.INTERFACE,
            description: 'Location adjacent to an interface definition.',
        },
        UNION: {
            value: directiveLocation_ts_1.DirectiveLocation.UNION,
            description: 'Location adjacent to a union definition.',
        },
        ENUM: {
            value: directiveLocation_ts_1.DirectiveLocation.ENUM,
            description: 'Location adjacent to an enum definition.',
        },
        ENUM_VALUE: {
            value: directiveLocation_ts_1.DirectiveLocation.ENUM_VALUE,
            description: 'Location adjacent to an enum value definition.',
        },
        INPUT_OBJECT: {
            value: directiveLocation_ts_1.DirectiveLocation.INPUT_OBJECT,
            description: 'Location adjacent to an input object type definition.',
        },
        INPUT_FIELD_DEFINITION: {
            value: directiveLocation_ts_1.DirectiveLocation.INPUT_FIELD_DEFINITION,
            description: 'Location adjacent to an input object field definition.',
        },
        DIRECTIVE_DEFINITION: {
            value: directiveLocation_ts_1.DirectiveLocation.DIRECTIVE_DEFINITION,
            description: 'Location adjacent to a directive definition.',
        },
    },
});
exports.__Type = new definition_ts_1.GraphQLObjectType({
    name: '__Type',
    description: 'The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.',
    fields: () => ({
        kind: {
            type: new definition_ts_1.GraphQLNonNull(exports.__TypeKind),
            resolve(type) {
                if ((0, definition_ts_1.isScalarType)(type)) {
                    return exports.TypeKind.SCALAR;
                }
                if ((0, definition_ts_1.isObjectType)(type)) {
                    return exports.TypeKind.OBJECT;
                }
                if ((0, definition_ts_1.isInterfaceType)(type)) {
                    return exports.TypeKind.INTERFACE;
                }
                if ((0, definition_ts_1.isUnionType)(type)) {
                    return exports.TypeKind.UNION;
                }
                if ((0, definition_ts_1.isEnumType)(type)) {
                    return exports.TypeKind.ENUM;
                }
                if ((0, definition_ts_1.isInputObjectType)(type)) {
                    return exports.TypeKind.INPUT_OBJECT;
                }
                if ((0, definition_ts_1.isListType)(type)) {
                    return exports.TypeKind.LIST;
                }
                if ((0, definition_ts_1.isNonNullType)(type)) {
                    return exports.TypeKind.NON_NULL;
                }
                (0, invariant_ts_1.invariant)(false, `Unexpected type: "${(0, inspect_ts_1.inspect)(type)}".`);
            },
        },
        name: {
            type: scalars_ts_1.GraphQLString,
            resolve: (type) => ('name' in type ? type.name : undefined),
        },
        description: {
            type: scalars_ts_1.GraphQLString,
            resolve: (type) => 'description' in type ? type.description : undefined,
        },
        specifiedByURL: {
            type: scalars_ts_1.GraphQLString,
            resolve: (obj) => 'specifiedByURL' in obj ? obj.specifiedByURL : undefined,
        },
        fields: {
            type: new definition_ts_1.GraphQLList(new definition_ts_1.GraphQLNonNull(exports.__Field)),
            args: {
                includeDeprecated: {
                    type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLBoolean),
                    default: { value: false },
                },
            },
            resolve(type, { includeDeprecated }) {
                if ((0, definition_ts_1.isObjectType)(type) || (0, definition_ts_1.isInterfaceType)(type)) {
                    const fields = Object.values(type.getFields());
                    return includeDeprecated === true
                        ? fields
                        : fields.filter((field) => field.deprecationReason == null);
                }
            },
        },
        interfaces: {
            type: new definition_ts_1.GraphQLList(new definition_ts_1.GraphQLNonNull(exports.__Type)),
            resolve(type) {
                if ((0, definition_ts_1.isObjectType)(type) || (0, definition_ts_1.isInterfaceType)(type)) {
                    return type.getInterfaces();
                }
            },
        },
        possibleTypes: {
            type: new definition_ts_1.GraphQLList(new definition_ts_1.GraphQLNonNull(exports.__Type)),
            resolve(type, _args, _context, { schema }) {
                if ((0, definition_ts_1.isAbstractType)(type)) {
                    return schema.getPossibleTypes(type);
                }
            },
        },
        enumValues: {
            type: new definition_ts_1.GraphQLList(new definition_ts_1.GraphQLNonNull(exports.__EnumValue)),
            args: {
                includeDeprecated: {
                    type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLBoolean),
                    default: { value: false },
                },
            },
            resolve(type, { includeDeprecated }) {
                if ((0, definition_ts_1.isEnumType)(type)) {
                    const values = type.getValues();
                    return includeDeprecated === true
                        ? values
                        : values.filter((field) => field.deprecationReason == null);
                }
            },
        },
        inputFields: {
            type: new definition_ts_1.GraphQLList(new definition_ts_1.GraphQLNonNull(exports.__InputValue)),
            args: {
                includeDeprecated: {
                    type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLBoolean),
                    default: { value: false },
                },
            },
            resolve(type, { includeDeprecated }) {
                if ((0, definition_ts_1.isInputObjectType)(type)) {
                    const values = Object.values(type.getFields());
                    return includeDeprecated === true
                        ? values
                        : values.filter((field) => field.deprecationReason == null);
                }
            },
        },
        ofType: {
            type: exports.__Type,
            resolve: (type) => ('ofType' in type ? type.ofType : undefined),
        },
        isOneOf: {
            type: scalars_ts_1.GraphQLBoolean,
            resolve: (type) => {
                if ((0, definition_ts_1.isInputObjectType)(type)) {
                    return type.isOneOf;
                }
            },
        },
    }),
});
exports.__Field = new definition_ts_1.GraphQLObjectType({
    name: '__Field',
    description: 'Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.',
    fields: () => ({
        name: {
            type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLString),
            resolve: (field) => field.name,
        },
        description: {
            type: scalars_ts_1.GraphQLString,
            resolve: (field) => field.description,
        },
        args: {
            type: new definition_ts_1.GraphQLNonNull(new definition_ts_1.GraphQLList(new definition_ts_1.GraphQLNonNull(exports.__InputValue))),
            args: {
                includeDeprecated: {
                    type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLBoolean),
                    default: { value: false },
                },
            },
            resolve(field, { includeDeprecated }) {
                return includeDeprecated === true
                    ? field.args
                    : field.args.filter((arg) => arg.deprecationReason == null);
            },
        },
        type: {
            type: new definition_ts_1.GraphQLNonNull(exports.__Type),
            resolve: (field) => field.type,
        },
        isDeprecated: {
            type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLBoolean),
            resolve: (field) => field.deprecationReason != null,
        },
        deprecationReason: {
            type: scalars_ts_1.GraphQLString,
            resolve: (field) => field.deprecationReason,
        },
    }),
});
exports.__InputValue = new definition_ts_1.GraphQLObjectType({
    name: '__InputValue',
    description: 'Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.',
    fields: () => ({
        name: {
            type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLString),
            resolve: (inputValue) => inputValue.name,
        },
        description: {
            type: scalars_ts_1.GraphQLString,
            resolve: (inputValue) => inputValue.description,
        },
        type: {
            type: new definition_ts_1.GraphQLNonNull(exports.__Type),
            resolve: (inputValue) => inputValue.type,
        },
        defaultValue: {
            type: scalars_ts_1.GraphQLString,
            description: 'A GraphQL-formatted string representing the default value for this input value.',
            resolve(inputValue) {
                const ast = (0, getDefaultValueAST_ts_1.getDefaultValueAST)(inputValue);
                if (ast) {
                    return (0, printer_ts_1.print)(ast);
                }
                return null;
            },
        },
        isDeprecated: {
            type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLBoolean),
            resolve: (field) => field.deprecationReason != null,
        },
        deprecationReason: {
            type: scalars_ts_1.GraphQLString,
            resolve: (obj) => obj.deprecationReason,
        },
    }),
});
exports.__EnumValue = new definition_ts_1.GraphQLObjectType({
    name: '__EnumValue',
    description: 'One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.',
    fields: () => ({
        name: {
            type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLString),
            resolve: (enumValue) => enumValue.name,
        },
        description: {
            type: scalars_ts_1.GraphQLString,
            resolve: (enumValue) => enumValue.description,
        },
        isDeprecated: {
            type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLBoolean),
            resolve: (enumValue) => enumValue.deprecationReason != null,
        },
        deprecationReason: {
            type: scalars_ts_1.GraphQLString,
            resolve: (enumValue) => enumValue.deprecationReason,
        },
    }),
});
exports.TypeKind = {
    SCALAR: 'SCALAR',
    OBJECT: 'OBJECT',
    INTERFACE: 'INTERFACE',
    UNION: 'UNION',
    ENUM: 'ENUM',
    INPUT_OBJECT: 'INPUT_OBJECT',
    LIST: 'LIST',
    NON_NULL: 'NON_NULL',
};
exports.__TypeKind = new definition_ts_1.GraphQLEnumType({
    name: '__TypeKind',
    description: 'An enum describing what kind of type a given `__Type` is.',
    values: {
        SCALAR: {
            value: exports.TypeKind.SCALAR,
            description: 'Indicates this type is a scalar.',
        },
        OBJECT: {
            value: exports.TypeKind.OBJECT,
            description: 'Indicates this type is an object. `fields` and `interfaces` are valid fields.',
        },
        INTERFACE: {
            value: exports.TypeKind.INTERFACE,
            description: 'Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.',
        },
        UNION: {
            value: exports.TypeKind.UNION,
            description: 'Indicates this type is a union. `possibleTypes` is a valid field.',
        },
        ENUM: {
            value: exports.TypeKind.ENUM,
            description: 'Indicates this type is an enum. `enumValues` is a valid field.',
        },
        INPUT_OBJECT: {
            value: exports.TypeKind.INPUT_OBJECT,
            description: 'Indicates this type is an input object. `inputFields` is a valid field.',
        },
        LIST: {
            value: exports.TypeKind.LIST,
            description: 'Indicates this type is a list. `ofType` is a valid field.',
        },
        NON_NULL: {
            value: exports.TypeKind.NON_NULL,
            description: 'Indicates this type is a non-null. `ofType` is a valid field.',
        },
    },
});
exports.SchemaMetaFieldDef = new definition_ts_1.GraphQLField(undefined, '__schema', {
    type: new definition_ts_1.GraphQLNonNull(exports.__Schema),
    description: 'Access the current type schema of this server.',
    resolve: (_source, _args, _context, { schema }) => schema,
});
exports.TypeMetaFieldDef = new definition_ts_1.GraphQLField(undefined, '__type', {
    type: exports.__Type,
    description: 'Request the type information of a single type.',
    args: { name: { type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLString) } },
    resolve: (_source, { name }, _context, { schema }) => schema.getType(name),
});
exports.TypeNameMetaFieldDef = new definition_ts_1.GraphQLField(undefined, '__typename', {
    type: new definition_ts_1.GraphQLNonNull(scalars_ts_1.GraphQLString),
    description: 'The name of the current Object type at runtime.',
    resolve: (_source, _args, _context, { parentType }) => parentType.name,
});
exports.introspectionTypes = Object.freeze([
    exports.__Schema,
    exports.__Directive,
    exports.__DirectiveLocation,
    exports.__Type,
    exports.__Field,
    exports.__InputValue,
    exports.__EnumValue,
    exports.__TypeKind,
]);
function isIntrospectionType(type) {
    return exports.introspectionTypes.some(({ name }) => type.name === name);
}
//# sourceMappingURL=introspection.js.map

/***/ }),

/***/ 3571:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.specifiedScalarTypes = exports.GraphQLID = exports.GraphQLBoolean = exports.GraphQLString = exports.GraphQLFloat = exports.GraphQLInt = exports.GRAPHQL_MIN_INT = exports.GRAPHQL_MAX_INT = void 0;
exports.isSpecifiedScalarType = isSpecifiedScalarType;
const inspect_ts_1 = __webpack_require__(5742);
const isObjectLike_ts_1 = __webpack_require__(892);
const GraphQLError_ts_1 = __webpack_require__(5939);
const kinds_ts_1 = __webpack_require__(1123);
const printer_ts_1 = __webpack_require__(9936);
const valueToLiteral_ts_1 = __webpack_require__(107);
const definition_ts_1 = __webpack_require__(4169);
exports.GRAPHQL_MAX_INT = 2147483647;
exports.GRAPHQL_MIN_INT = -2147483648;
exports.GraphQLInt = new definition_ts_1.GraphQLScalarType({
    name: 'Int',
    description: 'The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.',
    coerceOutputValue(outputValue) {
        const coercedValue = coerceOutputValueObject(outputValue);
        if (typeof coercedValue === 'number') {
            return coerceIntFromNumber(coercedValue);
        }
        if (typeof coercedValue === 'boolean') {
            return coercedValue ? 1 : 0;
        }
        if (typeof coercedValue === 'string') {
            return coerceIntFromString(coercedValue);
        }
        if (typeof coercedValue === 'bigint') {
            return coerceIntFromBigInt(coercedValue);
        }
        throw new GraphQLError_ts_1.GraphQLError(`Int cannot represent non-integer value: ${(0, inspect_ts_1.inspect)(coercedValue)}`);
    },
    coerceInputValue(inputValue) {
        if (typeof inputValue === 'number') {
            return coerceIntFromNumber(inputValue);
        }
        if (typeof inputValue === 'bigint') {
            return coerceIntFromBigInt(inputValue);
        }
        throw new GraphQLError_ts_1.GraphQLError(`Int cannot represent non-integer value: ${(0, inspect_ts_1.inspect)(inputValue)}`);
    },
    coerceInputLiteral(valueNode) {
        if (valueNode.kind !== kinds_ts_1.Kind.INT) {
            throw new GraphQLError_ts_1.GraphQLError(`Int cannot represent non-integer value: ${(0, printer_ts_1.printForError)(valueNode)}`, { nodes: valueNode });
        }
        const num = parseInt(valueNode.value, 10);
        if (num > exports.GRAPHQL_MAX_INT || num < exports.GRAPHQL_MIN_INT) {
            throw new GraphQLError_ts_1.GraphQLError(`Int cannot represent non 32-bit signed integer value: ${valueNode.value}`, { nodes: valueNode });
        }
        return num;
    },
    valueToLiteral(value) {
        if (((typeof value === 'number' && Number.isInteger(value)) ||
            typeof value === 'bigint') &&
            value <= exports.GRAPHQL_MAX_INT &&
            value >= exports.GRAPHQL_MIN_INT) {
            return { kind: kinds_ts_1.Kind.INT, value: String(value) };
        }
    },
});
exports.GraphQLFloat = new definition_ts_1.GraphQLScalarType({
    name: 'Float',
    description: 'The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).',
    coerceOutputValue(outputValue) {
        const coercedValue = coerceOutputValueObject(outputValue);
        if (typeof coercedValue === 'number') {
            return coerceFloatFromNumber(coercedValue);
        }
        if (typeof coercedValue === 'boolean') {
            return coercedValue ? 1 : 0;
        }
        if (typeof coercedValue === 'string') {
            return coerceFloatFromString(coercedValue);
        }
        if (typeof coercedValue === 'bigint') {
            return coerceFloatFromBigInt(coercedValue);
        }
        throw new GraphQLError_ts_1.GraphQLError(`Float cannot represent non numeric value: ${(0, inspect_ts_1.inspect)(coercedValue)}`);
    },
    coerceInputValue(inputValue) {
        if (typeof inputValue === 'number') {
            return coerceFloatFromNumber(inputValue);
        }
        if (typeof inputValue === 'bigint') {
            return coerceFloatFromBigInt(inputValue);
        }
        throw new GraphQLError_ts_1.GraphQLError(`Float cannot represent non numeric value: ${(0, inspect_ts_1.inspect)(inputValue)}`);
    },
    coerceInputLiteral(valueNode) {
        if (valueNode.kind !== kinds_ts_1.Kind.FLOAT && valueNode.kind !== kinds_ts_1.Kind.INT) {
            throw new GraphQLError_ts_1.GraphQLError(`Float cannot represent non numeric value: ${(0, printer_ts_1.printForError)(valueNode)}`, { nodes: valueNode });
        }
        return parseFloat(valueNode.value);
    },
    valueToLiteral(value) {
        const literal = (0, valueToLiteral_ts_1.defaultScalarValueToLiteral)(value);
        if (literal.kind === kinds_ts_1.Kind.FLOAT || literal.kind === kinds_ts_1.Kind.INT) {
            return literal;
        }
    },
});
exports.GraphQLString = new definition_ts_1.GraphQLScalarType({
    name: 'String',
    description: 'The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.',
    coerceOutputValue(outputValue) {
        const coercedValue = coerceOutputValueObject(outputValue);
        if (typeof coercedValue === 'string') {
            return coercedValue;
        }
        if (typeof coercedValue === 'boolean') {
            return coercedValue ? 'true' : 'false';
        }
        if (typeof coercedValue === 'number') {
            return coerceStringFromNumber(coercedValue);
        }
        if (typeof coercedValue === 'bigint') {
            return String(coercedValue);
        }
        throw new GraphQLError_ts_1.GraphQLError(`String cannot represent value: ${(0, inspect_ts_1.inspect)(outputValue)}`);
    },
    coerceInputValue(inputValue) {
        if (typeof inputValue !== 'string') {
            throw new GraphQLError_ts_1.GraphQLError(`String cannot represent a non string value: ${(0, inspect_ts_1.inspect)(inputValue)}`);
        }
        return inputValue;
    },
    coerceInputLiteral(valueNode) {
        if (valueNode.kind !== kinds_ts_1.Kind.STRING) {
            throw new GraphQLError_ts_1.GraphQLError(`String cannot represent a non string value: ${(0, printer_ts_1.printForError)(valueNode)}`, { nodes: valueNode });
        }
        return valueNode.value;
    },
    valueToLiteral(value) {
        const literal = (0, valueToLiteral_ts_1.defaultScalarValueToLiteral)(value);
        if (literal.kind === kinds_ts_1.Kind.STRING) {
            return literal;
        }
    },
});
exports.GraphQLBoolean = new definition_ts_1.GraphQLScalarType({
    name: 'Boolean',
    description: 'The `Boolean` scalar type represents `true` or `false`.',
    coerceOutputValue(outputValue) {
        const coercedValue = coerceOutputValueObject(outputValue);
        if (typeof coercedValue === 'boolean') {
            return coercedValue;
        }
        if (typeof coercedValue === 'number') {
            return coerceBooleanFromNumber(coercedValue);
        }
        if (typeof coercedValue === 'bigint') {
            return coercedValue !== 0n;
        }
        throw new GraphQLError_ts_1.GraphQLError(`Boolean cannot represent a non boolean value: ${(0, inspect_ts_1.inspect)(coercedValue)}`);
    },
    coerceInputValue(inputValue) {
        if (typeof inputValue !== 'boolean') {
            throw new GraphQLError_ts_1.GraphQLError(`Boolean cannot represent a non boolean value: ${(0, inspect_ts_1.inspect)(inputValue)}`);
        }
        return inputValue;
    },
    coerceInputLiteral(valueNode) {
        if (valueNode.kind !== kinds_ts_1.Kind.BOOLEAN) {
            throw new GraphQLError_ts_1.GraphQLError(`Boolean cannot represent a non boolean value: ${(0, printer_ts_1.printForError)(valueNode)}`, { nodes: valueNode });
        }
        return valueNode.value;
    },
    valueToLiteral(value) {
        const literal = (0, valueToLiteral_ts_1.defaultScalarValueToLiteral)(value);
        if (literal.kind === kinds_ts_1.Kind.BOOLEAN) {
            return literal;
        }
    },
});
exports.GraphQLID = new definition_ts_1.GraphQLScalarType({
    name: 'ID',
    description: 'The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `"4"`) or integer (such as `4`) input value will be accepted as an ID.',
    coerceOutputValue(outputValue) {
        const coercedValue = coerceOutputValueObject(outputValue);
        if (typeof coercedValue === 'string') {
            return coercedValue;
        }
        if (typeof coercedValue === 'number') {
            return coerceIDFromNumber(coercedValue);
        }
        if (typeof coercedValue === 'bigint') {
            return String(coercedValue);
        }
        throw new GraphQLError_ts_1.GraphQLError(`ID cannot represent value: ${(0, inspect_ts_1.inspect)(outputValue)}`);
    },
    coerceInputValue(inputValue) {
        if (typeof inputValue === 'string') {
            return inputValue;
        }
        if (typeof inputValue === 'number') {
            return coerceIDFromNumber(inputValue);
        }
        if (typeof inputValue === 'bigint') {
            return String(inputValue);
        }
        throw new GraphQLError_ts_1.GraphQLError(`ID cannot represent value: ${(0, inspect_ts_1.inspect)(inputValue)}`);
    },
    coerceInputLiteral(valueNode) {
        if (valueNode.kind !== kinds_ts_1.Kind.STRING && valueNode.kind !== kinds_ts_1.Kind.INT) {
            throw new GraphQLError_ts_1.GraphQLError('ID cannot represent a non-string and non-integer value: ' +
                (0, printer_ts_1.printForError)(valueNode), { nodes: valueNode });
        }
        return valueNode.value;
    },
    valueToLiteral(value) {
        if (typeof value === 'string') {
            return /^-?(?:0|[1-9][0-9]*)$/.test(value)
                ? { kind: kinds_ts_1.Kind.INT, value }
                : { kind: kinds_ts_1.Kind.STRING, value, block: false };
        }
        if (typeof value === 'number') {
            return { kind: kinds_ts_1.Kind.INT, value: coerceIDFromNumber(value) };
        }
        if (typeof value === 'bigint') {
            return { kind: kinds_ts_1.Kind.INT, value: String(value) };
        }
    },
});
exports.specifiedScalarTypes = Object.freeze([
    exports.GraphQLString,
    exports.GraphQLInt,
    exports.GraphQLFloat,
    exports.GraphQLBoolean,
    exports.GraphQLID,
]);
function isSpecifiedScalarType(type) {
    return exports.specifiedScalarTypes.some(({ name }) => type.name === name);
}
function coerceOutputValueObject(outputValue) {
    if ((0, isObjectLike_ts_1.isObjectLike)(outputValue)) {
        if (typeof outputValue.valueOf === 'function') {
            const valueOfResult = outputValue.valueOf();
            if (!(0, isObjectLike_ts_1.isObjectLike)(valueOfResult)) {
                return valueOfResult;
            }
        }
        if (typeof outputValue.toJSON === 'function') {
            return outputValue.toJSON();
        }
    }
    return outputValue;
}
function coerceIntFromNumber(value) {
    if (!Number.isInteger(value)) {
        throw new GraphQLError_ts_1.GraphQLError(`Int cannot represent non-integer value: ${(0, inspect_ts_1.inspect)(value)}`);
    }
    if (value > exports.GRAPHQL_MAX_INT || value < exports.GRAPHQL_MIN_INT) {
        throw new GraphQLError_ts_1.GraphQLError(`Int cannot represent non 32-bit signed integer value: ${(0, inspect_ts_1.inspect)(value)}`);
    }
    return value;
}
function coerceIntFromString(value) {
    if (value === '') {
        throw new GraphQLError_ts_1.GraphQLError(`Int cannot represent non-integer value: ${(0, inspect_ts_1.inspect)(value)}`);
    }
    const num = Number(value);
    if (!Number.isInteger(num)) {
        throw new GraphQLError_ts_1.GraphQLError(`Int cannot represent non-integer value: ${(0, inspect_ts_1.inspect)(value)}`);
    }
    if (num > exports.GRAPHQL_MAX_INT || num < exports.GRAPHQL_MIN_INT) {
        throw new GraphQLError_ts_1.GraphQLError(`Int cannot represent non 32-bit signed integer value: ${(0, inspect_ts_1.inspect)(value)}`);
    }
    return num;
}
function coerceIntFromBigInt(value) {
    if (value > exports.GRAPHQL_MAX_INT || value < exports.GRAPHQL_MIN_INT) {
        throw new GraphQLError_ts_1.GraphQLError(`Int cannot represent non 32-bit signed integer value: ${String(value)}`);
    }
    return Number(value);
}
function coerceFloatFromNumber(value) {
    if (!Number.isFinite(value)) {
        throw new GraphQLError_ts_1.GraphQLError(`Float cannot represent non numeric value: ${(0, inspect_ts_1.inspect)(value)}`);
    }
    return value;
}
function coerceFloatFromString(value) {
    if (value === '') {
        throw new GraphQLError_ts_1.GraphQLError(`Float cannot represent non numeric value: ${(0, inspect_ts_1.inspect)(value)}`);
    }
    const num = Number(value);
    if (!Number.isFinite(num)) {
        throw new GraphQLError_ts_1.GraphQLError(`Float cannot represent non numeric value: ${(0, inspect_ts_1.inspect)(value)}`);
    }
    return num;
}
function coerceFloatFromBigInt(coercedValue) {
    const num = Number(coercedValue);
    if (!Number.isFinite(num)) {
        throw new GraphQLError_ts_1.GraphQLError(`Float cannot represent non numeric value: ${(0, inspect_ts_1.inspect)(coercedValue)} (value is too large)`);
    }
    if (BigInt(num) !== coercedValue) {
        throw new GraphQLError_ts_1.GraphQLError(`Float cannot represent non numeric value: ${(0, inspect_ts_1.inspect)(coercedValue)} (value would lose precision)`);
    }
    return num;
}
function coerceStringFromNumber(value) {
    if (!Number.isFinite(value)) {
        throw new GraphQLError_ts_1.GraphQLError(`String cannot represent value: ${(0, inspect_ts_1.inspect)(value)}`);
    }
    return String(value);
}
function coerceBooleanFromNumber(value) {
    if (!Number.isFinite(value)) {
        throw new GraphQLError_ts_1.GraphQLError(`Boolean cannot represent a non boolean value: ${(0, inspect_ts_1.inspect)(value)}`);
    }
    return value !== 0;
}
function coerceIDFromNumber(value) {
    if (!Number.isInteger(value)) {
        throw new GraphQLError_ts_1.GraphQLError(`ID cannot represent value: ${(0, inspect_ts_1.inspect)(value)}`);
    }
    return String(value);
}
//# sourceMappingURL=scalars.js.map

/***/ }),

/***/ 9299:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GraphQLSchema = void 0;
exports.isSchema = isSchema;
exports.assertSchema = assertSchema;
const inspect_ts_1 = __webpack_require__(5742);
const instanceOf_ts_1 = __webpack_require__(5914);
const toObjMap_ts_1 = __webpack_require__(4723);
const ast_ts_1 = __webpack_require__(2740);
const definition_ts_1 = __webpack_require__(4169);
const directives_ts_1 = __webpack_require__(1058);
const introspection_ts_1 = __webpack_require__(317);
function isSchema(schema) {
    return (0, instanceOf_ts_1.instanceOf)(schema, schemaSymbol, GraphQLSchema);
}
function assertSchema(schema) {
    if (!isSchema(schema)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(schema)} to be a GraphQL schema.`);
    }
    return schema;
}
const schemaSymbol = Symbol('Schema');
class GraphQLSchema {
    constructor(config) {
        this.__kind = schemaSymbol;
        this.assumeValid = config.assumeValid ?? false;
        this.__validationErrors = config.assumeValid === true ? [] : undefined;
        this.description = config.description;
        this.extensions = (0, toObjMap_ts_1.toObjMapWithSymbols)(config.extensions);
        this.astNode = config.astNode;
        this.extensionASTNodes = config.extensionASTNodes ?? [];
        this._queryType = config.query;
        this._mutationType = config.mutation;
        this._subscriptionType = config.subscription;
        this._directives = config.directives ?? directives_ts_1.specifiedDirectives;
        const allReferencedTypes = new Set(config.types);
        if (config.types != null) {
            for (const type of config.types) {
                allReferencedTypes.delete(type);
                collectReferencedTypes(type, allReferencedTypes);
            }
        }
        if (this._queryType != null) {
            collectReferencedTypes(this._queryType, allReferencedTypes);
        }
        if (this._mutationType != null) {
            collectReferencedTypes(this._mutationType, allReferencedTypes);
        }
        if (this._subscriptionType != null) {
            collectReferencedTypes(this._subscriptionType, allReferencedTypes);
        }
        for (const directive of this._directives) {
            if ((0, directives_ts_1.isDirective)(directive)) {
                for (const arg of directive.args) {
                    collectReferencedTypes(arg.type, allReferencedTypes);
                }
            }
        }
        collectReferencedTypes(introspection_ts_1.__Schema, allReferencedTypes);
        this._typeMap = Object.create(null);
        this._subTypeMap = new Map();
        this._implementationsMap = Object.create(null);
        for (const namedType of allReferencedTypes) {
            if (namedType == null) {
                continue;
            }
            const typeName = namedType.name;
            if (this._typeMap[typeName] !== undefined) {
                throw new Error(`Schema must contain uniquely named types but contains multiple types named "${typeName}".`);
            }
            this._typeMap[typeName] = namedType;
            if ((0, definition_ts_1.isInterfaceType)(namedType)) {
                for (const iface of namedType.getInterfaces()) {
                    if ((0, definition_ts_1.isInterfaceType)(iface)) {
                        let implementations = this._implementationsMap[iface.name];
                        implementations ??= this._implementationsMap[iface.name] = {
                            objects: [],
                            interfaces: [],
                        };
                        implementations.interfaces.push(namedType);
                    }
                }
            }
            else if ((0, definition_ts_1.isObjectType)(namedType)) {
                for (const iface of namedType.getInterfaces()) {
                    if ((0, definition_ts_1.isInterfaceType)(iface)) {
                        let implementations = this._implementationsMap[iface.name];
                        implementations ??= this._implementationsMap[iface.name] = {
                            objects: [],
                            interfaces: [],
                        };
                        implementations.objects.push(namedType);
                    }
                }
            }
        }
    }
    get [Symbol.toStringTag]() {
        return 'GraphQLSchema';
    }
    getQueryType() {
        return this._queryType;
    }
    getMutationType() {
        return this._mutationType;
    }
    getSubscriptionType() {
        return this._subscriptionType;
    }
    getRootType(operation) {
        switch (operation) {
            case ast_ts_1.OperationTypeNode.QUERY:
                return this.getQueryType();
            case ast_ts_1.OperationTypeNode.MUTATION:
                return this.getMutationType();
            case ast_ts_1.OperationTypeNode.SUBSCRIPTION:
                return this.getSubscriptionType();
        }
    }
    getTypeMap() {
        return this._typeMap;
    }
    getType(name) {
        return this.getTypeMap()[name];
    }
    getPossibleTypes(abstractType) {
        return (0, definition_ts_1.isUnionType)(abstractType)
            ? abstractType.getTypes()
            : this.getImplementations(abstractType).objects;
    }
    getImplementations(interfaceType) {
        const implementations = this._implementationsMap[interfaceType.name];
        return implementations ?? { objects: [], interfaces: [] };
    }
    isSubType(abstractType, maybeSubType) {
        let set = this._subTypeMap.get(abstractType);
        if (set === undefined) {
            if ((0, definition_ts_1.isUnionType)(abstractType)) {
                set = new Set(abstractType.getTypes());
            }
            else {
                const implementations = this.getImplementations(abstractType);
                set = new Set([
                    ...implementations.objects,
                    ...implementations.interfaces,
                ]);
            }
            this._subTypeMap.set(abstractType, set);
        }
        return set.has(maybeSubType);
    }
    getDirectives() {
        return this._directives;
    }
    getDirective(name) {
        return this.getDirectives().find((directive) => directive.name === name);
    }
    getField(parentType, fieldName) {
        switch (fieldName) {
            case introspection_ts_1.SchemaMetaFieldDef.name:
                return this.getQueryType() === parentType
                    ? introspection_ts_1.SchemaMetaFieldDef
                    : undefined;
            case introspection_ts_1.TypeMetaFieldDef.name:
                return this.getQueryType() === parentType
                    ? introspection_ts_1.TypeMetaFieldDef
                    : undefined;
            case introspection_ts_1.TypeNameMetaFieldDef.name:
                return introspection_ts_1.TypeNameMetaFieldDef;
        }
        if ('getFields' in parentType) {
            return parentType.getFields()[fieldName];
        }
        return undefined;
    }
    toConfig() {
        return {
            description: this.description,
            query: this.getQueryType(),
            mutation: this.getMutationType(),
            subscription: this.getSubscriptionType(),
            types: Object.values(this.getTypeMap()),
            directives: this.getDirectives(),
            extensions: this.extensions,
            astNode: this.astNode,
            extensionASTNodes: this.extensionASTNodes,
            assumeValid: this.assumeValid,
        };
    }
}
exports.GraphQLSchema = GraphQLSchema;
function collectReferencedTypes(type, typeSet) {
    const namedType = (0, definition_ts_1.getNamedType)(type);
    if (!typeSet.has(namedType)) {
        typeSet.add(namedType);
        if ((0, definition_ts_1.isUnionType)(namedType)) {
            for (const memberType of namedType.getTypes()) {
                collectReferencedTypes(memberType, typeSet);
            }
        }
        else if ((0, definition_ts_1.isObjectType)(namedType) || (0, definition_ts_1.isInterfaceType)(namedType)) {
            for (const interfaceType of namedType.getInterfaces()) {
                collectReferencedTypes(interfaceType, typeSet);
            }
            for (const field of Object.values(namedType.getFields())) {
                collectReferencedTypes(field.type, typeSet);
                for (const arg of field.args) {
                    collectReferencedTypes(arg.type, typeSet);
                }
            }
        }
        else if ((0, definition_ts_1.isInputObjectType)(namedType)) {
            for (const field of Object.values(namedType.getFields())) {
                collectReferencedTypes(field.type, typeSet);
            }
        }
    }
    return typeSet;
}
//# sourceMappingURL=schema.js.map

/***/ }),

/***/ 3902:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchema = validateSchema;
exports.assertValidSchema = assertValidSchema;
exports.validateDefaultInput = validateDefaultInput;
const AccumulatorMap_ts_1 = __webpack_require__(440);
const capitalize_ts_1 = __webpack_require__(890);
const formatList_ts_1 = __webpack_require__(9835);
const inspect_ts_1 = __webpack_require__(5742);
const invariant_ts_1 = __webpack_require__(3650);
const isIterableObject_ts_1 = __webpack_require__(7341);
const isObjectLike_ts_1 = __webpack_require__(892);
const keyMap_ts_1 = __webpack_require__(7579);
const mapValue_ts_1 = __webpack_require__(5719);
const printPathArray_ts_1 = __webpack_require__(8373);
const GraphQLError_ts_1 = __webpack_require__(5939);
const ast_ts_1 = __webpack_require__(2740);
const kinds_ts_1 = __webpack_require__(1123);
const typeComparators_ts_1 = __webpack_require__(6539);
const validateInputValue_ts_1 = __webpack_require__(4203);
const definition_ts_1 = __webpack_require__(4169);
const directives_ts_1 = __webpack_require__(1058);
const introspection_ts_1 = __webpack_require__(317);
const schema_ts_1 = __webpack_require__(9299);
function validateSchema(schema) {
    (0, schema_ts_1.assertSchema)(schema);
    if (schema.__validationErrors) {
        return schema.__validationErrors;
    }
    const context = new SchemaValidationContext(schema);
    validateRootTypes(context);
    validateDirectives(context);
    validateTypes(context);
    const errors = context.getErrors();
    schema.__validationErrors = errors;
    return errors;
}
function assertValidSchema(schema) {
    const errors = validateSchema(schema);
    if (errors.length !== 0) {
        throw new Error(errors.map((error) => error.message).join('\n\n'));
    }
}
class SchemaValidationContext {
    constructor(schema) {
        this._errors = [];
        this.schema = schema;
    }
    reportError(message, nodes) {
        const _nodes = Array.isArray(nodes)
            ? nodes.filter(Boolean)
            : nodes;
        this._errors.push(new GraphQLError_ts_1.GraphQLError(message, { nodes: _nodes }));
    }
    getErrors() {
        return this._errors;
    }
}
function validateRootTypes(context) {
    const schema = context.schema;
    if (schema.getQueryType() == null) {
        context.reportError('Query root type must be provided.', schema.astNode);
    }
    const rootTypesMap = new AccumulatorMap_ts_1.AccumulatorMap();
    for (const operationType of Object.values(ast_ts_1.OperationTypeNode)) {
        const rootType = schema.getRootType(operationType);
        if (rootType != null) {
            if (!(0, definition_ts_1.isObjectType)(rootType)) {
                const operationTypeStr = (0, capitalize_ts_1.capitalize)(operationType);
                const rootTypeStr = (0, inspect_ts_1.inspect)(rootType);
                context.reportError(operationType === ast_ts_1.OperationTypeNode.QUERY
                    ? `${operationTypeStr} root type must be Object type, it cannot be ${rootTypeStr}.`
                    : `${operationTypeStr} root type must be Object type if provided, it cannot be ${rootTypeStr}.`, getOperationTypeNode(schema, operationType) ??
                    rootType.astNode);
            }
            else {
                rootTypesMap.add(rootType, operationType);
            }
        }
    }
    for (const [rootType, operationTypes] of rootTypesMap) {
        if (operationTypes.length > 1) {
            const operationList = (0, formatList_ts_1.andList)(operationTypes);
            context.reportError(`All root types must be different, "${rootType}" type is used as ${operationList} root types.`, operationTypes.map((operationType) => getOperationTypeNode(schema, operationType)));
        }
    }
}
function getOperationTypeNode(schema, operation) {
    return [schema.astNode, ...schema.extensionASTNodes]
        .flatMap((schemaNode) => schemaNode?.operationTypes ?? [])
        .find((operationNode) => operationNode.operation === operation)?.type;
}
function validateDirectives(context) {
    for (const directive of context.schema.getDirectives()) {
        if (!(0, directives_ts_1.isDirective)(directive)) {
            context.reportError(`Expected directive but got: ${(0, inspect_ts_1.inspect)(directive)}.`, directive?.astNode);
            continue;
        }
        validateName(context, directive);
        if (directive.locations.length === 0) {
            context.reportError(`Directive ${directive} must include 1 or more locations.`, directive.astNode);
        }
        for (const arg of directive.args) {
            validateName(context, arg);
            if (!(0, definition_ts_1.isInputType)(arg.type)) {
                context.reportError(`The type of ${arg} must be Input Type ` +
                    `but got: ${(0, inspect_ts_1.inspect)(arg.type)}.`, arg.astNode);
            }
            if ((0, definition_ts_1.isRequiredArgument)(arg) && arg.deprecationReason != null) {
                context.reportError(`Required argument ${arg} cannot be deprecated.`, [
                    getDeprecatedDirectiveNode(arg.astNode),
                    arg.astNode?.type,
                ]);
            }
            validateDefaultValue(context, arg);
        }
    }
}
function validateDefaultValue(context, inputValue) {
    const defaultInput = inputValue.default;
    if (!defaultInput) {
        return;
    }
    const errors = [];
    validateDefaultInput(defaultInput, inputValue.type, (error, path) => {
        errors.push([error, path]);
    });
    if (errors.length === 0) {
        return;
    }
    if (!defaultInput.literal) {
        try {
            const uncoercedValue = uncoerceDefaultValue(defaultInput.value, inputValue.type);
            const uncoercedErrors = [];
            (0, validateInputValue_ts_1.validateInputValue)(uncoercedValue, inputValue.type, (error, path) => {
                uncoercedErrors.push([error, path]);
            });
            if (uncoercedErrors.length === 0) {
                context.reportError(`${inputValue} has invalid default value: ${(0, inspect_ts_1.inspect)(defaultInput.value)}. Did you mean: ${(0, inspect_ts_1.inspect)(uncoercedValue)}?`, inputValue.astNode?.defaultValue);
                return;
            }
        }
        catch (_error) {
        }
    }
    for (const [error, path] of errors) {
        context.reportError(`${inputValue} has invalid default value${(0, printPathArray_ts_1.printPathArray)(path)}: ${error.message}`, error.nodes ?? inputValue.astNode?.defaultValue);
    }
}
function validateDefaultInput(defaultInput, inputType, onError, hideSuggestions) {
    if (defaultInput.literal) {
        (0, validateInputValue_ts_1.validateInputLiteral)(defaultInput.literal, inputType, onError, undefined, undefined, hideSuggestions);
        return;
    }
    (0, validateInputValue_ts_1.validateInputValue)(defaultInput.value, inputType, onError, hideSuggestions);
}
function uncoerceDefaultValue(value, type) {
    if ((0, definition_ts_1.isNonNullType)(type)) {
        return uncoerceDefaultValue(value, type.ofType);
    }
    if (value === null) {
        return null;
    }
    if ((0, definition_ts_1.isListType)(type)) {
        if ((0, isIterableObject_ts_1.isIterableObject)(value)) {
            return Array.from(value, (itemValue) => uncoerceDefaultValue(itemValue, type.ofType));
        }
        return [uncoerceDefaultValue(value, type.ofType)];
    }
    if ((0, definition_ts_1.isInputObjectType)(type)) {
        if (!((0, isObjectLike_ts_1.isObjectLike)(value)))
            (0, invariant_ts_1.invariant)(false);
        const fieldDefs = type.getFields();
        return (0, mapValue_ts_1.mapValue)(value, (fieldValue, fieldName) => {
            if (!(fieldName in fieldDefs))
                (0, invariant_ts_1.invariant)(false);
            return uncoerceDefaultValue(fieldValue, fieldDefs[fieldName].type);
        });
    }
    (0, definition_ts_1.assertLeafType)(type);
    return type.coerceOutputValue(value);
}
function validateName(context, node) {
    if (node.name.startsWith('__')) {
        context.reportError(`Name "${node.name}" must not begin with "__", which is reserved by GraphQL introspection.`, node.astNode);
    }
}
function validateTypes(context) {
    const validateInputObjectDefaultValueCircularRefs = createInputObjectDefaultValueCircularRefsValidator(context);
    const typeMap = context.schema.getTypeMap();
    const finiteValueStates = new Map();
    for (const type of Object.values(typeMap)) {
        if (!(0, definition_ts_1.isNamedType)(type)) {
            context.reportError(`Expected GraphQL named type but got: ${(0, inspect_ts_1.inspect)(type)}.`, type.astNode);
            continue;
        }
        if (!(0, introspection_ts_1.isIntrospectionType)(type)) {
            validateName(context, type);
        }
        if ((0, definition_ts_1.isObjectType)(type)) {
            validateFields(context, type);
            validateInterfaces(context, type);
        }
        else if ((0, definition_ts_1.isInterfaceType)(type)) {
            validateFields(context, type);
            validateInterfaces(context, type);
        }
        else if ((0, definition_ts_1.isUnionType)(type)) {
            validateUnionMembers(context, type);
        }
        else if ((0, definition_ts_1.isEnumType)(type)) {
            validateEnumValues(context, type);
        }
        else if ((0, definition_ts_1.isInputObjectType)(type)) {
            validateInputFields(context, type);
            initializeInputObjectFiniteValueState(type);
            validateInputObjectDefaultValueCircularRefs(type);
        }
    }
    detectInputObjectNonFiniteValues(context, finiteValueStates);
    function initializeInputObjectFiniteValueState(inputObj) {
        finiteValueStates.set(inputObj, {
            inputObj,
            targets: [],
            dependents: [],
            unresolvedTargetCount: 0,
            hasFiniteValue: false,
        });
    }
}
function validateFields(context, type) {
    const fields = Object.values(type.getFields());
    if (fields.length === 0) {
        context.reportError(`Type ${type} must define one or more fields.`, [
            type.astNode,
            ...type.extensionASTNodes,
        ]);
    }
    for (const field of fields) {
        validateName(context, field);
        if (!(0, definition_ts_1.isOutputType)(field.type)) {
            context.reportError(`The type of ${field} must be Output Type ` +
                `but got: ${(0, inspect_ts_1.inspect)(field.type)}.`, field.astNode?.type);
        }
        for (const arg of field.args) {
            validateName(context, arg);
            if (!(0, definition_ts_1.isInputType)(arg.type)) {
                context.reportError(`The type of ${arg} must be Input Type but got: ${(0, inspect_ts_1.inspect)(arg.type)}.`, arg.astNode?.type);
            }
            if ((0, definition_ts_1.isRequiredArgument)(arg) && arg.deprecationReason != null) {
                context.reportError(`Required argument ${arg} cannot be deprecated.`, [
                    getDeprecatedDirectiveNode(arg.astNode),
                    arg.astNode?.type,
                ]);
            }
            validateDefaultValue(context, arg);
        }
    }
}
function validateInterfaces(context, type) {
    const ifaceTypeNames = new Set();
    for (const iface of type.getInterfaces()) {
        if (!(0, definition_ts_1.isInterfaceType)(iface)) {
            context.reportError(`Type ${type} must only implement Interface types, ` +
                `it cannot implement ${(0, inspect_ts_1.inspect)(iface)}.`, getAllImplementsInterfaceNodes(type, iface));
            continue;
        }
        if (type === iface) {
            context.reportError(`Type ${type} cannot implement itself because it would create a circular reference.`, getAllImplementsInterfaceNodes(type, iface));
            continue;
        }
        if (ifaceTypeNames.has(iface.name)) {
            context.reportError(`Type ${type} can only implement ${iface} once.`, getAllImplementsInterfaceNodes(type, iface));
            continue;
        }
        ifaceTypeNames.add(iface.name);
        validateTypeImplementsAncestors(context, type, iface);
        validateTypeImplementsInterface(context, type, iface);
    }
}
function validateTypeImplementsInterface(context, type, iface) {
    const typeFieldMap = type.getFields();
    for (const ifaceField of Object.values(iface.getFields())) {
        const typeField = typeFieldMap[ifaceField.name];
        if (typeField == null) {
            context.reportError(`Interface field ${ifaceField} expected but ${type} does not provide it.`, [ifaceField.astNode, type.astNode, ...type.extensionASTNodes]);
            continue;
        }
        if (!(0, typeComparators_ts_1.isTypeSubTypeOf)(context.schema, typeField.type, ifaceField.type)) {
            context.reportError(`Interface field ${ifaceField} expects type ${ifaceField.type} ` +
                `but ${typeField} is type ${typeField.type}.`, [ifaceField.astNode?.type, typeField.astNode?.type]);
        }
        for (const ifaceArg of ifaceField.args) {
            const typeArg = typeField.args.find((arg) => arg.name === ifaceArg.name);
            if (!typeArg) {
                context.reportError(`Interface field argument ${ifaceArg} expected but ${typeField} does not provide it.`, [ifaceArg.astNode, typeField.astNode]);
                continue;
            }
            if (!(0, typeComparators_ts_1.isEqualType)(ifaceArg.type, typeArg.type)) {
                context.reportError(`Interface field argument ${ifaceArg} expects type ${ifaceArg.type} ` +
                    `but ${typeArg} is type ${typeArg.type}.`, [ifaceArg.astNode?.type, typeArg.astNode?.type]);
            }
        }
        for (const typeArg of typeField.args) {
            if ((0, definition_ts_1.isRequiredArgument)(typeArg)) {
                const ifaceArg = ifaceField.args.find((arg) => arg.name === typeArg.name);
                if (!ifaceArg) {
                    context.reportError(`Argument "${typeArg}" must not be required type "${typeArg.type}" ` +
                        `if not provided by the Interface field "${ifaceField}".`, [typeArg.astNode, ifaceField.astNode]);
                }
            }
        }
        if (typeField.deprecationReason != null &&
            ifaceField.deprecationReason == null) {
            context.reportError(`Interface field ${iface.name}.${ifaceField.name} is not deprecated, so ` +
                `implementation field ${type.name}.${typeField.name} must not be deprecated.`, [
                getDeprecatedDirectiveNode(typeField.astNode),
                typeField.astNode?.type,
            ]);
        }
    }
}
function validateTypeImplementsAncestors(context, type, iface) {
    const ifaceInterfaces = type.getInterfaces();
    for (const transitive of iface.getInterfaces()) {
        if (!ifaceInterfaces.includes(transitive)) {
            context.reportError(transitive === type
                ? `Type ${type} cannot implement ${iface} because it would create a circular reference.`
                : `Type ${type} must implement ${transitive} because it is implemented by ${iface}.`, [
                ...getAllImplementsInterfaceNodes(iface, transitive),
                ...getAllImplementsInterfaceNodes(type, iface),
            ]);
        }
    }
}
function validateUnionMembers(context, union) {
    const memberTypes = union.getTypes();
    if (memberTypes.length === 0) {
        context.reportError(`Union type ${union} must define one or more member types.`, [union.astNode, ...union.extensionASTNodes]);
    }
    const includedTypeNames = new Set();
    for (const memberType of memberTypes) {
        if (includedTypeNames.has(memberType.name)) {
            context.reportError(`Union type ${union} can only include type ${memberType} once.`, getUnionMemberTypeNodes(union, memberType.name));
            continue;
        }
        includedTypeNames.add(memberType.name);
        if (!(0, definition_ts_1.isObjectType)(memberType)) {
            context.reportError(`Union type ${union} can only include Object types, ` +
                `it cannot include ${(0, inspect_ts_1.inspect)(memberType)}.`, getUnionMemberTypeNodes(union, String(memberType)));
        }
    }
}
function validateEnumValues(context, enumType) {
    const enumValues = enumType.getValues();
    if (enumValues.length === 0) {
        context.reportError(`Enum type ${enumType} must define one or more values.`, [enumType.astNode, ...enumType.extensionASTNodes]);
    }
    for (const enumValue of enumValues) {
        validateName(context, enumValue);
    }
}
function validateInputFields(context, inputObj) {
    const fields = Object.values(inputObj.getFields());
    if (fields.length === 0) {
        context.reportError(`Input Object type ${inputObj} must define one or more fields.`, [inputObj.astNode, ...inputObj.extensionASTNodes]);
    }
    for (const field of fields) {
        validateName(context, field);
        if (!(0, definition_ts_1.isInputType)(field.type)) {
            context.reportError(`The type of ${field} must be Input Type ` +
                `but got: ${(0, inspect_ts_1.inspect)(field.type)}.`, field.astNode?.type);
        }
        if ((0, definition_ts_1.isRequiredInputField)(field) && field.deprecationReason != null) {
            context.reportError(`Required input field ${field} cannot be deprecated.`, [getDeprecatedDirectiveNode(field.astNode), field.astNode?.type]);
        }
        validateDefaultValue(context, field);
        if (inputObj.isOneOf) {
            validateOneOfInputObjectField(inputObj, field, context);
        }
    }
}
function validateOneOfInputObjectField(type, field, context) {
    if ((0, definition_ts_1.isNonNullType)(field.type)) {
        context.reportError(`OneOf input field ${type}.${field.name} must be nullable.`, field.astNode?.type);
    }
    if (field.default !== undefined || field.defaultValue !== undefined) {
        context.reportError(`OneOf input field ${type}.${field.name} cannot have a default value.`, field.astNode);
    }
}
function detectInputObjectNonFiniteValues(context, finiteValueStates) {
    const inputObjectsWithFiniteValues = [];
    for (const state of finiteValueStates.values()) {
        const inputObj = state.inputObj;
        const fields = Object.values(inputObj.getFields());
        for (const field of fields) {
            const target = getFiniteValueTarget(inputObj, field.type);
            if (target === undefined) {
                continue;
            }
            state.targets.push({ field, target });
            const targetState = finiteValueStates.get(target);
            if (targetState !== undefined) {
                targetState.dependents.push(state);
            }
        }
        if (inputObj.isOneOf) {
            if (fields.length === 0 || state.targets.length < fields.length) {
                markInputObjectHasFiniteValue(state);
            }
        }
        else {
            state.unresolvedTargetCount = state.targets.length;
            if (state.targets.length === 0) {
                markInputObjectHasFiniteValue(state);
            }
        }
    }
    let nextFiniteValueState;
    while ((nextFiniteValueState = inputObjectsWithFiniteValues.pop()) !== undefined) {
        for (const dependentState of nextFiniteValueState.dependents) {
            if (dependentState.hasFiniteValue) {
                continue;
            }
            if (dependentState.inputObj.isOneOf) {
                markInputObjectHasFiniteValue(dependentState);
                continue;
            }
            --dependentState.unresolvedTargetCount;
            if (dependentState.unresolvedTargetCount === 0) {
                markInputObjectHasFiniteValue(dependentState);
            }
        }
    }
    const visitedTypes = new Set();
    const fieldPath = [];
    const fieldPathIndexByType = new Map();
    for (const state of finiteValueStates.values()) {
        if (!state.hasFiniteValue) {
            reportCycleRecursive(state);
        }
    }
    function markInputObjectHasFiniteValue(finiteValueState) {
        if (!finiteValueState.hasFiniteValue) {
            finiteValueState.hasFiniteValue = true;
            inputObjectsWithFiniteValues.push(finiteValueState);
        }
    }
    function reportCycleRecursive(state) {
        const inputObj = state.inputObj;
        if (visitedTypes.has(inputObj)) {
            return;
        }
        visitedTypes.add(inputObj);
        fieldPathIndexByType.set(inputObj, fieldPath.length);
        for (const { field, target } of state.targets) {
            const targetState = finiteValueStates.get(target);
            if (targetState?.hasFiniteValue !== false) {
                continue;
            }
            const cycleIndex = fieldPathIndexByType.get(target);
            fieldPath.push({
                fieldStr: `${inputObj}.${field.name}`,
                astNode: field.astNode,
            });
            if (cycleIndex === undefined) {
                reportCycleRecursive(targetState);
            }
            else {
                const cyclePath = fieldPath.slice(cycleIndex);
                const pathStr = cyclePath.map((p) => p.fieldStr).join(', ');
                context.reportError(`Input Object ${target} cannot be provided a finite value because it references itself through fields: ${pathStr}.`, cyclePath.map((p) => p.astNode));
            }
            fieldPath.pop();
        }
        fieldPathIndexByType.delete(inputObj);
    }
}
function getFiniteValueTarget(inputObj, fieldType) {
    if (inputObj.isOneOf) {
        if ((0, definition_ts_1.isInputObjectType)(fieldType)) {
            return fieldType;
        }
        return;
    }
    if ((0, definition_ts_1.isNonNullType)(fieldType) && (0, definition_ts_1.isInputObjectType)(fieldType.ofType)) {
        return fieldType.ofType;
    }
}
function createInputObjectDefaultValueCircularRefsValidator(context) {
    const visitedFields = Object.create(null);
    const fieldPath = [];
    const fieldPathIndex = Object.create(null);
    return function validateInputObjectDefaultValueCircularRefs(inputObj) {
        return detectValueDefaultValueCycle(inputObj, Object.create(null));
    };
    function detectValueDefaultValueCycle(inputObj, defaultValue) {
        if ((0, isIterableObject_ts_1.isIterableObject)(defaultValue)) {
            for (const itemValue of defaultValue) {
                detectValueDefaultValueCycle(inputObj, itemValue);
            }
            return;
        }
        else if (!(0, isObjectLike_ts_1.isObjectLike)(defaultValue)) {
            return;
        }
        for (const field of Object.values(inputObj.getFields())) {
            const namedFieldType = (0, definition_ts_1.getNamedType)(field.type);
            if (!(0, definition_ts_1.isInputObjectType)(namedFieldType)) {
                continue;
            }
            if (Object.hasOwn(defaultValue, field.name)) {
                detectValueDefaultValueCycle(namedFieldType, defaultValue[field.name]);
            }
            else {
                detectFieldDefaultValueCycle(field, namedFieldType, `${inputObj}.${field.name}`);
            }
        }
    }
    function detectLiteralDefaultValueCycle(inputObj, defaultValue) {
        if (defaultValue.kind === kinds_ts_1.Kind.LIST) {
            for (const itemLiteral of defaultValue.values) {
                detectLiteralDefaultValueCycle(inputObj, itemLiteral);
            }
            return;
        }
        else if (defaultValue.kind !== kinds_ts_1.Kind.OBJECT) {
            return;
        }
        const fieldNodes = (0, keyMap_ts_1.keyMap)(defaultValue.fields, (field) => field.name.value);
        for (const field of Object.values(inputObj.getFields())) {
            const namedFieldType = (0, definition_ts_1.getNamedType)(field.type);
            if (!(0, definition_ts_1.isInputObjectType)(namedFieldType)) {
                continue;
            }
            if (Object.hasOwn(fieldNodes, field.name)) {
                detectLiteralDefaultValueCycle(namedFieldType, fieldNodes[field.name].value);
            }
            else {
                detectFieldDefaultValueCycle(field, namedFieldType, `${inputObj}.${field.name}`);
            }
        }
    }
    function detectFieldDefaultValueCycle(field, fieldType, fieldStr) {
        const defaultInput = field.default;
        if (defaultInput === undefined) {
            return;
        }
        const cycleIndex = fieldPathIndex[fieldStr];
        if (cycleIndex !== undefined) {
            context.reportError(`Invalid circular reference. The default value of Input Object field ${fieldStr} references itself${cycleIndex < fieldPath.length
                ? ` via the default values of: ${fieldPath
                    .slice(cycleIndex)
                    .map(([stringForMessage]) => stringForMessage)
                    .join(', ')}`
                : ''}.`, fieldPath.slice(cycleIndex - 1).map(([, node]) => node));
            return;
        }
        if (visitedFields[fieldStr] === undefined) {
            visitedFields[fieldStr] = true;
            fieldPathIndex[fieldStr] = fieldPath.push([
                fieldStr,
                field.astNode?.defaultValue,
            ]);
            if (defaultInput.literal) {
                detectLiteralDefaultValueCycle(fieldType, defaultInput.literal);
            }
            else {
                detectValueDefaultValueCycle(fieldType, defaultInput.value);
            }
            fieldPath.pop();
            fieldPathIndex[fieldStr] = undefined;
        }
    }
}
function getAllImplementsInterfaceNodes(type, iface) {
    const { astNode, extensionASTNodes } = type;
    const nodes = astNode != null ? [astNode, ...extensionASTNodes] : extensionASTNodes;
    return nodes
        .flatMap((typeNode) => typeNode.interfaces ?? [])
        .filter((ifaceNode) => ifaceNode.name.value === iface.name);
}
function getUnionMemberTypeNodes(union, typeName) {
    const { astNode, extensionASTNodes } = union;
    const nodes = astNode != null ? [astNode, ...extensionASTNodes] : extensionASTNodes;
    return nodes
        .flatMap((unionNode) => unionNode.types ?? [])
        .filter((typeNode) => typeNode.name.value === typeName);
}
function getDeprecatedDirectiveNode(definitionNode) {
    return definitionNode?.directives?.find((node) => node.name.value === directives_ts_1.GraphQLDeprecatedDirective.name);
}
//# sourceMappingURL=validate.js.map

/***/ }),

/***/ 5000:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TypeInfo = void 0;
exports.visitWithTypeInfo = visitWithTypeInfo;
const ast_ts_1 = __webpack_require__(2740);
const kinds_ts_1 = __webpack_require__(1123);
const visitor_ts_1 = __webpack_require__(638);
const definition_ts_1 = __webpack_require__(4169);
const typeFromAST_ts_1 = __webpack_require__(6738);
class TypeInfo {
    constructor(schema, initialType, fragmentSignatures) {
        this._schema = schema;
        this._typeStack = [];
        this._parentTypeStack = [];
        this._inputTypeStack = [];
        this._fieldDefStack = [];
        this._defaultValueStack = [];
        this._directive = null;
        this._argument = null;
        this._enumValue = null;
        this._fragmentSignaturesByName = fragmentSignatures ?? (() => null);
        this._fragmentSignature = null;
        this._fragmentArgument = null;
        if (initialType) {
            if ((0, definition_ts_1.isInputType)(initialType)) {
                this._inputTypeStack.push(initialType);
            }
            if ((0, definition_ts_1.isCompositeType)(initialType)) {
                this._parentTypeStack.push(initialType);
            }
            if ((0, definition_ts_1.isOutputType)(initialType)) {
                this._typeStack.push(initialType);
            }
        }
    }
    get [Symbol.toStringTag]() {
        return 'TypeInfo';
    }
    getType() {
        return this._typeStack.at(-1);
    }
    getParentType() {
        return this._parentTypeStack.at(-1);
    }
    getInputType() {
        return this._inputTypeStack.at(-1);
    }
    getParentInputType() {
        return this._inputTypeStack.at(-2);
    }
    getFieldDef() {
        return this._fieldDefStack.at(-1);
    }
    getDefaultValue() {
        return this._defaultValueStack.at(-1);
    }
    getDirective() {
        return this._directive;
    }
    getArgument() {
        return this._argument;
    }
    getFragmentSignature() {
        return this._fragmentSignature;
    }
    getFragmentSignatureByName() {
        return this._fragmentSignaturesByName;
    }
    getFragmentArgument() {
        return this._fragmentArgument;
    }
    getEnumValue() {
        return this._enumValue;
    }
    enter(node) {
        const schema = this._schema;
        switch (node.kind) {
            case kinds_ts_1.Kind.DOCUMENT: {
                const fragmentSignatures = getFragmentSignatures(node);
                this._fragmentSignaturesByName = (fragmentName) => fragmentSignatures.get(fragmentName);
                break;
            }
            case kinds_ts_1.Kind.SELECTION_SET: {
                const namedType = (0, definition_ts_1.getNamedType)(this.getType());
                this._parentTypeStack.push((0, definition_ts_1.isCompositeType)(namedType) ? namedType : undefined);
                break;
            }
            case kinds_ts_1.Kind.FIELD: {
                const parentType = this.getParentType();
                let fieldDef;
                let fieldType;
                if (parentType) {
                    fieldDef = schema.getField(parentType, node.name.value);
                    if (fieldDef) {
                        fieldType = fieldDef.type;
                    }
                }
                this._fieldDefStack.push(fieldDef);
                this._typeStack.push((0, definition_ts_1.isOutputType)(fieldType) ? fieldType : undefined);
                break;
            }
            case kinds_ts_1.Kind.DIRECTIVE:
                this._directive = schema.getDirective(node.name.value);
                break;
            case kinds_ts_1.Kind.OPERATION_DEFINITION: {
                const rootType = schema.getRootType(node.operation);
                this._typeStack.push((0, definition_ts_1.isObjectType)(rootType) ? rootType : undefined);
                break;
            }
            case kinds_ts_1.Kind.FRAGMENT_SPREAD: {
                this._fragmentSignature = this.getFragmentSignatureByName()(node.name.value);
                break;
            }
            case kinds_ts_1.Kind.INLINE_FRAGMENT:
            case kinds_ts_1.Kind.FRAGMENT_DEFINITION: {
                const typeConditionAST = node.typeCondition;
                const outputType = typeConditionAST
                    ? (0, typeFromAST_ts_1.typeFromAST)(schema, typeConditionAST)
                    : (0, definition_ts_1.getNamedType)(this.getType());
                this._typeStack.push((0, definition_ts_1.isOutputType)(outputType) ? outputType : undefined);
                break;
            }
            case kinds_ts_1.Kind.VARIABLE_DEFINITION: {
                const inputType = (0, typeFromAST_ts_1.typeFromAST)(schema, node.type);
                this._inputTypeStack.push((0, definition_ts_1.isInputType)(inputType) ? inputType : undefined);
                break;
            }
            case kinds_ts_1.Kind.ARGUMENT: {
                let argDef;
                let argType;
                const fieldOrDirective = this.getDirective() ?? this.getFieldDef();
                if (fieldOrDirective) {
                    argDef = fieldOrDirective.args.find((arg) => arg.name === node.name.value);
                    if (argDef) {
                        argType = argDef.type;
                    }
                }
                this._argument = argDef;
                this._defaultValueStack.push(argDef?.default ?? argDef?.defaultValue ?? undefined);
                this._inputTypeStack.push((0, definition_ts_1.isInputType)(argType) ? argType : undefined);
                break;
            }
            case kinds_ts_1.Kind.FRAGMENT_ARGUMENT: {
                const fragmentSignature = this.getFragmentSignature();
                const argDef = fragmentSignature?.variableDefinitions.get(node.name.value);
                this._fragmentArgument = argDef;
                let argType;
                if (argDef) {
                    argType = (0, typeFromAST_ts_1.typeFromAST)(this._schema, argDef.type);
                }
                this._inputTypeStack.push((0, definition_ts_1.isInputType)(argType) ? argType : undefined);
                break;
            }
            case kinds_ts_1.Kind.LIST: {
                const inputType = this.getInputType();
                const listType = inputType && (0, definition_ts_1.getNullableType)(inputType);
                this._defaultValueStack.push(undefined);
                this._inputTypeStack.push(listType && (0, definition_ts_1.isListType)(listType) ? listType.ofType : undefined);
                break;
            }
            case kinds_ts_1.Kind.OBJECT_FIELD: {
                const objectType = (0, definition_ts_1.getNamedType)(this.getInputType());
                let inputFieldType;
                let inputField;
                if ((0, definition_ts_1.isInputObjectType)(objectType)) {
                    inputField = objectType.getFields()[node.name.value];
                    if (inputField != null) {
                        inputFieldType = inputField.type;
                    }
                }
                this._defaultValueStack.push(inputField?.default ?? inputField?.defaultValue ?? undefined);
                this._inputTypeStack.push((0, definition_ts_1.isInputType)(inputFieldType) ? inputFieldType : undefined);
                break;
            }
            case kinds_ts_1.Kind.ENUM: {
                const enumType = (0, definition_ts_1.getNamedType)(this.getInputType());
                let enumValue;
                if ((0, definition_ts_1.isEnumType)(enumType)) {
                    enumValue = enumType.getValue(node.value);
                }
                this._enumValue = enumValue;
                break;
            }
            default:
        }
    }
    leave(node) {
        switch (node.kind) {
            case kinds_ts_1.Kind.DOCUMENT:
                this._fragmentSignaturesByName = () => null;
                break;
            case kinds_ts_1.Kind.SELECTION_SET:
                this._parentTypeStack.pop();
                break;
            case kinds_ts_1.Kind.FIELD:
                this._fieldDefStack.pop();
                this._typeStack.pop();
                break;
            case kinds_ts_1.Kind.DIRECTIVE:
                this._directive = null;
                break;
            case kinds_ts_1.Kind.FRAGMENT_SPREAD:
                this._fragmentSignature = null;
                break;
            case kinds_ts_1.Kind.OPERATION_DEFINITION:
            case kinds_ts_1.Kind.INLINE_FRAGMENT:
            case kinds_ts_1.Kind.FRAGMENT_DEFINITION:
                this._typeStack.pop();
                break;
            case kinds_ts_1.Kind.VARIABLE_DEFINITION:
                this._inputTypeStack.pop();
                break;
            case kinds_ts_1.Kind.ARGUMENT:
                this._argument = null;
                this._defaultValueStack.pop();
                this._inputTypeStack.pop();
                break;
            case kinds_ts_1.Kind.FRAGMENT_ARGUMENT: {
                this._fragmentArgument = null;
                this._defaultValueStack.pop();
                this._inputTypeStack.pop();
                break;
            }
            case kinds_ts_1.Kind.LIST:
            case kinds_ts_1.Kind.OBJECT_FIELD:
                this._defaultValueStack.pop();
                this._inputTypeStack.pop();
                break;
            case kinds_ts_1.Kind.ENUM:
                this._enumValue = null;
                break;
            default:
        }
    }
}
exports.TypeInfo = TypeInfo;
function getFragmentSignatures(document) {
    const fragmentSignatures = new Map();
    for (const definition of document.definitions) {
        if (definition.kind === kinds_ts_1.Kind.FRAGMENT_DEFINITION) {
            const variableDefinitions = new Map();
            if (definition.variableDefinitions) {
                for (const varDef of definition.variableDefinitions) {
                    variableDefinitions.set(varDef.variable.name.value, varDef);
                }
            }
            const signature = { definition, variableDefinitions };
            fragmentSignatures.set(definition.name.value, signature);
        }
    }
    return fragmentSignatures;
}
function visitWithTypeInfo(typeInfo, visitor) {
    return {
        enter(...args) {
            const node = args[0];
            typeInfo.enter(node);
            const fn = (0, visitor_ts_1.getEnterLeaveForKind)(visitor, node.kind).enter;
            if (fn) {
                const result = fn.apply(visitor, args);
                if (result !== undefined) {
                    typeInfo.leave(node);
                    if ((0, ast_ts_1.isNode)(result)) {
                        typeInfo.enter(result);
                    }
                }
                return result;
            }
        },
        leave(...args) {
            const node = args[0];
            const fn = (0, visitor_ts_1.getEnterLeaveForKind)(visitor, node.kind).leave;
            let result;
            if (fn) {
                result = fn.apply(visitor, args);
            }
            typeInfo.leave(node);
            return result;
        },
    };
}
//# sourceMappingURL=TypeInfo.js.map

/***/ }),

/***/ 8893:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.astFromValue = astFromValue;
const inspect_ts_1 = __webpack_require__(5742);
const invariant_ts_1 = __webpack_require__(3650);
const isIterableObject_ts_1 = __webpack_require__(7341);
const isObjectLike_ts_1 = __webpack_require__(892);
const kinds_ts_1 = __webpack_require__(1123);
const definition_ts_1 = __webpack_require__(4169);
const scalars_ts_1 = __webpack_require__(3571);
function astFromValue(value, type) {
    if ((0, definition_ts_1.isNonNullType)(type)) {
        const astValue = astFromValue(value, type.ofType);
        if (astValue?.kind === kinds_ts_1.Kind.NULL) {
            return null;
        }
        return astValue;
    }
    if (value === null) {
        return { kind: kinds_ts_1.Kind.NULL };
    }
    if (value === undefined) {
        return null;
    }
    if ((0, definition_ts_1.isListType)(type)) {
        const itemType = type.ofType;
        if ((0, isIterableObject_ts_1.isIterableObject)(value)) {
            const valuesNodes = [];
            for (const item of value) {
                const itemNode = astFromValue(item, itemType);
                if (itemNode != null) {
                    valuesNodes.push(itemNode);
                }
            }
            return { kind: kinds_ts_1.Kind.LIST, values: valuesNodes };
        }
        return astFromValue(value, itemType);
    }
    if ((0, definition_ts_1.isInputObjectType)(type)) {
        if (!(0, isObjectLike_ts_1.isObjectLike)(value)) {
            return null;
        }
        const fieldNodes = [];
        for (const field of Object.values(type.getFields())) {
            const fieldValue = astFromValue(value[field.name], field.type);
            if (fieldValue) {
                fieldNodes.push({
                    kind: kinds_ts_1.Kind.OBJECT_FIELD,
                    name: { kind: kinds_ts_1.Kind.NAME, value: field.name },
                    value: fieldValue,
                });
            }
        }
        return { kind: kinds_ts_1.Kind.OBJECT, fields: fieldNodes };
    }
    if ((0, definition_ts_1.isLeafType)(type)) {
        const coerced = type.coerceOutputValue(value);
        if (coerced == null) {
            return null;
        }
        if (typeof coerced === 'boolean') {
            return { kind: kinds_ts_1.Kind.BOOLEAN, value: coerced };
        }
        if (typeof coerced === 'number' && Number.isFinite(coerced)) {
            const stringNum = String(coerced);
            return integerStringRegExp.test(stringNum)
                ? { kind: kinds_ts_1.Kind.INT, value: stringNum }
                : { kind: kinds_ts_1.Kind.FLOAT, value: stringNum };
        }
        if (typeof coerced === 'bigint') {
            return { kind: kinds_ts_1.Kind.INT, value: String(coerced) };
        }
        if (typeof coerced === 'string') {
            if ((0, definition_ts_1.isEnumType)(type)) {
                return { kind: kinds_ts_1.Kind.ENUM, value: coerced };
            }
            if (type === scalars_ts_1.GraphQLID && integerStringRegExp.test(coerced)) {
                return { kind: kinds_ts_1.Kind.INT, value: coerced };
            }
            return {
                kind: kinds_ts_1.Kind.STRING,
                value: coerced,
            };
        }
        throw new TypeError(`Cannot convert value to AST: ${(0, inspect_ts_1.inspect)(coerced)}.`);
    }
    (0, invariant_ts_1.invariant)(false, 'Unexpected input type: ' + (0, inspect_ts_1.inspect)(type));
}
const integerStringRegExp = /^-?(?:0|[1-9][0-9]*)$/;
//# sourceMappingURL=astFromValue.js.map

/***/ }),

/***/ 9115:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.buildASTSchema = buildASTSchema;
exports.buildSchema = buildSchema;
const parser_ts_1 = __webpack_require__(4929);
const directives_ts_1 = __webpack_require__(1058);
const schema_ts_1 = __webpack_require__(9299);
const validate_ts_1 = __webpack_require__(7063);
const extendSchema_ts_1 = __webpack_require__(5487);
function buildASTSchema(documentAST, options) {
    if (options?.assumeValid !== true && options?.assumeValidSDL !== true) {
        (0, validate_ts_1.assertValidSDL)(documentAST);
    }
    const emptySchemaConfig = {
        description: undefined,
        types: [],
        directives: [],
        extensions: Object.create(null),
        extensionASTNodes: [],
        assumeValid: false,
    };
    const config = (0, extendSchema_ts_1.extendSchemaImpl)(emptySchemaConfig, documentAST, options);
    if (config.astNode == null) {
        for (const type of config.types) {
            switch (type.name) {
                case 'Query':
                    config.query = type;
                    break;
                case 'Mutation':
                    config.mutation = type;
                    break;
                case 'Subscription':
                    config.subscription = type;
                    break;
            }
        }
    }
    const directives = [
        ...config.directives,
        ...directives_ts_1.specifiedDirectives.filter((stdDirective) => config.directives.every((directive) => directive.name !== stdDirective.name)),
    ];
    return new schema_ts_1.GraphQLSchema({ ...config, directives });
}
function buildSchema(source, options) {
    const document = (0, parser_ts_1.parse)(source, options);
    return buildASTSchema(document, {
        assumeValidSDL: options?.assumeValidSDL,
        assumeValid: options?.assumeValid,
    });
}
//# sourceMappingURL=buildASTSchema.js.map

/***/ }),

/***/ 6954:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.buildClientSchema = buildClientSchema;
const devAssert_ts_1 = __webpack_require__(5383);
const inspect_ts_1 = __webpack_require__(5742);
const isObjectLike_ts_1 = __webpack_require__(892);
const keyValMap_ts_1 = __webpack_require__(3166);
const parser_ts_1 = __webpack_require__(4929);
const definition_ts_1 = __webpack_require__(4169);
const directives_ts_1 = __webpack_require__(1058);
const introspection_ts_1 = __webpack_require__(317);
const scalars_ts_1 = __webpack_require__(3571);
const schema_ts_1 = __webpack_require__(9299);
function buildClientSchema(introspection, options) {
    if (!((0, isObjectLike_ts_1.isObjectLike)(introspection) && (0, isObjectLike_ts_1.isObjectLike)(introspection.__schema)))
        (0, devAssert_ts_1.devAssert)(false, `Invalid or incomplete introspection result. Ensure that you are passing "data" property of introspection response and no "errors" was returned alongside: ${(0, inspect_ts_1.inspect)(introspection)}.`);
    const schemaIntrospection = introspection.__schema;
    const typeMap = new Map(schemaIntrospection.types.map((typeIntrospection) => [
        typeIntrospection.name,
        buildType(typeIntrospection),
    ]));
    for (const stdType of [...scalars_ts_1.specifiedScalarTypes, ...introspection_ts_1.introspectionTypes]) {
        if (typeMap.has(stdType.name)) {
            typeMap.set(stdType.name, stdType);
        }
    }
    const queryType = schemaIntrospection.queryType != null
        ? getObjectType(schemaIntrospection.queryType)
        : null;
    const mutationType = schemaIntrospection.mutationType != null
        ? getObjectType(schemaIntrospection.mutationType)
        : null;
    const subscriptionType = schemaIntrospection.subscriptionType != null
        ? getObjectType(schemaIntrospection.subscriptionType)
        : null;
    const directives = schemaIntrospection.directives != null
        ? schemaIntrospection.directives.map(buildDirective)
        : [];
    return new schema_ts_1.GraphQLSchema({
        description: schemaIntrospection.description,
        query: queryType,
        mutation: mutationType,
        subscription: subscriptionType,
        types: [...typeMap.values()],
        directives,
        assumeValid: options?.assumeValid,
    });
    function getType(typeRef) {
        if (typeRef.kind === introspection_ts_1.TypeKind.LIST) {
            const itemRef = typeRef.ofType;
            if (itemRef == null) {
                throw new Error('Decorated type deeper than introspection query.');
            }
            return new definition_ts_1.GraphQLList(getType(itemRef));
        }
        if (typeRef.kind === introspection_ts_1.TypeKind.NON_NULL) {
            const nullableRef = typeRef.ofType;
            if (nullableRef == null) {
                throw new Error('Decorated type deeper than introspection query.');
            }
            const nullableType = getType(nullableRef);
            return new definition_ts_1.GraphQLNonNull((0, definition_ts_1.assertNullableType)(nullableType));
        }
        return getNamedType(typeRef);
    }
    function getNamedType(typeRef) {
        const typeName = typeRef.name;
        if (!typeName) {
            throw new Error(`Unknown type reference: ${(0, inspect_ts_1.inspect)(typeRef)}.`);
        }
        const type = typeMap.get(typeName);
        if (type == null) {
            throw new Error(`Invalid or incomplete schema, unknown type: ${typeName}. Ensure that a full introspection query is used in order to build a client schema.`);
        }
        return type;
    }
    function getObjectType(typeRef) {
        return (0, definition_ts_1.assertObjectType)(getNamedType(typeRef));
    }
    function getInterfaceType(typeRef) {
        return (0, definition_ts_1.assertInterfaceType)(getNamedType(typeRef));
    }
    function buildType(type) {
        switch (type.kind) {
            case introspection_ts_1.TypeKind.SCALAR:
                return buildScalarDef(type);
            case introspection_ts_1.TypeKind.OBJECT:
                return buildObjectDef(type);
            case introspection_ts_1.TypeKind.INTERFACE:
                return buildInterfaceDef(type);
            case introspection_ts_1.TypeKind.UNION:
                return buildUnionDef(type);
            case introspection_ts_1.TypeKind.ENUM:
                return buildEnumDef(type);
            case introspection_ts_1.TypeKind.INPUT_OBJECT:
                return buildInputObjectDef(type);
            default:
                throw new Error(`Invalid or incomplete introspection result. Ensure that a full introspection query is used in order to build a client schema: ${(0, inspect_ts_1.inspect)(type)}.`);
        }
    }
    function buildScalarDef(scalarIntrospection) {
        return new definition_ts_1.GraphQLScalarType({
            name: scalarIntrospection.name,
            description: scalarIntrospection.description,
            specifiedByURL: scalarIntrospection.specifiedByURL,
        });
    }
    function buildImplementationsList(implementingIntrospection) {
        if (implementingIntrospection.interfaces === null &&
            implementingIntrospection.kind === introspection_ts_1.TypeKind.INTERFACE) {
            return [];
        }
        if (implementingIntrospection.interfaces == null) {
            const implementingIntrospectionStr = (0, inspect_ts_1.inspect)(implementingIntrospection);
            throw new Error(`Introspection result missing interfaces: ${implementingIntrospectionStr}.`);
        }
        return implementingIntrospection.interfaces.map(getInterfaceType);
    }
    function buildObjectDef(objectIntrospection) {
        return new definition_ts_1.GraphQLObjectType({
            name: objectIntrospection.name,
            description: objectIntrospection.description,
            interfaces: () => buildImplementationsList(objectIntrospection),
            fields: () => buildFieldDefMap(objectIntrospection),
        });
    }
    function buildInterfaceDef(interfaceIntrospection) {
        return new definition_ts_1.GraphQLInterfaceType({
            name: interfaceIntrospection.name,
            description: interfaceIntrospection.description,
            interfaces: () => buildImplementationsList(interfaceIntrospection),
            fields: () => buildFieldDefMap(interfaceIntrospection),
        });
    }
    function buildUnionDef(unionIntrospection) {
        if (unionIntrospection.possibleTypes == null) {
            const unionIntrospectionStr = (0, inspect_ts_1.inspect)(unionIntrospection);
            throw new Error(`Introspection result missing possibleTypes: ${unionIntrospectionStr}.`);
        }
        return new definition_ts_1.GraphQLUnionType({
            name: unionIntrospection.name,
            description: unionIntrospection.description,
            types: () => unionIntrospection.possibleTypes.map(getObjectType),
        });
    }
    function buildEnumDef(enumIntrospection) {
        if (enumIntrospection.enumValues == null) {
            const enumIntrospectionStr = (0, inspect_ts_1.inspect)(enumIntrospection);
            throw new Error(`Introspection result missing enumValues: ${enumIntrospectionStr}.`);
        }
        return new definition_ts_1.GraphQLEnumType({
            name: enumIntrospection.name,
            description: enumIntrospection.description,
            values: (0, keyValMap_ts_1.keyValMap)(enumIntrospection.enumValues, (valueIntrospection) => valueIntrospection.name, (valueIntrospection) => ({
                description: valueIntrospection.description,
                deprecationReason: valueIntrospection.deprecationReason,
            })),
        });
    }
    function buildInputObjectDef(inputObjectIntrospection) {
        if (inputObjectIntrospection.inputFields == null) {
            const inputObjectIntrospectionStr = (0, inspect_ts_1.inspect)(inputObjectIntrospection);
            throw new Error(`Introspection result missing inputFields: ${inputObjectIntrospectionStr}.`);
        }
        return new definition_ts_1.GraphQLInputObjectType({
            name: inputObjectIntrospection.name,
            description: inputObjectIntrospection.description,
            fields: () => buildInputValueDefMap(inputObjectIntrospection.inputFields),
            isOneOf: inputObjectIntrospection.isOneOf,
        });
    }
    function buildFieldDefMap(typeIntrospection) {
        if (typeIntrospection.fields == null) {
            throw new Error(`Introspection result missing fields: ${(0, inspect_ts_1.inspect)(typeIntrospection)}.`);
        }
        return (0, keyValMap_ts_1.keyValMap)(typeIntrospection.fields, (fieldIntrospection) => fieldIntrospection.name, buildField);
    }
    function buildField(fieldIntrospection) {
        const type = getType(fieldIntrospection.type);
        if (!(0, definition_ts_1.isOutputType)(type)) {
            const typeStr = (0, inspect_ts_1.inspect)(type);
            throw new Error(`Introspection must provide output type for fields, but received: ${typeStr}.`);
        }
        if (fieldIntrospection.args == null) {
            const fieldIntrospectionStr = (0, inspect_ts_1.inspect)(fieldIntrospection);
            throw new Error(`Introspection result missing field args: ${fieldIntrospectionStr}.`);
        }
        return {
            description: fieldIntrospection.description,
            deprecationReason: fieldIntrospection.deprecationReason,
            type,
            args: buildInputValueDefMap(fieldIntrospection.args),
        };
    }
    function buildInputValueDefMap(inputValueIntrospections) {
        return (0, keyValMap_ts_1.keyValMap)(inputValueIntrospections, (inputValue) => inputValue.name, buildInputValue);
    }
    function buildInputValue(inputValueIntrospection) {
        const type = getType(inputValueIntrospection.type);
        if (!(0, definition_ts_1.isInputType)(type)) {
            const typeStr = (0, inspect_ts_1.inspect)(type);
            throw new Error(`Introspection must provide input type for arguments, but received: ${typeStr}.`);
        }
        return {
            description: inputValueIntrospection.description,
            type,
            default: inputValueIntrospection.defaultValue != null
                ? { literal: (0, parser_ts_1.parseConstValue)(inputValueIntrospection.defaultValue) }
                : undefined,
            deprecationReason: inputValueIntrospection.deprecationReason,
        };
    }
    function buildDirective(directiveIntrospection) {
        if (directiveIntrospection.args == null) {
            const directiveIntrospectionStr = (0, inspect_ts_1.inspect)(directiveIntrospection);
            throw new Error(`Introspection result missing directive args: ${directiveIntrospectionStr}.`);
        }
        if (directiveIntrospection.locations == null) {
            const directiveIntrospectionStr = (0, inspect_ts_1.inspect)(directiveIntrospection);
            throw new Error(`Introspection result missing directive locations: ${directiveIntrospectionStr}.`);
        }
        return new directives_ts_1.GraphQLDirective({
            name: directiveIntrospection.name,
            description: directiveIntrospection.description,
            isRepeatable: directiveIntrospection.isRepeatable,
            deprecationReason: directiveIntrospection.deprecationReason,
            locations: directiveIntrospection.locations.slice(),
            args: buildInputValueDefMap(directiveIntrospection.args),
        });
    }
}
//# sourceMappingURL=buildClientSchema.js.map

/***/ }),

/***/ 7572:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.coerceInputValue = coerceInputValue;
exports.coerceInputLiteral = coerceInputLiteral;
exports.coerceDefaultValue = coerceDefaultValue;
const inspect_ts_1 = __webpack_require__(5742);
const invariant_ts_1 = __webpack_require__(3650);
const isIterableObject_ts_1 = __webpack_require__(7341);
const isObjectLike_ts_1 = __webpack_require__(892);
const kinds_ts_1 = __webpack_require__(1123);
const definition_ts_1 = __webpack_require__(4169);
const replaceVariables_ts_1 = __webpack_require__(9977);
function coerceInputValue(inputValue, type) {
    if ((0, definition_ts_1.isNonNullType)(type)) {
        if (inputValue == null) {
            return;
        }
        return coerceInputValue(inputValue, type.ofType);
    }
    if (inputValue == null) {
        return null;
    }
    if ((0, definition_ts_1.isListType)(type)) {
        if (!(0, isIterableObject_ts_1.isIterableObject)(inputValue)) {
            const coercedItem = coerceInputValue(inputValue, type.ofType);
            if (coercedItem === undefined) {
                return;
            }
            return [coercedItem];
        }
        const coercedValue = [];
        for (const itemValue of inputValue) {
            const coercedItem = coerceInputValue(itemValue, type.ofType);
            if (coercedItem === undefined) {
                return;
            }
            coercedValue.push(coercedItem);
        }
        return coercedValue;
    }
    if ((0, definition_ts_1.isInputObjectType)(type)) {
        if (!(0, isObjectLike_ts_1.isObjectLike)(inputValue) || Array.isArray(inputValue)) {
            return;
        }
        const coercedValue = Object.create(null);
        const fieldDefs = type.getFields();
        let definedFieldCount = 0;
        for (const fieldName of Object.keys(inputValue)) {
            if (inputValue[fieldName] === undefined) {
                continue;
            }
            definedFieldCount++;
            if (!Object.hasOwn(fieldDefs, fieldName)) {
                return;
            }
        }
        for (const field of Object.values(fieldDefs)) {
            const fieldValue = inputValue[field.name];
            if (fieldValue === undefined) {
                if ((0, definition_ts_1.isRequiredInputField)(field)) {
                    return;
                }
                const coercedDefaultValue = coerceDefaultValue(field);
                if (coercedDefaultValue !== undefined) {
                    coercedValue[field.name] = coercedDefaultValue;
                }
            }
            else {
                const coercedField = coerceInputValue(fieldValue, field.type);
                if (coercedField === undefined) {
                    return;
                }
                coercedValue[field.name] = coercedField;
            }
        }
        if (type.isOneOf) {
            const keys = Object.keys(coercedValue);
            if (definedFieldCount !== 1 || keys.length !== 1) {
                return;
            }
            const key = keys[0];
            const value = coercedValue[key];
            if (value === null) {
                return;
            }
        }
        return coercedValue;
    }
    const leafType = (0, definition_ts_1.assertLeafType)(type);
    try {
        return leafType.coerceInputValue(inputValue);
    }
    catch (_error) {
    }
}
function coerceInputLiteral(valueNode, type, variableValues, fragmentVariableValues) {
    if (valueNode.kind === kinds_ts_1.Kind.VARIABLE) {
        const coercedVariableValue = getCoercedVariableValue(valueNode, variableValues, fragmentVariableValues);
        if (coercedVariableValue == null && (0, definition_ts_1.isNonNullType)(type)) {
            return;
        }
        return coercedVariableValue;
    }
    if ((0, definition_ts_1.isNonNullType)(type)) {
        if (valueNode.kind === kinds_ts_1.Kind.NULL) {
            return;
        }
        return coerceInputLiteral(valueNode, type.ofType, variableValues, fragmentVariableValues);
    }
    if (valueNode.kind === kinds_ts_1.Kind.NULL) {
        return null;
    }
    if ((0, definition_ts_1.isListType)(type)) {
        if (valueNode.kind !== kinds_ts_1.Kind.LIST) {
            const itemValue = coerceInputLiteral(valueNode, type.ofType, variableValues, fragmentVariableValues);
            if (itemValue === undefined) {
                return;
            }
            return [itemValue];
        }
        const coercedValue = [];
        for (const itemNode of valueNode.values) {
            let itemValue = coerceInputLiteral(itemNode, type.ofType, variableValues, fragmentVariableValues);
            if (itemValue === undefined) {
                if (itemNode.kind === kinds_ts_1.Kind.VARIABLE &&
                    getCoercedVariableValue(itemNode, variableValues, fragmentVariableValues) == null &&
                    !(0, definition_ts_1.isNonNullType)(type.ofType)) {
                    itemValue = null;
                }
                else {
                    return;
                }
            }
            coercedValue.push(itemValue);
        }
        return coercedValue;
    }
    if ((0, definition_ts_1.isInputObjectType)(type)) {
        if (valueNode.kind !== kinds_ts_1.Kind.OBJECT) {
            return;
        }
        const coercedValue = Object.create(null);
        const fieldDefs = type.getFields();
        const hasUndefinedField = valueNode.fields.some((field) => !Object.hasOwn(fieldDefs, field.name.value));
        if (hasUndefinedField) {
            return;
        }
        const fieldNodes = new Map(valueNode.fields.map((field) => [field.name.value, field]));
        for (const field of Object.values(fieldDefs)) {
            const fieldNode = fieldNodes.get(field.name);
            if (!fieldNode ||
                (fieldNode.value.kind === kinds_ts_1.Kind.VARIABLE &&
                    isMissingVariable(fieldNode.value, variableValues, fragmentVariableValues))) {
                if ((0, definition_ts_1.isRequiredInputField)(field)) {
                    return;
                }
                const coercedDefaultValue = coerceDefaultValue(field);
                if (coercedDefaultValue !== undefined) {
                    coercedValue[field.name] = coercedDefaultValue;
                }
            }
            else {
                const fieldValue = coerceInputLiteral(fieldNode.value, field.type, variableValues, fragmentVariableValues);
                if (fieldValue === undefined) {
                    return;
                }
                coercedValue[field.name] = fieldValue;
            }
        }
        if (type.isOneOf) {
            const coercedKeys = Object.keys(coercedValue);
            if (fieldNodes.size !== 1 || coercedKeys.length !== 1) {
                return;
            }
            for (const [fieldName, fieldNode] of fieldNodes) {
                if (fieldNode.value.kind === kinds_ts_1.Kind.NULL ||
                    coercedValue[fieldName] === null) {
                    return;
                }
            }
        }
        return coercedValue;
    }
    const leafType = (0, definition_ts_1.assertLeafType)(type);
    try {
        return leafType.coerceInputLiteral
            ? leafType.coerceInputLiteral((0, replaceVariables_ts_1.replaceVariables)(valueNode, variableValues, fragmentVariableValues))
            : leafType.parseLiteral(valueNode, variableValues?.coerced);
    }
    catch (_error) {
    }
}
function getCoercedVariableValue(variableNode, variableValues, fragmentVariableValues) {
    const varName = variableNode.name.value;
    if (fragmentVariableValues?.sources[varName] !== undefined) {
        return fragmentVariableValues.coerced[varName];
    }
    return variableValues?.coerced[varName];
}
function isMissingVariable(variableNode, variableValues, fragmentVariableValues) {
    const varName = variableNode.name.value;
    const scopedValues = fragmentVariableValues?.sources[varName] !== undefined
        ? fragmentVariableValues.coerced
        : variableValues?.coerced;
    return scopedValues?.[varName] === undefined;
}
function coerceDefaultValue(inputValue) {
    let coercedDefaultValue = inputValue._memoizedCoercedDefaultValue;
    if (coercedDefaultValue !== undefined) {
        return coercedDefaultValue;
    }
    const defaultInput = inputValue.default;
    if (defaultInput !== undefined) {
        coercedDefaultValue = defaultInput.literal
            ? coerceInputLiteral(defaultInput.literal, inputValue.type)
            : coerceInputValue(defaultInput.value, inputValue.type);
        if (!(coercedDefaultValue !== undefined))
            (0, invariant_ts_1.invariant)(false, `Expected value of type "${inputValue.type}" to be valid, found: ${(0, inspect_ts_1.inspect)(defaultInput.literal ?? defaultInput.value)}.`);
        inputValue._memoizedCoercedDefaultValue = coercedDefaultValue;
        return coercedDefaultValue;
    }
    const defaultValue = inputValue.defaultValue;
    if (defaultValue !== undefined) {
        inputValue._memoizedCoercedDefaultValue = defaultValue;
    }
    return defaultValue;
}
//# sourceMappingURL=coerceInputValue.js.map

/***/ }),

/***/ 3089:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.concatAST = concatAST;
const kinds_ts_1 = __webpack_require__(1123);
function concatAST(documents) {
    const definitions = [];
    for (const doc of documents) {
        definitions.push(...doc.definitions);
    }
    return { kind: kinds_ts_1.Kind.DOCUMENT, definitions };
}
//# sourceMappingURL=concatAST.js.map

/***/ }),

/***/ 5487:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSchema = extendSchema;
exports.extendSchemaImpl = extendSchemaImpl;
const AccumulatorMap_ts_1 = __webpack_require__(440);
const invariant_ts_1 = __webpack_require__(3650);
const kinds_ts_1 = __webpack_require__(1123);
const definition_ts_1 = __webpack_require__(4169);
const directives_ts_1 = __webpack_require__(1058);
const introspection_ts_1 = __webpack_require__(317);
const scalars_ts_1 = __webpack_require__(3571);
const schema_ts_1 = __webpack_require__(9299);
const validate_ts_1 = __webpack_require__(7063);
const values_ts_1 = __webpack_require__(3604);
const mapSchemaConfig_ts_1 = __webpack_require__(8545);
function extendSchema(schema, documentAST, options) {
    (0, schema_ts_1.assertSchema)(schema);
    if (options?.assumeValid !== true && options?.assumeValidSDL !== true) {
        (0, validate_ts_1.assertValidSDLExtension)(documentAST, schema);
    }
    const schemaConfig = schema.toConfig();
    const extendedConfig = extendSchemaImpl(schemaConfig, documentAST, options);
    return schemaConfig === extendedConfig
        ? schema
        : new schema_ts_1.GraphQLSchema(extendedConfig);
}
function extendSchemaImpl(schemaConfig, documentAST, options) {
    const typeDefs = [];
    const scalarExtensions = new AccumulatorMap_ts_1.AccumulatorMap();
    const objectExtensions = new AccumulatorMap_ts_1.AccumulatorMap();
    const interfaceExtensions = new AccumulatorMap_ts_1.AccumulatorMap();
    const unionExtensions = new AccumulatorMap_ts_1.AccumulatorMap();
    const enumExtensions = new AccumulatorMap_ts_1.AccumulatorMap();
    const inputObjectExtensions = new AccumulatorMap_ts_1.AccumulatorMap();
    const directiveExtensions = new AccumulatorMap_ts_1.AccumulatorMap();
    const directiveDefs = [];
    let schemaDef;
    const schemaExtensions = [];
    let isSchemaChanged = false;
    for (const def of documentAST.definitions) {
        switch (def.kind) {
            case kinds_ts_1.Kind.SCHEMA_DEFINITION:
                schemaDef = def;
                break;
            case kinds_ts_1.Kind.SCHEMA_EXTENSION:
                schemaExtensions.push(def);
                break;
            case kinds_ts_1.Kind.DIRECTIVE_DEFINITION:
                directiveDefs.push(def);
                break;
            case kinds_ts_1.Kind.DIRECTIVE_EXTENSION:
                directiveExtensions.add(def.name.value, def);
                break;
            case kinds_ts_1.Kind.SCALAR_TYPE_DEFINITION:
            case kinds_ts_1.Kind.OBJECT_TYPE_DEFINITION:
            case kinds_ts_1.Kind.INTERFACE_TYPE_DEFINITION:
            case kinds_ts_1.Kind.UNION_TYPE_DEFINITION:
            case kinds_ts_1.Kind.ENUM_TYPE_DEFINITION:
            case kinds_ts_1.Kind.INPUT_OBJECT_TYPE_DEFINITION:
                typeDefs.push(def);
                break;
            case kinds_ts_1.Kind.SCALAR_TYPE_EXTENSION:
                scalarExtensions.add(def.name.value, def);
                break;
            case kinds_ts_1.Kind.OBJECT_TYPE_EXTENSION:
                objectExtensions.add(def.name.value, def);
                break;
            case kinds_ts_1.Kind.INTERFACE_TYPE_EXTENSION:
                interfaceExtensions.add(def.name.value, def);
                break;
            case kinds_ts_1.Kind.UNION_TYPE_EXTENSION:
                unionExtensions.add(def.name.value, def);
                break;
            case kinds_ts_1.Kind.ENUM_TYPE_EXTENSION:
                enumExtensions.add(def.name.value, def);
                break;
            case kinds_ts_1.Kind.INPUT_OBJECT_TYPE_EXTENSION:
                inputObjectExtensions.add(def.name.value, def);
                break;
            default:
                continue;
        }
        isSchemaChanged = true;
    }
    if (!isSchemaChanged) {
        return schemaConfig;
    }
    return (0, mapSchemaConfig_ts_1.mapSchemaConfig)(schemaConfig, (context) => {
        const { getNamedType, setNamedType, getNamedTypes } = context;
        return {
            [mapSchemaConfig_ts_1.SchemaElementKind.SCHEMA]: (config) => {
                for (const typeNode of typeDefs) {
                    const type = stdTypeMap.get(typeNode.name.value) ?? buildNamedType(typeNode);
                    setNamedType(type);
                }
                const operationTypes = {
                    query: config.query &&
                        getNamedType(config.query.name),
                    mutation: config.mutation &&
                        getNamedType(config.mutation.name),
                    subscription: config.subscription &&
                        getNamedType(config.subscription.name),
                    ...(schemaDef && getOperationTypes([schemaDef])),
                    ...getOperationTypes(schemaExtensions),
                };
                return {
                    description: schemaDef?.description?.value ?? config.description,
                    ...operationTypes,
                    types: getNamedTypes(),
                    directives: [
                        ...config.directives.map(extendDirective),
                        ...directiveDefs.map(buildDirective),
                    ],
                    extensions: config.extensions,
                    astNode: schemaDef ?? config.astNode,
                    extensionASTNodes: config.extensionASTNodes.concat(schemaExtensions),
                    assumeValid: options?.assumeValid ?? false,
                };
            },
            [mapSchemaConfig_ts_1.SchemaElementKind.INPUT_OBJECT]: (config) => {
                const extensions = inputObjectExtensions.get(config.name) ?? [];
                return {
                    ...config,
                    fields: () => ({
                        ...config.fields(),
                        ...buildInputFieldMap(extensions),
                    }),
                    extensionASTNodes: config.extensionASTNodes.concat(extensions),
                };
            },
            [mapSchemaConfig_ts_1.SchemaElementKind.ENUM]: (config) => {
                const extensions = enumExtensions.get(config.name) ?? [];
                return {
                    ...config,
                    values: () => ({
                        ...config.values(),
                        ...buildEnumValueMap(extensions),
                    }),
                    extensionASTNodes: config.extensionASTNodes.concat(extensions),
                };
            },
            [mapSchemaConfig_ts_1.SchemaElementKind.SCALAR]: (config) => {
                const extensions = scalarExtensions.get(config.name) ?? [];
                let specifiedByURL = config.specifiedByURL;
                for (const extensionNode of extensions) {
                    specifiedByURL = getSpecifiedByURL(extensionNode) ?? specifiedByURL;
                }
                return {
                    ...config,
                    specifiedByURL,
                    extensionASTNodes: config.extensionASTNodes.concat(extensions),
                };
            },
            [mapSchemaConfig_ts_1.SchemaElementKind.OBJECT]: (config) => {
                const extensions = objectExtensions.get(config.name) ?? [];
                return {
                    ...config,
                    interfaces: () => [
                        ...config.interfaces(),
                        ...buildInterfaces(extensions),
                    ],
                    fields: () => ({
                        ...config.fields(),
                        ...buildFieldMap(extensions),
                    }),
                    extensionASTNodes: config.extensionASTNodes.concat(extensions),
                };
            },
            [mapSchemaConfig_ts_1.SchemaElementKind.INTERFACE]: (config) => {
                const extensions = interfaceExtensions.get(config.name) ?? [];
                return {
                    ...config,
                    interfaces: () => [
                        ...config.interfaces(),
                        ...buildInterfaces(extensions),
                    ],
                    fields: () => ({
                        ...config.fields(),
                        ...buildFieldMap(extensions),
                    }),
                    extensionASTNodes: config.extensionASTNodes.concat(extensions),
                };
            },
            [mapSchemaConfig_ts_1.SchemaElementKind.UNION]: (config) => {
                const extensions = unionExtensions.get(config.name) ?? [];
                return {
                    ...config,
                    types: () => [...config.types(), ...buildUnionTypes(extensions)],
                    extensionASTNodes: config.extensionASTNodes.concat(extensions),
                };
            },
        };
        function getOperationTypes(nodes) {
            const opTypes = {};
            for (const node of nodes) {
                const operationTypesNodes = node.operationTypes ?? [];
                for (const operationType of operationTypesNodes) {
                    opTypes[operationType.operation] = namedTypeFromAST(operationType.type);
                }
            }
            return opTypes;
        }
        function namedTypeFromAST(node) {
            const name = node.name.value;
            const type = getNamedType(name);
            if (!(type !== undefined))
                (0, invariant_ts_1.invariant)(false, `Unknown type: "${name}".`);
            return type;
        }
        function typeFromAST(node) {
            if (node.kind === kinds_ts_1.Kind.LIST_TYPE) {
                return new definition_ts_1.GraphQLList(typeFromAST(node.type));
            }
            if (node.kind === kinds_ts_1.Kind.NON_NULL_TYPE) {
                return new definition_ts_1.GraphQLNonNull(typeFromAST(node.type));
            }
            return namedTypeFromAST(node);
        }
        function buildDirective(node) {
            const extensionASTNodes = directiveExtensions.get(node.name.value) ?? [];
            const deprecationReason = getDeprecationReason(node) ??
                extensionASTNodes
                    .map((extensionNode) => getDeprecationReason(extensionNode))
                    .find((reason) => reason != null);
            return new directives_ts_1.GraphQLDirective({
                name: node.name.value,
                description: node.description?.value,
                locations: node.locations.map(({ value }) => value),
                isRepeatable: node.repeatable,
                args: buildArgumentMap(node.arguments),
                deprecationReason,
                astNode: node,
                extensionASTNodes,
            });
        }
        function extendDirective(directive) {
            const extensionASTNodes = directiveExtensions.get(directive.name) ?? [];
            if (extensionASTNodes.length === 0) {
                return directive;
            }
            const deprecationReason = directive.deprecationReason ??
                extensionASTNodes
                    .map((extensionNode) => getDeprecationReason(extensionNode))
                    .find((reason) => reason != null);
            return new directives_ts_1.GraphQLDirective({
                ...directive.toConfig(),
                deprecationReason,
                extensionASTNodes: directive.extensionASTNodes.concat(extensionASTNodes),
            });
        }
        function buildFieldMap(nodes) {
            const fieldConfigMap = Object.create(null);
            for (const node of nodes) {
                const nodeFields = node.fields ?? [];
                for (const field of nodeFields) {
                    fieldConfigMap[field.name.value] = {
                        type: typeFromAST(field.type),
                        description: field.description?.value,
                        args: buildArgumentMap(field.arguments),
                        deprecationReason: getDeprecationReason(field),
                        astNode: field,
                    };
                }
            }
            return fieldConfigMap;
        }
        function buildArgumentMap(args) {
            const argsNodes = args ?? [];
            const argConfigMap = Object.create(null);
            for (const arg of argsNodes) {
                const type = typeFromAST(arg.type);
                argConfigMap[arg.name.value] = {
                    type,
                    description: arg.description?.value,
                    default: arg.defaultValue && { literal: arg.defaultValue },
                    deprecationReason: getDeprecationReason(arg),
                    astNode: arg,
                };
            }
            return argConfigMap;
        }
        function buildInputFieldMap(nodes) {
            const inputFieldMap = Object.create(null);
            for (const node of nodes) {
                const fieldsNodes = node.fields ?? [];
                for (const field of fieldsNodes) {
                    const type = typeFromAST(field.type);
                    inputFieldMap[field.name.value] = {
                        type,
                        description: field.description?.value,
                        default: field.defaultValue && { literal: field.defaultValue },
                        deprecationReason: getDeprecationReason(field),
                        astNode: field,
                    };
                }
            }
            return inputFieldMap;
        }
        function buildEnumValueMap(nodes) {
            const enumValueMap = Object.create(null);
            for (const node of nodes) {
                const valuesNodes = node.values ?? [];
                for (const value of valuesNodes) {
                    enumValueMap[value.name.value] = {
                        description: value.description?.value,
                        deprecationReason: getDeprecationReason(value),
                        astNode: value,
                    };
                }
            }
            return enumValueMap;
        }
        function buildInterfaces(nodes) {
            return nodes.flatMap((node) => node.interfaces?.map(namedTypeFromAST) ?? []);
        }
        function buildUnionTypes(nodes) {
            return nodes.flatMap((node) => node.types?.map(namedTypeFromAST) ?? []);
        }
        function buildNamedType(astNode) {
            const name = astNode.name.value;
            switch (astNode.kind) {
                case kinds_ts_1.Kind.OBJECT_TYPE_DEFINITION: {
                    const extensionASTNodes = objectExtensions.get(name) ?? [];
                    const allNodes = [astNode, ...extensionASTNodes];
                    return new definition_ts_1.GraphQLObjectType({
                        name,
                        description: astNode.description?.value,
                        interfaces: () => buildInterfaces(allNodes),
                        fields: () => buildFieldMap(allNodes),
                        astNode,
                        extensionASTNodes,
                    });
                }
                case kinds_ts_1.Kind.INTERFACE_TYPE_DEFINITION: {
                    const extensionASTNodes = interfaceExtensions.get(name) ?? [];
                    const allNodes = [astNode, ...extensionASTNodes];
                    return new definition_ts_1.GraphQLInterfaceType({
                        name,
                        description: astNode.description?.value,
                        interfaces: () => buildInterfaces(allNodes),
                        fields: () => buildFieldMap(allNodes),
                        astNode,
                        extensionASTNodes,
                    });
                }
                case kinds_ts_1.Kind.ENUM_TYPE_DEFINITION: {
                    const extensionASTNodes = enumExtensions.get(name) ?? [];
                    const allNodes = [astNode, ...extensionASTNodes];
                    return new definition_ts_1.GraphQLEnumType({
                        name,
                        description: astNode.description?.value,
                        values: () => buildEnumValueMap(allNodes),
                        astNode,
                        extensionASTNodes,
                    });
                }
                case kinds_ts_1.Kind.UNION_TYPE_DEFINITION: {
                    const extensionASTNodes = unionExtensions.get(name) ?? [];
                    const allNodes = [astNode, ...extensionASTNodes];
                    return new definition_ts_1.GraphQLUnionType({
                        name,
                        description: astNode.description?.value,
                        types: () => buildUnionTypes(allNodes),
                        astNode,
                        extensionASTNodes,
                    });
                }
                case kinds_ts_1.Kind.SCALAR_TYPE_DEFINITION: {
                    const extensionASTNodes = scalarExtensions.get(name) ?? [];
                    let specifiedByURL = getSpecifiedByURL(astNode);
                    for (const extensionNode of extensionASTNodes) {
                        specifiedByURL = getSpecifiedByURL(extensionNode) ?? specifiedByURL;
                    }
                    return new definition_ts_1.GraphQLScalarType({
                        name,
                        description: astNode.description?.value,
                        specifiedByURL,
                        astNode,
                        extensionASTNodes,
                    });
                }
                case kinds_ts_1.Kind.INPUT_OBJECT_TYPE_DEFINITION: {
                    const extensionASTNodes = inputObjectExtensions.get(name) ?? [];
                    const allNodes = [astNode, ...extensionASTNodes];
                    return new definition_ts_1.GraphQLInputObjectType({
                        name,
                        description: astNode.description?.value,
                        fields: () => buildInputFieldMap(allNodes),
                        astNode,
                        extensionASTNodes,
                        isOneOf: isOneOf(astNode),
                    });
                }
            }
        }
    });
}
const stdTypeMap = new Map([...scalars_ts_1.specifiedScalarTypes, ...introspection_ts_1.introspectionTypes].map((type) => [
    type.name,
    type,
]));
function getDeprecationReason(node) {
    const deprecated = (0, values_ts_1.getDirectiveValues)(directives_ts_1.GraphQLDeprecatedDirective, node);
    return deprecated?.reason;
}
function getSpecifiedByURL(node) {
    const specifiedBy = (0, values_ts_1.getDirectiveValues)(directives_ts_1.GraphQLSpecifiedByDirective, node);
    return specifiedBy?.url;
}
function isOneOf(node) {
    return Boolean((0, values_ts_1.getDirectiveValues)(directives_ts_1.GraphQLOneOfDirective, node));
}
//# sourceMappingURL=extendSchema.js.map

/***/ }),

/***/ 4439:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SafeChangeType = exports.DangerousChangeType = exports.BreakingChangeType = void 0;
exports.findBreakingChanges = findBreakingChanges;
exports.findDangerousChanges = findDangerousChanges;
exports.findSchemaChanges = findSchemaChanges;
const inspect_ts_1 = __webpack_require__(5742);
const invariant_ts_1 = __webpack_require__(3650);
const keyMap_ts_1 = __webpack_require__(7579);
const printer_ts_1 = __webpack_require__(9936);
const definition_ts_1 = __webpack_require__(4169);
const scalars_ts_1 = __webpack_require__(3571);
const getDefaultValueAST_ts_1 = __webpack_require__(1474);
const sortValueNode_ts_1 = __webpack_require__(7287);
exports.BreakingChangeType = {
    TYPE_REMOVED: 'TYPE_REMOVED',
    TYPE_CHANGED_KIND: 'TYPE_CHANGED_KIND',
    TYPE_REMOVED_FROM_UNION: 'TYPE_REMOVED_FROM_UNION',
    VALUE_REMOVED_FROM_ENUM: 'VALUE_REMOVED_FROM_ENUM',
    REQUIRED_INPUT_FIELD_ADDED: 'REQUIRED_INPUT_FIELD_ADDED',
    IMPLEMENTED_INTERFACE_REMOVED: 'IMPLEMENTED_INTERFACE_REMOVED',
    FIELD_REMOVED: 'FIELD_REMOVED',
    FIELD_CHANGED_KIND: 'FIELD_CHANGED_KIND',
    REQUIRED_ARG_ADDED: 'REQUIRED_ARG_ADDED',
    ARG_REMOVED: 'ARG_REMOVED',
    ARG_CHANGED_KIND: 'ARG_CHANGED_KIND',
    DIRECTIVE_REMOVED: 'DIRECTIVE_REMOVED',
    DIRECTIVE_ARG_REMOVED: 'DIRECTIVE_ARG_REMOVED',
    REQUIRED_DIRECTIVE_ARG_ADDED: 'REQUIRED_DIRECTIVE_ARG_ADDED',
    DIRECTIVE_REPEATABLE_REMOVED: 'DIRECTIVE_REPEATABLE_REMOVED',
    DIRECTIVE_LOCATION_REMOVED: 'DIRECTIVE_LOCATION_REMOVED',
};
exports.DangerousChangeType = {
    VALUE_ADDED_TO_ENUM: 'VALUE_ADDED_TO_ENUM',
    TYPE_ADDED_TO_UNION: 'TYPE_ADDED_TO_UNION',
    OPTIONAL_INPUT_FIELD_ADDED: 'OPTIONAL_INPUT_FIELD_ADDED',
    OPTIONAL_ARG_ADDED: 'OPTIONAL_ARG_ADDED',
    IMPLEMENTED_INTERFACE_ADDED: 'IMPLEMENTED_INTERFACE_ADDED',
    ARG_DEFAULT_VALUE_CHANGE: 'ARG_DEFAULT_VALUE_CHANGE',
    INPUT_FIELD_DEFAULT_VALUE_CHANGE: 'INPUT_FIELD_DEFAULT_VALUE_CHANGE',
};
exports.SafeChangeType = {
    DESCRIPTION_CHANGED: 'DESCRIPTION_CHANGED',
    TYPE_ADDED: 'TYPE_ADDED',
    OPTIONAL_INPUT_FIELD_ADDED: 'OPTIONAL_INPUT_FIELD_ADDED',
    OPTIONAL_ARG_ADDED: 'OPTIONAL_ARG_ADDED',
    DIRECTIVE_ADDED: 'DIRECTIVE_ADDED',
    FIELD_ADDED: 'FIELD_ADDED',
    DIRECTIVE_REPEATABLE_ADDED: 'DIRECTIVE_REPEATABLE_ADDED',
    DIRECTIVE_LOCATION_ADDED: 'DIRECTIVE_LOCATION_ADDED',
    OPTIONAL_DIRECTIVE_ARG_ADDED: 'OPTIONAL_DIRECTIVE_ARG_ADDED',
    FIELD_CHANGED_KIND_SAFE: 'FIELD_CHANGED_KIND_SAFE',
    ARG_CHANGED_KIND_SAFE: 'ARG_CHANGED_KIND_SAFE',
    ARG_DEFAULT_VALUE_ADDED: 'ARG_DEFAULT_VALUE_ADDED',
    INPUT_FIELD_DEFAULT_VALUE_ADDED: 'INPUT_FIELD_DEFAULT_VALUE_ADDED',
};
function findBreakingChanges(oldSchema, newSchema) {
    return findSchemaChanges(oldSchema, newSchema).filter((change) => change.type in exports.BreakingChangeType);
}
function findDangerousChanges(oldSchema, newSchema) {
    return findSchemaChanges(oldSchema, newSchema).filter((change) => change.type in exports.DangerousChangeType);
}
function findSchemaChanges(oldSchema, newSchema) {
    return [
        ...findTypeChanges(oldSchema, newSchema),
        ...findDirectiveChanges(oldSchema, newSchema),
    ];
}
function findDirectiveChanges(oldSchema, newSchema) {
    const schemaChanges = [];
    const directivesDiff = diff(oldSchema.getDirectives(), newSchema.getDirectives());
    for (const oldDirective of directivesDiff.removed) {
        schemaChanges.push({
            type: exports.BreakingChangeType.DIRECTIVE_REMOVED,
            description: `Directive ${oldDirective} was removed.`,
        });
    }
    for (const newDirective of directivesDiff.added) {
        schemaChanges.push({
            type: exports.SafeChangeType.DIRECTIVE_ADDED,
            description: `Directive @${newDirective.name} was added.`,
        });
    }
    for (const [oldDirective, newDirective] of directivesDiff.persisted) {
        const argsDiff = diff(oldDirective.args, newDirective.args);
        for (const newArg of argsDiff.added) {
            if ((0, definition_ts_1.isRequiredArgument)(newArg)) {
                schemaChanges.push({
                    type: exports.BreakingChangeType.REQUIRED_DIRECTIVE_ARG_ADDED,
                    description: `A required argument ${newArg} was added.`,
                });
            }
            else {
                schemaChanges.push({
                    type: exports.SafeChangeType.OPTIONAL_DIRECTIVE_ARG_ADDED,
                    description: `An optional argument @${oldDirective.name}(${newArg.name}:) was added.`,
                });
            }
        }
        for (const oldArg of argsDiff.removed) {
            schemaChanges.push({
                type: exports.BreakingChangeType.DIRECTIVE_ARG_REMOVED,
                description: `Argument ${oldArg} was removed.`,
            });
        }
        for (const [oldArg, newArg] of argsDiff.persisted) {
            const isSafe = isChangeSafeForInputObjectFieldOrFieldArg(oldArg.type, newArg.type);
            const oldDefaultValueStr = getDefaultValue(oldArg);
            const newDefaultValueStr = getDefaultValue(newArg);
            if (!isSafe) {
                schemaChanges.push({
                    type: exports.BreakingChangeType.ARG_CHANGED_KIND,
                    description: `Argument @${oldDirective.name}(${oldArg.name}:) has changed type from ` +
                        `${String(oldArg.type)} to ${String(newArg.type)}.`,
                });
            }
            else if (oldDefaultValueStr !== undefined) {
                if (newDefaultValueStr === undefined) {
                    schemaChanges.push({
                        type: exports.DangerousChangeType.ARG_DEFAULT_VALUE_CHANGE,
                        description: `@${oldDirective.name}(${oldArg.name}:) defaultValue was removed.`,
                    });
                }
                else if (oldDefaultValueStr !== newDefaultValueStr) {
                    schemaChanges.push({
                        type: exports.DangerousChangeType.ARG_DEFAULT_VALUE_CHANGE,
                        description: `@${oldDirective.name}(${oldArg.name}:) has changed defaultValue from ${oldDefaultValueStr} to ${newDefaultValueStr}.`,
                    });
                }
            }
            else if (newDefaultValueStr !== undefined &&
                oldDefaultValueStr === undefined) {
                schemaChanges.push({
                    type: exports.SafeChangeType.ARG_DEFAULT_VALUE_ADDED,
                    description: `@${oldDirective.name}(${oldArg.name}:) added a defaultValue ${newDefaultValueStr}.`,
                });
            }
            else if (oldArg.type.toString() !== newArg.type.toString()) {
                schemaChanges.push({
                    type: exports.SafeChangeType.ARG_CHANGED_KIND_SAFE,
                    description: `Argument @${oldDirective.name}(${oldArg.name}:) has changed type from ` +
                        `${String(oldArg.type)} to ${String(newArg.type)}.`,
                });
            }
            if (oldArg.description !== newArg.description) {
                schemaChanges.push({
                    type: exports.SafeChangeType.DESCRIPTION_CHANGED,
                    description: `Description of @${oldDirective.name}(${oldDirective.name}) has changed to "${newArg.description}".`,
                });
            }
        }
        if (oldDirective.isRepeatable && !newDirective.isRepeatable) {
            schemaChanges.push({
                type: exports.BreakingChangeType.DIRECTIVE_REPEATABLE_REMOVED,
                description: `Repeatable flag was removed from ${oldDirective}.`,
            });
        }
        else if (newDirective.isRepeatable && !oldDirective.isRepeatable) {
            schemaChanges.push({
                type: exports.SafeChangeType.DIRECTIVE_REPEATABLE_ADDED,
                description: `Repeatable flag was added to @${oldDirective.name}.`,
            });
        }
        if (oldDirective.description !== newDirective.description) {
            schemaChanges.push({
                type: exports.SafeChangeType.DESCRIPTION_CHANGED,
                description: `Description of @${oldDirective.name} has changed to "${newDirective.description}".`,
            });
        }
        for (const location of oldDirective.locations) {
            if (!newDirective.locations.includes(location)) {
                schemaChanges.push({
                    type: exports.BreakingChangeType.DIRECTIVE_LOCATION_REMOVED,
                    description: `${location} was removed from ${oldDirective}.`,
                });
            }
        }
        for (const location of newDirective.locations) {
            if (!oldDirective.locations.includes(location)) {
                schemaChanges.push({
                    type: exports.SafeChangeType.DIRECTIVE_LOCATION_ADDED,
                    description: `${location} was added to @${oldDirective.name}.`,
                });
            }
        }
    }
    return schemaChanges;
}
function findTypeChanges(oldSchema, newSchema) {
    const schemaChanges = [];
    const typesDiff = diff(Object.values(oldSchema.getTypeMap()), Object.values(newSchema.getTypeMap()));
    for (const oldType of typesDiff.removed) {
        schemaChanges.push({
            type: exports.BreakingChangeType.TYPE_REMOVED,
            description: (0, scalars_ts_1.isSpecifiedScalarType)(oldType)
                ? `Standard scalar ${oldType} was removed because it is not referenced anymore.`
                : `${oldType} was removed.`,
        });
    }
    for (const newType of typesDiff.added) {
        schemaChanges.push({
            type: exports.SafeChangeType.TYPE_ADDED,
            description: `${newType} was added.`,
        });
    }
    for (const [oldType, newType] of typesDiff.persisted) {
        if (oldType.description !== newType.description) {
            schemaChanges.push({
                type: exports.SafeChangeType.DESCRIPTION_CHANGED,
                description: `Description of ${oldType.name} has changed to "${newType.description}".`,
            });
        }
        if ((0, definition_ts_1.isEnumType)(oldType) && (0, definition_ts_1.isEnumType)(newType)) {
            schemaChanges.push(...findEnumTypeChanges(oldType, newType));
        }
        else if ((0, definition_ts_1.isUnionType)(oldType) && (0, definition_ts_1.isUnionType)(newType)) {
            schemaChanges.push(...findUnionTypeChanges(oldType, newType));
        }
        else if ((0, definition_ts_1.isInputObjectType)(oldType) && (0, definition_ts_1.isInputObjectType)(newType)) {
            schemaChanges.push(...findInputObjectTypeChanges(oldType, newType));
        }
        else if ((0, definition_ts_1.isObjectType)(oldType) && (0, definition_ts_1.isObjectType)(newType)) {
            schemaChanges.push(...findFieldChanges(oldType, newType), ...findImplementedInterfacesChanges(oldType, newType));
        }
        else if ((0, definition_ts_1.isInterfaceType)(oldType) && (0, definition_ts_1.isInterfaceType)(newType)) {
            schemaChanges.push(...findFieldChanges(oldType, newType), ...findImplementedInterfacesChanges(oldType, newType));
        }
        else if (oldType.constructor !== newType.constructor) {
            schemaChanges.push({
                type: exports.BreakingChangeType.TYPE_CHANGED_KIND,
                description: `${oldType} changed from ${typeKindName(oldType)} to ${typeKindName(newType)}.`,
            });
        }
    }
    return schemaChanges;
}
function findInputObjectTypeChanges(oldType, newType) {
    const schemaChanges = [];
    const fieldsDiff = diff(Object.values(oldType.getFields()), Object.values(newType.getFields()));
    for (const newField of fieldsDiff.added) {
        if ((0, definition_ts_1.isRequiredInputField)(newField)) {
            schemaChanges.push({
                type: exports.BreakingChangeType.REQUIRED_INPUT_FIELD_ADDED,
                description: `A required field ${newField} was added.`,
            });
        }
        else {
            schemaChanges.push({
                type: exports.DangerousChangeType.OPTIONAL_INPUT_FIELD_ADDED,
                description: `An optional field ${newField} was added.`,
            });
        }
    }
    for (const oldField of fieldsDiff.removed) {
        schemaChanges.push({
            type: exports.BreakingChangeType.FIELD_REMOVED,
            description: `Field ${oldField} was removed.`,
        });
    }
    for (const [oldField, newField] of fieldsDiff.persisted) {
        const isSafe = isChangeSafeForInputObjectFieldOrFieldArg(oldField.type, newField.type);
        const oldDefaultValueStr = getDefaultValue(oldField);
        const newDefaultValueStr = getDefaultValue(newField);
        if (!isSafe) {
            schemaChanges.push({
                type: exports.BreakingChangeType.FIELD_CHANGED_KIND,
                description: `Field ${newField} changed type from ${oldField.type} to ${newField.type}.`,
            });
        }
        else if (oldDefaultValueStr !== undefined) {
            if (newDefaultValueStr === undefined) {
                schemaChanges.push({
                    type: exports.DangerousChangeType.INPUT_FIELD_DEFAULT_VALUE_CHANGE,
                    description: `${oldField} defaultValue was removed.`,
                });
            }
            else if (oldDefaultValueStr !== newDefaultValueStr) {
                schemaChanges.push({
                    type: exports.DangerousChangeType.INPUT_FIELD_DEFAULT_VALUE_CHANGE,
                    description: `${oldField} has changed defaultValue from ${oldDefaultValueStr} to ${newDefaultValueStr}.`,
                });
            }
        }
        else if (newDefaultValueStr !== undefined &&
            oldDefaultValueStr === undefined) {
            schemaChanges.push({
                type: exports.SafeChangeType.INPUT_FIELD_DEFAULT_VALUE_ADDED,
                description: `${oldField} added a defaultValue ${newDefaultValueStr}.`,
            });
        }
        else if (oldField.type.toString() !== newField.type.toString()) {
            schemaChanges.push({
                type: exports.SafeChangeType.FIELD_CHANGED_KIND_SAFE,
                description: `Field ${oldType}.${oldField.name} changed type from ` +
                    `${String(oldField.type)} to ${String(newField.type)}.`,
            });
        }
        if (oldField.description !== newField.description) {
            schemaChanges.push({
                type: exports.SafeChangeType.DESCRIPTION_CHANGED,
                description: `Description of input-field ${newType}.${newField.name} has changed to "${newField.description}".`,
            });
        }
    }
    return schemaChanges;
}
function findUnionTypeChanges(oldType, newType) {
    const schemaChanges = [];
    const possibleTypesDiff = diff(oldType.getTypes(), newType.getTypes());
    for (const newPossibleType of possibleTypesDiff.added) {
        schemaChanges.push({
            type: exports.DangerousChangeType.TYPE_ADDED_TO_UNION,
            description: `${newPossibleType} was added to union type ${oldType}.`,
        });
    }
    for (const oldPossibleType of possibleTypesDiff.removed) {
        schemaChanges.push({
            type: exports.BreakingChangeType.TYPE_REMOVED_FROM_UNION,
            description: `${oldPossibleType} was removed from union type ${oldType}.`,
        });
    }
    return schemaChanges;
}
function findEnumTypeChanges(oldType, newType) {
    const schemaChanges = [];
    const valuesDiff = diff(oldType.getValues(), newType.getValues());
    for (const newValue of valuesDiff.added) {
        schemaChanges.push({
            type: exports.DangerousChangeType.VALUE_ADDED_TO_ENUM,
            description: `Enum value ${newValue} was added.`,
        });
    }
    for (const oldValue of valuesDiff.removed) {
        schemaChanges.push({
            type: exports.BreakingChangeType.VALUE_REMOVED_FROM_ENUM,
            description: `Enum value ${oldValue} was removed.`,
        });
    }
    for (const [oldValue, newValue] of valuesDiff.persisted) {
        if (oldValue.description !== newValue.description) {
            schemaChanges.push({
                type: exports.SafeChangeType.DESCRIPTION_CHANGED,
                description: `Description of enum value ${oldType}.${oldValue.name} has changed to "${newValue.description}".`,
            });
        }
    }
    return schemaChanges;
}
function findImplementedInterfacesChanges(oldType, newType) {
    const schemaChanges = [];
    const interfacesDiff = diff(oldType.getInterfaces(), newType.getInterfaces());
    for (const newInterface of interfacesDiff.added) {
        schemaChanges.push({
            type: exports.DangerousChangeType.IMPLEMENTED_INTERFACE_ADDED,
            description: `${newInterface} added to interfaces implemented by ${oldType}.`,
        });
    }
    for (const oldInterface of interfacesDiff.removed) {
        schemaChanges.push({
            type: exports.BreakingChangeType.IMPLEMENTED_INTERFACE_REMOVED,
            description: `${oldType} no longer implements interface ${oldInterface}.`,
        });
    }
    return schemaChanges;
}
function findFieldChanges(oldType, newType) {
    const schemaChanges = [];
    const fieldsDiff = diff(Object.values(oldType.getFields()), Object.values(newType.getFields()));
    for (const oldField of fieldsDiff.removed) {
        schemaChanges.push({
            type: exports.BreakingChangeType.FIELD_REMOVED,
            description: `Field ${oldField} was removed.`,
        });
    }
    for (const newField of fieldsDiff.added) {
        schemaChanges.push({
            type: exports.SafeChangeType.FIELD_ADDED,
            description: `Field ${oldType}.${newField.name} was added.`,
        });
    }
    for (const [oldField, newField] of fieldsDiff.persisted) {
        schemaChanges.push(...findArgChanges(oldField, newField));
        const isSafe = isChangeSafeForObjectOrInterfaceField(oldField.type, newField.type);
        if (!isSafe) {
            schemaChanges.push({
                type: exports.BreakingChangeType.FIELD_CHANGED_KIND,
                description: `Field ${newField} changed type from ${oldField.type} to ${newField.type}.`,
            });
        }
        else if (oldField.type.toString() !== newField.type.toString()) {
            schemaChanges.push({
                type: exports.SafeChangeType.FIELD_CHANGED_KIND_SAFE,
                description: `Field ${oldType}.${oldField.name} changed type from ` +
                    `${String(oldField.type)} to ${String(newField.type)}.`,
            });
        }
        if (oldField.description !== newField.description) {
            schemaChanges.push({
                type: exports.SafeChangeType.DESCRIPTION_CHANGED,
                description: `Description of field ${oldType}.${oldField.name} has changed to "${newField.description}".`,
            });
        }
    }
    return schemaChanges;
}
function findArgChanges(oldField, newField) {
    const schemaChanges = [];
    const argsDiff = diff(oldField.args, newField.args);
    for (const oldArg of argsDiff.removed) {
        schemaChanges.push({
            type: exports.BreakingChangeType.ARG_REMOVED,
            description: `Argument ${oldArg} was removed.`,
        });
    }
    for (const [oldArg, newArg] of argsDiff.persisted) {
        const isSafe = isChangeSafeForInputObjectFieldOrFieldArg(oldArg.type, newArg.type);
        const oldDefaultValueStr = getDefaultValue(oldArg);
        const newDefaultValueStr = getDefaultValue(newArg);
        if (!isSafe) {
            schemaChanges.push({
                type: exports.BreakingChangeType.ARG_CHANGED_KIND,
                description: `Argument ${newArg} has changed type from ${oldArg.type} to ${newArg.type}.`,
            });
        }
        else if (oldDefaultValueStr !== undefined) {
            if (newDefaultValueStr === undefined) {
                schemaChanges.push({
                    type: exports.DangerousChangeType.ARG_DEFAULT_VALUE_CHANGE,
                    description: `${oldArg} defaultValue was removed.`,
                });
            }
            else if (oldDefaultValueStr !== newDefaultValueStr) {
                schemaChanges.push({
                    type: exports.DangerousChangeType.ARG_DEFAULT_VALUE_CHANGE,
                    description: `${oldArg} has changed defaultValue from ${oldDefaultValueStr} to ${newDefaultValueStr}.`,
                });
            }
        }
        else if (newDefaultValueStr !== undefined &&
            oldDefaultValueStr === undefined) {
            schemaChanges.push({
                type: exports.SafeChangeType.ARG_DEFAULT_VALUE_ADDED,
                description: `${oldArg} added a defaultValue ${newDefaultValueStr}.`,
            });
        }
        else if (oldArg.type.toString() !== newArg.type.toString()) {
            schemaChanges.push({
                type: exports.SafeChangeType.ARG_CHANGED_KIND_SAFE,
                description: `Argument ${oldArg} has changed type from ` +
                    `${String(oldArg.type)} to ${String(newArg.type)}.`,
            });
        }
        if (oldArg.description !== newArg.description) {
            schemaChanges.push({
                type: exports.SafeChangeType.DESCRIPTION_CHANGED,
                description: `Description of argument ${oldArg} has changed to "${newArg.description}".`,
            });
        }
    }
    for (const newArg of argsDiff.added) {
        if ((0, definition_ts_1.isRequiredArgument)(newArg)) {
            schemaChanges.push({
                type: exports.BreakingChangeType.REQUIRED_ARG_ADDED,
                description: `A required argument ${newArg} was added.`,
            });
        }
        else {
            schemaChanges.push({
                type: exports.DangerousChangeType.OPTIONAL_ARG_ADDED,
                description: `An optional argument ${newArg} was added.`,
            });
        }
    }
    return schemaChanges;
}
function isChangeSafeForObjectOrInterfaceField(oldType, newType) {
    if ((0, definition_ts_1.isListType)(oldType)) {
        return (((0, definition_ts_1.isListType)(newType) &&
            isChangeSafeForObjectOrInterfaceField(oldType.ofType, newType.ofType)) ||
            ((0, definition_ts_1.isNonNullType)(newType) &&
                isChangeSafeForObjectOrInterfaceField(oldType, newType.ofType)));
    }
    if ((0, definition_ts_1.isNonNullType)(oldType)) {
        return ((0, definition_ts_1.isNonNullType)(newType) &&
            isChangeSafeForObjectOrInterfaceField(oldType.ofType, newType.ofType));
    }
    return (((0, definition_ts_1.isNamedType)(newType) && oldType.name === newType.name) ||
        ((0, definition_ts_1.isNonNullType)(newType) &&
            isChangeSafeForObjectOrInterfaceField(oldType, newType.ofType)));
}
function isChangeSafeForInputObjectFieldOrFieldArg(oldType, newType) {
    if ((0, definition_ts_1.isListType)(oldType)) {
        return ((0, definition_ts_1.isListType)(newType) &&
            isChangeSafeForInputObjectFieldOrFieldArg(oldType.ofType, newType.ofType));
    }
    if ((0, definition_ts_1.isNonNullType)(oldType)) {
        return (((0, definition_ts_1.isNonNullType)(newType) &&
            isChangeSafeForInputObjectFieldOrFieldArg(oldType.ofType, newType.ofType)) ||
            (!(0, definition_ts_1.isNonNullType)(newType) &&
                isChangeSafeForInputObjectFieldOrFieldArg(oldType.ofType, newType)));
    }
    return (0, definition_ts_1.isNamedType)(newType) && oldType.name === newType.name;
}
function typeKindName(type) {
    if ((0, definition_ts_1.isScalarType)(type)) {
        return 'a Scalar type';
    }
    if ((0, definition_ts_1.isObjectType)(type)) {
        return 'an Object type';
    }
    if ((0, definition_ts_1.isInterfaceType)(type)) {
        return 'an Interface type';
    }
    if ((0, definition_ts_1.isUnionType)(type)) {
        return 'a Union type';
    }
    if ((0, definition_ts_1.isEnumType)(type)) {
        return 'an Enum type';
    }
    if ((0, definition_ts_1.isInputObjectType)(type)) {
        return 'an Input type';
    }
    (0, invariant_ts_1.invariant)(false, 'Unexpected type: ' + (0, inspect_ts_1.inspect)(type));
}
function getDefaultValue(argOrInputField) {
    const ast = (0, getDefaultValueAST_ts_1.getDefaultValueAST)(argOrInputField);
    if (ast) {
        return (0, printer_ts_1.print)((0, sortValueNode_ts_1.sortValueNode)(ast));
    }
}
function diff(oldArray, newArray) {
    const added = [];
    const removed = [];
    const persisted = [];
    const oldMap = (0, keyMap_ts_1.keyMap)(oldArray, ({ name }) => name);
    const newMap = (0, keyMap_ts_1.keyMap)(newArray, ({ name }) => name);
    for (const oldItem of oldArray) {
        const newItem = newMap[oldItem.name];
        if (newItem === undefined) {
            removed.push(oldItem);
        }
        else {
            persisted.push([oldItem, newItem]);
        }
    }
    for (const newItem of newArray) {
        if (oldMap[newItem.name] === undefined) {
            added.push(newItem);
        }
    }
    return { added, persisted, removed };
}
//# sourceMappingURL=findSchemaChanges.js.map

/***/ }),

/***/ 1474:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getDefaultValueAST = getDefaultValueAST;
const invariant_ts_1 = __webpack_require__(3650);
const astFromValue_ts_1 = __webpack_require__(8893);
const valueToLiteral_ts_1 = __webpack_require__(107);
function getDefaultValueAST(argOrInputField) {
    const type = argOrInputField.type;
    const defaultInput = argOrInputField.default;
    if (defaultInput) {
        const literal = defaultInput.literal ?? (0, valueToLiteral_ts_1.valueToLiteral)(defaultInput.value, type);
        if (!(literal != null))
            (0, invariant_ts_1.invariant)(false, 'Invalid default value');
        return literal;
    }
    const defaultValue = argOrInputField.defaultValue;
    if (defaultValue !== undefined) {
        const valueAST = (0, astFromValue_ts_1.astFromValue)(defaultValue, type);
        if (!(valueAST != null))
            (0, invariant_ts_1.invariant)(false, 'Invalid default value');
        return valueAST;
    }
    return undefined;
}
//# sourceMappingURL=getDefaultValueAST.js.map

/***/ }),

/***/ 875:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getIntrospectionQuery = getIntrospectionQuery;
function getIntrospectionQuery(options) {
    const optionsWithDefault = {
        descriptions: true,
        specifiedByUrl: false,
        directiveIsRepeatable: false,
        schemaDescription: false,
        inputValueDeprecation: false,
        experimentalDirectiveDeprecation: false,
        oneOf: false,
        typeDepth: 9,
        ...options,
    };
    const descriptions = optionsWithDefault.descriptions ? 'description' : '';
    const specifiedByUrl = optionsWithDefault.specifiedByUrl
        ? 'specifiedByURL'
        : '';
    const directiveIsRepeatable = optionsWithDefault.directiveIsRepeatable
        ? 'isRepeatable'
        : '';
    const schemaDescription = optionsWithDefault.schemaDescription
        ? descriptions
        : '';
    function inputDeprecation(str) {
        return optionsWithDefault.inputValueDeprecation ? str : '';
    }
    function experimentalDirectiveDeprecation(str) {
        return optionsWithDefault.experimentalDirectiveDeprecation ? str : '';
    }
    const oneOf = optionsWithDefault.oneOf ? 'isOneOf' : '';
    function ofType(level, indent) {
        if (level <= 0) {
            return '';
        }
        if (level > 100) {
            throw new Error('Please set typeDepth to a reasonable value between 0 and 100; the default is 9.');
        }
        return `
${indent}ofType {
${indent}  name
${indent}  kind${ofType(level - 1, indent + '  ')}
${indent}}`;
    }
    return `
    query IntrospectionQuery {
      __schema {
        ${schemaDescription}
        queryType { name kind }
        mutationType { name kind }
        subscriptionType { name kind }
        types {
          ...FullType
        }
        directives${experimentalDirectiveDeprecation('(includeDeprecated: true)')} {
          name
          ${descriptions}
          ${directiveIsRepeatable}
          ${experimentalDirectiveDeprecation('isDeprecated')}
          ${experimentalDirectiveDeprecation('deprecationReason')}
          locations
          args${inputDeprecation('(includeDeprecated: true)')} {
            ...InputValue
          }
        }
      }
    }

    fragment FullType on __Type {
      kind
      name
      ${descriptions}
      ${specifiedByUrl}
      ${oneOf}
      fields(includeDeprecated: true) {
        name
        ${descriptions}
        args${inputDeprecation('(includeDeprecated: true)')} {
          ...InputValue
        }
        type {
          ...TypeRef
        }
        isDeprecated
        deprecationReason
      }
      inputFields${inputDeprecation('(includeDeprecated: true)')} {
        ...InputValue
      }
      interfaces {
        ...TypeRef
      }
      enumValues(includeDeprecated: true) {
        name
        ${descriptions}
        isDeprecated
        deprecationReason
      }
      possibleTypes {
        ...TypeRef
      }
    }

    fragment InputValue on __InputValue {
      name
      ${descriptions}
      type { ...TypeRef }
      defaultValue
      ${inputDeprecation('isDeprecated')}
      ${inputDeprecation('deprecationReason')}
    }

    fragment TypeRef on __Type {
      kind
      name${ofType(optionsWithDefault.typeDepth, '      ')}
    }
  `;
}
//# sourceMappingURL=getIntrospectionQuery.js.map

/***/ }),

/***/ 6201:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getOperationAST = getOperationAST;
const kinds_ts_1 = __webpack_require__(1123);
function getOperationAST(documentAST, operationName) {
    let operation = null;
    for (const definition of documentAST.definitions) {
        if (definition.kind === kinds_ts_1.Kind.OPERATION_DEFINITION) {
            if (operationName == null) {
                if (operation) {
                    return null;
                }
                operation = definition;
            }
            else if (definition.name?.value === operationName) {
                return definition;
            }
        }
    }
    return operation;
}
//# sourceMappingURL=getOperationAST.js.map

/***/ }),

/***/ 7006:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveASTSchemaCoordinate = exports.resolveSchemaCoordinate = exports.findSchemaChanges = exports.findDangerousChanges = exports.findBreakingChanges = exports.SafeChangeType = exports.DangerousChangeType = exports.BreakingChangeType = exports.doTypesOverlap = exports.isTypeSubTypeOf = exports.isEqualType = exports.stripIgnoredCharacters = exports.separateOperations = exports.concatAST = exports.validateInputLiteral = exports.validateInputValue = exports.coerceInputLiteral = exports.coerceInputValue = exports.valueToLiteral = exports.replaceVariables = exports.visitWithTypeInfo = exports.TypeInfo = exports.astFromValue = exports.valueFromASTUntyped = exports.valueFromAST = exports.typeFromAST = exports.printIntrospectionSchema = exports.printDirective = exports.printType = exports.printSchema = exports.lexicographicSortSchema = exports.extendSchema = exports.buildSchema = exports.buildASTSchema = exports.buildClientSchema = exports.introspectionFromSchema = exports.getOperationAST = exports.getIntrospectionQuery = void 0;
var getIntrospectionQuery_ts_1 = __webpack_require__(875);
Object.defineProperty(exports, "getIntrospectionQuery", ({ enumerable: true, get: function () { return getIntrospectionQuery_ts_1.getIntrospectionQuery; } }));
var getOperationAST_ts_1 = __webpack_require__(6201);
Object.defineProperty(exports, "getOperationAST", ({ enumerable: true, get: function () { return getOperationAST_ts_1.getOperationAST; } }));
var introspectionFromSchema_ts_1 = __webpack_require__(5350);
Object.defineProperty(exports, "introspectionFromSchema", ({ enumerable: true, get: function () { return introspectionFromSchema_ts_1.introspectionFromSchema; } }));
var buildClientSchema_ts_1 = __webpack_require__(6954);
Object.defineProperty(exports, "buildClientSchema", ({ enumerable: true, get: function () { return buildClientSchema_ts_1.buildClientSchema; } }));
var buildASTSchema_ts_1 = __webpack_require__(9115);
Object.defineProperty(exports, "buildASTSchema", ({ enumerable: true, get: function () { return buildASTSchema_ts_1.buildASTSchema; } }));
Object.defineProperty(exports, "buildSchema", ({ enumerable: true, get: function () { return buildASTSchema_ts_1.buildSchema; } }));
var extendSchema_ts_1 = __webpack_require__(5487);
Object.defineProperty(exports, "extendSchema", ({ enumerable: true, get: function () { return extendSchema_ts_1.extendSchema; } }));
var lexicographicSortSchema_ts_1 = __webpack_require__(6071);
Object.defineProperty(exports, "lexicographicSortSchema", ({ enumerable: true, get: function () { return lexicographicSortSchema_ts_1.lexicographicSortSchema; } }));
var printSchema_ts_1 = __webpack_require__(9258);
Object.defineProperty(exports, "printSchema", ({ enumerable: true, get: function () { return printSchema_ts_1.printSchema; } }));
Object.defineProperty(exports, "printType", ({ enumerable: true, get: function () { return printSchema_ts_1.printType; } }));
Object.defineProperty(exports, "printDirective", ({ enumerable: true, get: function () { return printSchema_ts_1.printDirective; } }));
Object.defineProperty(exports, "printIntrospectionSchema", ({ enumerable: true, get: function () { return printSchema_ts_1.printIntrospectionSchema; } }));
var typeFromAST_ts_1 = __webpack_require__(6738);
Object.defineProperty(exports, "typeFromAST", ({ enumerable: true, get: function () { return typeFromAST_ts_1.typeFromAST; } }));
var valueFromAST_ts_1 = __webpack_require__(6495);
Object.defineProperty(exports, "valueFromAST", ({ enumerable: true, get: function () { return valueFromAST_ts_1.valueFromAST; } }));
var valueFromASTUntyped_ts_1 = __webpack_require__(5470);
Object.defineProperty(exports, "valueFromASTUntyped", ({ enumerable: true, get: function () { return valueFromASTUntyped_ts_1.valueFromASTUntyped; } }));
var astFromValue_ts_1 = __webpack_require__(8893);
Object.defineProperty(exports, "astFromValue", ({ enumerable: true, get: function () { return astFromValue_ts_1.astFromValue; } }));
var TypeInfo_ts_1 = __webpack_require__(5000);
Object.defineProperty(exports, "TypeInfo", ({ enumerable: true, get: function () { return TypeInfo_ts_1.TypeInfo; } }));
Object.defineProperty(exports, "visitWithTypeInfo", ({ enumerable: true, get: function () { return TypeInfo_ts_1.visitWithTypeInfo; } }));
var replaceVariables_ts_1 = __webpack_require__(9977);
Object.defineProperty(exports, "replaceVariables", ({ enumerable: true, get: function () { return replaceVariables_ts_1.replaceVariables; } }));
var valueToLiteral_ts_1 = __webpack_require__(107);
Object.defineProperty(exports, "valueToLiteral", ({ enumerable: true, get: function () { return valueToLiteral_ts_1.valueToLiteral; } }));
var coerceInputValue_ts_1 = __webpack_require__(7572);
Object.defineProperty(exports, "coerceInputValue", ({ enumerable: true, get: function () { return coerceInputValue_ts_1.coerceInputValue; } }));
Object.defineProperty(exports, "coerceInputLiteral", ({ enumerable: true, get: function () { return coerceInputValue_ts_1.coerceInputLiteral; } }));
var validateInputValue_ts_1 = __webpack_require__(4203);
Object.defineProperty(exports, "validateInputValue", ({ enumerable: true, get: function () { return validateInputValue_ts_1.validateInputValue; } }));
Object.defineProperty(exports, "validateInputLiteral", ({ enumerable: true, get: function () { return validateInputValue_ts_1.validateInputLiteral; } }));
var concatAST_ts_1 = __webpack_require__(3089);
Object.defineProperty(exports, "concatAST", ({ enumerable: true, get: function () { return concatAST_ts_1.concatAST; } }));
var separateOperations_ts_1 = __webpack_require__(6931);
Object.defineProperty(exports, "separateOperations", ({ enumerable: true, get: function () { return separateOperations_ts_1.separateOperations; } }));
var stripIgnoredCharacters_ts_1 = __webpack_require__(1096);
Object.defineProperty(exports, "stripIgnoredCharacters", ({ enumerable: true, get: function () { return stripIgnoredCharacters_ts_1.stripIgnoredCharacters; } }));
var typeComparators_ts_1 = __webpack_require__(6539);
Object.defineProperty(exports, "isEqualType", ({ enumerable: true, get: function () { return typeComparators_ts_1.isEqualType; } }));
Object.defineProperty(exports, "isTypeSubTypeOf", ({ enumerable: true, get: function () { return typeComparators_ts_1.isTypeSubTypeOf; } }));
Object.defineProperty(exports, "doTypesOverlap", ({ enumerable: true, get: function () { return typeComparators_ts_1.doTypesOverlap; } }));
var findSchemaChanges_ts_1 = __webpack_require__(4439);
Object.defineProperty(exports, "BreakingChangeType", ({ enumerable: true, get: function () { return findSchemaChanges_ts_1.BreakingChangeType; } }));
Object.defineProperty(exports, "DangerousChangeType", ({ enumerable: true, get: function () { return findSchemaChanges_ts_1.DangerousChangeType; } }));
Object.defineProperty(exports, "SafeChangeType", ({ enumerable: true, get: function () { return findSchemaChanges_ts_1.SafeChangeType; } }));
Object.defineProperty(exports, "findBreakingChanges", ({ enumerable: true, get: function () { return findSchemaChanges_ts_1.findBreakingChanges; } }));
Object.defineProperty(exports, "findDangerousChanges", ({ enumerable: true, get: function () { return findSchemaChanges_ts_1.findDangerousChanges; } }));
Object.defineProperty(exports, "findSchemaChanges", ({ enumerable: true, get: function () { return findSchemaChanges_ts_1.findSchemaChanges; } }));
var resolveSchemaCoordinate_ts_1 = __webpack_require__(1787);
Object.defineProperty(exports, "resolveSchemaCoordinate", ({ enumerable: true, get: function () { return resolveSchemaCoordinate_ts_1.resolveSchemaCoordinate; } }));
Object.defineProperty(exports, "resolveASTSchemaCoordinate", ({ enumerable: true, get: function () { return resolveSchemaCoordinate_ts_1.resolveASTSchemaCoordinate; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5350:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.introspectionFromSchema = introspectionFromSchema;
const invariant_ts_1 = __webpack_require__(3650);
const parser_ts_1 = __webpack_require__(4929);
const execute_ts_1 = __webpack_require__(8923);
const getIntrospectionQuery_ts_1 = __webpack_require__(875);
function introspectionFromSchema(schema, options) {
    const optionsWithDefaults = {
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        experimentalDirectiveDeprecation: true,
        oneOf: true,
        ...options,
    };
    const document = (0, parser_ts_1.parse)((0, getIntrospectionQuery_ts_1.getIntrospectionQuery)(optionsWithDefaults));
    const result = (0, execute_ts_1.executeSync)({ schema, document });
    if (!(result.errors == null && result.data != null))
        (0, invariant_ts_1.invariant)(false);
    return result.data;
}
//# sourceMappingURL=introspectionFromSchema.js.map

/***/ }),

/***/ 6071:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.lexicographicSortSchema = lexicographicSortSchema;
const naturalCompare_ts_1 = __webpack_require__(3428);
const schema_ts_1 = __webpack_require__(9299);
const mapSchemaConfig_ts_1 = __webpack_require__(8545);
function lexicographicSortSchema(schema) {
    return new schema_ts_1.GraphQLSchema((0, mapSchemaConfig_ts_1.mapSchemaConfig)(schema.toConfig(), () => ({
        [mapSchemaConfig_ts_1.SchemaElementKind.OBJECT]: (config) => ({
            ...config,
            interfaces: () => sortByName(config.interfaces()),
            fields: () => sortObjMap(config.fields()),
        }),
        [mapSchemaConfig_ts_1.SchemaElementKind.FIELD]: (config) => ({
            ...config,
            args: sortObjMap(config.args),
        }),
        [mapSchemaConfig_ts_1.SchemaElementKind.INTERFACE]: (config) => ({
            ...config,
            interfaces: () => sortByName(config.interfaces()),
            fields: () => sortObjMap(config.fields()),
        }),
        [mapSchemaConfig_ts_1.SchemaElementKind.UNION]: (config) => ({
            ...config,
            types: () => sortByName(config.types()),
        }),
        [mapSchemaConfig_ts_1.SchemaElementKind.ENUM]: (config) => ({
            ...config,
            values: () => sortObjMap(config.values()),
        }),
        [mapSchemaConfig_ts_1.SchemaElementKind.INPUT_OBJECT]: (config) => ({
            ...config,
            fields: () => sortObjMap(config.fields()),
        }),
        [mapSchemaConfig_ts_1.SchemaElementKind.DIRECTIVE]: (config) => ({
            ...config,
            locations: sortBy(config.locations, (x) => x),
            args: sortObjMap(config.args),
        }),
        [mapSchemaConfig_ts_1.SchemaElementKind.SCHEMA]: (config) => ({
            ...config,
            types: sortByName(config.types),
            directives: sortByName(config.directives),
        }),
    })));
}
function sortObjMap(map) {
    const sortedMap = Object.create(null);
    for (const key of Object.keys(map).sort(naturalCompare_ts_1.naturalCompare)) {
        sortedMap[key] = map[key];
    }
    return sortedMap;
}
function sortByName(array) {
    return sortBy(array, (obj) => obj.name);
}
function sortBy(array, mapToKey) {
    return array.slice().sort((obj1, obj2) => {
        const key1 = mapToKey(obj1);
        const key2 = mapToKey(obj2);
        return (0, naturalCompare_ts_1.naturalCompare)(key1, key2);
    });
}
//# sourceMappingURL=lexicographicSortSchema.js.map

/***/ }),

/***/ 8545:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SchemaElementKind = void 0;
exports.mapSchemaConfig = mapSchemaConfig;
const inspect_ts_1 = __webpack_require__(5742);
const invariant_ts_1 = __webpack_require__(3650);
const definition_ts_1 = __webpack_require__(4169);
const directives_ts_1 = __webpack_require__(1058);
const introspection_ts_1 = __webpack_require__(317);
const scalars_ts_1 = __webpack_require__(3571);
exports.SchemaElementKind = {
    SCHEMA: 'SCHEMA',
    SCALAR: 'SCALAR',
    OBJECT: 'OBJECT',
    FIELD: 'FIELD',
    ARGUMENT: 'ARGUMENT',
    INTERFACE: 'INTERFACE',
    UNION: 'UNION',
    ENUM: 'ENUM',
    ENUM_VALUE: 'ENUM_VALUE',
    INPUT_OBJECT: 'INPUT_OBJECT',
    INPUT_FIELD: 'INPUT_FIELD',
    DIRECTIVE: 'DIRECTIVE',
};
function mapSchemaConfig(schemaConfig, configMapperMapFn) {
    const configMapperMap = configMapperMapFn({
        getNamedType,
        setNamedType,
        getNamedTypes,
    });
    const mappedTypeMap = new Map();
    for (const type of schemaConfig.types) {
        const typeName = type.name;
        const mappedNamedType = mapNamedType(type);
        if (mappedNamedType) {
            mappedTypeMap.set(typeName, mappedNamedType);
        }
    }
    const mappedDirectives = [];
    for (const directive of schemaConfig.directives) {
        if ((0, directives_ts_1.isSpecifiedDirective)(directive)) {
            mappedDirectives.push(directive);
            continue;
        }
        const mappedDirectiveConfig = mapDirective(directive.toConfig());
        if (mappedDirectiveConfig) {
            mappedDirectives.push(new directives_ts_1.GraphQLDirective(mappedDirectiveConfig));
        }
    }
    const mappedSchemaConfig = {
        ...schemaConfig,
        query: schemaConfig.query &&
            getNamedType(schemaConfig.query.name),
        mutation: schemaConfig.mutation &&
            getNamedType(schemaConfig.mutation.name),
        subscription: schemaConfig.subscription &&
            getNamedType(schemaConfig.subscription.name),
        types: Array.from(mappedTypeMap.values()),
        directives: mappedDirectives,
    };
    const schemaMapper = configMapperMap[exports.SchemaElementKind.SCHEMA];
    return schemaMapper == null
        ? mappedSchemaConfig
        : schemaMapper(mappedSchemaConfig);
    function getType(type) {
        if ((0, definition_ts_1.isListType)(type)) {
            return new definition_ts_1.GraphQLList(getType(type.ofType));
        }
        if ((0, definition_ts_1.isNonNullType)(type)) {
            return new definition_ts_1.GraphQLNonNull(getType(type.ofType));
        }
        return getNamedType(type.name);
    }
    function getNamedType(typeName) {
        const type = stdTypeMap.get(typeName) ?? mappedTypeMap.get(typeName);
        if (!(type !== undefined))
            (0, invariant_ts_1.invariant)(false, `Unknown type: "${typeName}".`);
        return type;
    }
    function setNamedType(type) {
        mappedTypeMap.set(type.name, type);
    }
    function getNamedTypes() {
        return Array.from(mappedTypeMap.values());
    }
    function mapNamedType(type) {
        if ((0, introspection_ts_1.isIntrospectionType)(type) || (0, scalars_ts_1.isSpecifiedScalarType)(type)) {
            return type;
        }
        if ((0, definition_ts_1.isScalarType)(type)) {
            return mapScalarType(type);
        }
        if ((0, definition_ts_1.isObjectType)(type)) {
            return mapObjectType(type);
        }
        if ((0, definition_ts_1.isInterfaceType)(type)) {
            return mapInterfaceType(type);
        }
        if ((0, definition_ts_1.isUnionType)(type)) {
            return mapUnionType(type);
        }
        if ((0, definition_ts_1.isEnumType)(type)) {
            return mapEnumType(type);
        }
        if ((0, definition_ts_1.isInputObjectType)(type)) {
            return mapInputObjectType(type);
        }
        (0, invariant_ts_1.invariant)(false, 'Unexpected type: ' + (0, inspect_ts_1.inspect)(type));
    }
    function mapScalarType(type) {
        let mappedConfig = type.toConfig();
        const mapper = configMapperMap[exports.SchemaElementKind.SCALAR];
        mappedConfig = mapper == null ? mappedConfig : mapper(mappedConfig);
        return new definition_ts_1.GraphQLScalarType(mappedConfig);
    }
    function mapObjectType(type) {
        const config = type.toConfig();
        let mappedConfig = {
            ...config,
            interfaces: () => config.interfaces.map((iface) => getNamedType(iface.name)),
            fields: () => mapFields(config.fields, type.name),
        };
        const mapper = configMapperMap[exports.SchemaElementKind.OBJECT];
        mappedConfig = mapper == null ? mappedConfig : mapper(mappedConfig);
        return new definition_ts_1.GraphQLObjectType(mappedConfig);
    }
    function mapFields(fieldMap, parentTypeName) {
        const newFieldMap = Object.create(null);
        for (const [fieldName, field] of Object.entries(fieldMap)) {
            let mappedField = {
                ...field,
                type: getType(field.type),
                args: mapArgs(field.args, fieldName, parentTypeName),
            };
            const mapper = configMapperMap[exports.SchemaElementKind.FIELD];
            if (mapper) {
                mappedField = mapper(mappedField, parentTypeName);
            }
            newFieldMap[fieldName] = mappedField;
        }
        return newFieldMap;
    }
    function mapArgs(argumentMap, fieldOrDirectiveName, parentTypeName) {
        const newArgumentMap = Object.create(null);
        for (const [argName, arg] of Object.entries(argumentMap)) {
            let mappedArg = {
                ...arg,
                type: getType(arg.type),
            };
            const mapper = configMapperMap[exports.SchemaElementKind.ARGUMENT];
            if (mapper) {
                mappedArg = mapper(mappedArg, fieldOrDirectiveName, parentTypeName);
            }
            newArgumentMap[argName] = mappedArg;
        }
        return newArgumentMap;
    }
    function mapInterfaceType(type) {
        const config = type.toConfig();
        let mappedConfig = {
            ...config,
            interfaces: () => config.interfaces.map((iface) => getNamedType(iface.name)),
            fields: () => mapFields(config.fields, type.name),
        };
        const mapper = configMapperMap[exports.SchemaElementKind.INTERFACE];
        mappedConfig = mapper == null ? mappedConfig : mapper(mappedConfig);
        return new definition_ts_1.GraphQLInterfaceType(mappedConfig);
    }
    function mapUnionType(type) {
        const config = type.toConfig();
        let mappedConfig = {
            ...config,
            types: () => config.types.map((memberType) => getNamedType(memberType.name)),
        };
        const mapper = configMapperMap[exports.SchemaElementKind.UNION];
        mappedConfig = mapper == null ? mappedConfig : mapper(mappedConfig);
        return new definition_ts_1.GraphQLUnionType(mappedConfig);
    }
    function mapEnumType(type) {
        const config = type.toConfig();
        let mappedConfig = {
            ...config,
            values: () => {
                const newEnumValues = Object.create(null);
                for (const [valueName, value] of Object.entries(config.values)) {
                    const mappedValue = mapEnumValue(value, valueName, type.name);
                    newEnumValues[valueName] = mappedValue;
                }
                return newEnumValues;
            },
        };
        const mapper = configMapperMap[exports.SchemaElementKind.ENUM];
        mappedConfig = mapper == null ? mappedConfig : mapper(mappedConfig);
        return new definition_ts_1.GraphQLEnumType(mappedConfig);
    }
    function mapEnumValue(valueConfig, valueName, enumName) {
        const mappedConfig = { ...valueConfig };
        const mapper = configMapperMap[exports.SchemaElementKind.ENUM_VALUE];
        return mapper == null
            ? mappedConfig
            : mapper(mappedConfig, valueName, enumName);
    }
    function mapInputObjectType(type) {
        const config = type.toConfig();
        let mappedConfig = {
            ...config,
            fields: () => {
                const newInputFieldMap = Object.create(null);
                for (const [fieldName, field] of Object.entries(config.fields)) {
                    const mappedField = mapInputField(field, fieldName, type.name);
                    newInputFieldMap[fieldName] = mappedField;
                }
                return newInputFieldMap;
            },
        };
        const mapper = configMapperMap[exports.SchemaElementKind.INPUT_OBJECT];
        mappedConfig = mapper == null ? mappedConfig : mapper(mappedConfig);
        return new definition_ts_1.GraphQLInputObjectType(mappedConfig);
    }
    function mapInputField(inputFieldConfig, inputFieldName, inputObjectTypeName) {
        const mappedConfig = {
            ...inputFieldConfig,
            type: getType(inputFieldConfig.type),
        };
        const mapper = configMapperMap[exports.SchemaElementKind.INPUT_FIELD];
        return mapper == null
            ? mappedConfig
            : mapper(mappedConfig, inputFieldName, inputObjectTypeName);
    }
    function mapDirective(config) {
        const mappedConfig = {
            ...config,
            args: mapArgs(config.args, config.name, undefined),
        };
        const mapper = configMapperMap[exports.SchemaElementKind.DIRECTIVE];
        return mapper == null ? mappedConfig : mapper(mappedConfig);
    }
}
const stdTypeMap = new Map([...scalars_ts_1.specifiedScalarTypes, ...introspection_ts_1.introspectionTypes].map((type) => [
    type.name,
    type,
]));
//# sourceMappingURL=mapSchemaConfig.js.map

/***/ }),

/***/ 9258:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.printSchema = printSchema;
exports.printIntrospectionSchema = printIntrospectionSchema;
exports.printType = printType;
exports.printDirective = printDirective;
const inspect_ts_1 = __webpack_require__(5742);
const invariant_ts_1 = __webpack_require__(3650);
const blockString_ts_1 = __webpack_require__(7508);
const kinds_ts_1 = __webpack_require__(1123);
const printer_ts_1 = __webpack_require__(9936);
const definition_ts_1 = __webpack_require__(4169);
const directives_ts_1 = __webpack_require__(1058);
const introspection_ts_1 = __webpack_require__(317);
const scalars_ts_1 = __webpack_require__(3571);
const getDefaultValueAST_ts_1 = __webpack_require__(1474);
function printSchema(schema) {
    return printFilteredSchema(schema, (n) => !(0, directives_ts_1.isSpecifiedDirective)(n), isDefinedType);
}
function printIntrospectionSchema(schema) {
    return printFilteredSchema(schema, directives_ts_1.isSpecifiedDirective, introspection_ts_1.isIntrospectionType);
}
function isDefinedType(type) {
    return !(0, scalars_ts_1.isSpecifiedScalarType)(type) && !(0, introspection_ts_1.isIntrospectionType)(type);
}
function printFilteredSchema(schema, directiveFilter, typeFilter) {
    const directives = schema.getDirectives().filter(directiveFilter);
    const types = Object.values(schema.getTypeMap()).filter(typeFilter);
    return [
        printSchemaDefinition(schema),
        ...directives.map((directive) => printDirective(directive)),
        ...types.map((type) => printType(type)),
    ]
        .filter(Boolean)
        .join('\n\n');
}
function printSchemaDefinition(schema) {
    const queryType = schema.getQueryType();
    const mutationType = schema.getMutationType();
    const subscriptionType = schema.getSubscriptionType();
    if (!queryType && !mutationType && !subscriptionType) {
        return;
    }
    if (schema.description != null || !hasDefaultRootOperationTypes(schema)) {
        return (printDescription(schema) +
            'schema {\n' +
            (queryType ? `  query: ${queryType}\n` : '') +
            (mutationType ? `  mutation: ${mutationType}\n` : '') +
            (subscriptionType ? `  subscription: ${subscriptionType}\n` : '') +
            '}');
    }
}
function hasDefaultRootOperationTypes(schema) {
    return (schema.getQueryType() == schema.getType('Query') &&
        schema.getMutationType() == schema.getType('Mutation') &&
        schema.getSubscriptionType() == schema.getType('Subscription'));
}
function printType(type) {
    if ((0, definition_ts_1.isScalarType)(type)) {
        return printScalar(type);
    }
    if ((0, definition_ts_1.isObjectType)(type)) {
        return printObject(type);
    }
    if ((0, definition_ts_1.isInterfaceType)(type)) {
        return printInterface(type);
    }
    if ((0, definition_ts_1.isUnionType)(type)) {
        return printUnion(type);
    }
    if ((0, definition_ts_1.isEnumType)(type)) {
        return printEnum(type);
    }
    if ((0, definition_ts_1.isInputObjectType)(type)) {
        return printInputObject(type);
    }
    (0, invariant_ts_1.invariant)(false, 'Unexpected type: ' + (0, inspect_ts_1.inspect)(type));
}
function printScalar(type) {
    return printDescription(type) + `scalar ${type}` + printSpecifiedByURL(type);
}
function printImplementedInterfaces(type) {
    const interfaces = type.getInterfaces();
    return interfaces.length
        ? ' implements ' + interfaces.map((i) => i.name).join(' & ')
        : '';
}
function printObject(type) {
    return (printDescription(type) +
        `type ${type}` +
        printImplementedInterfaces(type) +
        printFields(type));
}
function printInterface(type) {
    return (printDescription(type) +
        `interface ${type}` +
        printImplementedInterfaces(type) +
        printFields(type));
}
function printUnion(type) {
    const types = type.getTypes();
    const possibleTypes = types.length ? ' = ' + types.join(' | ') : '';
    return printDescription(type) + `union ${type.name}` + possibleTypes;
}
function printEnum(type) {
    const values = type
        .getValues()
        .map((value, i) => printDescription(value, '  ', !i) +
        '  ' +
        value.name +
        printDeprecated(value.deprecationReason));
    return printDescription(type) + `enum ${type}` + printBlock(values);
}
function printInputObject(type) {
    const fields = Object.values(type.getFields()).map((f, i) => printDescription(f, '  ', !i) + '  ' + printInputValue(f));
    return (printDescription(type) +
        `input ${type}` +
        (type.isOneOf ? ' @oneOf' : '') +
        printBlock(fields));
}
function printFields(type) {
    const fields = Object.values(type.getFields()).map((f, i) => printDescription(f, '  ', !i) +
        '  ' +
        f.name +
        printArgs(f.args, '  ') +
        ': ' +
        String(f.type) +
        printDeprecated(f.deprecationReason));
    return printBlock(fields);
}
function printBlock(items) {
    return items.length !== 0 ? ' {\n' + items.join('\n') + '\n}' : '';
}
function printArgs(args, indentation = '') {
    if (args.length === 0) {
        return '';
    }
    if (args.every((arg) => arg.description == null)) {
        return '(' + args.map(printInputValue).join(', ') + ')';
    }
    return ('(\n' +
        args
            .map((arg, i) => printDescription(arg, '  ' + indentation, !i) +
            '  ' +
            indentation +
            printInputValue(arg))
            .join('\n') +
        '\n' +
        indentation +
        ')');
}
function printInputValue(argOrInputField) {
    let argDecl = argOrInputField.name + ': ' + String(argOrInputField.type);
    const defaultValueAST = (0, getDefaultValueAST_ts_1.getDefaultValueAST)(argOrInputField);
    if (defaultValueAST) {
        argDecl += ` = ${(0, printer_ts_1.print)(defaultValueAST)}`;
    }
    return argDecl + printDeprecated(argOrInputField.deprecationReason);
}
function printDirective(directive) {
    return (printDescription(directive) +
        `directive ${directive}` +
        printArgs(directive.args) +
        printDeprecated(directive.deprecationReason) +
        (directive.isRepeatable ? ' repeatable' : '') +
        ' on ' +
        directive.locations.join(' | '));
}
function printDeprecated(reason) {
    if (reason == null) {
        return '';
    }
    if (reason !== directives_ts_1.DEFAULT_DEPRECATION_REASON) {
        const astValue = (0, printer_ts_1.print)({ kind: kinds_ts_1.Kind.STRING, value: reason });
        return ` @deprecated(reason: ${astValue})`;
    }
    return ' @deprecated';
}
function printSpecifiedByURL(scalar) {
    if (scalar.specifiedByURL == null) {
        return '';
    }
    const astValue = (0, printer_ts_1.print)({
        kind: kinds_ts_1.Kind.STRING,
        value: scalar.specifiedByURL,
    });
    return ` @specifiedBy(url: ${astValue})`;
}
function printDescription(def, indentation = '', firstInBlock = true) {
    const { description } = def;
    if (description == null) {
        return '';
    }
    const blockString = (0, printer_ts_1.print)({
        kind: kinds_ts_1.Kind.STRING,
        value: description,
        block: (0, blockString_ts_1.isPrintableAsBlockString)(description),
    });
    const prefix = indentation && !firstInBlock ? '\n' + indentation : indentation;
    return prefix + blockString.replaceAll('\n', '\n' + indentation) + '\n';
}
//# sourceMappingURL=printSchema.js.map

/***/ }),

/***/ 9977:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.replaceVariables = replaceVariables;
const kinds_ts_1 = __webpack_require__(1123);
const valueToLiteral_ts_1 = __webpack_require__(107);
function replaceVariables(valueNode, variableValues, fragmentVariableValues) {
    switch (valueNode.kind) {
        case kinds_ts_1.Kind.VARIABLE: {
            const varName = valueNode.name.value;
            const fragmentVariableValueSource = fragmentVariableValues?.sources[varName];
            if (fragmentVariableValueSource) {
                const value = fragmentVariableValueSource.value;
                if (value === undefined) {
                    const defaultValue = fragmentVariableValueSource.signature.default;
                    if (defaultValue !== undefined) {
                        return defaultValue.literal;
                    }
                    return { kind: kinds_ts_1.Kind.NULL };
                }
                return replaceVariables(value, variableValues, fragmentVariableValueSource.fragmentVariableValues);
            }
            const variableValueSource = variableValues?.sources[varName];
            if (variableValueSource == null) {
                return { kind: kinds_ts_1.Kind.NULL };
            }
            if (variableValueSource.value === undefined) {
                const defaultValue = variableValueSource.signature.default;
                if (defaultValue !== undefined) {
                    return defaultValue.literal;
                }
            }
            return (0, valueToLiteral_ts_1.valueToLiteral)(variableValueSource.value, variableValueSource.signature.type);
        }
        case kinds_ts_1.Kind.OBJECT: {
            const newFields = [];
            for (const field of valueNode.fields) {
                if (field.value.kind === kinds_ts_1.Kind.VARIABLE) {
                    const scopedVariableSource = fragmentVariableValues?.sources[field.value.name.value] ??
                        variableValues?.sources[field.value.name.value];
                    if (scopedVariableSource?.value === undefined &&
                        scopedVariableSource?.signature.default === undefined) {
                        continue;
                    }
                }
                const newFieldNodeValue = replaceVariables(field.value, variableValues, fragmentVariableValues);
                newFields.push({
                    ...field,
                    value: newFieldNodeValue,
                });
            }
            return {
                ...valueNode,
                fields: newFields,
            };
        }
        case kinds_ts_1.Kind.LIST: {
            const newValues = [];
            for (const value of valueNode.values) {
                const newItemNodeValue = replaceVariables(value, variableValues, fragmentVariableValues);
                newValues.push(newItemNodeValue);
            }
            return {
                ...valueNode,
                values: newValues,
            };
        }
        default: {
            return valueNode;
        }
    }
}
//# sourceMappingURL=replaceVariables.js.map

/***/ }),

/***/ 1787:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchemaCoordinate = resolveSchemaCoordinate;
exports.resolveASTSchemaCoordinate = resolveASTSchemaCoordinate;
const inspect_ts_1 = __webpack_require__(5742);
const kinds_ts_1 = __webpack_require__(1123);
const parser_ts_1 = __webpack_require__(4929);
const definition_ts_1 = __webpack_require__(4169);
function resolveSchemaCoordinate(schema, schemaCoordinate) {
    return resolveASTSchemaCoordinate(schema, (0, parser_ts_1.parseSchemaCoordinate)(schemaCoordinate));
}
function resolveTypeCoordinate(schema, schemaCoordinate) {
    const typeName = schemaCoordinate.name.value;
    const type = schema.getType(typeName);
    if (type == null) {
        return;
    }
    return { kind: 'NamedType', type };
}
function resolveMemberCoordinate(schema, schemaCoordinate) {
    const typeName = schemaCoordinate.name.value;
    const type = schema.getType(typeName);
    if (!type) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(typeName)} to be defined as a type in the schema.`);
    }
    if (!(0, definition_ts_1.isEnumType)(type) &&
        !(0, definition_ts_1.isInputObjectType)(type) &&
        !(0, definition_ts_1.isObjectType)(type) &&
        !(0, definition_ts_1.isInterfaceType)(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(typeName)} to be an Enum, Input Object, Object or Interface type.`);
    }
    if ((0, definition_ts_1.isEnumType)(type)) {
        const enumValueName = schemaCoordinate.memberName.value;
        const enumValue = type.getValue(enumValueName);
        if (enumValue == null) {
            return;
        }
        return { kind: 'EnumValue', type, enumValue };
    }
    if ((0, definition_ts_1.isInputObjectType)(type)) {
        const inputFieldName = schemaCoordinate.memberName.value;
        const inputField = type.getFields()[inputFieldName];
        if (inputField == null) {
            return;
        }
        return { kind: 'InputField', type, inputField };
    }
    const fieldName = schemaCoordinate.memberName.value;
    const field = schema.getField(type, fieldName);
    if (field == null) {
        return;
    }
    return { kind: 'Field', type, field };
}
function resolveArgumentCoordinate(schema, schemaCoordinate) {
    const typeName = schemaCoordinate.name.value;
    const type = schema.getType(typeName);
    if (type == null) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(typeName)} to be defined as a type in the schema.`);
    }
    if (!(0, definition_ts_1.isObjectType)(type) && !(0, definition_ts_1.isInterfaceType)(type)) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(typeName)} to be an object type or interface type.`);
    }
    const fieldName = schemaCoordinate.fieldName.value;
    const field = schema.getField(type, fieldName);
    if (field == null) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(fieldName)} to exist as a field of type ${(0, inspect_ts_1.inspect)(typeName)} in the schema.`);
    }
    const fieldArgumentName = schemaCoordinate.argumentName.value;
    const fieldArgument = field.args.find((arg) => arg.name === fieldArgumentName);
    if (fieldArgument == null) {
        return;
    }
    return { kind: 'FieldArgument', type, field, fieldArgument };
}
function resolveDirectiveCoordinate(schema, schemaCoordinate) {
    const directiveName = schemaCoordinate.name.value;
    const directive = schema.getDirective(directiveName);
    if (!directive) {
        return;
    }
    return { kind: 'Directive', directive };
}
function resolveDirectiveArgumentCoordinate(schema, schemaCoordinate) {
    const directiveName = schemaCoordinate.name.value;
    const directive = schema.getDirective(directiveName);
    if (!directive) {
        throw new Error(`Expected ${(0, inspect_ts_1.inspect)(directiveName)} to be defined as a directive in the schema.`);
    }
    const { argumentName: { value: directiveArgumentName }, } = schemaCoordinate;
    const directiveArgument = directive.args.find((arg) => arg.name === directiveArgumentName);
    if (!directiveArgument) {
        return;
    }
    return { kind: 'DirectiveArgument', directive, directiveArgument };
}
function resolveASTSchemaCoordinate(schema, schemaCoordinate) {
    switch (schemaCoordinate.kind) {
        case kinds_ts_1.Kind.TYPE_COORDINATE:
            return resolveTypeCoordinate(schema, schemaCoordinate);
        case kinds_ts_1.Kind.MEMBER_COORDINATE:
            return resolveMemberCoordinate(schema, schemaCoordinate);
        case kinds_ts_1.Kind.ARGUMENT_COORDINATE:
            return resolveArgumentCoordinate(schema, schemaCoordinate);
        case kinds_ts_1.Kind.DIRECTIVE_COORDINATE:
            return resolveDirectiveCoordinate(schema, schemaCoordinate);
        case kinds_ts_1.Kind.DIRECTIVE_ARGUMENT_COORDINATE:
            return resolveDirectiveArgumentCoordinate(schema, schemaCoordinate);
    }
}
//# sourceMappingURL=resolveSchemaCoordinate.js.map

/***/ }),

/***/ 6931:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.separateOperations = separateOperations;
const kinds_ts_1 = __webpack_require__(1123);
const visitor_ts_1 = __webpack_require__(638);
function separateOperations(documentAST) {
    const operations = [];
    const depGraph = Object.create(null);
    for (const definitionNode of documentAST.definitions) {
        switch (definitionNode.kind) {
            case kinds_ts_1.Kind.OPERATION_DEFINITION:
                operations.push(definitionNode);
                break;
            case kinds_ts_1.Kind.FRAGMENT_DEFINITION:
                depGraph[definitionNode.name.value] = collectDependencies(definitionNode.selectionSet);
                break;
            default:
        }
    }
    const separatedDocumentASTs = Object.create(null);
    for (const operation of operations) {
        const dependencies = new Set();
        for (const fragmentName of collectDependencies(operation.selectionSet)) {
            collectTransitiveDependencies(dependencies, depGraph, fragmentName);
        }
        const operationName = operation.name ? operation.name.value : '';
        separatedDocumentASTs[operationName] = {
            kind: kinds_ts_1.Kind.DOCUMENT,
            definitions: documentAST.definitions.filter((node) => node === operation ||
                (node.kind === kinds_ts_1.Kind.FRAGMENT_DEFINITION &&
                    dependencies.has(node.name.value))),
        };
    }
    return separatedDocumentASTs;
}
function collectTransitiveDependencies(collected, depGraph, fromName) {
    if (!collected.has(fromName)) {
        collected.add(fromName);
        const immediateDeps = depGraph[fromName];
        if (immediateDeps !== undefined) {
            for (const toName of immediateDeps) {
                collectTransitiveDependencies(collected, depGraph, toName);
            }
        }
    }
}
function collectDependencies(selectionSet) {
    const dependencies = [];
    (0, visitor_ts_1.visit)(selectionSet, {
        FragmentSpread(node) {
            dependencies.push(node.name.value);
        },
    });
    return dependencies;
}
//# sourceMappingURL=separateOperations.js.map

/***/ }),

/***/ 7287:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sortValueNode = sortValueNode;
const naturalCompare_ts_1 = __webpack_require__(3428);
const kinds_ts_1 = __webpack_require__(1123);
function sortValueNode(valueNode) {
    switch (valueNode.kind) {
        case kinds_ts_1.Kind.OBJECT:
            return {
                ...valueNode,
                fields: sortFields(valueNode.fields),
            };
        case kinds_ts_1.Kind.LIST:
            return {
                ...valueNode,
                values: valueNode.values.map(sortValueNode),
            };
        case kinds_ts_1.Kind.INT:
        case kinds_ts_1.Kind.FLOAT:
        case kinds_ts_1.Kind.STRING:
        case kinds_ts_1.Kind.BOOLEAN:
        case kinds_ts_1.Kind.NULL:
        case kinds_ts_1.Kind.ENUM:
        case kinds_ts_1.Kind.VARIABLE:
            return valueNode;
    }
}
function sortFields(fields) {
    return fields
        .map((fieldNode) => ({
        ...fieldNode,
        value: sortValueNode(fieldNode.value),
    }))
        .sort((fieldA, fieldB) => (0, naturalCompare_ts_1.naturalCompare)(fieldA.name.value, fieldB.name.value));
}
//# sourceMappingURL=sortValueNode.js.map

/***/ }),

/***/ 1096:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.stripIgnoredCharacters = stripIgnoredCharacters;
const blockString_ts_1 = __webpack_require__(7508);
const lexer_ts_1 = __webpack_require__(9278);
const source_ts_1 = __webpack_require__(203);
const tokenKind_ts_1 = __webpack_require__(1743);
function stripIgnoredCharacters(source) {
    const sourceObj = (0, source_ts_1.isSource)(source) ? source : new source_ts_1.Source(source);
    const body = sourceObj.body;
    const lexer = new lexer_ts_1.Lexer(sourceObj);
    let strippedBody = '';
    let wasLastAddedTokenNonPunctuator = false;
    while (lexer.advance().kind !== tokenKind_ts_1.TokenKind.EOF) {
        const currentToken = lexer.token;
        const tokenKind = currentToken.kind;
        const isNonPunctuator = !(0, lexer_ts_1.isPunctuatorTokenKind)(currentToken.kind);
        if (wasLastAddedTokenNonPunctuator) {
            if (isNonPunctuator || currentToken.kind === tokenKind_ts_1.TokenKind.SPREAD) {
                strippedBody += ' ';
            }
        }
        const tokenBody = body.slice(currentToken.start, currentToken.end);
        if (tokenKind === tokenKind_ts_1.TokenKind.BLOCK_STRING) {
            strippedBody += (0, blockString_ts_1.printBlockString)(currentToken.value, { minimize: true });
        }
        else {
            strippedBody += tokenBody;
        }
        wasLastAddedTokenNonPunctuator = isNonPunctuator;
    }
    return strippedBody;
}
//# sourceMappingURL=stripIgnoredCharacters.js.map

/***/ }),

/***/ 6539:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isEqualType = isEqualType;
exports.isTypeSubTypeOf = isTypeSubTypeOf;
exports.doTypesOverlap = doTypesOverlap;
const definition_ts_1 = __webpack_require__(4169);
function isEqualType(typeA, typeB) {
    if (typeA === typeB) {
        return true;
    }
    if ((0, definition_ts_1.isNonNullType)(typeA) && (0, definition_ts_1.isNonNullType)(typeB)) {
        return isEqualType(typeA.ofType, typeB.ofType);
    }
    if ((0, definition_ts_1.isListType)(typeA) && (0, definition_ts_1.isListType)(typeB)) {
        return isEqualType(typeA.ofType, typeB.ofType);
    }
    return false;
}
function isTypeSubTypeOf(schema, maybeSubType, superType) {
    if (maybeSubType === superType) {
        return true;
    }
    if ((0, definition_ts_1.isNonNullType)(superType)) {
        if ((0, definition_ts_1.isNonNullType)(maybeSubType)) {
            return isTypeSubTypeOf(schema, maybeSubType.ofType, superType.ofType);
        }
        return false;
    }
    if ((0, definition_ts_1.isNonNullType)(maybeSubType)) {
        return isTypeSubTypeOf(schema, maybeSubType.ofType, superType);
    }
    if ((0, definition_ts_1.isListType)(superType)) {
        if ((0, definition_ts_1.isListType)(maybeSubType)) {
            return isTypeSubTypeOf(schema, maybeSubType.ofType, superType.ofType);
        }
        return false;
    }
    if ((0, definition_ts_1.isListType)(maybeSubType)) {
        return false;
    }
    return ((0, definition_ts_1.isAbstractType)(superType) &&
        ((0, definition_ts_1.isInterfaceType)(maybeSubType) || (0, definition_ts_1.isObjectType)(maybeSubType)) &&
        schema.isSubType(superType, maybeSubType));
}
function doTypesOverlap(schema, typeA, typeB) {
    if (typeA === typeB) {
        return true;
    }
    if ((0, definition_ts_1.isAbstractType)(typeA)) {
        if ((0, definition_ts_1.isAbstractType)(typeB)) {
            return schema
                .getPossibleTypes(typeA)
                .some((type) => schema.isSubType(typeB, type));
        }
        return schema.isSubType(typeA, typeB);
    }
    if ((0, definition_ts_1.isAbstractType)(typeB)) {
        return schema.isSubType(typeB, typeA);
    }
    return false;
}
//# sourceMappingURL=typeComparators.js.map

/***/ }),

/***/ 6738:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.typeFromAST = typeFromAST;
const kinds_ts_1 = __webpack_require__(1123);
const definition_ts_1 = __webpack_require__(4169);
function typeFromAST(schema, typeNode) {
    switch (typeNode.kind) {
        case kinds_ts_1.Kind.LIST_TYPE: {
            const innerType = typeFromAST(schema, typeNode.type);
            return innerType && new definition_ts_1.GraphQLList(innerType);
        }
        case kinds_ts_1.Kind.NON_NULL_TYPE: {
            const innerType = typeFromAST(schema, typeNode.type);
            return innerType && new definition_ts_1.GraphQLNonNull(innerType);
        }
        case kinds_ts_1.Kind.NAMED_TYPE:
            return schema.getType(typeNode.name.value);
    }
}
//# sourceMappingURL=typeFromAST.js.map

/***/ }),

/***/ 4203:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateInputValue = validateInputValue;
exports.validateInputLiteral = validateInputLiteral;
const didYouMean_ts_1 = __webpack_require__(1353);
const inspect_ts_1 = __webpack_require__(5742);
const isIterableObject_ts_1 = __webpack_require__(7341);
const isObjectLike_ts_1 = __webpack_require__(892);
const keyMap_ts_1 = __webpack_require__(7579);
const Path_ts_1 = __webpack_require__(3155);
const suggestionList_ts_1 = __webpack_require__(7904);
const ensureGraphQLError_ts_1 = __webpack_require__(7489);
const GraphQLError_ts_1 = __webpack_require__(5939);
const kinds_ts_1 = __webpack_require__(1123);
const printer_ts_1 = __webpack_require__(9936);
const definition_ts_1 = __webpack_require__(4169);
const replaceVariables_ts_1 = __webpack_require__(9977);
function validateInputValue(inputValue, type, onError, hideSuggestions) {
    return validateInputValueImpl(inputValue, type, onError, hideSuggestions, undefined);
}
function validateInputValueImpl(inputValue, type, onError, hideSuggestions, path) {
    if ((0, definition_ts_1.isNonNullType)(type)) {
        if (inputValue === undefined) {
            reportInvalidValue(onError, `Expected a value of non-null type "${type}" to be provided.`, path);
            return;
        }
        if (inputValue === null) {
            reportInvalidValue(onError, `Expected value of non-null type "${type}" not to be null.`, path);
            return;
        }
        return validateInputValueImpl(inputValue, type.ofType, onError, hideSuggestions, path);
    }
    if (inputValue == null) {
        return;
    }
    if ((0, definition_ts_1.isListType)(type)) {
        if (!(0, isIterableObject_ts_1.isIterableObject)(inputValue)) {
            validateInputValueImpl(inputValue, type.ofType, onError, hideSuggestions, path);
        }
        else {
            let index = 0;
            for (const itemValue of inputValue) {
                validateInputValueImpl(itemValue, type.ofType, onError, hideSuggestions, (0, Path_ts_1.addPath)(path, index++, undefined));
            }
        }
    }
    else if ((0, definition_ts_1.isInputObjectType)(type)) {
        if (!(0, isObjectLike_ts_1.isObjectLike)(inputValue) || Array.isArray(inputValue)) {
            reportInvalidValue(onError, `Expected value of type "${type}" to be an object, found: ${(0, inspect_ts_1.inspect)(inputValue)}.`, path);
            return;
        }
        const fieldDefs = type.getFields();
        for (const field of Object.values(fieldDefs)) {
            const fieldValue = inputValue[field.name];
            if (fieldValue === undefined) {
                if ((0, definition_ts_1.isRequiredInputField)(field)) {
                    reportInvalidValue(onError, `Expected value of type "${type}" to include required field "${field.name}", found: ${(0, inspect_ts_1.inspect)(inputValue)}.`, path);
                }
            }
            else {
                validateInputValueImpl(fieldValue, field.type, onError, hideSuggestions, (0, Path_ts_1.addPath)(path, field.name, type.name));
            }
        }
        const fields = [];
        for (const fieldName of Object.keys(inputValue)) {
            if (inputValue[fieldName] === undefined) {
                continue;
            }
            if (!Object.hasOwn(fieldDefs, fieldName)) {
                const suggestion = hideSuggestions
                    ? ''
                    : (0, didYouMean_ts_1.didYouMean)((0, suggestionList_ts_1.suggestionList)(fieldName, Object.keys(fieldDefs)));
                reportInvalidValue(onError, `Expected value of type "${type}" not to include unknown field "${fieldName}"${suggestion ? `.${suggestion} Found` : ', found'}: ${(0, inspect_ts_1.inspect)(inputValue)}.`, path);
                continue;
            }
            fields.push(fieldName);
        }
        if (type.isOneOf) {
            if (fields.length !== 1) {
                reportInvalidValue(onError, getOneOfInputObjectErrorMessage(type), path);
            }
            const field = fields[0];
            const value = inputValue[field];
            if (value === null) {
                reportInvalidValue(onError, getOneOfInputObjectErrorMessage(type), (0, Path_ts_1.addPath)(path, field, type.name));
            }
        }
    }
    else {
        (0, definition_ts_1.assertLeafType)(type);
        let result;
        let caughtError;
        try {
            result = type.coerceInputValue(inputValue, hideSuggestions);
        }
        catch (error) {
            if (error instanceof GraphQLError_ts_1.GraphQLError) {
                onError(error, (0, Path_ts_1.pathToArray)(path));
                return;
            }
            caughtError = error;
        }
        if (result === undefined) {
            reportInvalidValue(onError, `Expected value of type "${type}"${caughtError != null
                ? `, but encountered error "${getCaughtErrorMessage(caughtError)}"; found`
                : ', found'}: ${(0, inspect_ts_1.inspect)(inputValue)}.`, path, (0, ensureGraphQLError_ts_1.ensureGraphQLError)(caughtError));
        }
    }
}
function reportInvalidValue(onError, message, path, originalError) {
    onError(new GraphQLError_ts_1.GraphQLError(message, { originalError }), (0, Path_ts_1.pathToArray)(path));
}
function validateInputLiteral(valueNode, type, onError, variables, fragmentVariableValues, hideSuggestions) {
    const context = {
        static: !variables && !fragmentVariableValues,
        onError,
        variables,
        fragmentVariableValues,
    };
    return validateInputLiteralImpl(context, valueNode, type, hideSuggestions, undefined);
}
function validateInputLiteralImpl(context, valueNode, type, hideSuggestions, path) {
    if (valueNode.kind === kinds_ts_1.Kind.VARIABLE) {
        if (context.static) {
            return;
        }
        const scopedVariableValues = getScopedVariableValues(context, valueNode);
        const value = scopedVariableValues?.coerced[valueNode.name.value];
        if ((0, definition_ts_1.isNonNullType)(type)) {
            if (value === undefined) {
                reportInvalidLiteral(context.onError, `Expected variable "$${valueNode.name.value}" provided to type "${type}" to provide a runtime value.`, valueNode, path);
            }
            else if (value === null) {
                reportInvalidLiteral(context.onError, `Expected variable "$${valueNode.name.value}" provided to non-null type "${type}" not to be null.`, valueNode, path);
            }
        }
        return;
    }
    if ((0, definition_ts_1.isNonNullType)(type)) {
        if (valueNode.kind === kinds_ts_1.Kind.NULL) {
            reportInvalidLiteral(context.onError, `Expected value of non-null type "${type}" not to be null.`, valueNode, path);
            return;
        }
        return validateInputLiteralImpl(context, valueNode, type.ofType, hideSuggestions, path);
    }
    if (valueNode.kind === kinds_ts_1.Kind.NULL) {
        return;
    }
    if ((0, definition_ts_1.isListType)(type)) {
        if (valueNode.kind !== kinds_ts_1.Kind.LIST) {
            validateInputLiteralImpl(context, valueNode, type.ofType, hideSuggestions, path);
        }
        else {
            let index = 0;
            for (const itemNode of valueNode.values) {
                validateInputLiteralImpl(context, itemNode, type.ofType, hideSuggestions, (0, Path_ts_1.addPath)(path, index++, undefined));
            }
        }
    }
    else if ((0, definition_ts_1.isInputObjectType)(type)) {
        if (valueNode.kind !== kinds_ts_1.Kind.OBJECT) {
            reportInvalidLiteral(context.onError, `Expected value of type "${type}" to be an object, found: ${(0, printer_ts_1.printForError)(valueNode)}.`, valueNode, path);
            return;
        }
        const fieldDefs = type.getFields();
        const fieldNodes = (0, keyMap_ts_1.keyMap)(valueNode.fields, (field) => field.name.value);
        for (const field of Object.values(fieldDefs)) {
            const fieldNode = fieldNodes[field.name];
            if (fieldNode === undefined) {
                if ((0, definition_ts_1.isRequiredInputField)(field)) {
                    reportInvalidLiteral(context.onError, `Expected value of type "${type}" to include required field "${field.name}", found: ${(0, printer_ts_1.printForError)(valueNode)}.`, valueNode, path);
                }
            }
            else {
                const fieldValueNode = fieldNode.value;
                if (fieldValueNode.kind === kinds_ts_1.Kind.VARIABLE && !context.static) {
                    const scopedVariableValues = getScopedVariableValues(context, fieldValueNode);
                    const variableName = fieldValueNode.name.value;
                    const value = scopedVariableValues?.coerced[variableName];
                    if (type.isOneOf) {
                        if (value === undefined) {
                            reportInvalidLiteral(context.onError, `Expected variable "$${variableName}" provided to field "${field.name}" for OneOf Input Object type "${type}" to provide a runtime value.`, valueNode, path);
                        }
                        else if (value === null) {
                            reportInvalidLiteral(context.onError, `Expected variable "$${variableName}" provided to field "${field.name}" for OneOf Input Object type "${type}" not to be null.`, valueNode, path);
                        }
                    }
                    else if (value === undefined && !(0, definition_ts_1.isRequiredInputField)(field)) {
                        continue;
                    }
                }
                validateInputLiteralImpl(context, fieldValueNode, field.type, hideSuggestions, (0, Path_ts_1.addPath)(path, field.name, type.name));
            }
        }
        const fields = valueNode.fields;
        const knownFields = [];
        for (const fieldNode of fields) {
            const fieldName = fieldNode.name.value;
            if (!Object.hasOwn(fieldDefs, fieldName)) {
                const suggestion = hideSuggestions
                    ? ''
                    : (0, didYouMean_ts_1.didYouMean)((0, suggestionList_ts_1.suggestionList)(fieldName, Object.keys(fieldDefs)));
                reportInvalidLiteral(context.onError, `Expected value of type "${type}" not to include unknown field "${fieldName}"${suggestion ? `.${suggestion} Found` : ', found'}: ${(0, printer_ts_1.printForError)(valueNode)}.`, fieldNode, path);
            }
            else {
                knownFields.push(fieldNode);
            }
        }
        if (type.isOneOf) {
            const isNotExactlyOneField = knownFields.length !== 1;
            if (isNotExactlyOneField) {
                reportInvalidLiteral(context.onError, getOneOfInputObjectErrorMessage(type), valueNode, path);
                return;
            }
            const fieldValueNode = knownFields[0].value;
            if (fieldValueNode.kind === kinds_ts_1.Kind.NULL) {
                const fieldName = knownFields[0].name.value;
                reportInvalidLiteral(context.onError, getOneOfInputObjectErrorMessage(type), valueNode, (0, Path_ts_1.addPath)(path, fieldName, undefined));
            }
        }
    }
    else {
        (0, definition_ts_1.assertLeafType)(type);
        let result;
        let caughtError;
        try {
            result = type.coerceInputLiteral
                ? type.coerceInputLiteral((0, replaceVariables_ts_1.replaceVariables)(valueNode, context.variables, context.fragmentVariableValues), hideSuggestions)
                : type.parseLiteral(valueNode, undefined, hideSuggestions);
        }
        catch (error) {
            if (error instanceof GraphQLError_ts_1.GraphQLError) {
                context.onError(error, (0, Path_ts_1.pathToArray)(path));
                return;
            }
            caughtError = error;
        }
        if (result === undefined) {
            reportInvalidLiteral(context.onError, `Expected value of type "${type}"${caughtError != null
                ? `, but encountered error "${getCaughtErrorMessage(caughtError)}"; found`
                : ', found'}: ${(0, printer_ts_1.printForError)(valueNode)}.`, valueNode, path, (0, ensureGraphQLError_ts_1.ensureGraphQLError)(caughtError));
        }
    }
}
function getScopedVariableValues(context, valueNode) {
    const variableName = valueNode.name.value;
    const { fragmentVariableValues, variables } = context;
    return fragmentVariableValues?.sources[variableName]
        ? fragmentVariableValues
        : variables;
}
function reportInvalidLiteral(onError, message, valueNode, path, originalError) {
    onError(new GraphQLError_ts_1.GraphQLError(message, {
        nodes: valueNode,
        originalError,
    }), (0, Path_ts_1.pathToArray)(path));
}
function getCaughtErrorMessage(caughtError) {
    if ((0, isObjectLike_ts_1.isObjectLike)(caughtError)) {
        const message = caughtError.message;
        if (typeof message === 'string' && message !== '') {
            return message;
        }
    }
    return String(caughtError);
}
function getOneOfInputObjectErrorMessage(type) {
    return `Within OneOf Input Object type "${type}", exactly one field must be specified, and the value for that field must be non-null.`;
}
//# sourceMappingURL=validateInputValue.js.map

/***/ }),

/***/ 6495:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.valueFromAST = valueFromAST;
const inspect_ts_1 = __webpack_require__(5742);
const invariant_ts_1 = __webpack_require__(3650);
const kinds_ts_1 = __webpack_require__(1123);
const definition_ts_1 = __webpack_require__(4169);
function valueFromAST(valueNode, type, variables) {
    if (!valueNode) {
        return;
    }
    if (valueNode.kind === kinds_ts_1.Kind.VARIABLE) {
        const variableName = valueNode.name.value;
        if (variables == null || !Object.hasOwn(variables, variableName)) {
            return;
        }
        const variableValue = variables[variableName];
        if (variableValue === undefined) {
            return;
        }
        if (variableValue === null && (0, definition_ts_1.isNonNullType)(type)) {
            return;
        }
        return variableValue;
    }
    if ((0, definition_ts_1.isNonNullType)(type)) {
        if (valueNode.kind === kinds_ts_1.Kind.NULL) {
            return;
        }
        return valueFromAST(valueNode, type.ofType, variables);
    }
    if (valueNode.kind === kinds_ts_1.Kind.NULL) {
        return null;
    }
    if ((0, definition_ts_1.isListType)(type)) {
        const itemType = type.ofType;
        if (valueNode.kind === kinds_ts_1.Kind.LIST) {
            const coercedValues = [];
            for (const itemNode of valueNode.values) {
                if (isMissingVariable(itemNode, variables)) {
                    if ((0, definition_ts_1.isNonNullType)(itemType)) {
                        return;
                    }
                    coercedValues.push(null);
                }
                else {
                    const itemValue = valueFromAST(itemNode, itemType, variables);
                    if (itemValue === undefined) {
                        return;
                    }
                    coercedValues.push(itemValue);
                }
            }
            return coercedValues;
        }
        const coercedValue = valueFromAST(valueNode, itemType, variables);
        if (coercedValue === undefined) {
            return;
        }
        return [coercedValue];
    }
    if ((0, definition_ts_1.isInputObjectType)(type)) {
        if (valueNode.kind !== kinds_ts_1.Kind.OBJECT) {
            return;
        }
        const coercedObj = Object.create(null);
        const fieldDefs = type.getFields();
        const hasUnknownField = valueNode.fields.some((field) => !Object.hasOwn(fieldDefs, field.name.value));
        if (hasUnknownField) {
            return;
        }
        const fieldNodes = new Map(valueNode.fields.map((field) => [field.name.value, field]));
        for (const field of Object.values(fieldDefs)) {
            const fieldNode = fieldNodes.get(field.name);
            if (fieldNode == null || isMissingVariable(fieldNode.value, variables)) {
                if (field.defaultValue !== undefined) {
                    coercedObj[field.name] = field.defaultValue;
                }
                else if ((0, definition_ts_1.isNonNullType)(field.type)) {
                    return;
                }
                continue;
            }
            const fieldValue = valueFromAST(fieldNode.value, field.type, variables);
            if (fieldValue === undefined) {
                return;
            }
            coercedObj[field.name] = fieldValue;
        }
        if (type.isOneOf) {
            const coercedKeys = Object.keys(coercedObj);
            if (fieldNodes.size !== 1 || coercedKeys.length !== 1) {
                return;
            }
            for (const [fieldName, fieldNode] of fieldNodes) {
                if (fieldNode.value.kind === kinds_ts_1.Kind.NULL ||
                    coercedObj[fieldName] === null) {
                    return;
                }
            }
        }
        return coercedObj;
    }
    if ((0, definition_ts_1.isLeafType)(type)) {
        let result;
        try {
            result = type.parseLiteral(valueNode, variables);
        }
        catch (_error) {
            return;
        }
        if (result === undefined) {
            return;
        }
        return result;
    }
    (0, invariant_ts_1.invariant)(false, 'Unexpected input type: ' + (0, inspect_ts_1.inspect)(type));
}
function isMissingVariable(valueNode, variables) {
    return (valueNode.kind === kinds_ts_1.Kind.VARIABLE &&
        (variables == null ||
            !Object.hasOwn(variables, valueNode.name.value) ||
            variables[valueNode.name.value] === undefined));
}
//# sourceMappingURL=valueFromAST.js.map

/***/ }),

/***/ 5470:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.valueFromASTUntyped = valueFromASTUntyped;
const keyValMap_ts_1 = __webpack_require__(3166);
const kinds_ts_1 = __webpack_require__(1123);
function valueFromASTUntyped(valueNode, variables) {
    switch (valueNode.kind) {
        case kinds_ts_1.Kind.NULL:
            return null;
        case kinds_ts_1.Kind.INT:
            return parseInt(valueNode.value, 10);
        case kinds_ts_1.Kind.FLOAT:
            return parseFloat(valueNode.value);
        case kinds_ts_1.Kind.STRING:
        case kinds_ts_1.Kind.ENUM:
        case kinds_ts_1.Kind.BOOLEAN:
            return valueNode.value;
        case kinds_ts_1.Kind.LIST:
            return valueNode.values.map((node) => valueFromASTUntyped(node, variables));
        case kinds_ts_1.Kind.OBJECT:
            return (0, keyValMap_ts_1.keyValMap)(valueNode.fields, (field) => field.name.value, (field) => valueFromASTUntyped(field.value, variables));
        case kinds_ts_1.Kind.VARIABLE:
            return variables?.[valueNode.name.value];
    }
}
//# sourceMappingURL=valueFromASTUntyped.js.map

/***/ }),

/***/ 107:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.valueToLiteral = valueToLiteral;
exports.defaultScalarValueToLiteral = defaultScalarValueToLiteral;
const inspect_ts_1 = __webpack_require__(5742);
const isIterableObject_ts_1 = __webpack_require__(7341);
const isObjectLike_ts_1 = __webpack_require__(892);
const kinds_ts_1 = __webpack_require__(1123);
const definition_ts_1 = __webpack_require__(4169);
function valueToLiteral(value, type) {
    if ((0, definition_ts_1.isNonNullType)(type)) {
        if (value == null) {
            return;
        }
        return valueToLiteral(value, type.ofType);
    }
    if (value == null) {
        return { kind: kinds_ts_1.Kind.NULL };
    }
    if ((0, definition_ts_1.isListType)(type)) {
        if (!(0, isIterableObject_ts_1.isIterableObject)(value)) {
            return valueToLiteral(value, type.ofType);
        }
        const values = [];
        for (const itemValue of value) {
            const itemNode = valueToLiteral(itemValue, type.ofType);
            if (!itemNode) {
                return;
            }
            values.push(itemNode);
        }
        return { kind: kinds_ts_1.Kind.LIST, values };
    }
    if ((0, definition_ts_1.isInputObjectType)(type)) {
        if (!(0, isObjectLike_ts_1.isObjectLike)(value)) {
            return;
        }
        const fields = [];
        const fieldDefs = type.getFields();
        const hasUndefinedField = Object.keys(value).some((name) => value[name] !== undefined && !Object.hasOwn(fieldDefs, name));
        if (hasUndefinedField) {
            return;
        }
        for (const field of Object.values(type.getFields())) {
            const fieldValue = value[field.name];
            if (fieldValue === undefined) {
                if ((0, definition_ts_1.isRequiredInputField)(field)) {
                    return;
                }
            }
            else {
                const fieldNode = valueToLiteral(value[field.name], field.type);
                if (!fieldNode) {
                    return;
                }
                fields.push({
                    kind: kinds_ts_1.Kind.OBJECT_FIELD,
                    name: { kind: kinds_ts_1.Kind.NAME, value: field.name },
                    value: fieldNode,
                });
            }
        }
        return { kind: kinds_ts_1.Kind.OBJECT, fields };
    }
    const leafType = (0, definition_ts_1.assertLeafType)(type);
    if (leafType.valueToLiteral) {
        try {
            return leafType.valueToLiteral(value);
        }
        catch (_error) {
            return;
        }
    }
    return defaultScalarValueToLiteral(value);
}
function defaultScalarValueToLiteral(value) {
    if (value == null) {
        return { kind: kinds_ts_1.Kind.NULL };
    }
    switch (typeof value) {
        case 'boolean':
            return { kind: kinds_ts_1.Kind.BOOLEAN, value };
        case 'string':
            return { kind: kinds_ts_1.Kind.STRING, value, block: false };
        case 'bigint':
            return { kind: kinds_ts_1.Kind.INT, value: value.toString() };
        case 'number': {
            if (!Number.isFinite(value)) {
                return { kind: kinds_ts_1.Kind.NULL };
            }
            const stringValue = String(value);
            return /^-?(?:0|[1-9][0-9]*)$/.test(stringValue)
                ? { kind: kinds_ts_1.Kind.INT, value: stringValue }
                : { kind: kinds_ts_1.Kind.FLOAT, value: stringValue };
        }
        case 'object': {
            if ((0, isIterableObject_ts_1.isIterableObject)(value)) {
                return {
                    kind: kinds_ts_1.Kind.LIST,
                    values: Array.from(value, defaultScalarValueToLiteral),
                };
            }
            const objValue = value;
            const fields = [];
            for (const fieldName of Object.keys(objValue)) {
                const fieldValue = objValue[fieldName];
                if (fieldValue !== undefined) {
                    fields.push({
                        kind: kinds_ts_1.Kind.OBJECT_FIELD,
                        name: { kind: kinds_ts_1.Kind.NAME, value: fieldName },
                        value: defaultScalarValueToLiteral(fieldValue),
                    });
                }
            }
            return { kind: kinds_ts_1.Kind.OBJECT, fields };
        }
    }
    throw new TypeError(`Cannot convert value to AST: ${(0, inspect_ts_1.inspect)(value)}.`);
}
//# sourceMappingURL=valueToLiteral.js.map

/***/ }),

/***/ 8139:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValidationContext = exports.SDLValidationContext = exports.ASTValidationContext = void 0;
const SetMap_ts_1 = __webpack_require__(9942);
const kinds_ts_1 = __webpack_require__(1123);
const visitor_ts_1 = __webpack_require__(638);
const TypeInfo_ts_1 = __webpack_require__(5000);
const validationAbortedError_ts_1 = __webpack_require__(6441);
class ASTValidationContext {
    constructor(ast, onError) {
        this._remainingFragmentWork = 50_000;
        this._ast = ast;
        this._fragments = undefined;
        this._fragmentSpreads = new Map();
        this._recursivelyReferencedFragments = new SetMap_ts_1.SetMap();
        this._onError = onError;
    }
    get [Symbol.toStringTag]() {
        return 'ASTValidationContext';
    }
    reportError(error) {
        this._onError(error);
    }
    getDocument() {
        return this._ast;
    }
    getFragment(name) {
        let fragments;
        if (this._fragments) {
            fragments = this._fragments;
        }
        else {
            fragments = Object.create(null);
            for (const defNode of this.getDocument().definitions) {
                if (defNode.kind === kinds_ts_1.Kind.FRAGMENT_DEFINITION) {
                    fragments[defNode.name.value] = defNode;
                }
            }
            this._fragments = fragments;
        }
        return fragments[name];
    }
    getFragmentSpreads(node) {
        let spreads = this._fragmentSpreads.get(node);
        if (!spreads) {
            spreads = [];
            const setsToVisit = [node];
            let set;
            while ((set = setsToVisit.pop())) {
                for (const selection of set.selections) {
                    if (selection.kind === kinds_ts_1.Kind.FRAGMENT_SPREAD) {
                        spreads.push(selection);
                    }
                    else if (selection.selectionSet) {
                        setsToVisit.push(selection.selectionSet);
                    }
                }
            }
            this._fragmentSpreads.set(node, spreads);
        }
        return spreads;
    }
    getRecursivelyReferencedFragments(operation) {
        return this.getRecursivelyReferencedFragmentsForOperations([operation]);
    }
    getRecursivelyReferencedFragmentsForOperations(operations) {
        const fragmentNames = new Set(operations.flatMap(({ selectionSet }) => this.getFragmentSpreads(selectionSet).map(({ name }) => name.value)));
        let fragments = this._recursivelyReferencedFragments.get(fragmentNames);
        if (!fragments) {
            fragments = [];
            this.spendFragmentWork(fragmentNames.size);
            const collectedNames = new Set(fragmentNames);
            for (const fragName of collectedNames) {
                const fragment = this.getFragment(fragName);
                if (fragment) {
                    fragments.push(fragment);
                    const spreads = this.getFragmentSpreads(fragment.selectionSet);
                    this.spendFragmentWork(spreads.length);
                    for (const spread of spreads) {
                        collectedNames.add(spread.name.value);
                    }
                }
            }
            this._recursivelyReferencedFragments.set(fragmentNames, fragments);
        }
        return fragments;
    }
    spendFragmentWork(cost) {
        this._remainingFragmentWork -= cost;
        if (this._remainingFragmentWork < 0) {
            throw validationAbortedError_ts_1.validationAbortedError;
        }
    }
}
exports.ASTValidationContext = ASTValidationContext;
class SDLValidationContext extends ASTValidationContext {
    constructor(ast, schema, onError) {
        super(ast, onError);
        this._schema = schema;
    }
    get hideSuggestions() {
        return false;
    }
    get [Symbol.toStringTag]() {
        return 'SDLValidationContext';
    }
    getSchema() {
        return this._schema;
    }
}
exports.SDLValidationContext = SDLValidationContext;
class ValidationContext extends ASTValidationContext {
    constructor(schema, ast, typeInfo, onError, hideSuggestionsOrOptions) {
        const options = typeof hideSuggestionsOrOptions === 'boolean'
            ? { hideSuggestions: hideSuggestionsOrOptions }
            : (hideSuggestionsOrOptions ?? {});
        const { hideSuggestions, allowEmptySelectionSets } = options;
        super(ast, onError);
        this._schema = schema;
        this._typeInfo = typeInfo;
        this._variableUsages = new Map();
        this._recursiveVariableUsages = new Map();
        this._hideSuggestions = hideSuggestions ?? false;
        this._allowEmptySelectionSets = allowEmptySelectionSets ?? true;
    }
    get [Symbol.toStringTag]() {
        return 'ValidationContext';
    }
    get hideSuggestions() {
        return this._hideSuggestions;
    }
    get allowEmptySelectionSets() {
        return this._allowEmptySelectionSets;
    }
    getSchema() {
        return this._schema;
    }
    getVariableUsages(node) {
        let usages = this._variableUsages.get(node);
        if (!usages) {
            const newUsages = [];
            const typeInfo = new TypeInfo_ts_1.TypeInfo(this._schema, undefined, this._typeInfo.getFragmentSignatureByName());
            const fragmentDefinition = node.kind === kinds_ts_1.Kind.FRAGMENT_DEFINITION ? node : undefined;
            (0, visitor_ts_1.visit)(node, (0, TypeInfo_ts_1.visitWithTypeInfo)(typeInfo, {
                VariableDefinition: () => false,
                Variable(variable) {
                    let fragmentVariableDefinition;
                    if (fragmentDefinition) {
                        const fragmentSignature = typeInfo.getFragmentSignatureByName()(fragmentDefinition.name.value);
                        fragmentVariableDefinition =
                            fragmentSignature?.variableDefinitions.get(variable.name.value);
                    }
                    newUsages.push({
                        node: variable,
                        type: typeInfo.getInputType(),
                        parentType: typeInfo.getParentInputType(),
                        defaultValue: typeInfo.getDefaultValue(),
                        fragmentVariableDefinition,
                    });
                },
            }));
            usages = newUsages;
            this._variableUsages.set(node, usages);
        }
        return usages;
    }
    getRecursiveVariableUsages(operation) {
        let usages = this._recursiveVariableUsages.get(operation);
        if (!usages) {
            const fragments = this.getRecursivelyReferencedFragments(operation);
            let fragmentUsages = this._recursiveVariableUsages.get(fragments);
            if (!fragmentUsages) {
                this.spendFragmentWork(fragments.length);
                fragmentUsages = fragments.flatMap((frag) => {
                    const localUsages = this.getVariableUsages(frag);
                    this.spendFragmentWork(localUsages.length);
                    return localUsages;
                });
                this._recursiveVariableUsages.set(fragments, fragmentUsages);
            }
            this.spendFragmentWork(fragmentUsages.length);
            usages = this.getVariableUsages(operation).concat(fragmentUsages);
            this._recursiveVariableUsages.set(operation, usages);
        }
        return usages;
    }
    getType() {
        return this._typeInfo.getType();
    }
    getParentType() {
        return this._typeInfo.getParentType();
    }
    getInputType() {
        return this._typeInfo.getInputType();
    }
    getParentInputType() {
        return this._typeInfo.getParentInputType();
    }
    getFieldDef() {
        return this._typeInfo.getFieldDef();
    }
    getDirective() {
        return this._typeInfo.getDirective();
    }
    getArgument() {
        return this._typeInfo.getArgument();
    }
    getFragmentSignature() {
        return this._typeInfo.getFragmentSignature();
    }
    getFragmentSignatureByName() {
        return this._typeInfo.getFragmentSignatureByName();
    }
    getEnumValue() {
        return this._typeInfo.getEnumValue();
    }
}
exports.ValidationContext = ValidationContext;
//# sourceMappingURL=ValidationContext.js.map

/***/ }),

/***/ 7973:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NoSchemaIntrospectionCustomRule = exports.NoDeprecatedCustomRule = exports.PossibleTypeExtensionsRule = exports.UniqueDirectiveNamesRule = exports.UniqueArgumentDefinitionNamesRule = exports.UniqueFieldDefinitionNamesRule = exports.UniqueEnumValueNamesRule = exports.UniqueTypeNamesRule = exports.UniqueOperationTypesRule = exports.LoneSchemaDefinitionRule = exports.MaxIntrospectionDepthRule = exports.VariablesInAllowedPositionRule = exports.VariablesAreInputTypesRule = exports.ValuesOfCorrectTypeRule = exports.UniqueVariableNamesRule = exports.UniqueOperationNamesRule = exports.UniqueInputFieldNamesRule = exports.UniqueFragmentNamesRule = exports.UniqueDirectivesPerLocationRule = exports.UniqueArgumentNamesRule = exports.StreamDirectiveOnListFieldRule = exports.SingleFieldSubscriptionsRule = exports.ScalarLeafsRule = exports.ProvidedRequiredArgumentsRule = exports.PossibleFragmentSpreadsRule = exports.OverlappingFieldsCanBeMergedRule = exports.NoUnusedVariablesRule = exports.NoUnusedFragmentsRule = exports.NoUndefinedVariablesRule = exports.NoFragmentCyclesRule = exports.LoneAnonymousOperationRule = exports.KnownTypeNamesRule = exports.KnownOperationTypesRule = exports.KnownFragmentNamesRule = exports.KnownDirectivesRule = exports.KnownArgumentNamesRule = exports.FragmentsOnCompositeTypesRule = exports.FieldsOnCorrectTypeRule = exports.ExecutableDefinitionsRule = exports.DeferStreamDirectiveOnValidOperationsRule = exports.DeferStreamDirectiveOnRootFieldRule = exports.DeferStreamDirectiveLabelRule = exports.recommendedRules = exports.specifiedRules = exports.ValidationContext = exports.validate = void 0;
var validate_ts_1 = __webpack_require__(7063);
Object.defineProperty(exports, "validate", ({ enumerable: true, get: function () { return validate_ts_1.validate; } }));
var ValidationContext_ts_1 = __webpack_require__(8139);
Object.defineProperty(exports, "ValidationContext", ({ enumerable: true, get: function () { return ValidationContext_ts_1.ValidationContext; } }));
var specifiedRules_ts_1 = __webpack_require__(916);
Object.defineProperty(exports, "specifiedRules", ({ enumerable: true, get: function () { return specifiedRules_ts_1.specifiedRules; } }));
Object.defineProperty(exports, "recommendedRules", ({ enumerable: true, get: function () { return specifiedRules_ts_1.recommendedRules; } }));
var DeferStreamDirectiveLabelRule_ts_1 = __webpack_require__(4338);
Object.defineProperty(exports, "DeferStreamDirectiveLabelRule", ({ enumerable: true, get: function () { return DeferStreamDirectiveLabelRule_ts_1.DeferStreamDirectiveLabelRule; } }));
var DeferStreamDirectiveOnRootFieldRule_ts_1 = __webpack_require__(5667);
Object.defineProperty(exports, "DeferStreamDirectiveOnRootFieldRule", ({ enumerable: true, get: function () { return DeferStreamDirectiveOnRootFieldRule_ts_1.DeferStreamDirectiveOnRootFieldRule; } }));
var DeferStreamDirectiveOnValidOperationsRule_ts_1 = __webpack_require__(4803);
Object.defineProperty(exports, "DeferStreamDirectiveOnValidOperationsRule", ({ enumerable: true, get: function () { return DeferStreamDirectiveOnValidOperationsRule_ts_1.DeferStreamDirectiveOnValidOperationsRule; } }));
var ExecutableDefinitionsRule_ts_1 = __webpack_require__(5401);
Object.defineProperty(exports, "ExecutableDefinitionsRule", ({ enumerable: true, get: function () { return ExecutableDefinitionsRule_ts_1.ExecutableDefinitionsRule; } }));
var FieldsOnCorrectTypeRule_ts_1 = __webpack_require__(2153);
Object.defineProperty(exports, "FieldsOnCorrectTypeRule", ({ enumerable: true, get: function () { return FieldsOnCorrectTypeRule_ts_1.FieldsOnCorrectTypeRule; } }));
var FragmentsOnCompositeTypesRule_ts_1 = __webpack_require__(5881);
Object.defineProperty(exports, "FragmentsOnCompositeTypesRule", ({ enumerable: true, get: function () { return FragmentsOnCompositeTypesRule_ts_1.FragmentsOnCompositeTypesRule; } }));
var KnownArgumentNamesRule_ts_1 = __webpack_require__(7663);
Object.defineProperty(exports, "KnownArgumentNamesRule", ({ enumerable: true, get: function () { return KnownArgumentNamesRule_ts_1.KnownArgumentNamesRule; } }));
var KnownDirectivesRule_ts_1 = __webpack_require__(5866);
Object.defineProperty(exports, "KnownDirectivesRule", ({ enumerable: true, get: function () { return KnownDirectivesRule_ts_1.KnownDirectivesRule; } }));
var KnownFragmentNamesRule_ts_1 = __webpack_require__(5958);
Object.defineProperty(exports, "KnownFragmentNamesRule", ({ enumerable: true, get: function () { return KnownFragmentNamesRule_ts_1.KnownFragmentNamesRule; } }));
var KnownOperationTypesRule_ts_1 = __webpack_require__(9166);
Object.defineProperty(exports, "KnownOperationTypesRule", ({ enumerable: true, get: function () { return KnownOperationTypesRule_ts_1.KnownOperationTypesRule; } }));
var KnownTypeNamesRule_ts_1 = __webpack_require__(1574);
Object.defineProperty(exports, "KnownTypeNamesRule", ({ enumerable: true, get: function () { return KnownTypeNamesRule_ts_1.KnownTypeNamesRule; } }));
var LoneAnonymousOperationRule_ts_1 = __webpack_require__(1677);
Object.defineProperty(exports, "LoneAnonymousOperationRule", ({ enumerable: true, get: function () { return LoneAnonymousOperationRule_ts_1.LoneAnonymousOperationRule; } }));
var NoFragmentCyclesRule_ts_1 = __webpack_require__(2579);
Object.defineProperty(exports, "NoFragmentCyclesRule", ({ enumerable: true, get: function () { return NoFragmentCyclesRule_ts_1.NoFragmentCyclesRule; } }));
var NoUndefinedVariablesRule_ts_1 = __webpack_require__(8873);
Object.defineProperty(exports, "NoUndefinedVariablesRule", ({ enumerable: true, get: function () { return NoUndefinedVariablesRule_ts_1.NoUndefinedVariablesRule; } }));
var NoUnusedFragmentsRule_ts_1 = __webpack_require__(3693);
Object.defineProperty(exports, "NoUnusedFragmentsRule", ({ enumerable: true, get: function () { return NoUnusedFragmentsRule_ts_1.NoUnusedFragmentsRule; } }));
var NoUnusedVariablesRule_ts_1 = __webpack_require__(9489);
Object.defineProperty(exports, "NoUnusedVariablesRule", ({ enumerable: true, get: function () { return NoUnusedVariablesRule_ts_1.NoUnusedVariablesRule; } }));
var OverlappingFieldsCanBeMergedRule_ts_1 = __webpack_require__(1646);
Object.defineProperty(exports, "OverlappingFieldsCanBeMergedRule", ({ enumerable: true, get: function () { return OverlappingFieldsCanBeMergedRule_ts_1.OverlappingFieldsCanBeMergedRule; } }));
var PossibleFragmentSpreadsRule_ts_1 = __webpack_require__(4550);
Object.defineProperty(exports, "PossibleFragmentSpreadsRule", ({ enumerable: true, get: function () { return PossibleFragmentSpreadsRule_ts_1.PossibleFragmentSpreadsRule; } }));
var ProvidedRequiredArgumentsRule_ts_1 = __webpack_require__(1145);
Object.defineProperty(exports, "ProvidedRequiredArgumentsRule", ({ enumerable: true, get: function () { return ProvidedRequiredArgumentsRule_ts_1.ProvidedRequiredArgumentsRule; } }));
var ScalarLeafsRule_ts_1 = __webpack_require__(4754);
Object.defineProperty(exports, "ScalarLeafsRule", ({ enumerable: true, get: function () { return ScalarLeafsRule_ts_1.ScalarLeafsRule; } }));
var SingleFieldSubscriptionsRule_ts_1 = __webpack_require__(1705);
Object.defineProperty(exports, "SingleFieldSubscriptionsRule", ({ enumerable: true, get: function () { return SingleFieldSubscriptionsRule_ts_1.SingleFieldSubscriptionsRule; } }));
var StreamDirectiveOnListFieldRule_ts_1 = __webpack_require__(6731);
Object.defineProperty(exports, "StreamDirectiveOnListFieldRule", ({ enumerable: true, get: function () { return StreamDirectiveOnListFieldRule_ts_1.StreamDirectiveOnListFieldRule; } }));
var UniqueArgumentNamesRule_ts_1 = __webpack_require__(5376);
Object.defineProperty(exports, "UniqueArgumentNamesRule", ({ enumerable: true, get: function () { return UniqueArgumentNamesRule_ts_1.UniqueArgumentNamesRule; } }));
var UniqueDirectivesPerLocationRule_ts_1 = __webpack_require__(9412);
Object.defineProperty(exports, "UniqueDirectivesPerLocationRule", ({ enumerable: true, get: function () { return UniqueDirectivesPerLocationRule_ts_1.UniqueDirectivesPerLocationRule; } }));
var UniqueFragmentNamesRule_ts_1 = __webpack_require__(1914);
Object.defineProperty(exports, "UniqueFragmentNamesRule", ({ enumerable: true, get: function () { return UniqueFragmentNamesRule_ts_1.UniqueFragmentNamesRule; } }));
var UniqueInputFieldNamesRule_ts_1 = __webpack_require__(9082);
Object.defineProperty(exports, "UniqueInputFieldNamesRule", ({ enumerable: true, get: function () { return UniqueInputFieldNamesRule_ts_1.UniqueInputFieldNamesRule; } }));
var UniqueOperationNamesRule_ts_1 = __webpack_require__(4403);
Object.defineProperty(exports, "UniqueOperationNamesRule", ({ enumerable: true, get: function () { return UniqueOperationNamesRule_ts_1.UniqueOperationNamesRule; } }));
var UniqueVariableNamesRule_ts_1 = __webpack_require__(218);
Object.defineProperty(exports, "UniqueVariableNamesRule", ({ enumerable: true, get: function () { return UniqueVariableNamesRule_ts_1.UniqueVariableNamesRule; } }));
var ValuesOfCorrectTypeRule_ts_1 = __webpack_require__(1408);
Object.defineProperty(exports, "ValuesOfCorrectTypeRule", ({ enumerable: true, get: function () { return ValuesOfCorrectTypeRule_ts_1.ValuesOfCorrectTypeRule; } }));
var VariablesAreInputTypesRule_ts_1 = __webpack_require__(6187);
Object.defineProperty(exports, "VariablesAreInputTypesRule", ({ enumerable: true, get: function () { return VariablesAreInputTypesRule_ts_1.VariablesAreInputTypesRule; } }));
var VariablesInAllowedPositionRule_ts_1 = __webpack_require__(4186);
Object.defineProperty(exports, "VariablesInAllowedPositionRule", ({ enumerable: true, get: function () { return VariablesInAllowedPositionRule_ts_1.VariablesInAllowedPositionRule; } }));
var MaxIntrospectionDepthRule_ts_1 = __webpack_require__(8749);
Object.defineProperty(exports, "MaxIntrospectionDepthRule", ({ enumerable: true, get: function () { return MaxIntrospectionDepthRule_ts_1.MaxIntrospectionDepthRule; } }));
var LoneSchemaDefinitionRule_ts_1 = __webpack_require__(2553);
Object.defineProperty(exports, "LoneSchemaDefinitionRule", ({ enumerable: true, get: function () { return LoneSchemaDefinitionRule_ts_1.LoneSchemaDefinitionRule; } }));
var UniqueOperationTypesRule_ts_1 = __webpack_require__(4234);
Object.defineProperty(exports, "UniqueOperationTypesRule", ({ enumerable: true, get: function () { return UniqueOperationTypesRule_ts_1.UniqueOperationTypesRule; } }));
var UniqueTypeNamesRule_ts_1 = __webpack_require__(2058);
Object.defineProperty(exports, "UniqueTypeNamesRule", ({ enumerable: true, get: function () { return UniqueTypeNamesRule_ts_1.UniqueTypeNamesRule; } }));
var UniqueEnumValueNamesRule_ts_1 = __webpack_require__(3062);
Object.defineProperty(exports, "UniqueEnumValueNamesRule", ({ enumerable: true, get: function () { return UniqueEnumValueNamesRule_ts_1.UniqueEnumValueNamesRule; } }));
var UniqueFieldDefinitionNamesRule_ts_1 = __webpack_require__(87);
Object.defineProperty(exports, "UniqueFieldDefinitionNamesRule", ({ enumerable: true, get: function () { return UniqueFieldDefinitionNamesRule_ts_1.UniqueFieldDefinitionNamesRule; } }));
var UniqueArgumentDefinitionNamesRule_ts_1 = __webpack_require__(6496);
Object.defineProperty(exports, "UniqueArgumentDefinitionNamesRule", ({ enumerable: true, get: function () { return UniqueArgumentDefinitionNamesRule_ts_1.UniqueArgumentDefinitionNamesRule; } }));
var UniqueDirectiveNamesRule_ts_1 = __webpack_require__(9879);
Object.defineProperty(exports, "UniqueDirectiveNamesRule", ({ enumerable: true, get: function () { return UniqueDirectiveNamesRule_ts_1.UniqueDirectiveNamesRule; } }));
var PossibleTypeExtensionsRule_ts_1 = __webpack_require__(6058);
Object.defineProperty(exports, "PossibleTypeExtensionsRule", ({ enumerable: true, get: function () { return PossibleTypeExtensionsRule_ts_1.PossibleTypeExtensionsRule; } }));
var NoDeprecatedCustomRule_ts_1 = __webpack_require__(5910);
Object.defineProperty(exports, "NoDeprecatedCustomRule", ({ enumerable: true, get: function () { return NoDeprecatedCustomRule_ts_1.NoDeprecatedCustomRule; } }));
var NoSchemaIntrospectionCustomRule_ts_1 = __webpack_require__(6787);
Object.defineProperty(exports, "NoSchemaIntrospectionCustomRule", ({ enumerable: true, get: function () { return NoSchemaIntrospectionCustomRule_ts_1.NoSchemaIntrospectionCustomRule; } }));
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 4338:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DeferStreamDirectiveLabelRule = DeferStreamDirectiveLabelRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
const kinds_ts_1 = __webpack_require__(1123);
const directives_ts_1 = __webpack_require__(1058);
function DeferStreamDirectiveLabelRule(context) {
    const knownLabels = new Map();
    return {
        Directive(node) {
            if (node.name.value === directives_ts_1.GraphQLDeferDirective.name ||
                node.name.value === directives_ts_1.GraphQLStreamDirective.name) {
                const labelArgument = node.arguments?.find((arg) => arg.name.value === 'label');
                const labelValue = labelArgument?.value;
                if (!labelValue || labelValue.kind === kinds_ts_1.Kind.NULL) {
                    return;
                }
                if (labelValue.kind !== kinds_ts_1.Kind.STRING) {
                    context.reportError(new GraphQLError_ts_1.GraphQLError(`Argument "@${node.name.value}(label:)" must be a static string.`, { nodes: node }));
                    return;
                }
                const knownLabel = knownLabels.get(labelValue.value);
                if (knownLabel != null) {
                    context.reportError(new GraphQLError_ts_1.GraphQLError('Value for arguments "defer(label:)" and "stream(label:)" must be unique across all Defer/Stream directive usages.', { nodes: [knownLabel, node] }));
                }
                else {
                    knownLabels.set(labelValue.value, node);
                }
            }
        },
    };
}
//# sourceMappingURL=DeferStreamDirectiveLabelRule.js.map

/***/ }),

/***/ 5667:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DeferStreamDirectiveOnRootFieldRule = DeferStreamDirectiveOnRootFieldRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
const directives_ts_1 = __webpack_require__(1058);
function DeferStreamDirectiveOnRootFieldRule(context) {
    const checkedFragments = new Set();
    return {
        OperationDefinition(node) {
            if (node.operation !== 'subscription' && node.operation !== 'mutation') {
                return;
            }
            const schema = context.getSchema();
            const rootType = schema.getRootType(node.operation);
            if (rootType) {
                const visitedFragments = new Set();
                if (forbidDeferStream({
                    context,
                    operationType: node.operation,
                    rootType,
                    checkedFragments,
                    selectionSet: node.selectionSet,
                    visitedFragments,
                })) {
                    for (const name of visitedFragments) {
                        checkedFragments.add(name);
                    }
                }
            }
        },
    };
}
function forbidDeferStream({ context, operationType, rootType, checkedFragments, selectionSet, visitedFragments, }) {
    let valid = true;
    for (const selection of selectionSet.selections) {
        if (selection.kind === 'Field') {
            const stream = selection.directives?.find((d) => d.name.value === directives_ts_1.GraphQLStreamDirective.name);
            if (stream) {
                valid = false;
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Stream directive cannot be used on root ${operationType} type "${rootType}".`, { nodes: stream }));
            }
        }
        else if (selection.kind === 'FragmentSpread') {
            const fragmentName = selection.name.value;
            if (visitedFragments.has(fragmentName)) {
                continue;
            }
            visitedFragments.add(fragmentName);
            const fragment = context.getFragment(fragmentName);
            if (fragment) {
                const defer = getDeferDirective(selection);
                if (defer !== undefined) {
                    valid = false;
                    context.reportError(new GraphQLError_ts_1.GraphQLError(`Defer directive cannot be used on root ${operationType} type "${rootType}".`, { nodes: defer }));
                }
                if (!checkedFragments.has(fragmentName)) {
                    valid =
                        forbidDeferStream({
                            context,
                            operationType,
                            rootType,
                            checkedFragments,
                            selectionSet: fragment.selectionSet,
                            visitedFragments,
                        }) && valid;
                }
            }
        }
        else if (selection.kind === 'InlineFragment') {
            const defer = getDeferDirective(selection);
            if (defer !== undefined) {
                valid = false;
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Defer directive cannot be used on root ${operationType} type "${rootType}".`, { nodes: defer }));
            }
            valid =
                forbidDeferStream({
                    context,
                    operationType,
                    rootType,
                    checkedFragments,
                    selectionSet: selection.selectionSet,
                    visitedFragments,
                }) && valid;
        }
    }
    return valid;
}
function getDeferDirective(fragment) {
    return fragment.directives?.find((d) => d.name.value === directives_ts_1.GraphQLDeferDirective.name);
}
//# sourceMappingURL=DeferStreamDirectiveOnRootFieldRule.js.map

/***/ }),

/***/ 4803:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DeferStreamDirectiveOnValidOperationsRule = DeferStreamDirectiveOnValidOperationsRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
const ast_ts_1 = __webpack_require__(2740);
const kinds_ts_1 = __webpack_require__(1123);
const directives_ts_1 = __webpack_require__(1058);
function ifArgumentCanBeFalse(node) {
    const ifArgument = node.arguments?.find((arg) => arg.name.value === 'if');
    if (!ifArgument) {
        return false;
    }
    if (ifArgument.value.kind === kinds_ts_1.Kind.BOOLEAN) {
        if (ifArgument.value.value) {
            return false;
        }
    }
    else if (ifArgument.value.kind !== kinds_ts_1.Kind.VARIABLE) {
        return false;
    }
    return true;
}
function canBeSkippedViaSkipDirective(node) {
    const ifArgument = node.arguments?.find((arg) => arg.name.value === 'if');
    if (!ifArgument) {
        return true;
    }
    if (ifArgument.value.kind === kinds_ts_1.Kind.BOOLEAN) {
        if (ifArgument.value.value) {
            return true;
        }
        return false;
    }
    return true;
}
function canBeSkippedViaIncludeDirective(node) {
    const ifArgument = node.arguments?.find((arg) => arg.name.value === 'if');
    if (!ifArgument) {
        return false;
    }
    if (ifArgument?.value.kind === kinds_ts_1.Kind.BOOLEAN) {
        if (ifArgument.value.value) {
            return false;
        }
        return true;
    }
    return true;
}
function DeferStreamDirectiveOnValidOperationsRule(context) {
    const checkedFragments = new Set();
    return {
        OperationDefinition(operation) {
            if (operation.operation !== ast_ts_1.OperationTypeNode.SUBSCRIPTION) {
                return;
            }
            const visitedFragments = new Set();
            if (forbidUnconditionalDeferStream({
                context,
                checkedFragments,
                selectionSet: operation.selectionSet,
                parentNodes: [],
                visitedFragments,
            })) {
                for (const name of visitedFragments) {
                    checkedFragments.add(name);
                }
            }
        },
    };
}
function forbidUnconditionalDeferStream({ context, checkedFragments, selectionSet, parentNodes, visitedFragments, }) {
    let valid = true;
    for (const selection of selectionSet.selections) {
        const skip = selection.directives?.find((d) => d.name.value === directives_ts_1.GraphQLSkipDirective.name);
        if (skip && canBeSkippedViaSkipDirective(skip)) {
            continue;
        }
        const include = selection.directives?.find((d) => d.name.value === directives_ts_1.GraphQLIncludeDirective.name);
        if (include && canBeSkippedViaIncludeDirective(include)) {
            continue;
        }
        for (const directive of selection.directives ?? []) {
            if (directive.name.value === directives_ts_1.GraphQLDeferDirective.name) {
                if (!ifArgumentCanBeFalse(directive)) {
                    valid = false;
                    context.reportError(new GraphQLError_ts_1.GraphQLError('Defer directive not supported on subscription operations. Disable `@defer` by setting the `if` argument to `false`.', { nodes: [directive, ...parentNodes.toReversed()] }));
                }
            }
            else if (directive.name.value === directives_ts_1.GraphQLStreamDirective.name) {
                if (!ifArgumentCanBeFalse(directive)) {
                    valid = false;
                    context.reportError(new GraphQLError_ts_1.GraphQLError('Stream directive not supported on subscription operations. Disable `@stream` by setting the `if` argument to `false`.', { nodes: [directive, ...parentNodes.toReversed()] }));
                }
            }
        }
        if (selection.kind === 'FragmentSpread') {
            const fragmentName = selection.name.value;
            if (visitedFragments.has(fragmentName) ||
                checkedFragments.has(fragmentName)) {
                continue;
            }
            visitedFragments.add(fragmentName);
            const fragment = context.getFragment(fragmentName);
            if (fragment) {
                parentNodes.push(selection);
                valid =
                    forbidUnconditionalDeferStream({
                        context,
                        checkedFragments,
                        parentNodes,
                        selectionSet: fragment.selectionSet,
                        visitedFragments,
                    }) && valid;
                parentNodes.pop();
            }
        }
        else if (selection.selectionSet) {
            valid =
                forbidUnconditionalDeferStream({
                    context,
                    checkedFragments,
                    selectionSet: selection.selectionSet,
                    parentNodes,
                    visitedFragments,
                }) && valid;
        }
    }
    return valid;
}
//# sourceMappingURL=DeferStreamDirectiveOnValidOperationsRule.js.map

/***/ }),

/***/ 5401:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ExecutableDefinitionsRule = ExecutableDefinitionsRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
const kinds_ts_1 = __webpack_require__(1123);
const predicates_ts_1 = __webpack_require__(5480);
function ExecutableDefinitionsRule(context) {
    return {
        Document(node) {
            for (const definition of node.definitions) {
                if (!(0, predicates_ts_1.isExecutableDefinitionNode)(definition)) {
                    const defName = definition.kind === kinds_ts_1.Kind.SCHEMA_DEFINITION ||
                        definition.kind === kinds_ts_1.Kind.SCHEMA_EXTENSION
                        ? 'schema'
                        : '"' + definition.name.value + '"';
                    context.reportError(new GraphQLError_ts_1.GraphQLError(`The ${defName} definition is not executable.`, {
                        nodes: definition,
                    }));
                }
            }
            return false;
        },
    };
}
//# sourceMappingURL=ExecutableDefinitionsRule.js.map

/***/ }),

/***/ 2153:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FieldsOnCorrectTypeRule = FieldsOnCorrectTypeRule;
const didYouMean_ts_1 = __webpack_require__(1353);
const naturalCompare_ts_1 = __webpack_require__(3428);
const suggestionList_ts_1 = __webpack_require__(7904);
const GraphQLError_ts_1 = __webpack_require__(5939);
const definition_ts_1 = __webpack_require__(4169);
function FieldsOnCorrectTypeRule(context) {
    return {
        Field(node) {
            const type = context.getParentType();
            if (type) {
                const fieldDef = context.getFieldDef();
                if (!fieldDef) {
                    const schema = context.getSchema();
                    const fieldName = node.name.value;
                    let suggestion = (0, didYouMean_ts_1.didYouMean)('to use an inline fragment on', context.hideSuggestions
                        ? []
                        : getSuggestedTypeNames(schema, type, fieldName));
                    if (suggestion === '') {
                        suggestion = (0, didYouMean_ts_1.didYouMean)(context.hideSuggestions
                            ? []
                            : getSuggestedFieldNames(type, fieldName));
                    }
                    context.reportError(new GraphQLError_ts_1.GraphQLError(`Cannot query field "${fieldName}" on type "${type}".` +
                        suggestion, { nodes: node }));
                }
            }
        },
    };
}
function getSuggestedTypeNames(schema, type, fieldName) {
    if (!(0, definition_ts_1.isAbstractType)(type)) {
        return [];
    }
    const suggestedTypes = new Set();
    const usageCount = Object.create(null);
    for (const possibleType of schema.getPossibleTypes(type)) {
        if (possibleType.getFields()[fieldName] == null) {
            continue;
        }
        suggestedTypes.add(possibleType);
        usageCount[possibleType.name] = 1;
        for (const possibleInterface of possibleType.getInterfaces()) {
            if (possibleInterface.getFields()[fieldName] == null) {
                continue;
            }
            suggestedTypes.add(possibleInterface);
            usageCount[possibleInterface.name] =
                (usageCount[possibleInterface.name] ?? 0) + 1;
        }
    }
    return [...suggestedTypes]
        .sort((typeA, typeB) => {
        const usageCountDiff = usageCount[typeB.name] - usageCount[typeA.name];
        if (usageCountDiff !== 0) {
            return usageCountDiff;
        }
        if ((0, definition_ts_1.isInterfaceType)(typeA) && schema.isSubType(typeA, typeB)) {
            return -1;
        }
        if ((0, definition_ts_1.isInterfaceType)(typeB) && schema.isSubType(typeB, typeA)) {
            return 1;
        }
        return (0, naturalCompare_ts_1.naturalCompare)(typeA.name, typeB.name);
    })
        .map((x) => x.name);
}
function getSuggestedFieldNames(type, fieldName) {
    if ((0, definition_ts_1.isObjectType)(type) || (0, definition_ts_1.isInterfaceType)(type)) {
        const possibleFieldNames = Object.keys(type.getFields());
        return (0, suggestionList_ts_1.suggestionList)(fieldName, possibleFieldNames);
    }
    return [];
}
//# sourceMappingURL=FieldsOnCorrectTypeRule.js.map

/***/ }),

/***/ 5881:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FragmentsOnCompositeTypesRule = FragmentsOnCompositeTypesRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
const printer_ts_1 = __webpack_require__(9936);
const definition_ts_1 = __webpack_require__(4169);
const typeFromAST_ts_1 = __webpack_require__(6738);
function FragmentsOnCompositeTypesRule(context) {
    return {
        InlineFragment(node) {
            const typeCondition = node.typeCondition;
            if (typeCondition) {
                const type = (0, typeFromAST_ts_1.typeFromAST)(context.getSchema(), typeCondition);
                if (type && !(0, definition_ts_1.isCompositeType)(type)) {
                    const typeStr = (0, printer_ts_1.print)(typeCondition);
                    context.reportError(new GraphQLError_ts_1.GraphQLError(`Fragment cannot condition on non composite type "${typeStr}".`, { nodes: typeCondition }));
                }
            }
        },
        FragmentDefinition(node) {
            const type = (0, typeFromAST_ts_1.typeFromAST)(context.getSchema(), node.typeCondition);
            if (type && !(0, definition_ts_1.isCompositeType)(type)) {
                const typeStr = (0, printer_ts_1.print)(node.typeCondition);
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Fragment "${node.name.value}" cannot condition on non composite type "${typeStr}".`, { nodes: node.typeCondition }));
            }
        },
    };
}
//# sourceMappingURL=FragmentsOnCompositeTypesRule.js.map

/***/ }),

/***/ 7663:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KnownArgumentNamesRule = KnownArgumentNamesRule;
exports.KnownArgumentNamesOnDirectivesRule = KnownArgumentNamesOnDirectivesRule;
const didYouMean_ts_1 = __webpack_require__(1353);
const suggestionList_ts_1 = __webpack_require__(7904);
const GraphQLError_ts_1 = __webpack_require__(5939);
const kinds_ts_1 = __webpack_require__(1123);
const directives_ts_1 = __webpack_require__(1058);
function KnownArgumentNamesRule(context) {
    return {
        ...KnownArgumentNamesOnDirectivesRule(context),
        FragmentArgument(argNode) {
            const fragmentSignature = context.getFragmentSignature();
            if (fragmentSignature) {
                const varDef = fragmentSignature.variableDefinitions.get(argNode.name.value);
                if (!varDef) {
                    const argName = argNode.name.value;
                    const suggestions = context.hideSuggestions
                        ? []
                        : (0, suggestionList_ts_1.suggestionList)(argName, Array.from(fragmentSignature.variableDefinitions.values()).map((varSignature) => varSignature.variable.name.value));
                    context.reportError(new GraphQLError_ts_1.GraphQLError(`Unknown argument "${argName}" on fragment "${fragmentSignature.definition.name.value}".` +
                        (0, didYouMean_ts_1.didYouMean)(suggestions), { nodes: argNode }));
                }
            }
        },
        Argument(argNode) {
            const argDef = context.getArgument();
            const fieldDef = context.getFieldDef();
            if (!argDef && fieldDef) {
                const argName = argNode.name.value;
                const suggestions = context.hideSuggestions
                    ? []
                    : (0, suggestionList_ts_1.suggestionList)(argName, fieldDef.args.map((arg) => arg.name));
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Unknown argument "${argName}" on field "${fieldDef}".` +
                    (0, didYouMean_ts_1.didYouMean)(suggestions), { nodes: argNode }));
            }
        },
    };
}
function KnownArgumentNamesOnDirectivesRule(context) {
    const directiveArgs = new Map();
    const schema = context.getSchema();
    const definedDirectives = schema
        ? schema.getDirectives()
        : directives_ts_1.specifiedDirectives;
    for (const directive of definedDirectives) {
        directiveArgs.set(directive.name, new Set(directive.args.map((arg) => arg.name)));
    }
    const astDefinitions = context.getDocument().definitions;
    for (const def of astDefinitions) {
        if (def.kind === kinds_ts_1.Kind.DIRECTIVE_DEFINITION) {
            const argsNodes = def.arguments ?? [];
            directiveArgs.set(def.name.value, new Set(argsNodes.map((arg) => arg.name.value)));
        }
    }
    return {
        Directive(directiveNode) {
            const directiveName = directiveNode.name.value;
            const knownArgs = directiveArgs.get(directiveName);
            if (directiveNode.arguments != null && knownArgs != null) {
                for (const argNode of directiveNode.arguments) {
                    const argName = argNode.name.value;
                    if (!knownArgs.has(argName)) {
                        const suggestions = context.hideSuggestions
                            ? []
                            : (0, suggestionList_ts_1.suggestionList)(argName, [...knownArgs]);
                        context.reportError(new GraphQLError_ts_1.GraphQLError(`Unknown argument "${argName}" on directive "@${directiveName}".` +
                            (context.hideSuggestions ? '' : (0, didYouMean_ts_1.didYouMean)(suggestions)), { nodes: argNode }));
                    }
                }
            }
            return false;
        },
    };
}
//# sourceMappingURL=KnownArgumentNamesRule.js.map

/***/ }),

/***/ 5866:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KnownDirectivesRule = KnownDirectivesRule;
const inspect_ts_1 = __webpack_require__(5742);
const invariant_ts_1 = __webpack_require__(3650);
const GraphQLError_ts_1 = __webpack_require__(5939);
const ast_ts_1 = __webpack_require__(2740);
const directiveLocation_ts_1 = __webpack_require__(2582);
const kinds_ts_1 = __webpack_require__(1123);
const directives_ts_1 = __webpack_require__(1058);
function KnownDirectivesRule(context) {
    const locationsMap = new Map();
    const schema = context.getSchema();
    const definedDirectives = schema
        ? schema.getDirectives()
        : directives_ts_1.specifiedDirectives;
    for (const directive of definedDirectives) {
        locationsMap.set(directive.name, new Set(directive.locations));
    }
    const astDefinitions = context.getDocument().definitions;
    for (const def of astDefinitions) {
        if (def.kind === kinds_ts_1.Kind.DIRECTIVE_DEFINITION) {
            locationsMap.set(def.name.value, new Set(def.locations.map((name) => name.value)));
        }
    }
    return {
        Directive(node, _key, _parent, _path, ancestors) {
            const name = node.name.value;
            const locations = locationsMap.get(name);
            if (locations == null) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Unknown directive "@${name}".`, { nodes: node }));
                return;
            }
            const candidateLocation = getDirectiveLocationForASTPath(ancestors);
            if (candidateLocation != null && !locations.has(candidateLocation)) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Directive "@${name}" may not be used on ${candidateLocation}.`, { nodes: node }));
            }
        },
    };
}
function getDirectiveLocationForASTPath(ancestors) {
    const appliedTo = ancestors.at(-1);
    if (!(appliedTo != null && 'kind' in appliedTo))
        (0, invariant_ts_1.invariant)(false);
    switch (appliedTo.kind) {
        case kinds_ts_1.Kind.OPERATION_DEFINITION:
            return getDirectiveLocationForOperation(appliedTo.operation);
        case kinds_ts_1.Kind.FIELD:
            return directiveLocation_ts_1.DirectiveLocation.FIELD;
        case kinds_ts_1.Kind.FRAGMENT_SPREAD:
            return directiveLocation_ts_1.DirectiveLocation.FRAGMENT_SPREAD;
        case kinds_ts_1.Kind.INLINE_FRAGMENT:
            return directiveLocation_ts_1.DirectiveLocation.INLINE_FRAGMENT;
        case kinds_ts_1.Kind.FRAGMENT_DEFINITION:
            return directiveLocation_ts_1.DirectiveLocation.FRAGMENT_DEFINITION;
        case kinds_ts_1.Kind.VARIABLE_DEFINITION: {
            const parentNode = ancestors[ancestors.length - 3];
            if (!('kind' in parentNode))
                (0, invariant_ts_1.invariant)(false);
            return parentNode.kind === kinds_ts_1.Kind.OPERATION_DEFINITION
                ? directiveLocation_ts_1.DirectiveLocation.VARIABLE_DEFINITION
                : directiveLocation_ts_1.DirectiveLocation.FRAGMENT_VARIABLE_DEFINITION;
        }
        case kinds_ts_1.Kind.SCHEMA_DEFINITION:
        case kinds_ts_1.Kind.SCHEMA_EXTENSION:
            return directiveLocation_ts_1.DirectiveLocation.SCHEMA;
        case kinds_ts_1.Kind.SCALAR_TYPE_DEFINITION:
        case kinds_ts_1.Kind.SCALAR_TYPE_EXTENSION:
            return directiveLocation_ts_1.DirectiveLocation.SCALAR;
        case kinds_ts_1.Kind.OBJECT_TYPE_DEFINITION:
        case kinds_ts_1.Kind.OBJECT_TYPE_EXTENSION:
            return directiveLocation_ts_1.DirectiveLocation.OBJECT;
        case kinds_ts_1.Kind.FIELD_DEFINITION:
            return directiveLocation_ts_1.DirectiveLocation.FIELD_DEFINITION;
        case kinds_ts_1.Kind.INTERFACE_TYPE_DEFINITION:
        case kinds_ts_1.Kind.INTERFACE_TYPE_EXTENSION:
            return directiveLocation_ts_1.DirectiveLocation.INTERFACE;
        case kinds_ts_1.Kind.UNION_TYPE_DEFINITION:
        case kinds_ts_1.Kind.UNION_TYPE_EXTENSION:
            return directiveLocation_ts_1.DirectiveLocation.UNION;
        case kinds_ts_1.Kind.ENUM_TYPE_DEFINITION:
        case kinds_ts_1.Kind.ENUM_TYPE_EXTENSION:
            return directiveLocation_ts_1.DirectiveLocation.ENUM;
        case kinds_ts_1.Kind.ENUM_VALUE_DEFINITION:
            return directiveLocation_ts_1.DirectiveLocation.ENUM_VALUE;
        case kinds_ts_1.Kind.INPUT_OBJECT_TYPE_DEFINITION:
        case kinds_ts_1.Kind.INPUT_OBJECT_TYPE_EXTENSION:
            return directiveLocation_ts_1.DirectiveLocation.INPUT_OBJECT;
        case kinds_ts_1.Kind.INPUT_VALUE_DEFINITION: {
            const parentNode = ancestors.at(-3);
            if (!(parentNode != null && 'kind' in parentNode))
                (0, invariant_ts_1.invariant)(false);
            return parentNode.kind === kinds_ts_1.Kind.INPUT_OBJECT_TYPE_DEFINITION ||
                parentNode.kind === kinds_ts_1.Kind.INPUT_OBJECT_TYPE_EXTENSION
                ? directiveLocation_ts_1.DirectiveLocation.INPUT_FIELD_DEFINITION
                : directiveLocation_ts_1.DirectiveLocation.ARGUMENT_DEFINITION;
        }
        case kinds_ts_1.Kind.DIRECTIVE_DEFINITION:
        case kinds_ts_1.Kind.DIRECTIVE_EXTENSION:
            return directiveLocation_ts_1.DirectiveLocation.DIRECTIVE_DEFINITION;
        default:
            (0, invariant_ts_1.invariant)(false, 'Unexpected kind: ' + (0, inspect_ts_1.inspect)(appliedTo.kind));
    }
}
function getDirectiveLocationForOperation(operation) {
    switch (operation) {
        case ast_ts_1.OperationTypeNode.QUERY:
            return directiveLocation_ts_1.DirectiveLocation.QUERY;
        case ast_ts_1.OperationTypeNode.MUTATION:
            return directiveLocation_ts_1.DirectiveLocation.MUTATION;
        case ast_ts_1.OperationTypeNode.SUBSCRIPTION:
            return directiveLocation_ts_1.DirectiveLocation.SUBSCRIPTION;
    }
}
//# sourceMappingURL=KnownDirectivesRule.js.map

/***/ }),

/***/ 5958:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KnownFragmentNamesRule = KnownFragmentNamesRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
function KnownFragmentNamesRule(context) {
    return {
        FragmentSpread(node) {
            const fragmentName = node.name.value;
            const fragment = context.getFragment(fragmentName);
            if (!fragment) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Unknown fragment "${fragmentName}".`, {
                    nodes: node.name,
                }));
            }
        },
    };
}
//# sourceMappingURL=KnownFragmentNamesRule.js.map

/***/ }),

/***/ 9166:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KnownOperationTypesRule = KnownOperationTypesRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
function KnownOperationTypesRule(context) {
    const schema = context.getSchema();
    return {
        OperationDefinition(node) {
            const operation = node.operation;
            if (!schema.getRootType(operation)) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`The ${operation} operation is not supported by the schema.`, { nodes: node }));
            }
        },
    };
}
//# sourceMappingURL=KnownOperationTypesRule.js.map

/***/ }),

/***/ 1574:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KnownTypeNamesRule = KnownTypeNamesRule;
const didYouMean_ts_1 = __webpack_require__(1353);
const suggestionList_ts_1 = __webpack_require__(7904);
const GraphQLError_ts_1 = __webpack_require__(5939);
const predicates_ts_1 = __webpack_require__(5480);
const introspection_ts_1 = __webpack_require__(317);
const scalars_ts_1 = __webpack_require__(3571);
function KnownTypeNamesRule(context) {
    const { definitions } = context.getDocument();
    const existingTypesMap = context.getSchema()?.getTypeMap() ?? {};
    let definedTypeNames;
    let typeNames;
    return {
        NamedType(node, _1, parent, _2, ancestors) {
            const typeName = node.name.value;
            if (!Object.hasOwn(existingTypesMap, typeName) &&
                !(definedTypeNames ??= new Set(definitions.filter(predicates_ts_1.isTypeDefinitionNode).map((def) => def.name.value))).has(typeName)) {
                const definitionNode = ancestors[2] ?? parent;
                const isSDL = definitionNode != null && isSDLNode(definitionNode);
                if (isSDL && standardTypeNames.has(typeName)) {
                    return;
                }
                let suggestedTypes = [];
                if (!context.hideSuggestions) {
                    typeNames ??= [
                        ...new Set([...Object.keys(existingTypesMap), ...definedTypeNames]),
                    ];
                    suggestedTypes = (0, suggestionList_ts_1.suggestionList)(typeName, isSDL ? [...standardTypeNames, ...typeNames] : typeNames);
                }
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Unknown type "${typeName}".` + (0, didYouMean_ts_1.didYouMean)(suggestedTypes), { nodes: node }));
            }
        },
    };
}
const standardTypeNames = new Set([...scalars_ts_1.specifiedScalarTypes, ...introspection_ts_1.introspectionTypes].map((type) => type.name));
function isSDLNode(value) {
    return ('kind' in value &&
        ((0, predicates_ts_1.isTypeSystemDefinitionNode)(value) || (0, predicates_ts_1.isTypeSystemExtensionNode)(value)));
}
//# sourceMappingURL=KnownTypeNamesRule.js.map

/***/ }),

/***/ 1677:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LoneAnonymousOperationRule = LoneAnonymousOperationRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
const kinds_ts_1 = __webpack_require__(1123);
function LoneAnonymousOperationRule(context) {
    let operationCount = 0;
    return {
        Document(node) {
            operationCount = node.definitions.filter((definition) => definition.kind === kinds_ts_1.Kind.OPERATION_DEFINITION).length;
        },
        OperationDefinition(node) {
            if (!node.name && operationCount > 1) {
                context.reportError(new GraphQLError_ts_1.GraphQLError('This anonymous operation must be the only defined operation.', { nodes: node }));
            }
        },
    };
}
//# sourceMappingURL=LoneAnonymousOperationRule.js.map

/***/ }),

/***/ 2553:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LoneSchemaDefinitionRule = LoneSchemaDefinitionRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
function LoneSchemaDefinitionRule(context) {
    const oldSchema = context.getSchema();
    const alreadyDefined = oldSchema?.astNode ??
        oldSchema?.getQueryType() ??
        oldSchema?.getMutationType() ??
        oldSchema?.getSubscriptionType();
    let schemaDefinitionsCount = 0;
    return {
        SchemaDefinition(node) {
            if (alreadyDefined) {
                context.reportError(new GraphQLError_ts_1.GraphQLError('Cannot define a new schema within a schema extension.', { nodes: node }));
                return;
            }
            if (schemaDefinitionsCount > 0) {
                context.reportError(new GraphQLError_ts_1.GraphQLError('Must provide only one schema definition.', {
                    nodes: node,
                }));
            }
            ++schemaDefinitionsCount;
        },
    };
}
//# sourceMappingURL=LoneSchemaDefinitionRule.js.map

/***/ }),

/***/ 8749:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MaxIntrospectionDepthRule = MaxIntrospectionDepthRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
const kinds_ts_1 = __webpack_require__(1123);
const MAX_LISTS_DEPTH = 3;
function MaxIntrospectionDepthRule(context) {
    const checkedFragments = Object.create(null);
    const exceededFragments = Object.create(null);
    function checkDepth(node, visitedFragments, depth = 0) {
        if (node.kind === kinds_ts_1.Kind.FRAGMENT_SPREAD) {
            const fragmentName = node.name.value;
            const exceededEntryDepth = exceededFragments[fragmentName];
            if (exceededEntryDepth !== undefined && exceededEntryDepth <= depth) {
                return true;
            }
            const visitedEntryDepth = visitedFragments[fragmentName];
            const checkedEntryDepth = checkedFragments[fragmentName];
            if ((visitedEntryDepth !== undefined && visitedEntryDepth >= depth) ||
                (checkedEntryDepth !== undefined && checkedEntryDepth >= depth)) {
                return false;
            }
            const fragment = context.getFragment(fragmentName);
            if (!fragment) {
                return false;
            }
            visitedFragments[fragmentName] = depth;
            if (checkDepth(fragment, visitedFragments, depth)) {
                exceededFragments[fragmentName] = depth;
                return true;
            }
            checkedFragments[fragmentName] = depth;
            return false;
        }
        if (node.kind === kinds_ts_1.Kind.FIELD &&
            (node.name.value === 'fields' ||
                node.name.value === 'interfaces' ||
                node.name.value === 'possibleTypes' ||
                node.name.value === 'inputFields')) {
            depth++;
            if (depth >= MAX_LISTS_DEPTH) {
                return true;
            }
        }
        if ('selectionSet' in node && node.selectionSet) {
            for (const child of node.selectionSet.selections) {
                if (checkDepth(child, visitedFragments, depth)) {
                    return true;
                }
            }
        }
        return false;
    }
    return {
        Field(node) {
            if (node.name.value === '__schema' || node.name.value === '__type') {
                const visitedFragments = Object.create(null);
                if (checkDepth(node, visitedFragments)) {
                    context.reportError(new GraphQLError_ts_1.GraphQLError('Maximum introspection depth exceeded', {
                        nodes: [node],
                    }));
                    return false;
                }
            }
        },
    };
}
//# sourceMappingURL=MaxIntrospectionDepthRule.js.map

/***/ }),

/***/ 2579:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NoFragmentCyclesRule = NoFragmentCyclesRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
function NoFragmentCyclesRule(context) {
    const visitedFrags = new Set();
    const spreadPath = [];
    const spreadPathIndexByName = Object.create(null);
    return {
        OperationDefinition: () => false,
        FragmentDefinition(node) {
            detectCycleRecursive(node);
            return false;
        },
    };
    function detectCycleRecursive(fragment) {
        if (visitedFrags.has(fragment.name.value)) {
            return;
        }
        const fragmentName = fragment.name.value;
        visitedFrags.add(fragmentName);
        const spreadNodes = context.getFragmentSpreads(fragment.selectionSet);
        if (spreadNodes.length === 0) {
            return;
        }
        spreadPathIndexByName[fragmentName] = spreadPath.length;
        for (const spreadNode of spreadNodes) {
            const spreadName = spreadNode.name.value;
            const cycleIndex = spreadPathIndexByName[spreadName];
            spreadPath.push(spreadNode);
            if (cycleIndex === undefined) {
                const spreadFragment = context.getFragment(spreadName);
                if (spreadFragment) {
                    detectCycleRecursive(spreadFragment);
                }
            }
            else {
                const cyclePath = spreadPath.slice(cycleIndex);
                const viaPath = cyclePath
                    .slice(0, -1)
                    .map((s) => '"' + s.name.value + '"')
                    .join(', ');
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Cannot spread fragment "${spreadName}" within itself` +
                    (viaPath !== '' ? ` via ${viaPath}.` : '.'), { nodes: cyclePath }));
            }
            spreadPath.pop();
        }
        spreadPathIndexByName[fragmentName] = undefined;
    }
}
//# sourceMappingURL=NoFragmentCyclesRule.js.map

/***/ }),

/***/ 8873:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NoUndefinedVariablesRule = NoUndefinedVariablesRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
function NoUndefinedVariablesRule(context) {
    return {
        OperationDefinition(operation) {
            const variableNameDefined = new Set(operation.variableDefinitions?.map((node) => node.variable.name.value));
            const usages = context.getRecursiveVariableUsages(operation);
            for (const { node, fragmentVariableDefinition } of usages) {
                if (fragmentVariableDefinition) {
                    continue;
                }
                const varName = node.name.value;
                if (!variableNameDefined.has(varName)) {
                    context.reportError(new GraphQLError_ts_1.GraphQLError(operation.name
                        ? `Variable "$${varName}" is not defined by operation "${operation.name.value}".`
                        : `Variable "$${varName}" is not defined.`, { nodes: [node, operation] }));
                }
            }
        },
    };
}
//# sourceMappingURL=NoUndefinedVariablesRule.js.map

/***/ }),

/***/ 3693:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NoUnusedFragmentsRule = NoUnusedFragmentsRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
function NoUnusedFragmentsRule(context) {
    const operations = [];
    const fragmentDefs = [];
    return {
        OperationDefinition(operation) {
            operations.push(operation);
            return false;
        },
        FragmentDefinition(node) {
            fragmentDefs.push(node);
            return false;
        },
        Document: {
            leave() {
                const fragmentNameUsed = new Set(context
                    .getRecursivelyReferencedFragmentsForOperations(operations)
                    .map((fragment) => fragment.name.value));
                for (const fragmentDef of fragmentDefs) {
                    const fragName = fragmentDef.name.value;
                    if (!fragmentNameUsed.has(fragName)) {
                        context.reportError(new GraphQLError_ts_1.GraphQLError(`Fragment "${fragName}" is never used.`, {
                            nodes: fragmentDef,
                        }));
                    }
                }
            },
        },
    };
}
//# sourceMappingURL=NoUnusedFragmentsRule.js.map

/***/ }),

/***/ 9489:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NoUnusedVariablesRule = NoUnusedVariablesRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
function NoUnusedVariablesRule(context) {
    return {
        FragmentDefinition(fragment) {
            const usages = context.getVariableUsages(fragment);
            const argumentNameUsed = new Set(usages.map(({ node }) => node.name.value));
            const variableDefinitions = fragment.variableDefinitions ?? [];
            for (const varDef of variableDefinitions) {
                const argName = varDef.variable.name.value;
                if (!argumentNameUsed.has(argName)) {
                    context.reportError(new GraphQLError_ts_1.GraphQLError(`Variable "$${argName}" is never used in fragment "${fragment.name.value}".`, { nodes: varDef }));
                }
            }
        },
        OperationDefinition(operation) {
            const usages = context.getRecursiveVariableUsages(operation);
            const operationVariableNameUsed = new Set();
            for (const { node, fragmentVariableDefinition } of usages) {
                const varName = node.name.value;
                if (!fragmentVariableDefinition) {
                    operationVariableNameUsed.add(varName);
                }
            }
            const variableDefinitions = operation.variableDefinitions ?? [];
            for (const variableDef of variableDefinitions) {
                const variableName = variableDef.variable.name.value;
                if (!operationVariableNameUsed.has(variableName)) {
                    context.reportError(new GraphQLError_ts_1.GraphQLError(operation.name
                        ? `Variable "$${variableName}" is never used in operation "${operation.name.value}".`
                        : `Variable "$${variableName}" is never used.`, { nodes: variableDef }));
                }
            }
        },
    };
}
//# sourceMappingURL=NoUnusedVariablesRule.js.map

/***/ }),

/***/ 1646:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OverlappingFieldsCanBeMergedRule = OverlappingFieldsCanBeMergedRule;
const inspect_ts_1 = __webpack_require__(5742);
const GraphQLError_ts_1 = __webpack_require__(5939);
const ast_ts_1 = __webpack_require__(2740);
const kinds_ts_1 = __webpack_require__(1123);
const printer_ts_1 = __webpack_require__(9936);
const definition_ts_1 = __webpack_require__(4169);
const typeFromAST_ts_1 = __webpack_require__(6738);
const validationAbortedError_ts_1 = __webpack_require__(6441);
const MAX_CONFLICT_DETAIL_LENGTH = 1000;
const MAX_CONFLICT_NODES = 20;
const MAX_FRAGMENT_ARGUMENT_SIZE = 256;
const MAX_COMPLEXITY_BUDGET = 500_000;
function OverlappingFieldsCanBeMergedRule(validationContext) {
    const ruleContext = {
        comparedFieldsAndFragmentPairs: new Map(),
        comparedFragmentPairs: new Map(),
        cachedCollectFieldsResults: new Map(),
        valueInfoByNode: new Map(),
        fragmentSpreadInfoByNode: new Map(),
        fragmentSpreadInfoByKey: new Map(),
        remainingComplexityBudget: MAX_COMPLEXITY_BUDGET,
    };
    let fragmentScope;
    return {
        FragmentDefinition: {
            enter(node) {
                const fragmentName = node.name.value;
                const fragmentSignature = validationContext.getFragmentSignatureByName()(fragmentName);
                fragmentScope = getVariableScope(fragmentSignature);
            },
            leave() {
                fragmentScope = undefined;
            },
        },
        SelectionSet(selectionSet, _key, parent) {
            if (parent && 'kind' in parent && parent.kind === kinds_ts_1.Kind.INLINE_FRAGMENT) {
                return;
            }
            if (selectionSet.selections.length <= 1 &&
                selectionSet.selections[0]?.kind !== kinds_ts_1.Kind.INLINE_FRAGMENT) {
                return;
            }
            const conflicts = findConflictsWithinSelectionSet(validationContext, ruleContext, validationContext.getParentType(), selectionSet, fragmentScope);
            for (const { responseName, reason, fields1, fields2 } of conflicts) {
                validationContext.reportError(new GraphQLError_ts_1.GraphQLError(`Fields "${maybeAbbreviate(responseName)}" conflict because ${reason}. Use different aliases on the fields to fetch both if this was intentional.`, { nodes: fields1.concat(fields2) }));
            }
        },
    };
}
function findConflictsWithinSelectionSet(validationContext, ruleContext, parentType, selectionSet, scope) {
    const conflicts = [];
    const collectFieldsResult = collectFields(validationContext, ruleContext, parentType, selectionSet);
    collectConflictsWithin(validationContext, ruleContext, conflicts, collectFieldsResult, scope);
    if (collectFieldsResult.spreads.length !== 0 &&
        (collectFieldsResult.groupedFieldSet.size !== 0 ||
            collectFieldsResult.spreads.length > 1)) {
        const fragmentSpreads = getFragmentSpreads(validationContext, ruleContext, collectFieldsResult, scope);
        for (let i = 0; i < fragmentSpreads.length; i++) {
            collectConflictsBetweenFieldsAndFragment(validationContext, ruleContext, conflicts, false, collectFieldsResult, scope, fragmentSpreads[i]);
            for (let j = i + 1; j < fragmentSpreads.length; j++) {
                collectConflictsBetweenFragments(validationContext, ruleContext, conflicts, false, fragmentSpreads[i], fragmentSpreads[j]);
            }
        }
    }
    return conflicts;
}
function collectConflictsBetweenFieldsAndFragment(validationContext, ruleContext, conflicts, areMutuallyExclusive, collectFieldsResult, scope, fragmentSpread) {
    spendComplexityBudget(ruleContext, 1);
    if (collectFieldsResult.groupedFieldSet.size === 0) {
        return;
    }
    const fragment = fragmentSpread.definition;
    let byFragmentScope = ruleContext.comparedFieldsAndFragmentPairs.get(scope);
    if (byFragmentScope === undefined) {
        byFragmentScope = new Map();
        ruleContext.comparedFieldsAndFragmentPairs.set(scope, byFragmentScope);
    }
    let comparedFieldsAndFragmentPairs = byFragmentScope.get(fragmentSpread.scope);
    if (comparedFieldsAndFragmentPairs === undefined) {
        comparedFieldsAndFragmentPairs = new OrderedPairSet();
        byFragmentScope.set(fragmentSpread.scope, comparedFieldsAndFragmentPairs);
    }
    if (comparedFieldsAndFragmentPairs.has(collectFieldsResult, fragment, areMutuallyExclusive)) {
        return;
    }
    comparedFieldsAndFragmentPairs.add(collectFieldsResult, fragment, areMutuallyExclusive);
    if (!fragment) {
        return;
    }
    const collectFieldsResult2 = collectFragmentFields(validationContext, ruleContext, fragment);
    const referencedFragmentSpreads = getFragmentSpreads(validationContext, ruleContext, collectFieldsResult2, fragmentSpread.scope);
    if (collectFieldsResult === collectFieldsResult2 &&
        scope === fragmentSpread.scope) {
        return;
    }
    collectConflictsBetween(validationContext, ruleContext, conflicts, areMutuallyExclusive, collectFieldsResult, scope, collectFieldsResult2, fragmentSpread.scope);
    for (const referencedFragmentSpread of referencedFragmentSpreads) {
        collectConflictsBetweenFieldsAndFragment(validationContext, ruleContext, conflicts, areMutuallyExclusive, collectFieldsResult, scope, referencedFragmentSpread);
    }
}
function collectConflictsBetweenFragments(validationContext, ruleContext, conflicts, areMutuallyExclusive, fragmentSpread1, fragmentSpread2) {
    const fragment1 = fragmentSpread1.definition;
    const fragment2 = fragmentSpread2.definition;
    const scope1 = fragmentSpread1.scope;
    const scope2 = fragmentSpread2.scope;
    spendComplexityBudget(ruleContext, 2);
    if (fragment1 === fragment2 && scope1 === scope2) {
        return;
    }
    let byScope = ruleContext.comparedFragmentPairs.get(scope1);
    let comparedFragmentPairs = byScope?.get(scope2) ??
        ruleContext.comparedFragmentPairs.get(scope2)?.get(scope1);
    if (comparedFragmentPairs === undefined) {
        if (byScope === undefined) {
            byScope = new Map();
            ruleContext.comparedFragmentPairs.set(scope1, byScope);
        }
        comparedFragmentPairs = new PairSet();
        byScope.set(scope2, comparedFragmentPairs);
    }
    if (fragment1 === fragment2) {
        if (comparedFragmentPairs.has(fragment1, fragment2, false)) {
            return;
        }
        comparedFragmentPairs.add(fragment1, fragment2, false);
        validationContext.reportError(new GraphQLError_ts_1.GraphQLError(`Spreads "${maybeAbbreviate(fragmentSpread1.node.name.value)}" conflict because ${getFragmentSpreadDescription(ruleContext, fragmentSpread1.node)} and ${getFragmentSpreadDescription(ruleContext, fragmentSpread2.node)} have different fragment arguments.`, { nodes: [fragmentSpread1.node, fragmentSpread2.node] }));
        return;
    }
    if (comparedFragmentPairs.has(fragment1, fragment2, areMutuallyExclusive)) {
        return;
    }
    comparedFragmentPairs.add(fragment1, fragment2, areMutuallyExclusive);
    if (!fragment1 || !fragment2) {
        return;
    }
    const collectFieldsResult1 = collectFragmentFields(validationContext, ruleContext, fragment1);
    const referencedFragmentSpreads1 = getFragmentSpreads(validationContext, ruleContext, collectFieldsResult1, fragmentSpread1.scope);
    const collectFieldsResult2 = collectFragmentFields(validationContext, ruleContext, fragment2);
    const referencedFragmentSpreads2 = getFragmentSpreads(validationContext, ruleContext, collectFieldsResult2, fragmentSpread2.scope);
    collectConflictsBetween(validationContext, ruleContext, conflicts, areMutuallyExclusive, collectFieldsResult1, fragmentSpread1.scope, collectFieldsResult2, fragmentSpread2.scope);
    for (const referencedFragmentSpread2 of referencedFragmentSpreads2) {
        collectConflictsBetweenFragments(validationContext, ruleContext, conflicts, areMutuallyExclusive, fragmentSpread1, referencedFragmentSpread2);
    }
    for (const referencedFragmentSpread1 of referencedFragmentSpreads1) {
        collectConflictsBetweenFragments(validationContext, ruleContext, conflicts, areMutuallyExclusive, referencedFragmentSpread1, fragmentSpread2);
    }
}
function findConflictsBetweenSubSelectionSets(validationContext, ruleContext, areMutuallyExclusive, parentType1, selectionSet1, scope1, parentType2, selectionSet2, scope2) {
    const conflicts = [];
    const collectFieldsResult1 = collectFields(validationContext, ruleContext, parentType1, selectionSet1);
    const fragmentSpreads1 = getFragmentSpreads(validationContext, ruleContext, collectFieldsResult1, scope1);
    const collectFieldsResult2 = collectFields(validationContext, ruleContext, parentType2, selectionSet2);
    const fragmentSpreads2 = getFragmentSpreads(validationContext, ruleContext, collectFieldsResult2, scope2);
    collectConflictsBetween(validationContext, ruleContext, conflicts, areMutuallyExclusive, collectFieldsResult1, scope1, collectFieldsResult2, scope2);
    for (const fragmentSpread2 of fragmentSpreads2) {
        collectConflictsBetweenFieldsAndFragment(validationContext, ruleContext, conflicts, areMutuallyExclusive, collectFieldsResult1, scope1, fragmentSpread2);
    }
    for (const fragmentSpread1 of fragmentSpreads1) {
        collectConflictsBetweenFieldsAndFragment(validationContext, ruleContext, conflicts, areMutuallyExclusive, collectFieldsResult2, scope2, fragmentSpread1);
    }
    for (const fragmentSpread1 of fragmentSpreads1) {
        for (const fragmentSpread2 of fragmentSpreads2) {
            collectConflictsBetweenFragments(validationContext, ruleContext, conflicts, areMutuallyExclusive, fragmentSpread1, fragmentSpread2);
        }
    }
    return conflicts;
}
function collectConflictsWithin(validationContext, ruleContext, conflicts, collectFieldsResult, scope) {
    for (const [responseName, fieldDetailsList,] of collectFieldsResult.groupedFieldSet.entries()) {
        if (fieldDetailsList.length > 1) {
            for (let i = 0; i < fieldDetailsList.length; i++) {
                for (let j = i + 1; j < fieldDetailsList.length; j++) {
                    const conflict = findConflict(validationContext, ruleContext, false, responseName, fieldDetailsList[i], scope, fieldDetailsList[j], scope);
                    if (conflict) {
                        conflicts.push(conflict);
                    }
                }
            }
        }
    }
}
function collectConflictsBetween(validationContext, ruleContext, conflicts, parentFieldsAreMutuallyExclusive, collectFieldsResult1, scope1, collectFieldsResult2, scope2) {
    if (collectFieldsResult1.groupedFieldSet.size === 0 ||
        collectFieldsResult2.groupedFieldSet.size === 0) {
        return;
    }
    for (const { responseName, fieldDetailsList1, fieldDetailsList2, } of getOverlappingFields(ruleContext, collectFieldsResult1, collectFieldsResult2)) {
        for (const fieldDetails1 of fieldDetailsList1) {
            for (const fieldDetails2 of fieldDetailsList2) {
                const conflict = findConflict(validationContext, ruleContext, parentFieldsAreMutuallyExclusive, responseName, fieldDetails1, scope1, fieldDetails2, scope2);
                if (conflict) {
                    conflicts.push(conflict);
                }
            }
        }
    }
}
function getOverlappingFields(ruleContext, collectFieldsResult1, collectFieldsResult2) {
    const byCollectFieldsResult = (collectFieldsResult1.overlappingFields ??=
        new Map());
    const cached = byCollectFieldsResult.get(collectFieldsResult2);
    if (cached !== undefined) {
        return cached;
    }
    const overlappingFields = [];
    for (const [responseName, fieldDetailsList1,] of collectFieldsResult1.groupedFieldSet.entries()) {
        spendComplexityBudget(ruleContext, 1);
        const fieldDetailsList2 = collectFieldsResult2.groupedFieldSet.get(responseName);
        if (fieldDetailsList2 != null) {
            overlappingFields.push({
                responseName,
                fieldDetailsList1,
                fieldDetailsList2,
            });
        }
    }
    byCollectFieldsResult.set(collectFieldsResult2, overlappingFields);
    return overlappingFields;
}
function findConflict(validationContext, ruleContext, parentFieldsAreMutuallyExclusive, responseName, fieldDetails1, scope1, fieldDetails2, scope2) {
    const { parentType: parentType1, node: node1, definition: def1, streamDirective: streamDirective1, } = fieldDetails1;
    const { parentType: parentType2, node: node2, definition: def2, streamDirective: streamDirective2, } = fieldDetails2;
    const areMutuallyExclusive = parentFieldsAreMutuallyExclusive ||
        (parentType1 !== parentType2 &&
            (0, definition_ts_1.isObjectType)(parentType1) &&
            (0, definition_ts_1.isObjectType)(parentType2));
    spendComplexityBudget(ruleContext, 2);
    if (fieldDetails1.isSimpleLeaf &&
        fieldDetails2.isSimpleLeaf &&
        def1?.type === def2?.type &&
        node1.name.value === node2.name.value) {
        return;
    }
    const fieldInfo1 = getFieldInfo(fieldDetails1);
    const fieldInfo2 = getFieldInfo(fieldDetails2);
    let comparison = fieldInfo1.comparisons.get(fieldInfo2);
    if (comparison === undefined) {
        comparison = {};
        fieldInfo1.comparisons.set(fieldInfo2, comparison);
    }
    if (!areMutuallyExclusive) {
        const name1 = node1.name.value;
        const name2 = node2.name.value;
        const sameName = (comparison.sameName ??= name1 === name2);
        if (!sameName) {
            return {
                responseName,
                reason: `"${maybeAbbreviate(name1)}" and "${maybeAbbreviate(name2)}" are different fields`,
                fields1: [node1],
                fields2: [node2],
            };
        }
        const comparedArguments = (comparison.arguments ??= compareArguments(ruleContext, fieldInfo1.arguments, fieldInfo2.arguments));
        if (!sameArguments(ruleContext, comparedArguments, scope1, scope2)) {
            return {
                responseName,
                reason: 'they have differing arguments',
                fields1: [node1],
                fields2: [node2],
            };
        }
    }
    if (streamDirective1 || streamDirective2) {
        let reason = 'they have overlapping stream directives';
        if (streamDirective1 && streamDirective2) {
            const comparedArguments = (comparison.streamArguments ??=
                compareArguments(ruleContext, fieldInfo1.streamArguments, fieldInfo2.streamArguments));
            if (sameArguments(ruleContext, comparedArguments, scope1, scope2)) {
                reason +=
                    '. See https://github.com/graphql/defer-stream-wg/discussions/100';
            }
        }
        return { responseName, reason, fields1: [node1], fields2: [node2] };
    }
    const type1 = def1?.type;
    const type2 = def2?.type;
    if (type1 && type2 && doTypesConflict(ruleContext, type1, type2)) {
        const type1String = (fieldInfo1.typeString ??= (0, inspect_ts_1.inspect)(type1));
        const type2String = (fieldInfo2.typeString ??= (0, inspect_ts_1.inspect)(type2));
        return {
            responseName,
            reason: `they return conflicting types "${type1String}" and "${type2String}"`,
            fields1: [node1],
            fields2: [node2],
        };
    }
    const selectionSet1 = node1.selectionSet;
    const selectionSet2 = node2.selectionSet;
    if (selectionSet1 && selectionSet2) {
        const conflicts = findConflictsBetweenSubSelectionSets(validationContext, ruleContext, areMutuallyExclusive, fieldInfo1.namedType, selectionSet1, scope1, fieldInfo2.namedType, selectionSet2, scope2);
        return subfieldConflicts(conflicts, responseName, node1, node2);
    }
}
function getFieldInfo(fieldDetails) {
    return (fieldDetails.info ??= {
        comparisons: new Map(),
        namedType: (0, definition_ts_1.getNamedType)(fieldDetails.definition?.type),
        arguments: getArgumentInfo(fieldDetails.node.arguments),
        streamArguments: getArgumentInfo(fieldDetails.streamDirective?.arguments),
    });
}
function getArgumentInfo(args) {
    if (args === undefined || args.length === 0) {
        return;
    }
    const values = new Map();
    for (const { name, value } of args) {
        values.set(name.value, value);
    }
    return {
        nodes: args,
        values,
    };
}
function compareArguments(ruleContext, argumentInfo1, argumentInfo2) {
    const valuesWithVariables = [];
    if (argumentInfo1 === undefined) {
        return {
            sameStructure: argumentInfo2 === undefined,
            valuesWithVariables,
        };
    }
    if (argumentInfo1.nodes.length !== argumentInfo2?.nodes.length) {
        return { sameStructure: false, valuesWithVariables };
    }
    for (const arg1 of argumentInfo1.nodes) {
        spendComplexityBudget(ruleContext, 1);
        const value2 = argumentInfo2.values.get(arg1.name.value);
        if (value2 === undefined) {
            return { sameStructure: false, valuesWithVariables };
        }
        const valueInfo1 = getValueInfo(ruleContext, arg1.value);
        if (valueInfo1.comparisonKey !==
            getValueInfo(ruleContext, value2).comparisonKey) {
            return { sameStructure: false, valuesWithVariables };
        }
        if (valueInfo1.variables.length !== 0) {
            valuesWithVariables.push(valueInfo1);
        }
    }
    return { sameStructure: true, valuesWithVariables };
}
function sameArguments(ruleContext, comparison, scope1, scope2) {
    if (!comparison.sameStructure) {
        return false;
    }
    return (scope1 === scope2 ||
        comparison.valuesWithVariables.every((value) => {
            spendComplexityBudget(ruleContext, 1);
            return (!usesLocalVariables(ruleContext, value, scope1) &&
                !usesLocalVariables(ruleContext, value, scope2));
        }));
}
function usesLocalVariables(ruleContext, value, scope) {
    if (scope === undefined) {
        return false;
    }
    const dependencies = (value.scopeDependencies ??= new Map());
    const cached = dependencies.get(scope.signature);
    if (cached !== undefined) {
        return cached;
    }
    const dependsOnScope = value.variables.some((variable) => {
        spendComplexityBudget(ruleContext, 1);
        return scope.signature.variableDefinitions.has(variable);
    });
    dependencies.set(scope.signature, dependsOnScope);
    return dependsOnScope;
}
function getValueInfo(ruleContext, value) {
    const cached = ruleContext.valueInfoByNode.get(value);
    if (cached !== undefined) {
        return cached;
    }
    const variables = [];
    const comparisonKey = JSON.stringify(value, (_key, node) => {
        if (!(0, ast_ts_1.isNode)(node)) {
            return node;
        }
        switch (node.kind) {
            case kinds_ts_1.Kind.VARIABLE:
                variables.push(node.name.value);
                return [node.kind, node.name.value];
            case kinds_ts_1.Kind.OBJECT:
                return [
                    node.kind,
                    node.fields
                        .slice()
                        .sort((first, second) => first.name.value < second.name.value
                        ? -1
                        : first.name.value > second.name.value
                            ? 1
                            : 0),
                ];
            case kinds_ts_1.Kind.OBJECT_FIELD:
                return [node.name.value, node.value];
            case kinds_ts_1.Kind.LIST:
                return [node.kind, node.values];
            case kinds_ts_1.Kind.STRING:
                return [node.kind, node.value, node.block === true];
            default:
                return [node.kind, 'value' in node ? node.value : null];
        }
    });
    const valueInfo = { comparisonKey, variables };
    ruleContext.valueInfoByNode.set(value, valueInfo);
    return valueInfo;
}
function doTypesConflict(ruleContext, type1, type2) {
    if (type1 === type2) {
        return false;
    }
    spendComplexityBudget(ruleContext, 1);
    if ((0, definition_ts_1.isListType)(type1)) {
        return (0, definition_ts_1.isListType)(type2)
            ? doTypesConflict(ruleContext, type1.ofType, type2.ofType)
            : true;
    }
    if ((0, definition_ts_1.isListType)(type2)) {
        return true;
    }
    if ((0, definition_ts_1.isNonNullType)(type1)) {
        return (0, definition_ts_1.isNonNullType)(type2)
            ? doTypesConflict(ruleContext, type1.ofType, type2.ofType)
            : true;
    }
    if ((0, definition_ts_1.isNonNullType)(type2)) {
        return true;
    }
    if ((0, definition_ts_1.isLeafType)(type1) || (0, definition_ts_1.isLeafType)(type2)) {
        return type1 !== type2;
    }
    return false;
}
function collectFields(validationContext, ruleContext, parentType, selectionSet) {
    const { cachedCollectFieldsResults } = ruleContext;
    let bySelectionSet = cachedCollectFieldsResults.get(parentType);
    if (!bySelectionSet) {
        bySelectionSet = new Map();
        cachedCollectFieldsResults.set(parentType, bySelectionSet);
    }
    let collectFieldsResult = bySelectionSet.get(selectionSet);
    if (!collectFieldsResult) {
        const groupedFieldSet = new Map();
        const spreads = [];
        collectFieldsImpl(validationContext, parentType, selectionSet, groupedFieldSet, spreads);
        collectFieldsResult = { groupedFieldSet, spreads };
        bySelectionSet.set(selectionSet, collectFieldsResult);
    }
    return collectFieldsResult;
}
function collectFragmentFields(validationContext, ruleContext, fragment) {
    const fragmentType = (0, typeFromAST_ts_1.typeFromAST)(validationContext.getSchema(), fragment.typeCondition);
    return collectFields(validationContext, ruleContext, fragmentType, fragment.selectionSet);
}
function collectFieldsImpl(validationContext, parentType, selectionSet, groupedFieldSet, fragmentSpreads) {
    for (const selection of selectionSet.selections) {
        switch (selection.kind) {
            case kinds_ts_1.Kind.FIELD: {
                const fieldName = selection.name.value;
                let fieldDef;
                if ((0, definition_ts_1.isObjectType)(parentType) || (0, definition_ts_1.isInterfaceType)(parentType)) {
                    fieldDef = parentType.getFields()[fieldName];
                }
                const responseName = selection.alias
                    ? selection.alias.value
                    : fieldName;
                let fieldDetailsList = groupedFieldSet.get(responseName);
                if (fieldDetailsList == null) {
                    fieldDetailsList = [];
                    groupedFieldSet.set(responseName, fieldDetailsList);
                }
                const streamDirective = selection.directives?.find((directive) => directive.name.value === 'stream');
                fieldDetailsList.push({
                    parentType,
                    node: selection,
                    definition: fieldDef,
                    isSimpleLeaf: (selection.arguments?.length ?? 0) === 0 &&
                        !selection.selectionSet &&
                        streamDirective === undefined,
                    streamDirective,
                });
                break;
            }
            case kinds_ts_1.Kind.FRAGMENT_SPREAD: {
                fragmentSpreads.push(selection);
                break;
            }
            case kinds_ts_1.Kind.INLINE_FRAGMENT: {
                const typeCondition = selection.typeCondition;
                const inlineFragmentType = typeCondition
                    ? (0, typeFromAST_ts_1.typeFromAST)(validationContext.getSchema(), typeCondition)
                    : parentType;
                collectFieldsImpl(validationContext, inlineFragmentType, selection.selectionSet, groupedFieldSet, fragmentSpreads);
                break;
            }
        }
    }
}
function getFragmentSpreads(validationContext, ruleContext, collectFieldsResult, scope) {
    const byScope = (collectFieldsResult.byScope ??= new Map());
    const cached = byScope.get(scope);
    if (cached) {
        return cached;
    }
    const spreadsByScope = new Map();
    const result = [];
    for (const spreadNode of collectFieldsResult.spreads) {
        const spread = getFragmentSpread(validationContext, ruleContext, spreadNode, scope);
        let byDefinition = spreadsByScope.get(spread.scope);
        if (byDefinition === undefined) {
            byDefinition = new Map();
            spreadsByScope.set(spread.scope, byDefinition);
        }
        const previous = byDefinition.get(spread.definition);
        if (previous === undefined) {
            byDefinition.set(spread.definition, spread);
            result.push(spread);
        }
        else {
            previous.node = spread.node;
        }
    }
    byScope.set(scope, result);
    return result;
}
function getFragmentSpread(validationContext, ruleContext, fragmentSpreadNode, scope) {
    spendComplexityBudget(ruleContext, 1);
    let fragmentSpreadInfo = ruleContext.fragmentSpreadInfoByNode.get(fragmentSpreadNode);
    if (fragmentSpreadInfo === undefined) {
        const signature = validationContext.getFragmentSignatureByName()(fragmentSpreadNode.name.value);
        const argumentInfo = getArgumentInfo(fragmentSpreadNode.arguments);
        const parts = [];
        const values = [];
        if (signature && argumentInfo !== undefined) {
            const argMap = argumentInfo.values;
            const names = [];
            for (const name of argMap.keys()) {
                if (signature.variableDefinitions.has(name)) {
                    names.push(name);
                }
            }
            for (const name of names.sort()) {
                const argument = getValueInfo(ruleContext, argMap.get(name));
                parts.push(name, argument.comparisonKey);
                if (argument.variables.length !== 0) {
                    values.push(argument);
                }
            }
        }
        const fragmentSpreadInfoKey = JSON.stringify([
            signature?.definition.name.value,
            parts,
        ]);
        fragmentSpreadInfo = ruleContext.fragmentSpreadInfoByKey.get(fragmentSpreadInfoKey);
        if (fragmentSpreadInfo === undefined) {
            fragmentSpreadInfo = {
                signature,
                values,
                byScope: new Map(),
            };
            ruleContext.fragmentSpreadInfoByKey.set(fragmentSpreadInfoKey, fragmentSpreadInfo);
        }
        ruleContext.fragmentSpreadInfoByNode.set(fragmentSpreadNode, fragmentSpreadInfo);
    }
    const variableScope = fragmentSpreadInfo.values.some((value) => {
        spendComplexityBudget(ruleContext, 1);
        return usesLocalVariables(ruleContext, value, scope);
    })
        ? scope
        : undefined;
    let fragmentScope = fragmentSpreadInfo.byScope.get(variableScope);
    if (!fragmentSpreadInfo.byScope.has(variableScope)) {
        fragmentScope = getVariableScope(fragmentSpreadInfo.signature);
        fragmentSpreadInfo.byScope.set(variableScope, fragmentScope);
    }
    return {
        node: fragmentSpreadNode,
        scope: fragmentScope,
        definition: fragmentSpreadInfo.signature?.definition,
    };
}
function getVariableScope(fragmentSignature) {
    if (!fragmentSignature || fragmentSignature.variableDefinitions.size === 0) {
        return;
    }
    return { signature: fragmentSignature };
}
function getFragmentSpreadDescription(ruleContext, node) {
    const description = {
        ...node,
        name: { ...node.name, value: maybeAbbreviate(node.name.value) },
        directives: [],
    };
    let size = 1;
    for (const argument of node.arguments ?? []) {
        size +=
            2 +
                argument.name.value.length +
                getValueInfo(ruleContext, argument.value).comparisonKey.length;
        if (size > MAX_FRAGMENT_ARGUMENT_SIZE) {
            return description.name.value + '(...)';
        }
    }
    return (0, printer_ts_1.print)(description).slice(3);
}
function subfieldConflicts(conflicts, responseName, node1, node2) {
    if (conflicts.length > 0) {
        let message = '';
        for (const { responseName: name, reason } of conflicts) {
            message +=
                (message === '' ? '' : ' and ') +
                    `subfields "${maybeAbbreviate(name)}" conflict because ${reason}`;
            if (message.length > MAX_CONFLICT_DETAIL_LENGTH) {
                break;
            }
        }
        return {
            responseName,
            reason: maybeAbbreviate(message),
            fields1: collectConflictNodes(node1, conflicts, 'fields1'),
            fields2: collectConflictNodes(node2, conflicts, 'fields2'),
        };
    }
}
function collectConflictNodes(node, conflicts, side) {
    const nodes = [node];
    for (const conflict of conflicts) {
        const remaining = MAX_CONFLICT_NODES - nodes.length;
        const retainedNodes = conflict[side].slice(-remaining);
        nodes.push(...retainedNodes);
        if (nodes.length === MAX_CONFLICT_NODES) {
            break;
        }
    }
    return nodes;
}
function maybeAbbreviate(text) {
    return text.length > MAX_CONFLICT_DETAIL_LENGTH
        ? text.slice(0, MAX_CONFLICT_DETAIL_LENGTH) + '...'
        : text;
}
function spendComplexityBudget(ruleContext, cost) {
    ruleContext.remainingComplexityBudget -= cost;
    if (ruleContext.remainingComplexityBudget < 0) {
        throw validationAbortedError_ts_1.validationAbortedError;
    }
}
class OrderedPairSet {
    constructor() {
        this._data = new Map();
    }
    has(a, b, weaklyPresent) {
        const result = this._data.get(a)?.get(b);
        if (result === undefined) {
            return false;
        }
        return weaklyPresent ? true : weaklyPresent === result;
    }
    add(a, b, weaklyPresent) {
        const map = this._data.get(a);
        if (map === undefined) {
            this._data.set(a, new Map([[b, weaklyPresent]]));
        }
        else {
            map.set(b, weaklyPresent);
        }
    }
}
class PairSet {
    constructor() {
        this._orderedPairSet = new OrderedPairSet();
    }
    has(a, b, weaklyPresent) {
        return (this._orderedPairSet.has(a, b, weaklyPresent) ||
            this._orderedPairSet.has(b, a, weaklyPresent));
    }
    add(a, b, weaklyPresent) {
        this._orderedPairSet.add(a, b, weaklyPresent);
    }
}
//# sourceMappingURL=OverlappingFieldsCanBeMergedRule.js.map

/***/ }),

/***/ 4550:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PossibleFragmentSpreadsRule = PossibleFragmentSpreadsRule;
const inspect_ts_1 = __webpack_require__(5742);
const GraphQLError_ts_1 = __webpack_require__(5939);
const definition_ts_1 = __webpack_require__(4169);
const typeComparators_ts_1 = __webpack_require__(6539);
const typeFromAST_ts_1 = __webpack_require__(6738);
function PossibleFragmentSpreadsRule(context) {
    return {
        InlineFragment(node) {
            const fragType = context.getType();
            const parentType = context.getParentType();
            if ((0, definition_ts_1.isCompositeType)(fragType) &&
                (0, definition_ts_1.isCompositeType)(parentType) &&
                !(0, typeComparators_ts_1.doTypesOverlap)(context.getSchema(), fragType, parentType)) {
                const parentTypeStr = (0, inspect_ts_1.inspect)(parentType);
                const fragTypeStr = (0, inspect_ts_1.inspect)(fragType);
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Fragment cannot be spread here as objects of type "${parentTypeStr}" can never be of type "${fragTypeStr}".`, { nodes: node }));
            }
        },
        FragmentSpread(node) {
            const fragName = node.name.value;
            const fragType = getFragmentType(context, fragName);
            const parentType = context.getParentType();
            if (fragType &&
                parentType &&
                !(0, typeComparators_ts_1.doTypesOverlap)(context.getSchema(), fragType, parentType)) {
                const parentTypeStr = (0, inspect_ts_1.inspect)(parentType);
                const fragTypeStr = (0, inspect_ts_1.inspect)(fragType);
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Fragment "${fragName}" cannot be spread here as objects of type "${parentTypeStr}" can never be of type "${fragTypeStr}".`, { nodes: node }));
            }
        },
    };
}
function getFragmentType(context, name) {
    const frag = context.getFragment(name);
    if (frag) {
        const type = (0, typeFromAST_ts_1.typeFromAST)(context.getSchema(), frag.typeCondition);
        if ((0, definition_ts_1.isCompositeType)(type)) {
            return type;
        }
    }
}
//# sourceMappingURL=PossibleFragmentSpreadsRule.js.map

/***/ }),

/***/ 6058:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PossibleTypeExtensionsRule = PossibleTypeExtensionsRule;
const didYouMean_ts_1 = __webpack_require__(1353);
const inspect_ts_1 = __webpack_require__(5742);
const invariant_ts_1 = __webpack_require__(3650);
const suggestionList_ts_1 = __webpack_require__(7904);
const GraphQLError_ts_1 = __webpack_require__(5939);
const kinds_ts_1 = __webpack_require__(1123);
const predicates_ts_1 = __webpack_require__(5480);
const definition_ts_1 = __webpack_require__(4169);
function PossibleTypeExtensionsRule(context) {
    const schema = context.getSchema();
    const definedTypes = new Map();
    for (const def of context.getDocument().definitions) {
        if ((0, predicates_ts_1.isTypeDefinitionNode)(def)) {
            definedTypes.set(def.name.value, def);
        }
    }
    return {
        ScalarTypeExtension: checkExtension,
        ObjectTypeExtension: checkExtension,
        InterfaceTypeExtension: checkExtension,
        UnionTypeExtension: checkExtension,
        EnumTypeExtension: checkExtension,
        InputObjectTypeExtension: checkExtension,
    };
    function checkExtension(node) {
        const typeName = node.name.value;
        const defNode = definedTypes.get(typeName);
        const existingType = schema?.getType(typeName);
        let expectedKind;
        if (defNode != null) {
            expectedKind = defKindToExtKind[defNode.kind];
        }
        else if (existingType) {
            expectedKind = typeToExtKind(existingType);
        }
        if (expectedKind != null) {
            if (expectedKind !== node.kind) {
                const kindStr = extensionKindToTypeName(node.kind);
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Cannot extend non-${kindStr} type "${typeName}".`, {
                    nodes: defNode ? [defNode, node] : node,
                }));
            }
        }
        else {
            const allTypeNames = [
                ...definedTypes.keys(),
                ...Object.keys(schema?.getTypeMap() ?? {}),
            ];
            context.reportError(new GraphQLError_ts_1.GraphQLError(`Cannot extend type "${typeName}" because it is not defined.` +
                (0, didYouMean_ts_1.didYouMean)((0, suggestionList_ts_1.suggestionList)(typeName, allTypeNames)), { nodes: node.name }));
        }
    }
}
const defKindToExtKind = {
    [kinds_ts_1.Kind.SCALAR_TYPE_DEFINITION]: kinds_ts_1.Kind.SCALAR_TYPE_EXTENSION,
    [kinds_ts_1.Kind.OBJECT_TYPE_DEFINITION]: kinds_ts_1.Kind.OBJECT_TYPE_EXTENSION,
    [kinds_ts_1.Kind.INTERFACE_TYPE_DEFINITION]: kinds_ts_1.Kind.INTERFACE_TYPE_EXTENSION,
    [kinds_ts_1.Kind.UNION_TYPE_DEFINITION]: kinds_ts_1.Kind.UNION_TYPE_EXTENSION,
    [kinds_ts_1.Kind.ENUM_TYPE_DEFINITION]: kinds_ts_1.Kind.ENUM_TYPE_EXTENSION,
    [kinds_ts_1.Kind.INPUT_OBJECT_TYPE_DEFINITION]: kinds_ts_1.Kind.INPUT_OBJECT_TYPE_EXTENSION,
};
function typeToExtKind(type) {
    if ((0, definition_ts_1.isScalarType)(type)) {
        return kinds_ts_1.Kind.SCALAR_TYPE_EXTENSION;
    }
    if ((0, definition_ts_1.isObjectType)(type)) {
        return kinds_ts_1.Kind.OBJECT_TYPE_EXTENSION;
    }
    if ((0, definition_ts_1.isInterfaceType)(type)) {
        return kinds_ts_1.Kind.INTERFACE_TYPE_EXTENSION;
    }
    if ((0, definition_ts_1.isUnionType)(type)) {
        return kinds_ts_1.Kind.UNION_TYPE_EXTENSION;
    }
    if ((0, definition_ts_1.isEnumType)(type)) {
        return kinds_ts_1.Kind.ENUM_TYPE_EXTENSION;
    }
    if ((0, definition_ts_1.isInputObjectType)(type)) {
        return kinds_ts_1.Kind.INPUT_OBJECT_TYPE_EXTENSION;
    }
    (0, invariant_ts_1.invariant)(false, 'Unexpected type: ' + (0, inspect_ts_1.inspect)(type));
}
function extensionKindToTypeName(kind) {
    switch (kind) {
        case kinds_ts_1.Kind.SCALAR_TYPE_EXTENSION:
            return 'scalar';
        case kinds_ts_1.Kind.OBJECT_TYPE_EXTENSION:
            return 'object';
        case kinds_ts_1.Kind.INTERFACE_TYPE_EXTENSION:
            return 'interface';
        case kinds_ts_1.Kind.UNION_TYPE_EXTENSION:
            return 'union';
        case kinds_ts_1.Kind.ENUM_TYPE_EXTENSION:
            return 'enum';
        case kinds_ts_1.Kind.INPUT_OBJECT_TYPE_EXTENSION:
            return 'input object';
        default:
            (0, invariant_ts_1.invariant)(false, 'Unexpected kind: ' + (0, inspect_ts_1.inspect)(kind));
    }
}
//# sourceMappingURL=PossibleTypeExtensionsRule.js.map

/***/ }),

/***/ 1145:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ProvidedRequiredArgumentsRule = ProvidedRequiredArgumentsRule;
exports.ProvidedRequiredArgumentsOnDirectivesRule = ProvidedRequiredArgumentsOnDirectivesRule;
const inspect_ts_1 = __webpack_require__(5742);
const GraphQLError_ts_1 = __webpack_require__(5939);
const kinds_ts_1 = __webpack_require__(1123);
const printer_ts_1 = __webpack_require__(9936);
const definition_ts_1 = __webpack_require__(4169);
const directives_ts_1 = __webpack_require__(1058);
const typeFromAST_ts_1 = __webpack_require__(6738);
function ProvidedRequiredArgumentsRule(context) {
    const requiredArgsByFragment = new Map();
    return {
        ...ProvidedRequiredArgumentsOnDirectivesRule(context),
        Field: {
            leave(fieldNode) {
                const fieldDef = context.getFieldDef();
                if (!fieldDef || fieldDef.args.length === 0) {
                    return false;
                }
                const providedArgs = new Set(fieldNode.arguments?.map((arg) => arg.name.value));
                for (const argDef of fieldDef.args) {
                    if (!providedArgs.has(argDef.name) && (0, definition_ts_1.isRequiredArgument)(argDef)) {
                        context.reportError(new GraphQLError_ts_1.GraphQLError(`Argument "${argDef}" of type "${argDef.type}" is required, but it was not provided.`, { nodes: fieldNode }));
                    }
                }
            },
        },
        FragmentSpread: {
            leave(spreadNode) {
                const fragmentSignature = context.getFragmentSignature();
                if (!fragmentSignature) {
                    return false;
                }
                let requiredArgs = requiredArgsByFragment.get(fragmentSignature);
                if (!requiredArgs) {
                    requiredArgs = [...fragmentSignature.variableDefinitions].filter(([, definition]) => isRequiredArgumentNode(definition));
                    requiredArgsByFragment.set(fragmentSignature, requiredArgs);
                }
                const providedArgs = new Set(spreadNode.arguments?.map((arg) => arg.name.value));
                for (const [varName, variableDefinition] of requiredArgs) {
                    if (!providedArgs.has(varName)) {
                        const type = (0, typeFromAST_ts_1.typeFromAST)(context.getSchema(), variableDefinition.type);
                        const argTypeStr = (0, inspect_ts_1.inspect)(type);
                        context.reportError(new GraphQLError_ts_1.GraphQLError(`Fragment "${spreadNode.name.value}" argument "${varName}" of type "${argTypeStr}" is required, but it was not provided.`, { nodes: spreadNode }));
                    }
                }
            },
        },
    };
}
function ProvidedRequiredArgumentsOnDirectivesRule(context) {
    const requiredArgsMap = new Map();
    const schema = context.getSchema();
    const definedDirectives = schema?.getDirectives() ?? directives_ts_1.specifiedDirectives;
    for (const directive of definedDirectives) {
        requiredArgsMap.set(directive.name, new Map(directive.args.filter(definition_ts_1.isRequiredArgument).map((arg) => [arg.name, arg])));
    }
    const astDefinitions = context.getDocument().definitions;
    for (const def of astDefinitions) {
        if (def.kind === kinds_ts_1.Kind.DIRECTIVE_DEFINITION) {
            const argNodes = def.arguments ?? [];
            requiredArgsMap.set(def.name.value, new Map(argNodes
                .filter(isRequiredArgumentNode)
                .map((arg) => [arg.name.value, arg])));
        }
    }
    return {
        Directive: {
            leave(directiveNode) {
                const directiveName = directiveNode.name.value;
                const requiredArgs = requiredArgsMap.get(directiveName);
                if (requiredArgs != null) {
                    const argNodes = directiveNode.arguments ?? [];
                    const argNodeMap = new Set(argNodes.map((arg) => arg.name.value));
                    for (const [argName, argDef] of requiredArgs.entries()) {
                        if (!argNodeMap.has(argName)) {
                            const argType = (0, definition_ts_1.isType)(argDef.type)
                                ? (0, inspect_ts_1.inspect)(argDef.type)
                                : (0, printer_ts_1.print)(argDef.type);
                            context.reportError(new GraphQLError_ts_1.GraphQLError(`Argument "@${directiveName}(${argName}:)" of type "${argType}" is required, but it was not provided.`, { nodes: directiveNode }));
                        }
                    }
                }
            },
        },
    };
}
function isRequiredArgumentNode(arg) {
    return arg.type.kind === kinds_ts_1.Kind.NON_NULL_TYPE && arg.defaultValue == null;
}
//# sourceMappingURL=ProvidedRequiredArgumentsRule.js.map

/***/ }),

/***/ 4754:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ScalarLeafsRule = ScalarLeafsRule;
const inspect_ts_1 = __webpack_require__(5742);
const GraphQLError_ts_1 = __webpack_require__(5939);
const definition_ts_1 = __webpack_require__(4169);
function ScalarLeafsRule(context) {
    return {
        Field(node) {
            const type = context.getType();
            const selectionSet = node.selectionSet;
            if (type) {
                if ((0, definition_ts_1.isLeafType)((0, definition_ts_1.getNamedType)(type))) {
                    if (selectionSet) {
                        const fieldName = node.name.value;
                        const typeStr = (0, inspect_ts_1.inspect)(type);
                        context.reportError(new GraphQLError_ts_1.GraphQLError(`Field "${fieldName}" must not have a selection since type "${typeStr}" has no subfields.`, { nodes: selectionSet }));
                    }
                }
                else if (!selectionSet) {
                    const fieldName = node.name.value;
                    const typeStr = (0, inspect_ts_1.inspect)(type);
                    context.reportError(new GraphQLError_ts_1.GraphQLError(`Field "${fieldName}" of type "${typeStr}" must have a selection of subfields. Did you mean "${fieldName} { ... }"?`, { nodes: node }));
                }
                else if (selectionSet.selections.length === 0 &&
                    !context.allowEmptySelectionSets) {
                    const fieldName = node.name.value;
                    const typeStr = (0, inspect_ts_1.inspect)(type);
                    context.reportError(new GraphQLError_ts_1.GraphQLError(`Field "${fieldName}" of type "${typeStr}" must have at least one field selected.`, { nodes: node }));
                }
            }
        },
    };
}
//# sourceMappingURL=ScalarLeafsRule.js.map

/***/ }),

/***/ 1705:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SingleFieldSubscriptionsRule = SingleFieldSubscriptionsRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
const kinds_ts_1 = __webpack_require__(1123);
const directives_ts_1 = __webpack_require__(1058);
const collectFields_ts_1 = __webpack_require__(7611);
function toNodes(fieldDetailsList) {
    return fieldDetailsList.map((fieldDetails) => fieldDetails.node);
}
function SingleFieldSubscriptionsRule(context) {
    let fragments;
    const visitSelectionSets = (visitContext, selectionSet, groupedFieldSet, newDeferUsages, ...[deferUsage, fragmentVariableValues]) => {
        context.spendFragmentWork(selectionSet.selections.length);
        for (const selection of selectionSet.selections) {
            const directives = selection.directives;
            if (directives !== undefined) {
                context.spendFragmentWork(directives.length);
                const defer = directives.find((directive) => directive.name.value === directives_ts_1.GraphQLDeferDirective.name);
                context.spendFragmentWork(defer?.arguments?.length ?? 0);
            }
        }
        (0, collectFields_ts_1.visitSelectionSets)(visitContext, selectionSet, groupedFieldSet, newDeferUsages, deferUsage, fragmentVariableValues, visitSelectionSets);
    };
    return {
        OperationDefinition(node) {
            if (node.operation === 'subscription') {
                const schema = context.getSchema();
                const subscriptionType = schema.getSubscriptionType();
                if (subscriptionType) {
                    const operationName = node.name ? node.name.value : null;
                    const variableValues = {
                        sources: Object.create(null),
                        coerced: Object.create(null),
                    };
                    if (!fragments) {
                        fragments = Object.create(null);
                        for (const definition of context.getDocument().definitions) {
                            if (definition.kind === kinds_ts_1.Kind.FRAGMENT_DEFINITION) {
                                fragments[definition.name.value] = { definition };
                            }
                        }
                    }
                    const { groupedFieldSet, forbiddenDirectiveInstances } = (0, collectFields_ts_1.collectFields)(schema, fragments, variableValues, subscriptionType, node.selectionSet, context.hideSuggestions, true, visitSelectionSets);
                    if (forbiddenDirectiveInstances.length > 0) {
                        context.reportError(new GraphQLError_ts_1.GraphQLError(operationName != null
                            ? `Subscription "${operationName}" must not use \`@skip\` or \`@include\` directives in the top level selection.`
                            : 'Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.', { nodes: forbiddenDirectiveInstances }));
                        return;
                    }
                    if (groupedFieldSet.size === 0) {
                        context.reportError(new GraphQLError_ts_1.GraphQLError(operationName != null
                            ? `Subscription "${operationName}" must select one top level field.`
                            : 'Anonymous Subscription must select one top level field.', { nodes: node.selectionSet }));
                    }
                    else if (groupedFieldSet.size > 1) {
                        const fieldDetailsLists = [...groupedFieldSet.values()];
                        const extraFieldDetailsLists = fieldDetailsLists.slice(1);
                        const extraFieldSelections = extraFieldDetailsLists.flatMap((fieldDetailsList) => toNodes(fieldDetailsList));
                        context.reportError(new GraphQLError_ts_1.GraphQLError(operationName != null
                            ? `Subscription "${operationName}" must select only one top level field.`
                            : 'Anonymous Subscription must select only one top level field.', { nodes: extraFieldSelections }));
                    }
                    for (const fieldDetailsList of groupedFieldSet.values()) {
                        const fieldName = toNodes(fieldDetailsList)[0].name.value;
                        if (fieldName.startsWith('__')) {
                            context.reportError(new GraphQLError_ts_1.GraphQLError(operationName != null
                                ? `Subscription "${operationName}" must not select an introspection top level field.`
                                : 'Anonymous Subscription must not select an introspection top level field.', { nodes: toNodes(fieldDetailsList) }));
                        }
                    }
                }
            }
        },
    };
}
//# sourceMappingURL=SingleFieldSubscriptionsRule.js.map

/***/ }),

/***/ 6731:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StreamDirectiveOnListFieldRule = StreamDirectiveOnListFieldRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
const definition_ts_1 = __webpack_require__(4169);
const directives_ts_1 = __webpack_require__(1058);
function StreamDirectiveOnListFieldRule(context) {
    return {
        Directive(node) {
            const fieldDef = context.getFieldDef();
            const parentType = context.getParentType();
            if (fieldDef &&
                parentType &&
                node.name.value === directives_ts_1.GraphQLStreamDirective.name &&
                !((0, definition_ts_1.isListType)(fieldDef.type) ||
                    ((0, definition_ts_1.isWrappingType)(fieldDef.type) && (0, definition_ts_1.isListType)(fieldDef.type.ofType)))) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Directive "@stream" cannot be used on non-list field "${parentType}.${fieldDef.name}".`, { nodes: node }));
            }
        },
    };
}
//# sourceMappingURL=StreamDirectiveOnListFieldRule.js.map

/***/ }),

/***/ 6496:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UniqueArgumentDefinitionNamesRule = UniqueArgumentDefinitionNamesRule;
const groupBy_ts_1 = __webpack_require__(8520);
const GraphQLError_ts_1 = __webpack_require__(5939);
function UniqueArgumentDefinitionNamesRule(context) {
    return {
        DirectiveDefinition(directiveNode) {
            const argumentNodes = directiveNode.arguments ?? [];
            return checkArgUniqueness(`@${directiveNode.name.value}`, argumentNodes);
        },
        InterfaceTypeDefinition: checkArgUniquenessPerField,
        InterfaceTypeExtension: checkArgUniquenessPerField,
        ObjectTypeDefinition: checkArgUniquenessPerField,
        ObjectTypeExtension: checkArgUniquenessPerField,
    };
    function checkArgUniquenessPerField(typeNode) {
        const typeName = typeNode.name.value;
        const fieldNodes = typeNode.fields ?? [];
        for (const fieldDef of fieldNodes) {
            const fieldName = fieldDef.name.value;
            const argumentNodes = fieldDef.arguments ?? [];
            checkArgUniqueness(`${typeName}.${fieldName}`, argumentNodes);
        }
        return false;
    }
    function checkArgUniqueness(parentName, argumentNodes) {
        const seenArgs = (0, groupBy_ts_1.groupBy)(argumentNodes, (arg) => arg.name.value);
        for (const [argName, argNodes] of seenArgs) {
            if (argNodes.length > 1) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Argument "${parentName}(${argName}:)" can only be defined once.`, { nodes: argNodes.map((node) => node.name) }));
            }
        }
        return false;
    }
}
//# sourceMappingURL=UniqueArgumentDefinitionNamesRule.js.map

/***/ }),

/***/ 5376:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UniqueArgumentNamesRule = UniqueArgumentNamesRule;
const groupBy_ts_1 = __webpack_require__(8520);
const GraphQLError_ts_1 = __webpack_require__(5939);
function UniqueArgumentNamesRule(context) {
    return {
        Field: checkArgUniqueness,
        Directive: checkArgUniqueness,
    };
    function checkArgUniqueness(parentNode) {
        const argumentNodes = parentNode.arguments ?? [];
        const seenArgs = (0, groupBy_ts_1.groupBy)(argumentNodes, (arg) => arg.name.value);
        for (const [argName, argNodes] of seenArgs) {
            if (argNodes.length > 1) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`There can be only one argument named "${argName}".`, { nodes: argNodes.map((node) => node.name) }));
            }
        }
    }
}
//# sourceMappingURL=UniqueArgumentNamesRule.js.map

/***/ }),

/***/ 9879:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UniqueDirectiveNamesRule = UniqueDirectiveNamesRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
function UniqueDirectiveNamesRule(context) {
    const knownDirectiveNames = new Map();
    const schema = context.getSchema();
    return {
        DirectiveDefinition(node) {
            const directiveName = node.name.value;
            if (schema?.getDirective(directiveName)) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Directive "@${directiveName}" already exists in the schema. It cannot be redefined.`, { nodes: node.name }));
                return;
            }
            const knownName = knownDirectiveNames.get(directiveName);
            if (knownName) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`There can be only one directive named "@${directiveName}".`, { nodes: [knownName, node.name] }));
            }
            else {
                knownDirectiveNames.set(directiveName, node.name);
            }
            return false;
        },
    };
}
//# sourceMappingURL=UniqueDirectiveNamesRule.js.map

/***/ }),

/***/ 9412:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UniqueDirectivesPerLocationRule = UniqueDirectivesPerLocationRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
const kinds_ts_1 = __webpack_require__(1123);
const predicates_ts_1 = __webpack_require__(5480);
const directives_ts_1 = __webpack_require__(1058);
function UniqueDirectivesPerLocationRule(context) {
    const uniqueDirectiveMap = new Map();
    const schema = context.getSchema();
    const definedDirectives = schema
        ? schema.getDirectives()
        : directives_ts_1.specifiedDirectives;
    for (const directive of definedDirectives) {
        uniqueDirectiveMap.set(directive.name, !directive.isRepeatable);
    }
    const astDefinitions = context.getDocument().definitions;
    for (const def of astDefinitions) {
        if (def.kind === kinds_ts_1.Kind.DIRECTIVE_DEFINITION) {
            uniqueDirectiveMap.set(def.name.value, !def.repeatable);
        }
    }
    const schemaDirectives = new Map();
    const typeDirectivesMap = new Map();
    const directiveDirectivesMap = new Map();
    return {
        enter(node) {
            if (!('directives' in node) || !node.directives) {
                return;
            }
            let seenDirectives;
            if (node.kind === kinds_ts_1.Kind.SCHEMA_DEFINITION ||
                node.kind === kinds_ts_1.Kind.SCHEMA_EXTENSION) {
                seenDirectives = schemaDirectives;
            }
            else if ((0, predicates_ts_1.isTypeDefinitionNode)(node) || (0, predicates_ts_1.isTypeExtensionNode)(node)) {
                const typeName = node.name.value;
                seenDirectives = typeDirectivesMap.get(typeName);
                if (seenDirectives === undefined) {
                    seenDirectives = new Map();
                    typeDirectivesMap.set(typeName, seenDirectives);
                }
            }
            else if (node.kind === kinds_ts_1.Kind.DIRECTIVE_DEFINITION ||
                node.kind === kinds_ts_1.Kind.DIRECTIVE_EXTENSION) {
                const directiveName = node.name.value;
                seenDirectives = directiveDirectivesMap.get(directiveName);
                if (seenDirectives === undefined) {
                    seenDirectives = new Map();
                    directiveDirectivesMap.set(directiveName, seenDirectives);
                }
            }
            else {
                seenDirectives = new Map();
            }
            for (const directive of node.directives) {
                const directiveName = directive.name.value;
                if (uniqueDirectiveMap.get(directiveName) === true) {
                    const seenDirective = seenDirectives.get(directiveName);
                    if (seenDirective != null) {
                        context.reportError(new GraphQLError_ts_1.GraphQLError(`The directive "@${directiveName}" can only be used once at this location.`, { nodes: [seenDirective, directive] }));
                    }
                    else {
                        seenDirectives.set(directiveName, directive);
                    }
                }
            }
        },
    };
}
//# sourceMappingURL=UniqueDirectivesPerLocationRule.js.map

/***/ }),

/***/ 3062:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UniqueEnumValueNamesRule = UniqueEnumValueNamesRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
const definition_ts_1 = __webpack_require__(4169);
function UniqueEnumValueNamesRule(context) {
    const schema = context.getSchema();
    const existingTypeMap = schema ? schema.getTypeMap() : Object.create(null);
    const knownValueNames = new Map();
    return {
        EnumTypeDefinition: checkValueUniqueness,
        EnumTypeExtension: checkValueUniqueness,
    };
    function checkValueUniqueness(node) {
        const typeName = node.name.value;
        let valueNames = knownValueNames.get(typeName);
        if (valueNames == null) {
            valueNames = new Map();
            knownValueNames.set(typeName, valueNames);
        }
        const valueNodes = node.values ?? [];
        for (const valueDef of valueNodes) {
            const valueName = valueDef.name.value;
            const existingType = existingTypeMap[typeName];
            if ((0, definition_ts_1.isEnumType)(existingType) && existingType.getValue(valueName)) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Enum value "${typeName}.${valueName}" already exists in the schema. It cannot also be defined in this type extension.`, { nodes: valueDef.name }));
                continue;
            }
            const knownValueName = valueNames.get(valueName);
            if (knownValueName != null) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Enum value "${typeName}.${valueName}" can only be defined once.`, { nodes: [knownValueName, valueDef.name] }));
            }
            else {
                valueNames.set(valueName, valueDef.name);
            }
        }
        return false;
    }
}
//# sourceMappingURL=UniqueEnumValueNamesRule.js.map

/***/ }),

/***/ 87:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UniqueFieldDefinitionNamesRule = UniqueFieldDefinitionNamesRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
const definition_ts_1 = __webpack_require__(4169);
function UniqueFieldDefinitionNamesRule(context) {
    const schema = context.getSchema();
    const existingTypeMap = schema ? schema.getTypeMap() : Object.create(null);
    const knownFieldNames = new Map();
    return {
        InputObjectTypeDefinition: checkFieldUniqueness,
        InputObjectTypeExtension: checkFieldUniqueness,
        InterfaceTypeDefinition: checkFieldUniqueness,
        InterfaceTypeExtension: checkFieldUniqueness,
        ObjectTypeDefinition: checkFieldUniqueness,
        ObjectTypeExtension: checkFieldUniqueness,
    };
    function checkFieldUniqueness(node) {
        const typeName = node.name.value;
        let fieldNames = knownFieldNames.get(typeName);
        if (fieldNames == null) {
            fieldNames = new Map();
            knownFieldNames.set(typeName, fieldNames);
        }
        const fieldNodes = node.fields ?? [];
        for (const fieldDef of fieldNodes) {
            const fieldName = fieldDef.name.value;
            if (hasField(existingTypeMap[typeName], fieldName)) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Field "${typeName}.${fieldName}" already exists in the schema. It cannot also be defined in this type extension.`, { nodes: fieldDef.name }));
                continue;
            }
            const knownFieldName = fieldNames.get(fieldName);
            if (knownFieldName != null) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Field "${typeName}.${fieldName}" can only be defined once.`, { nodes: [knownFieldName, fieldDef.name] }));
            }
            else {
                fieldNames.set(fieldName, fieldDef.name);
            }
        }
        return false;
    }
}
function hasField(type, fieldName) {
    if ((0, definition_ts_1.isObjectType)(type) || (0, definition_ts_1.isInterfaceType)(type) || (0, definition_ts_1.isInputObjectType)(type)) {
        return type.getFields()[fieldName] != null;
    }
    return false;
}
//# sourceMappingURL=UniqueFieldDefinitionNamesRule.js.map

/***/ }),

/***/ 1914:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UniqueFragmentNamesRule = UniqueFragmentNamesRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
function UniqueFragmentNamesRule(context) {
    const knownFragmentNames = new Map();
    return {
        OperationDefinition: () => false,
        FragmentDefinition(node) {
            const fragmentName = node.name.value;
            const knownFragmentName = knownFragmentNames.get(fragmentName);
            if (knownFragmentName != null) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`There can be only one fragment named "${fragmentName}".`, { nodes: [knownFragmentName, node.name] }));
            }
            else {
                knownFragmentNames.set(fragmentName, node.name);
            }
            return false;
        },
    };
}
//# sourceMappingURL=UniqueFragmentNamesRule.js.map

/***/ }),

/***/ 9082:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UniqueInputFieldNamesRule = UniqueInputFieldNamesRule;
const invariant_ts_1 = __webpack_require__(3650);
const GraphQLError_ts_1 = __webpack_require__(5939);
function UniqueInputFieldNamesRule(context) {
    const knownNameStack = [];
    let knownNames = new Map();
    return {
        ObjectValue: {
            enter() {
                knownNameStack.push(knownNames);
                knownNames = new Map();
            },
            leave() {
                const prevKnownNames = knownNameStack.pop();
                if (!(prevKnownNames != null))
                    (0, invariant_ts_1.invariant)(false);
                knownNames = prevKnownNames;
            },
        },
        ObjectField(node) {
            const fieldName = node.name.value;
            const knownName = knownNames.get(fieldName);
            if (knownName != null) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`There can be only one input field named "${fieldName}".`, { nodes: [knownName, node.name] }));
            }
            else {
                knownNames.set(fieldName, node.name);
            }
        },
    };
}
//# sourceMappingURL=UniqueInputFieldNamesRule.js.map

/***/ }),

/***/ 4403:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UniqueOperationNamesRule = UniqueOperationNamesRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
function UniqueOperationNamesRule(context) {
    const knownOperationNames = new Map();
    return {
        OperationDefinition(node) {
            const operationName = node.name;
            if (operationName != null) {
                const knownOperationName = knownOperationNames.get(operationName.value);
                if (knownOperationName != null) {
                    context.reportError(new GraphQLError_ts_1.GraphQLError(`There can be only one operation named "${operationName.value}".`, { nodes: [knownOperationName, operationName] }));
                }
                else {
                    knownOperationNames.set(operationName.value, operationName);
                }
            }
            return false;
        },
        FragmentDefinition: () => false,
    };
}
//# sourceMappingURL=UniqueOperationNamesRule.js.map

/***/ }),

/***/ 4234:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UniqueOperationTypesRule = UniqueOperationTypesRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
function UniqueOperationTypesRule(context) {
    const schema = context.getSchema();
    const definedOperationTypes = new Map();
    const existingOperationTypes = schema
        ? {
            query: schema.getQueryType(),
            mutation: schema.getMutationType(),
            subscription: schema.getSubscriptionType(),
        }
        : {};
    return {
        SchemaDefinition: checkOperationTypes,
        SchemaExtension: checkOperationTypes,
    };
    function checkOperationTypes(node) {
        const operationTypesNodes = node.operationTypes ?? [];
        for (const operationType of operationTypesNodes) {
            const operation = operationType.operation;
            const alreadyDefinedOperationType = definedOperationTypes.get(operation);
            if (existingOperationTypes[operation]) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Type for ${operation} already defined in the schema. It cannot be redefined.`, { nodes: operationType }));
            }
            else if (alreadyDefinedOperationType) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`There can be only one ${operation} type in schema.`, { nodes: [alreadyDefinedOperationType, operationType] }));
            }
            else {
                definedOperationTypes.set(operation, operationType);
            }
        }
        return false;
    }
}
//# sourceMappingURL=UniqueOperationTypesRule.js.map

/***/ }),

/***/ 2058:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UniqueTypeNamesRule = UniqueTypeNamesRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
function UniqueTypeNamesRule(context) {
    const knownTypeNames = new Map();
    const schema = context.getSchema();
    return {
        ScalarTypeDefinition: checkTypeName,
        ObjectTypeDefinition: checkTypeName,
        InterfaceTypeDefinition: checkTypeName,
        UnionTypeDefinition: checkTypeName,
        EnumTypeDefinition: checkTypeName,
        InputObjectTypeDefinition: checkTypeName,
    };
    function checkTypeName(node) {
        const typeName = node.name.value;
        if (schema?.getType(typeName)) {
            context.reportError(new GraphQLError_ts_1.GraphQLError(`Type "${typeName}" already exists in the schema. It cannot also be defined in this type definition.`, { nodes: node.name }));
            return;
        }
        const knownNameNode = knownTypeNames.get(typeName);
        if (knownNameNode != null) {
            context.reportError(new GraphQLError_ts_1.GraphQLError(`There can be only one type named "${typeName}".`, {
                nodes: [knownNameNode, node.name],
            }));
        }
        else {
            knownTypeNames.set(typeName, node.name);
        }
        return false;
    }
}
//# sourceMappingURL=UniqueTypeNamesRule.js.map

/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.UniqueVariableNamesRule = UniqueVariableNamesRule;
const groupBy_ts_1 = __webpack_require__(8520);
const GraphQLError_ts_1 = __webpack_require__(5939);
function UniqueVariableNamesRule(context) {
    return {
        OperationDefinition(operationNode) {
            const variableDefinitions = operationNode.variableDefinitions ?? [];
            const seenVariableDefinitions = (0, groupBy_ts_1.groupBy)(variableDefinitions, (node) => node.variable.name.value);
            for (const [variableName, variableNodes] of seenVariableDefinitions) {
                if (variableNodes.length > 1) {
                    context.reportError(new GraphQLError_ts_1.GraphQLError(`There can be only one variable named "$${variableName}".`, { nodes: variableNodes.map((node) => node.variable.name) }));
                }
            }
        },
    };
}
//# sourceMappingURL=UniqueVariableNamesRule.js.map

/***/ }),

/***/ 1408:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValuesOfCorrectTypeRule = ValuesOfCorrectTypeRule;
const validateInputValue_ts_1 = __webpack_require__(4203);
function ValuesOfCorrectTypeRule(context) {
    return {
        NullValue: (node) => isValidValueNode(context, node, context.getInputType()),
        ListValue: (node) => isValidValueNode(context, node, context.getParentInputType()),
        ObjectValue: (node) => isValidValueNode(context, node, context.getInputType()),
        EnumValue: (node) => isValidValueNode(context, node, context.getInputType()),
        IntValue: (node) => isValidValueNode(context, node, context.getInputType()),
        FloatValue: (node) => isValidValueNode(context, node, context.getInputType()),
        StringValue: (node) => isValidValueNode(context, node, context.getInputType()),
        BooleanValue: (node) => isValidValueNode(context, node, context.getInputType()),
    };
}
function isValidValueNode(context, node, inputType) {
    if (inputType) {
        (0, validateInputValue_ts_1.validateInputLiteral)(node, inputType, (error) => {
            context.reportError(error);
        }, undefined, undefined, context.hideSuggestions);
    }
    return false;
}
//# sourceMappingURL=ValuesOfCorrectTypeRule.js.map

/***/ }),

/***/ 6187:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VariablesAreInputTypesRule = VariablesAreInputTypesRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
const printer_ts_1 = __webpack_require__(9936);
const definition_ts_1 = __webpack_require__(4169);
const typeFromAST_ts_1 = __webpack_require__(6738);
function VariablesAreInputTypesRule(context) {
    return {
        VariableDefinition(node) {
            const type = (0, typeFromAST_ts_1.typeFromAST)(context.getSchema(), node.type);
            if (type !== undefined && !(0, definition_ts_1.isInputType)(type)) {
                const variableName = node.variable.name.value;
                const typeName = (0, printer_ts_1.print)(node.type);
                context.reportError(new GraphQLError_ts_1.GraphQLError(`Variable "$${variableName}" cannot be non-input type "${typeName}".`, { nodes: node.type }));
            }
        },
    };
}
//# sourceMappingURL=VariablesAreInputTypesRule.js.map

/***/ }),

/***/ 4186:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.VariablesInAllowedPositionRule = VariablesInAllowedPositionRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
const kinds_ts_1 = __webpack_require__(1123);
const definition_ts_1 = __webpack_require__(4169);
const typeComparators_ts_1 = __webpack_require__(6539);
const typeFromAST_ts_1 = __webpack_require__(6738);
function VariablesInAllowedPositionRule(context) {
    let varDefMap;
    return {
        OperationDefinition: {
            enter(operation) {
                varDefMap = new Map();
                if (operation.variableDefinitions) {
                    for (const varDef of operation.variableDefinitions) {
                        varDefMap.set(varDef.variable.name.value, varDef);
                    }
                }
            },
            leave(operation) {
                const usages = context.getRecursiveVariableUsages(operation);
                for (const { node, type, parentType, defaultValue, fragmentVariableDefinition, } of usages) {
                    const varName = node.name.value;
                    let varDef = fragmentVariableDefinition;
                    varDef ??= varDefMap.get(varName);
                    if (varDef && type) {
                        const schema = context.getSchema();
                        const varType = (0, typeFromAST_ts_1.typeFromAST)(schema, varDef.type);
                        if (varType &&
                            !allowedVariableUsage(schema, varType, varDef.defaultValue, type, defaultValue)) {
                            context.reportError(new GraphQLError_ts_1.GraphQLError(`Variable "$${varName}" of type "${varType}" used in position expecting type "${type}".`, { nodes: [varDef, node] }));
                        }
                        if ((0, definition_ts_1.isInputObjectType)(parentType) &&
                            parentType.isOneOf &&
                            (0, definition_ts_1.isNullableType)(varType)) {
                            context.reportError(new GraphQLError_ts_1.GraphQLError(`Variable "$${varName}" is of type "${varType}" but must be non-nullable to be used for OneOf Input Object "${parentType}".`, { nodes: [varDef, node] }));
                        }
                    }
                }
            },
        },
    };
}
function allowedVariableUsage(schema, varType, varDefaultValue, locationType, locationDefaultValue) {
    if ((0, definition_ts_1.isNonNullType)(locationType) && !(0, definition_ts_1.isNonNullType)(varType)) {
        const hasNonNullVariableDefaultValue = varDefaultValue != null && varDefaultValue.kind !== kinds_ts_1.Kind.NULL;
        const hasLocationDefaultValue = locationDefaultValue !== undefined;
        if (!hasNonNullVariableDefaultValue && !hasLocationDefaultValue) {
            return false;
        }
        const nullableLocationType = locationType.ofType;
        return (0, typeComparators_ts_1.isTypeSubTypeOf)(schema, varType, nullableLocationType);
    }
    return (0, typeComparators_ts_1.isTypeSubTypeOf)(schema, varType, locationType);
}
//# sourceMappingURL=VariablesInAllowedPositionRule.js.map

/***/ }),

/***/ 5910:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NoDeprecatedCustomRule = NoDeprecatedCustomRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
const definition_ts_1 = __webpack_require__(4169);
function NoDeprecatedCustomRule(context) {
    return {
        Field(node) {
            const fieldDef = context.getFieldDef();
            const deprecationReason = fieldDef?.deprecationReason;
            if (fieldDef && deprecationReason != null) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`The field ${fieldDef} is deprecated. ${deprecationReason}`, { nodes: node }));
            }
        },
        Argument(node) {
            const argDef = context.getArgument();
            const deprecationReason = argDef?.deprecationReason;
            if (argDef && deprecationReason != null) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`The argument "${argDef}" is deprecated. ${deprecationReason}`, { nodes: node }));
            }
        },
        ObjectField(node) {
            const inputObjectDef = (0, definition_ts_1.getNamedType)(context.getParentInputType());
            if ((0, definition_ts_1.isInputObjectType)(inputObjectDef)) {
                const inputFieldDef = inputObjectDef.getFields()[node.name.value];
                const deprecationReason = inputFieldDef?.deprecationReason;
                if (deprecationReason != null) {
                    context.reportError(new GraphQLError_ts_1.GraphQLError(`The input field ${inputFieldDef} is deprecated. ${deprecationReason}`, { nodes: node }));
                }
            }
        },
        EnumValue(node) {
            const enumValueDef = context.getEnumValue();
            const deprecationReason = enumValueDef?.deprecationReason;
            if (enumValueDef && deprecationReason != null) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`The enum value "${enumValueDef}" is deprecated. ${deprecationReason}`, { nodes: node }));
            }
        },
    };
}
//# sourceMappingURL=NoDeprecatedCustomRule.js.map

/***/ }),

/***/ 6787:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NoSchemaIntrospectionCustomRule = NoSchemaIntrospectionCustomRule;
const GraphQLError_ts_1 = __webpack_require__(5939);
const definition_ts_1 = __webpack_require__(4169);
const introspection_ts_1 = __webpack_require__(317);
function NoSchemaIntrospectionCustomRule(context) {
    return {
        Field(node) {
            const type = (0, definition_ts_1.getNamedType)(context.getType());
            if (type && (0, introspection_ts_1.isIntrospectionType)(type)) {
                context.reportError(new GraphQLError_ts_1.GraphQLError(`GraphQL introspection has been disabled, but the requested query contained the field "${node.name.value}".`, { nodes: node }));
            }
        },
    };
}
//# sourceMappingURL=NoSchemaIntrospectionCustomRule.js.map

/***/ }),

/***/ 916:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.specifiedSDLRules = exports.specifiedRules = exports.recommendedRules = void 0;
const DeferStreamDirectiveLabelRule_ts_1 = __webpack_require__(4338);
const DeferStreamDirectiveOnRootFieldRule_ts_1 = __webpack_require__(5667);
const DeferStreamDirectiveOnValidOperationsRule_ts_1 = __webpack_require__(4803);
const ExecutableDefinitionsRule_ts_1 = __webpack_require__(5401);
const FieldsOnCorrectTypeRule_ts_1 = __webpack_require__(2153);
const FragmentsOnCompositeTypesRule_ts_1 = __webpack_require__(5881);
const KnownArgumentNamesRule_ts_1 = __webpack_require__(7663);
const KnownDirectivesRule_ts_1 = __webpack_require__(5866);
const KnownFragmentNamesRule_ts_1 = __webpack_require__(5958);
const KnownOperationTypesRule_ts_1 = __webpack_require__(9166);
const KnownTypeNamesRule_ts_1 = __webpack_require__(1574);
const LoneAnonymousOperationRule_ts_1 = __webpack_require__(1677);
const LoneSchemaDefinitionRule_ts_1 = __webpack_require__(2553);
const MaxIntrospectionDepthRule_ts_1 = __webpack_require__(8749);
const NoFragmentCyclesRule_ts_1 = __webpack_require__(2579);
const NoUndefinedVariablesRule_ts_1 = __webpack_require__(8873);
const NoUnusedFragmentsRule_ts_1 = __webpack_require__(3693);
const NoUnusedVariablesRule_ts_1 = __webpack_require__(9489);
const OverlappingFieldsCanBeMergedRule_ts_1 = __webpack_require__(1646);
const PossibleFragmentSpreadsRule_ts_1 = __webpack_require__(4550);
const PossibleTypeExtensionsRule_ts_1 = __webpack_require__(6058);
const ProvidedRequiredArgumentsRule_ts_1 = __webpack_require__(1145);
const ScalarLeafsRule_ts_1 = __webpack_require__(4754);
const SingleFieldSubscriptionsRule_ts_1 = __webpack_require__(1705);
const StreamDirectiveOnListFieldRule_ts_1 = __webpack_require__(6731);
const UniqueArgumentDefinitionNamesRule_ts_1 = __webpack_require__(6496);
const UniqueArgumentNamesRule_ts_1 = __webpack_require__(5376);
const UniqueDirectiveNamesRule_ts_1 = __webpack_require__(9879);
const UniqueDirectivesPerLocationRule_ts_1 = __webpack_require__(9412);
const UniqueEnumValueNamesRule_ts_1 = __webpack_require__(3062);
const UniqueFieldDefinitionNamesRule_ts_1 = __webpack_require__(87);
const UniqueFragmentNamesRule_ts_1 = __webpack_require__(1914);
const UniqueInputFieldNamesRule_ts_1 = __webpack_require__(9082);
const UniqueOperationNamesRule_ts_1 = __webpack_require__(4403);
const UniqueOperationTypesRule_ts_1 = __webpack_require__(4234);
const UniqueTypeNamesRule_ts_1 = __webpack_require__(2058);
const UniqueVariableNamesRule_ts_1 = __webpack_require__(218);
const ValuesOfCorrectTypeRule_ts_1 = __webpack_require__(1408);
const VariablesAreInputTypesRule_ts_1 = __webpack_require__(6187);
const VariablesInAllowedPositionRule_ts_1 = __webpack_require__(4186);
exports.recommendedRules = Object.freeze([
    MaxIntrospectionDepthRule_ts_1.MaxIntrospectionDepthRule,
]);
exports.specifiedRules = Object.freeze([
    ExecutableDefinitionsRule_ts_1.ExecutableDefinitionsRule,
    KnownOperationTypesRule_ts_1.KnownOperationTypesRule,
    UniqueOperationNamesRule_ts_1.UniqueOperationNamesRule,
    LoneAnonymousOperationRule_ts_1.LoneAnonymousOperationRule,
    SingleFieldSubscriptionsRule_ts_1.SingleFieldSubscriptionsRule,
    KnownTypeNamesRule_ts_1.KnownTypeNamesRule,
    FragmentsOnCompositeTypesRule_ts_1.FragmentsOnCompositeTypesRule,
    VariablesAreInputTypesRule_ts_1.VariablesAreInputTypesRule,
    ScalarLeafsRule_ts_1.ScalarLeafsRule,
    FieldsOnCorrectTypeRule_ts_1.FieldsOnCorrectTypeRule,
    UniqueFragmentNamesRule_ts_1.UniqueFragmentNamesRule,
    KnownFragmentNamesRule_ts_1.KnownFragmentNamesRule,
    NoUnusedFragmentsRule_ts_1.NoUnusedFragmentsRule,
    PossibleFragmentSpreadsRule_ts_1.PossibleFragmentSpreadsRule,
    NoFragmentCyclesRule_ts_1.NoFragmentCyclesRule,
    UniqueVariableNamesRule_ts_1.UniqueVariableNamesRule,
    NoUndefinedVariablesRule_ts_1.NoUndefinedVariablesRule,
    NoUnusedVariablesRule_ts_1.NoUnusedVariablesRule,
    KnownDirectivesRule_ts_1.KnownDirectivesRule,
    UniqueDirectivesPerLocationRule_ts_1.UniqueDirectivesPerLocationRule,
    DeferStreamDirectiveOnRootFieldRule_ts_1.DeferStreamDirectiveOnRootFieldRule,
    DeferStreamDirectiveOnValidOperationsRule_ts_1.DeferStreamDirectiveOnValidOperationsRule,
    DeferStreamDirectiveLabelRule_ts_1.DeferStreamDirectiveLabelRule,
    StreamDirectiveOnListFieldRule_ts_1.StreamDirectiveOnListFieldRule,
    KnownArgumentNamesRule_ts_1.KnownArgumentNamesRule,
    UniqueArgumentNamesRule_ts_1.UniqueArgumentNamesRule,
    ValuesOfCorrectTypeRule_ts_1.ValuesOfCorrectTypeRule,
    ProvidedRequiredArgumentsRule_ts_1.ProvidedRequiredArgumentsRule,
    VariablesInAllowedPositionRule_ts_1.VariablesInAllowedPositionRule,
    OverlappingFieldsCanBeMergedRule_ts_1.OverlappingFieldsCanBeMergedRule,
    UniqueInputFieldNamesRule_ts_1.UniqueInputFieldNamesRule,
    ...exports.recommendedRules,
]);
exports.specifiedSDLRules = Object.freeze([
    LoneSchemaDefinitionRule_ts_1.LoneSchemaDefinitionRule,
    UniqueOperationTypesRule_ts_1.UniqueOperationTypesRule,
    UniqueTypeNamesRule_ts_1.UniqueTypeNamesRule,
    UniqueEnumValueNamesRule_ts_1.UniqueEnumValueNamesRule,
    UniqueFieldDefinitionNamesRule_ts_1.UniqueFieldDefinitionNamesRule,
    UniqueArgumentDefinitionNamesRule_ts_1.UniqueArgumentDefinitionNamesRule,
    UniqueDirectiveNamesRule_ts_1.UniqueDirectiveNamesRule,
    KnownTypeNamesRule_ts_1.KnownTypeNamesRule,
    KnownDirectivesRule_ts_1.KnownDirectivesRule,
    UniqueDirectivesPerLocationRule_ts_1.UniqueDirectivesPerLocationRule,
    PossibleTypeExtensionsRule_ts_1.PossibleTypeExtensionsRule,
    KnownArgumentNamesRule_ts_1.KnownArgumentNamesOnDirectivesRule,
    UniqueArgumentNamesRule_ts_1.UniqueArgumentNamesRule,
    UniqueInputFieldNamesRule_ts_1.UniqueInputFieldNamesRule,
    ProvidedRequiredArgumentsRule_ts_1.ProvidedRequiredArgumentsOnDirectivesRule,
]);
//# sourceMappingURL=specifiedRules.js.map

/***/ }),

/***/ 7063:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validate = validate;
exports.validateSDL = validateSDL;
exports.assertValidSDL = assertValidSDL;
exports.assertValidSDLExtension = assertValidSDLExtension;
const mapValue_ts_1 = __webpack_require__(5719);
const GraphQLError_ts_1 = __webpack_require__(5939);
const ast_ts_1 = __webpack_require__(2740);
const visitor_ts_1 = __webpack_require__(638);
const validate_ts_1 = __webpack_require__(3902);
const TypeInfo_ts_1 = __webpack_require__(5000);
const diagnostics_ts_1 = __webpack_require__(7593);
const specifiedRules_ts_1 = __webpack_require__(916);
const validationAbortedError_ts_1 = __webpack_require__(6441);
const ValidationContext_ts_1 = __webpack_require__(8139);
const QueryDocumentKeysToValidate = (0, mapValue_ts_1.mapValue)(ast_ts_1.QueryDocumentKeys, (keys) => keys.filter((key) => key !== 'description'));
const tooManyValidationErrorsError = new GraphQLError_ts_1.GraphQLError('Too many validation errors, error limit reached. Validation aborted.');
function validate(schema, documentAST, rules = specifiedRules_ts_1.specifiedRules, options) {
    return (0, diagnostics_ts_1.shouldTrace)(diagnostics_ts_1.validateChannel)
        ? diagnostics_ts_1.validateChannel.traceSync(() => validateImpl(schema, documentAST, rules, options), { schema, document: documentAST })
        : validateImpl(schema, documentAST, rules, options);
}
function validateImpl(schema, documentAST, rules, options) {
    const maxErrors = options?.maxErrors ?? 100;
    const hideSuggestions = options?.hideSuggestions ?? false;
    const allowEmptySelectionSets = options?.allowEmptySelectionSets ?? true;
    (0, validate_ts_1.assertValidSchema)(schema);
    const errors = [];
    const typeInfo = new TypeInfo_ts_1.TypeInfo(schema);
    const context = new ValidationContext_ts_1.ValidationContext(schema, documentAST, typeInfo, (error) => {
        if (errors.length >= maxErrors) {
            throw tooManyValidationErrorsError;
        }
        errors.push(error);
    }, { hideSuggestions, allowEmptySelectionSets });
    const visitor = (0, visitor_ts_1.visitInParallel)(rules.map((rule) => rule(context)));
    try {
        (0, visitor_ts_1.visit)(documentAST, (0, TypeInfo_ts_1.visitWithTypeInfo)(typeInfo, visitor), QueryDocumentKeysToValidate);
    }
    catch (e) {
        if (e === tooManyValidationErrorsError || e === validationAbortedError_ts_1.validationAbortedError) {
            errors.push(e);
        }
        else {
            throw e;
        }
    }
    return errors;
}
function validateSDL(documentAST, schemaToExtend, rules = specifiedRules_ts_1.specifiedSDLRules) {
    const errors = [];
    const context = new ValidationContext_ts_1.SDLValidationContext(documentAST, schemaToExtend, (error) => {
        errors.push(error);
    });
    const visitors = rules.map((rule) => rule(context));
    (0, visitor_ts_1.visit)(documentAST, (0, visitor_ts_1.visitInParallel)(visitors));
    return errors;
}
function assertValidSDL(documentAST) {
    const errors = validateSDL(documentAST);
    if (errors.length !== 0) {
        throw new Error(errors.map((error) => error.message).join('\n\n'));
    }
}
function assertValidSDLExtension(documentAST, schema) {
    const errors = validateSDL(documentAST, schema);
    if (errors.length !== 0) {
        throw new Error(errors.map((error) => error.message).join('\n\n'));
    }
}
//# sourceMappingURL=validate.js.map

/***/ }),

/***/ 6441:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validationAbortedError = void 0;
const GraphQLError_ts_1 = __webpack_require__(5939);
exports.validationAbortedError = new GraphQLError_ts_1.GraphQLError('Validation aborted.');
//# sourceMappingURL=validationAbortedError.js.map

/***/ }),

/***/ 8725:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.versionInfo = exports.version = void 0;
exports.version = '17.1.0';
exports.versionInfo = Object.freeze({
    major: 17,
    minor: 1,
    patch: 0,
    preReleaseTag: null,
});
//# sourceMappingURL=version.js.map

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

};
