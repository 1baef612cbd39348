package org.doorway.web.admin;

import org.doorway.admin.Drafting;
import org.doorway.admin.Drafts;
import org.doorway.admin.Reviewing;
import org.doorway.admin.Rollback;
import org.doorway.admin.Versions;

/** The catalogue's draft → review → publish use cases and stores, as the console is built with them; each route takes its own. */
public record CatalogueWorkflow(Drafting drafting, Drafts drafts, Reviewing reviewing, Versions versions, Rollback rollback) {}
