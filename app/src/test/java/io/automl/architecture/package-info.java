/** Tests of the code's structure: which package may use which. */
package io.automl.architecture;
