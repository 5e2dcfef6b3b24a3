/*
 * Copyright 2026 the Safeguard maintainers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.safeguard.plugins.reporthtml;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.safeguard.export.Count;

/**
 * The two kinds of chart the page draws, as inline SVG: grouped horizontal bars of shares, and
 * stacked horizontal bars of counts. Each has a title and a description for assistive technology;
 * the numbers themselves are in the table beside it. A bar whose share cannot be known (a count
 * suppressed, or no cases) is not drawn: it says why in words where it would be.
 */
final class Svg {
  private Svg() {}

  /** Okabe and Ito's palette, told apart with the common colour-vision deficiencies. */
  static final String[] SERIES = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"};

  private static final int WIDTH = 640;
  private static final int LABELS = 190;
  private static final int PLOT = 330;
  private static final int BAR = 14;
  private static final int GAP = 12;
  private static final int LEGEND = 26;
  private static final int LEGEND_LINE = 18;
  private static final int AXIS = 22;

  /**
   * Grouped horizontal bars: for each group (a row label) one bar per series, its length the share.
   *
   * @param id unique on the page, for the title and description ids
   * @param series the series' names, in the legend
   * @param colours one per series
   * @param rows the groups' labels
   * @param cells cells[row][series]
   */
  static void groupedBars(Writer w, String id, String title, String description, List<String> series, List<String> colours,
      List<String> rows, Ratio[][] cells) throws IOException {
    int rowHeight = series.size() * BAR + GAP;
    int top = frame(w, id, title, description, series, colours, rows.size() * rowHeight);
    for (int r = 0; r < rows.size(); r++) {
      int y = top + r * rowHeight;
      label(w, LABELS - 8, y + (series.size() * BAR) / 2 + 4, "end", rows.get(r));
      for (int s = 0; s < series.size(); s++) {
        Ratio cell = cells[r][s];
        int by = y + s * BAR;
        if (cell.known()) {
          double length = PLOT * cell.share();
          w.write("<rect class=\"bar\" x=\"" + LABELS + "\" y=\"" + (by + 1) + "\" width=\"" + fixed(length) + "\" height=\"" + (BAR - 2)
              + "\" fill=\"" + colours.get(s) + "\"><title>");
          Html.text(w, rows.get(r) + ", " + series.get(s) + ": " + cell.text());
          w.write("</title></rect>");
          label(w, (int) Math.round(LABELS + length + 4), by + BAR - 3, "start", cell.percent());
        } else {
          label(w, LABELS + 4, by + BAR - 3, "start", series.get(s) + ": " + cell.barLabel());
        }
      }
    }
    w.write("</svg>");
  }

  /**
   * Stacked horizontal bars: for each row the counts of its segments, each as its share of the row.
   * A row with a suppressed count is not drawn, since its shares would tell the count.
   *
   * @param cells cells[row][segment]
   */
  static void stackedBars(Writer w, String id, String title, String description, List<String> segments, List<String> colours,
      List<String> rows, Count[][] cells) throws IOException {
    int rowHeight = 2 * BAR + GAP;
    int top = frame(w, id, title, description, segments, colours, rows.size() * rowHeight);
    for (int r = 0; r < rows.size(); r++) {
      int y = top + r * rowHeight;
      label(w, LABELS - 8, y + BAR + 4, "end", rows.get(r));
      long total = 0;
      boolean suppressed = false;
      for (Count c : cells[r]) {
        if (c.suppressed()) {
          suppressed = true;
        } else {
          total += c.value();
        }
      }
      if (suppressed || total == 0) {
        label(w, LABELS + 4, y + BAR + 4, "start", suppressed ? "counts suppressed: see the table" : "no cases");
        continue;
      }
      double x = LABELS;
      for (int s = 0; s < segments.size(); s++) {
        long n = cells[r][s].value();
        if (n == 0) {
          continue;
        }
        double length = PLOT * (double) n / total;
        w.write("<rect class=\"bar\" x=\"" + fixed(x) + "\" y=\"" + (y + 2) + "\" width=\"" + fixed(length) + "\" height=\"" + (2 * BAR - 4)
            + "\" fill=\"" + colours.get(s) + "\"><title>");
        Html.text(w, rows.get(r) + ", " + segments.get(s) + ": " + n + " of " + total);
        w.write("</title></rect>");
        x += length;
      }
    }
    w.write("</svg>");
  }

  /**
   * Opens a chart sized to its legend and plot, and draws the legend and the gridlines.
   *
   * @return where the plot's first row starts
   */
  private static int frame(Writer w, String id, String title, String description, List<String> names, List<String> colours,
      int plotHeight) throws IOException {
    int top = legend(null, names, colours);
    open(w, id, title, description, top + plotHeight + AXIS);
    legend(w, names, colours);
    grid(w, top, plotHeight);
    return top;
  }

  private static void open(Writer w, String id, String title, String description, int height) throws IOException {
    w.write("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + WIDTH + "\" height=\"" + height + "\" viewBox=\"0 0 "
        + WIDTH + " " + height + "\" aria-labelledby=\"" + id + "-title " + id + "-desc\"><title id=\"" + id + "-title\">");
    Html.text(w, title);
    w.write("</title><desc id=\"" + id + "-desc\">");
    Html.text(w, description);
    w.write("</desc>");
  }

  /**
   * The legend, a swatch and a name for each series, wrapping onto more lines as it needs.
   *
   * @param w where to draw it; null only to measure
   * @return the height it takes, where the plot starts
   */
  private static int legend(@Nullable Writer w, List<String> names, List<String> colours) throws IOException {
    int x = LABELS;
    int line = 0;
    for (int i = 0; i < names.size(); i++) {
      int width = 28 + 7 * names.get(i).length();
      if (x > LABELS && x + width > WIDTH) {
        x = LABELS;
        line++;
      }
      if (w != null) {
        w.write("<rect x=\"" + x + "\" y=\"" + (6 + LEGEND_LINE * line) + "\" width=\"12\" height=\"12\" fill=\"" + colours.get(i)
            + "\"/>");
        label(w, x + 16, 16 + LEGEND_LINE * line, "start", names.get(i));
      }
      x += width;
    }
    return LEGEND + LEGEND_LINE * line;
  }

  /** Gridlines and their percentages at 0, 25, 50, 75 and 100 per cent of the plot. */
  private static void grid(Writer w, int top, int height) throws IOException {
    for (int p = 0; p <= 100; p += 25) {
      int x = LABELS + PLOT * p / 100;
      w.write("<line class=\"grid\" x1=\"" + x + "\" y1=\"" + top + "\" x2=\"" + x + "\" y2=\"" + (top + height) + "\"/>");
      label(w, x, top + height + 15, "middle", p + "%");
    }
  }

  private static void label(Writer w, int x, int y, String anchor, String text) throws IOException {
    w.write("<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\">");
    Html.text(w, text);
    w.write("</text>");
  }

  private static String fixed(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
