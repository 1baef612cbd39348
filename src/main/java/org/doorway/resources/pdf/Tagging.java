package org.doorway.resources.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * The structure tree that lets a screen reader read the page in order, as
 * headings and paragraphs: each run of text is marked content with its own
 * id, a child of a structure element, and the parent tree maps ids back.
 * One per document; not thread-safe.
 */
final class Tagging {
    private final PDPage page;
    private final PDStructureElement document;
    private final COSArray parents = new COSArray();
    private int nextId;

    Tagging(PDDocument pdf, PDPage page, String title) {
        this.page = page;
        PDDocumentCatalog catalog = pdf.getDocumentCatalog();
        PDStructureTreeRoot root = new PDStructureTreeRoot();
        catalog.setStructureTreeRoot(root);
        PDMarkInfo mark = new PDMarkInfo();
        mark.setMarked(true);
        catalog.setMarkInfo(mark);
        catalog.setLanguage("en-GB");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        pdf.getDocumentInformation().setTitle(title);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
        root.appendKid(document);
        page.setStructParents(0);
        COSDictionary tree = new COSDictionary();
        COSArray numbers = new COSArray();
        numbers.add(COSInteger.get(0));
        numbers.add(parents);
        tree.setItem(COSName.NUMS, numbers);
        root.getCOSObject().setItem(COSName.PARENT_TREE, tree);
        root.getCOSObject().setInt(COSName.PARENT_TREE_NEXT_KEY, 1);
    }

    /** A new structure element of {@code type} (H1, H2, P, LI …) under the document. */
    PDStructureElement element(String type) {
        PDStructureElement element = new PDStructureElement(type, document);
        element.setPage(page);
        document.appendKid(element);
        return element;
    }

    /** The properties that start one run of marked content belonging to {@code element}. */
    COSDictionary mark(PDStructureElement element, String type) {
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, nextId++);
        element.appendKid(new PDMarkedContent(COSName.getPDFName(type), properties));
        parents.add(element);
        return properties;
    }
}
