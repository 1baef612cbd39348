/**
 * Resources made from the catalogue where nobody has written them: the
 * one-page printable guide's layout, webinar sessions and their calendar
 * invites, the map of needs, tools, guides and case studies, and the links
 * to them offered with each suggestion. Pure Java: the PDF, iCalendar and SVG
 * writers live in the sub-packages, the HTTP routes in {@code web}.
 */
package org.doorway.resources;
