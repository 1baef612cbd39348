package org.doorway.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.doorway.catalogue.CaseStudy;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.ClassFit;
import org.doorway.catalogue.DataProtection;
import org.doorway.catalogue.Guide;
import org.doorway.catalogue.GuideFormat;
import org.doorway.catalogue.NeedFit;
import org.doorway.catalogue.SupportStatus;
import org.doorway.catalogue.TeachingMode;
import org.doorway.catalogue.Tool;
import org.doorway.needs.Need;

/**
 * A large made-up catalogue for benchmarks, the same every run (fixed seed):
 * each tool serves one to four random needs, and every tool also serves
 * {@link #EVERY_TOOL_NEED}, the worst case for ranking one need.
 */
final class SyntheticCatalogue {
    static final String EVERY_TOOL_NEED = "live-engagement";

    private SyntheticCatalogue() {}

    static Catalogue of(List<Need> needs, int size) {
        Random random = new Random(20270111L);
        List<Tool> tools = new ArrayList<>(size);
        SupportStatus[] statuses = SupportStatus.values();
        for (int i = 0; i < size; i++) {
            String id = "tool-" + i;
            Set<String> served = new LinkedHashSet<>();
            served.add(EVERY_TOOL_NEED);
            int extra = 1 + random.nextInt(4);
            while (served.size() <= extra) {
                served.add(needs.get(random.nextInt(needs.size())).id());
            }
            List<NeedFit> fits = served.stream().map(need -> new NeedFit(need, "Serves " + need + ".", 1 + random.nextInt(3))).toList();
            int min = 1 + random.nextInt(40);
            int max = min + random.nextInt(3000);
            EnumSet<TeachingMode> modes = EnumSet.noneOf(TeachingMode.class);
            for (TeachingMode mode : TeachingMode.values()) {
                if (random.nextInt(3) > 0) {
                    modes.add(mode);
                }
            }
            if (modes.isEmpty()) {
                modes.add(TeachingMode.ONLINE);
            }
            List<CaseStudy> studies = random.nextInt(4) == 0
                    ? List.of(new CaseStudy("Story " + i, "What happened.", "Colleague " + i, List.of(fits.get(0).need()), null))
                    : List.of();
            tools.add(new Tool(id, "Tool " + Integer.toString(random.nextInt(1_000_000), 36) + " " + i, "Synthetic tool " + i,
                    "https://tools.example/" + id, fits, statuses[random.nextInt(statuses.length)], "Digital Education",
                    new DataProtection(true, "UK", false, null), null, null, null, null, new ClassFit(min, max, modes), null,
                    List.of(new Guide("Guide", GuideFormat.ONE_PAGE, "https://guides.example/" + id, List.of()),
                            new Guide("Video", GuideFormat.VIDEO, "https://guides.example/" + id + "/video", List.of())),
                    studies, List.of(), LocalDate.of(2027, 6, 30)));
        }
        return new Catalogue(needs, tools);
    }
}
