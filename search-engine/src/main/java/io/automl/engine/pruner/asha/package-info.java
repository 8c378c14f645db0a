/**
 * Successive-halving pruners: {@link io.automl.engine.pruner.asha.AshaPruner} (asynchronous successive
 * halving) and {@link io.automl.engine.pruner.asha.HyperbandPruner} (several ASHA brackets). Both derive
 * rung membership from the intermediate values stored with each trial, so they keep no state of their own.
 */
package io.automl.engine.pruner.asha;
