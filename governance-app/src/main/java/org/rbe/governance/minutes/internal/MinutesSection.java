package org.rbe.governance.minutes.internal;

import com.itextpdf.layout.Document;

import org.rbe.governance.minutes.MinutesContent;

/** One part of the minutes, written into the document flow. */
interface MinutesSection {
    void write(Document document, MinutesContent content, PdfStyle style);
}
