/**
 * The one reader for the YAML files admins keep (the catalogue, the roster):
 * {@link org.doorway.yaml.LocatedYaml} reads a file into a tree that knows the
 * line of every value, and {@link org.doorway.yaml.YamlProblem} is the one
 * record of a problem found in it, with its line, what is wrong and the fix.
 */
package org.doorway.yaml;
