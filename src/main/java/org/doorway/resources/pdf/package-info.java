/**
 * The one-page printable guide as a PDF (PDFBox): a text layer in an embedded
 * Unicode font, tagged for screen readers (structure tree, language, title),
 * http(s) link annotations and a QR code drawn as vector squares.
 */
package org.doorway.resources.pdf;
