/**
 * The {@code automl} command line: validate, run, leaderboard, export, predict and studies. Commands
 * print results on standard output and progress and errors on standard error; exit code 0 on
 * success, 2 for invalid input, 1 for any other failure.
 */
package io.automl.cli;
