/**
 * Folders of images, one subfolder per class: which files count as images and how a folder is listed
 * ({@link io.automl.space.images.ClassFolders}). Shared by the parser, which checks a space's folders, and by the
 * loaders that decode them. Opens no image.
 */
package io.automl.space.images;
