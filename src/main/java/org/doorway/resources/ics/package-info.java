/**
 * Calendar invites for webinar sessions as iCalendar (RFC 5545) text: a
 * VEVENT in the webinar's own time zone, with a VTIMEZONE written from
 * Java's zone rules so that Outlook, Google Calendar and Apple Calendar place
 * it at the same instant, also across a change of the clocks.
 */
package org.doorway.resources.ics;
