/**
 * Reading regulations and calendars from their YAML files, with a check that names every problem by its path in
 * the file, so a board refuses to start on a broken regulation instead of applying half of it.
 */
package vn.phoihop.regulation.file;
