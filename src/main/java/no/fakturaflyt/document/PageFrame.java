package no.fakturaflyt.document;

import java.util.HashMap;
import java.util.Map;

/**
 * Where a rendered document sits in a longer PDF (a reminder followed by the copy of its invoice), so that its pages
 * are numbered across the whole: "Side 2 av 2" on the copy of the invoice after a one-page letter.
 *
 * @param pagesBefore the pages of the PDF before this document
 * @param pagesTotal  the pages of the whole PDF; 0 = this document alone (its own page count)
 * @param copyStamp   printed on top of every page (e.g. "KOPI - PURRING"), nullable
 */
record PageFrame(int pagesBefore, int pagesTotal, String copyStamp) {

    /** A document on its own. */
    static final PageFrame ALONE = new PageFrame(0, 0, null);

    /** The stylesheet parameters of this frame (see the {@code xsl:param}s of the stylesheets). */
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("pages-before", pagesBefore);
        if (pagesTotal > 0) {
            parameters.put("pages-total", String.valueOf(pagesTotal));
        }
        if (copyStamp != null && !copyStamp.isBlank()) {
            parameters.put("copy-stamp", copyStamp);
        }
        return parameters;
    }
}
