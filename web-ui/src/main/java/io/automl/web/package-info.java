/**
 * The web server: {@link io.automl.web.WebServer} serves the REST API under {@code /api} and the static
 * single-page UI, and runs submitted studies in the background.
 */
package io.automl.web;
