package org.doorway.resources.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.doorway.catalogue.Catalogue;
import org.doorway.catalogue.Tool;
import org.doorway.needs.Need;
import org.doorway.resources.NeedMap;
import org.doorway.resources.ResourcesFixture;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MapSvgTest {
    private final MapSvg svg = new MapSvg();

    @Test
    void theWholeMap_isWellFormed_namesEveryNeed_andSaysItInWordsToo() throws Exception {
        Catalogue catalogue = ResourcesFixture.defaultCatalogue();
        Document map = parse(svg.write(NeedMap.of(catalogue)));
        String text = texts(map);
        String description = map.getElementsByTagName("desc").item(0).getTextContent();
        for (Need need : catalogue.needs()) {
            assertThat(text).contains(need.name());
            assertThat(description).contains(need.name() + ":");
        }
        assertThat(map.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(map.getDocumentElement().getAttribute("aria-labelledby")).isEqualTo("map-title map-desc");
        assertThat(text).contains("solid = supported, dashed = pilot");
        assertThat(hrefs(map)).isNotEmpty().allSatisfy(href -> assertThat(href).matches("https?://.+"));
    }

    @Test
    void aNeedWithNoSupportedTool_isMarkedAGapInWords() throws Exception {
        Catalogue catalogue = ResourcesFixture.defaultCatalogue();
        Tool pilotOnly = catalogue.tool("feedbackfruits").orElseThrow();
        Catalogue gap = new Catalogue(catalogue.needs(), List.of(pilotOnly));
        Document map = parse(svg.write(NeedMap.of(gap)));
        assertThat(texts(map)).contains("GAP: no supported tool").contains("No tool in the catalogue yet");
        assertThat(NeedMap.of(gap).gaps()).hasSize(catalogue.needs().size());
        assertThat(map.getElementsByTagName("desc").item(0).getTextContent())
                .contains(catalogue.needs().size() + " of " + catalogue.needs().size() + " needs have no supported tool");
    }

    @Test
    void perNeedMap_listsEveryGuideAndCaseStudyOfItsTools() throws Exception {
        Catalogue catalogue = ResourcesFixture.defaultCatalogue();
        NeedMap live = NeedMap.forNeed(catalogue, "live-engagement").orElseThrow();
        String text = texts(parse(svg.write(live)));
        assertThat(text).contains("How the tools for").contains("Mentimeter (supported)");
        assertThat(text).contains("A colleague's story: Word clouds to open a 300-seat economics lecture");
        assertThat(NeedMap.forNeed(catalogue, "no-such-need")).isEmpty();
    }

    @Test
    void markupInNamesIsEscaped_andOnlyWebLinksBecomeLinks() throws Exception {
        Catalogue catalogue = ResourcesFixture.defaultCatalogue();
        Tool hostile = ResourcesFixture.hostile();
        NeedMap map = NeedMap.forNeed(new Catalogue(catalogue.needs(), List.of(hostile)), "live-engagement")
                .orElseThrow();
        String written = svg.write(map);
        Document document = parse(written);
        assertThat(texts(document)).contains("Hostile <Tool> &");
        assertThat(written).doesNotContain("javascript:").doesNotContain("data:text").doesNotContain("<script");
        assertThat(hrefs(document)).containsExactly("https://example.ac.uk/a?b=1&c=it's");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String texts(Document document) {
        NodeList texts = document.getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        return all.toString();
    }

    private static List<String> hrefs(Document document) {
        NodeList links = document.getElementsByTagName("a");
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            hrefs.add(((Element) links.item(i)).getAttribute("href"));
        }
        return hrefs;
    }
}
