package org.rbe.governance.minutes.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.layout.renderer.CellRenderer;
import com.itextpdf.layout.renderer.DrawContext;
import com.itextpdf.layout.renderer.IRenderer;

import org.rbe.governance.minutes.MinutesContent.CompositionRow;

/**
 * A horizontal bar chart of the jury against its quotas, drawn on the PDF canvas inside table cells: per
 * category, one row per value with a pale bar for the quota, a solid bar for the jurors seated (orange when
 * short of the quota) and a tick at the quota. Bars of one category share a scale.
 */
final class QuotaChart {
    static final DeviceRgb QUOTA_FILL = new DeviceRgb(214, 220, 229);
    static final DeviceRgb SEATED_FILL = new DeviceRgb(45, 95, 160);
    static final DeviceRgb SHORT_FILL = new DeviceRgb(222, 120, 30);
    private static final float BAR_ROW_HEIGHT = 13;

    private QuotaChart() {
    }

    /** The chart's table: a header line per category, then value, bar and "seated / quota" per row. */
    static Table table(List<CompositionRow> rows, PdfStyle style) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {22, 62, 16})).useAllAvailableWidth();
        for (Map.Entry<String, List<CompositionRow>> category : byCategory(rows).entrySet()) {
            int scale = category.getValue().stream().mapToInt(r -> Math.max(r.target(), r.actual())).max().orElse(0);
            table.addCell(plain(new Paragraph(category.getKey()).setFont(style.bold()), 3).setPaddingTop(5));
            for (CompositionRow row : category.getValue()) {
                table.addCell(plain(style.paragraph(row.value()).setFontSize(8.5f), 1));
                Cell bar = plain(new Paragraph(""), 1).setHeight(BAR_ROW_HEIGHT).setPaddingLeft(4).setPaddingRight(4);
                bar.setNextRenderer(new BarRenderer(bar, row.target(), row.actual(), scale));
                table.addCell(bar);
                table.addCell(plain(style.paragraph(row.actual() + " / " + row.target()).setFontSize(8.5f)
                        .setTextAlignment(TextAlignment.RIGHT), 1));
            }
        }
        return table;
    }

    /** The legend under the chart, with the colours as filled squares. */
    static Paragraph legend(PdfStyle style) {
        return style.paragraph("").setFontSize(8)
                .add(new Text("\u25a0 ").setFontColor(SEATED_FILL)).add(style.text("jury.chart.seated") + "    ")
                .add(new Text("\u25a0 ").setFontColor(SHORT_FILL)).add(style.text("jury.chart.short") + "    ")
                .add(new Text("\u25a0 ").setFontColor(QUOTA_FILL)).add(style.text("jury.chart.quota"))
                .setFontColor(ColorConstants.DARK_GRAY);
    }

    private static Map<String, List<CompositionRow>> byCategory(List<CompositionRow> rows) {
        Map<String, List<CompositionRow>> result = new LinkedHashMap<>();
        rows.forEach(r -> result.computeIfAbsent(r.category(), k -> new ArrayList<>()).add(r));
        return result;
    }

    private static Cell plain(Paragraph content, int colspan) {
        return new Cell(1, colspan).add(content).setBorder(Border.NO_BORDER)
                .setBorderBottom(new SolidBorder(new DeviceRgb(236, 238, 242), 0.5f))
                .setVerticalAlignment(VerticalAlignment.MIDDLE).setPadding(1.5f);
    }

    /** Draws the quota bar, the seated bar and the quota tick into the cell's content box. */
    private static final class BarRenderer extends CellRenderer {
        private final int target;
        private final int actual;
        private final int scale;

        BarRenderer(Cell cell, int target, int actual, int scale) {
            super(cell);
            this.target = target;
            this.actual = actual;
            this.scale = scale;
        }

        @Override
        public IRenderer getNextRenderer() {
            return new BarRenderer((Cell) getModelElement(), target, actual, scale);
        }

        @Override
        public void draw(DrawContext context) {
            super.draw(context);
            if (scale <= 0) {
                return;
            }
            Rectangle box = getInnerAreaBBox();
            float unit = box.getWidth() / scale;
            float middle = box.getY() + box.getHeight() / 2;
            PdfCanvas canvas = context.getCanvas();
            canvas.saveState();
            fill(canvas, QUOTA_FILL, box.getX(), middle - 4.5f, target * unit, 9);
            fill(canvas, actual < target ? SHORT_FILL : SEATED_FILL, box.getX(), middle - 2.5f, actual * unit, 5);
            float tick = box.getX() + target * unit;
            canvas.setStrokeColor(ColorConstants.BLACK).setLineWidth(0.8f)
                    .moveTo(tick, middle - 5.5f).lineTo(tick, middle + 5.5f).stroke();
            canvas.restoreState();
        }

        private static void fill(PdfCanvas canvas, Color color, float x, float y, float width, float height) {
            if (width > 0) {
                canvas.setFillColor(color).rectangle(x, y, width, height).fill();
            }
        }
    }
}
