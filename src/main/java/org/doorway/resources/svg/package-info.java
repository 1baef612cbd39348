/**
 * The map of the catalogue as SVG: needs, the tools that serve them, and
 * their guides and case studies, readable without colour (support status is
 * written and drawn as a border style, gaps are labelled and hatched) and
 * with a text alternative in the title and description.
 */
package org.doorway.resources.svg;
