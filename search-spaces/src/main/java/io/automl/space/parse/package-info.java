/**
 * Reading search spaces, format version 1, from JSON or YAML: {@link io.automl.space.parse.SpaceParser}
 * turns a document into a validated {@link io.automl.space.SearchSpace} or throws an
 * {@link io.automl.space.parse.InvalidSpaceException} listing every problem with its RFC 6901 pointer and
 * the offending value ({@link io.automl.space.parse.SpaceError}). Unknown fields are errors everywhere;
 * the option maps of {@code sampler} and {@code pruner} are checked by the parser's
 * {@link io.automl.space.parse.PluginCatalog} (a parser built without one leaves them unchecked).
 *
 * <h2>Format reference</h2>
 * <table>
 * <caption>Fields of a search space (defaults in brackets)</caption>
 * <tr><th>field</th><th>type</th><th>default</th><th>allowed</th></tr>
 * <tr><td>version</td><td>int</td><td>1</td><td>1</td></tr>
 * <tr><td>name</td><td>string</td><td>required</td><td>non-blank</td></tr>
 * <tr><td>objective.metric</td><td>string</td><td>required</td><td>classification: accuracy, f1_macro,
 *     log_loss, roc_auc (two classes); regression: mse, mae, r2; both: val_loss, loss; also value with the
 *     command evaluator. A metric of the other task than dataset.task is an error</td></tr>
 * <tr><td>objective.direction</td><td>string</td><td>maximize for accuracy, f1_macro, roc_auc and r2, minimize
 *     for the losses and errors; required for value</td><td>maximize, minimize</td></tr>
 * <tr><td>objectives</td><td>array of 2 or 3 objects</td><td>absent</td><td>instead of objective: each
 *     {@code {"metric", "direction", "reference"}}, a metric at most once; the dl4j evaluator also offers
 *     parameters, inference_ms, train_seconds and model_bytes (minimized by default); a command evaluator may
 *     name any metric it reports (direction then required); reference is the worst value counted by the
 *     hypervolume. Giving objective too is an error; the default sampler becomes nsga2; samplers tpe, gp,
 *     evolution and pruners median, asha, hyperband need a single objective</td></tr>
 * <tr><td>constraints</td><td>array of objects</td><td>[]</td><td>{@code {"metric", "min", "max"}}, min or
 *     max or both: trials outside are kept, marked infeasible and never on the Pareto front</td></tr>
 * <tr><td>dataset</td><td>object</td><td>required for the dl4j evaluator</td><td></td></tr>
 * <tr><td>dataset.type</td><td>string</td><td>csv</td><td>csv</td></tr>
 * <tr><td>dataset.path</td><td>string</td><td>required</td><td>a file; relative to the space file</td></tr>
 * <tr><td>dataset.label</td><td>string</td><td>label</td><td>a column name (checked against the header when
 *     the file can be read); for regression the numeric target column</td></tr>
 * <tr><td>dataset.task</td><td>string</td><td>classification</td><td>classification, regression (csv
 *     only)</td></tr>
 * <tr><td>dataset.exclude</td><td>array of strings</td><td>[]</td><td>csv columns that are neither features nor
 *     the label; each must be a column of the file, not the label</td></tr>
 * <tr><td>dataset.normalizeTarget</td><td>string</td><td>standardize (regression only)</td><td>standardize,
 *     none; predictions are scaled back to the target's units</td></tr>
 * <tr><td>dataset.split.validation</td><td>number</td><td>0.2</td><td>(0, 1)</td></tr>
 * <tr><td>dataset.split.test</td><td>number</td><td>0.2</td><td>[0, 1), validation + test &lt; 1</td></tr>
 * <tr><td>dataset.split.seed</td><td>int</td><td>0</td><td>any 64-bit integer</td></tr>
 * <tr><td>dataset.normalize</td><td>string</td><td>standardize</td><td>standardize, minmax, none</td></tr>
 * <tr><td>dataset.limit</td><td>int</td><td>0 (all rows)</td><td>&gt;= 0; classes kept in proportion</td></tr>
 * <tr><td>dataset.images, dataset.labels</td><td>string</td><td>required for idx</td><td>IDX image and label
 *     files (gzip or plain), instead of path and label</td></tr>
 * <tr><td>budget.trials</td><td>int</td><td>20</td><td>1..1000000</td></tr>
 * <tr><td>budget.epochs</td><td>int</td><td>20</td><td>1..100000</td></tr>
 * <tr><td>budget.minutes</td><td>number</td><td>0 (no limit)</td><td>0..1000000</td></tr>
 * <tr><td>budget.parallelism</td><td>int</td><td>1</td><td>1..1024</td></tr>
 * <tr><td>budget.trialMinutes</td><td>number</td><td>0 (no limit)</td><td>0..1000000</td></tr>
 * <tr><td>budget.maxParameters</td><td>number</td><td>0 (evaluator default)</td><td>trainable parameters per
 *     candidate; larger candidates fail before training</td></tr>
 * <tr><td>budget.maxActivationMB</td><td>number</td><td>0 (evaluator default, 1024)</td><td>estimated
 *     activation memory per candidate: batch x layer output sizes x 4 bytes x 3</td></tr>
 * <tr><td>sampler.type</td><td>string</td><td>random</td><td>a sampler of the parser's
 *     {@link io.automl.space.parse.PluginCatalog} (the engine registers random, grid, halton, sobol, tpe, gp,
 *     evolution; grid needs a fully discrete space unless its option gridPoints is given)</td></tr>
 * <tr><td>sampler.seed</td><td>int</td><td>0</td><td>any 64-bit integer</td></tr>
 * <tr><td>sampler.*</td><td>scalar or array of scalars</td><td></td><td>the sampler's options, checked by the
 *     catalog: unknown names, wrong types and values out of range are errors at
 *     {@code /sampler/NAME}</td></tr>
 * <tr><td>pruner.type</td><td>string</td><td>none</td><td>a pruner of the catalog (the engine registers none,
 *     median, asha, hyperband)</td></tr>
 * <tr><td>pruner.*</td><td>scalar or array of scalars</td><td></td><td>the pruner's options, checked as for
 *     the sampler, at {@code /pruner/NAME}</td></tr>
 * <tr><td>earlyStopping</td><td>object</td><td>absent (no early stopping)</td><td></td></tr>
 * <tr><td>earlyStopping.metric</td><td>string</td><td>val_loss</td><td>a metric of the data set's task, as for
 *     objective.metric</td></tr>
 * <tr><td>earlyStopping.patience</td><td>int</td><td>5</td><td>1..100000</td></tr>
 * <tr><td>earlyStopping.minDelta</td><td>number</td><td>0</td><td>&gt;= 0</td></tr>
 * <tr><td>evaluator.type</td><td>string</td><td>dl4j</td><td>dl4j, command</td></tr>
 * <tr><td>evaluator.command</td><td>array of strings</td><td>required for command</td><td>program and
 *     arguments; only for command</td></tr>
 * <tr><td>evaluator.timeoutSeconds</td><td>number</td><td>0 (none)</td><td>&gt;= 0</td></tr>
 * <tr><td>params.NAME</td><td>distribution or scalar</td><td>none</td><td>NAME must not start with
 *     {@code arch.}</td></tr>
 * <tr><td>params.NAME.when</td><td>object: name to value or array of values</td><td>always active</td><td>names
 *     of parameters declared earlier; values they can take</td></tr>
 * <tr><td>architecture</td><td>object</td><td>required for the dl4j evaluator</td><td></td></tr>
 * <tr><td>architecture.type</td><td>string</td><td>feedforward</td><td>feedforward</td></tr>
 * <tr><td>architecture.blocks</td><td>array</td><td>required</td><td>may be empty</td></tr>
 * <tr><td>architecture.input</td><td>object</td><td>{"type": "features"}</td><td>{"type": "image", "height",
 *     "width", "channels" (1)} (rows channel-major) or {"type": "sequence", "steps", "features"} (rows
 *     step-major)</td></tr>
 * <tr><td>blocks[i].repeat</td><td>int range or int</td><td>1</td><td>&gt;= 0</td></tr>
 * <tr><td>blocks[i].optional</td><td>true or number</td><td>false</td><td>true (kept with probability 0.5) or
 *     the probability in (0, 1) to keep the block; adds the dimension arch.b&lt;i&gt;.on</td></tr>
 * <tr><td>blocks[i].layer.type</td><td>string</td><td>required</td><td>dense, conv2d (filters, kernel 3,
 *     stride 1, padding same|valid, activation), pool2d (mode max|avg, size 2, stride 2), batchnorm, dropout
 *     (rate), lstm (units, returnSequences false, activation tanh), globalpool (mode avg|max); every field is a
 *     constant or a distribution; shapes are checked statically</td></tr>
 * <tr><td>blocks[i].layer.units</td><td>int range, categorical or int</td><td>required</td><td>&gt;= 1</td></tr>
 * <tr><td>blocks[i].layer.activation</td><td>categorical or string</td><td>relu</td><td>relu, tanh, sigmoid, elu,
 *     leakyrelu, selu, softplus, identity, swish, gelu</td></tr>
 * <tr><td>blocks[i].layer.dropout</td><td>float range, categorical or number</td><td>0</td><td>[0, 1)</td></tr>
 * <tr><td>architecture.output.activation</td><td>string</td><td>softmax; identity for regression</td><td>softmax
 *     (classification only) or a hidden activation</td></tr>
 * <tr><td>architecture.output.loss</td><td>string</td><td>mcxent; mse for regression</td><td>mcxent, mse, l1,
 *     xent, negativeloglikelihood (mse and l1 for regression)</td></tr>
 * </table>
 *
 * <h2>Distributions</h2>
 * <ul>
 * <li>{@code {"type": "float", "low": a, "high": b, "log": false, "step": s}}: reals in [a, b]; {@code log}
 *     needs a &gt; 0; {@code step} &gt; 0 puts values on a grid and cannot be combined with {@code log}.</li>
 * <li>{@code {"type": "int", "low": a, "high": b, "log": false, "step": 1}}: integers; {@code log} needs
 *     a &gt;= 1 and no {@code step}; {@code step} &gt;= 1.</li>
 * <li>{@code {"type": "categorical", "values": [...]}}: a non-empty list of distinct strings, numbers or
 *     booleans.</li>
 * <li>A plain string, number or boolean: a constant. JSON integers become {@link java.lang.Integer}, other
 *     numbers {@link java.lang.Double}.</li>
 * </ul>
 *
 * <p>Everything here is thread-safe unless a type says otherwise; package-private readers are used by
 * one parse at a time.
 */
package io.automl.space.parse;
