/**
 * The server's side of the worker protocol: {@link io.automl.worker.api.WorkerRoutes}, the {@code /api/worker}
 * routes that let a worker process run the ordinary study loop against the server's store, in the JSON shapes of
 * {@link io.automl.worker.Wire}. The composition root registers them on the web server.
 */
package io.automl.worker.api;
