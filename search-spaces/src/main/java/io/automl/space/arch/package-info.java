/**
 * Network architectures: the declared space of architectures ({@link io.automl.space.arch.ArchitectureSpace},
 * blocks of layers whose fields are distributions) and the concrete network one configuration picks
 * from it ({@link io.automl.space.arch.NetworkPlan}), free of any training library.
 */
package io.automl.space.arch;
