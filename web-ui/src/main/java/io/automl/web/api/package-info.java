/**
 * The REST API: route groups, request parsing (size limit, authentication), the JSON error shape and
 * the OpenAPI description of the routes.
 */
package io.automl.web.api;
