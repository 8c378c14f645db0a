/**
 * The REST API: route groups, request checks (size limit, authentication, the Host header), the JSON error
 * shape and the OpenAPI description of the routes.
 */
package io.automl.web.api;
