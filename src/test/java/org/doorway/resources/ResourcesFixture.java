package org.doorway.resources;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.CatalogueYaml;
import org.doorway.catalogue.ClassFit;
import org.doorway.catalogue.DataProtection;
import org.doorway.catalogue.DefaultCatalogue;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.GuideFormat;
import org.doorway.catalogue.NeedFit;
import org.doorway.catalogue.SupportStatus;
import org.doorway.catalogue.Tool;
import org.doorway.needs.NeedVocabulary;

/** The default catalogue and a hostile entry, for the resource writers' tests. */
public final class ResourcesFixture {
    private static Catalogue defaults;

    private ResourcesFixture() {}

    public static synchronized Catalogue defaultCatalogue() {
        if (defaults == null) {
            defaults = DefaultCatalogue.load(new CatalogueYaml(NeedVocabulary.bundled().needs()));
        }
        return defaults;
    }

    /**
     * An entry no admin should write but the writers must survive: every text far too long, markup and
     * control characters in it, a need for every need, and links that are not http(s).
     */
    public static Tool hostile() {
        String long_ = "<b>Bold & \"quoted\"</b> \u0007 " + "very long words ".repeat(400);
        List<NeedFit> needs = NeedVocabulary.bundled().needs().stream()
                .map(need -> new NeedFit(need.id(), long_, 2)).toList();
        List<Guide> guides = List.of(
                new Guide("Evil <script>", GuideFormat.DOCUMENTATION, "javascript:alert(1)", List.of()),
                new Guide("Data", GuideFormat.VIDEO, "data:text/html,hi", OptionalInt.of(3), Optional.empty()),
                new Guide("Fine & dandy", GuideFormat.DIAGRAM, "https://example.ac.uk/a?b=1&c=it's", List.of()));
        return new Tool("hostile", "Hostile <Tool> & " + "Name ".repeat(40), long_, "javascript:alert(2)", needs,
                SupportStatus.PILOT, long_, new DataProtection(false, long_, true, long_), long_, long_, long_, long_,
                ClassFit.ANY, long_, guides, List.of(), List.of(), LocalDate.of(2027, 1, 1),
                List.of(long_, long_, long_, long_, long_), List.of());
    }
}
