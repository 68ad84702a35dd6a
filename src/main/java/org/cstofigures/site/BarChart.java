package org.cstofigures.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a horizontal bar chart as SVG, with qualifiers drawn as what they mean: an exact value is a solid bar; "at
 * least" a bar that continues as a dashed arrow (open-ended); "about" a bar whose end is a dashed whisker; "almost"
 * / "at most" a bar with an arrow pointing back; a value known only by its bounds (vague, range) a hatched band
 * from low to high with end caps. Linear or logarithmic axis; Okabe–Ito colour-blind-safe palette.
 */
final class BarChart {

    /** Okabe & Ito (2008), colour-blind-safe; dark enough on white for marks (not for small text). */
    static final List<String> PALETTE = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
            "#000000");

    /** One bar: label, the value's bounds, how it is qualified, a colour index, a link and a value label. */
    record Bar(String label, BigDecimal value, BigDecimal low, BigDecimal high, String qualifier, int colour,
            String href, String valueLabel, String group) {
    }

    private static final int WIDTH = 900;
    private static final int LABEL_W = 290;
    private static final int VALUE_W = 250;
    private static final int ROW_H = 30;
    private static final int GROUP_H = 26;
    private static final int TOP = 56;

    private BarChart() {
    }

    static String svg(String id, String title, String subtitle, String source, List<Bar> bars, boolean log,
            String axisLabel) {
        double max = 0;
        double min = Double.MAX_VALUE;
        for (Bar b : bars) {
            for (BigDecimal v : new BigDecimal[] {b.value(), b.low(), b.high()}) {
                if (v != null) {
                    max = Math.max(max, v.doubleValue());
                    if (v.signum() > 0) {
                        min = Math.min(min, v.doubleValue());
                    }
                }
            }
        }
        Scale scale = log ? Scale.log(min, max) : Scale.linear(max);
        int plotW = WIDTH - LABEL_W - VALUE_W;
        List<String> groups = new ArrayList<>();
        for (Bar b : bars) {
            if (b.group() != null && !groups.contains(b.group())) {
                groups.add(b.group());
            }
        }
        List<String> subLines = wrap(subtitle, 120);
        int top = TOP + 18 * subLines.size();
        int height = top + bars.size() * ROW_H + groups.size() * GROUP_H + 80;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"group\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\"")
                .append(" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif\"")
                .append(" font-size=\"13\" class=\"chart\">\n");
        s.append("<title id=\"").append(id).append("-t\">").append(Html.esc(title)).append("</title>\n");
        s.append("<desc id=\"").append(id).append("-d\">").append(Html.esc(subtitle + " " + source))
                .append("</desc>\n");
        s.append("<defs><pattern id=\"").append(id).append("-hatch\" width=\"6\" height=\"6\"")
                .append(" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#444444\" stroke-width=\"3\"/>")
                .append("</pattern>")
                .append("<marker id=\"").append(id).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\"")
                .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#222222\"/></marker></defs>\n");
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        s.append("<text x=\"8\" y=\"24\" font-size=\"17\" font-weight=\"700\" fill=\"#111111\">")
                .append(Html.esc(title)).append("</text>\n");
        for (int i = 0; i < subLines.size(); i++) {
            s.append("<text x=\"8\" y=\"").append(46 + 18 * i).append("\" fill=\"#333333\">")
                    .append(Html.esc(subLines.get(i))).append("</text>\n");
        }
        int plotTop = top - 6;
        int plotBottom = height - 74;
        // axis ticks and grid
        for (double t : scale.ticks()) {
            double x = LABEL_W + scale.x(t) * plotW;
            s.append("<line x1=\"").append(f(x)).append("\" y1=\"").append(plotTop).append("\" x2=\"").append(f(x))
                    .append("\" y2=\"").append(plotBottom).append("\" stroke=\"#dddddd\"/>\n");
            s.append("<text x=\"").append(f(x)).append("\" y=\"").append(plotBottom + 16)
                    .append("\" text-anchor=\"middle\" fill=\"#333333\" font-size=\"11\">")
                    .append(Html.esc(Html.num(BigDecimal.valueOf(t).stripTrailingZeros()))).append("</text>\n");
        }
        s.append("<text x=\"").append(LABEL_W + plotW / 2).append("\" y=\"").append(plotBottom + 34)
                .append("\" text-anchor=\"middle\" fill=\"#333333\" font-size=\"12\">").append(Html.esc(axisLabel))
                .append(log ? " (logarithmic scale)" : "").append("</text>\n");
        int y = top;
        String current = null;
        for (Bar b : bars) {
            if (b.group() != null && !b.group().equals(current)) {
                current = b.group();
                s.append("<text x=\"8\" y=\"").append(y + 17).append("\" font-weight=\"700\" fill=\"#111111\">")
                        .append(Html.esc(current)).append("</text>\n");
                y += GROUP_H;
            }
            bar(s, id, b, scale, plotW, y);
            y += ROW_H;
        }
        s.append("<text x=\"8\" y=\"").append(height - 14).append("\" fill=\"#333333\" font-size=\"11\">")
                .append(Html.esc(source)).append("</text>\n");
        s.append("</svg>\n");
        return s.toString();
    }

    private static void bar(StringBuilder s, String id, Bar b, Scale scale, int plotW, int y) {
        String colour = PALETTE.get(Math.floorMod(b.colour(), PALETTE.size()));
        double x0 = LABEL_W + scale.x(scale.origin()) * plotW;
        int by = y + 6;
        int bh = ROW_H - 12;
        String q = b.qualifier() == null ? "exact" : b.qualifier();
        s.append("<a href=\"").append(Html.esc(b.href())).append("\">");
        s.append("<text x=\"").append(LABEL_W - 8).append("\" y=\"").append(y + 19)
                .append("\" text-anchor=\"end\" fill=\"#111111\">").append(Html.esc(b.label())).append("</text>");
        double end;
        if (b.value() == null && b.low() != null && b.high() != null) {
            double xl = LABEL_W + scale.x(b.low().doubleValue()) * plotW;
            double xh = LABEL_W + scale.x(b.high().doubleValue()) * plotW;
            s.append("<rect class=\"mark\" x=\"").append(f(xl)).append("\" y=\"").append(by).append("\" width=\"")
                    .append(f(Math.max(2, xh - xl))).append("\" height=\"").append(bh).append("\" fill=\"url(#")
                    .append(id).append("-hatch)\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>");
            end = xh;
        } else if (b.value() != null) {
            double xv = LABEL_W + scale.x(b.value().doubleValue()) * plotW;
            boolean soft = "approx".equals(q) || "approx_over".equals(q) || "almost".equals(q);
            s.append("<rect class=\"mark\" x=\"").append(f(x0)).append("\" y=\"").append(by).append("\" width=\"")
                    .append(f(Math.max(2, xv - x0))).append("\" height=\"").append(bh).append("\" fill=\"")
                    .append(colour).append('"').append(soft ? " fill-opacity=\"0.75\"" : "").append("/>");
            end = xv;
            int mid = by + bh / 2;
            if ("at_least".equals(q) || "approx_over".equals(q)) {
                s.append("<line class=\"open\" x1=\"").append(f(xv)).append("\" y1=\"").append(mid)
                        .append("\" x2=\"").append(f(xv + 34)).append("\" y2=\"").append(mid)
                        .append("\" stroke=\"#222222\" stroke-width=\"2\" stroke-dasharray=\"4 3\" marker-end=\"url(#")
                        .append(id).append("-arrow)\"/>");
                end = xv + 36;
            } else if ("at_most".equals(q) || "almost".equals(q)) {
                s.append("<line class=\"open\" x1=\"").append(f(xv)).append("\" y1=\"").append(by - 3)
                        .append("\" x2=\"").append(f(xv)).append("\" y2=\"").append(by + bh + 3)
                        .append("\" stroke=\"#222222\" stroke-width=\"2\"/>");
                s.append("<line class=\"open\" x1=\"").append(f(xv)).append("\" y1=\"").append(mid)
                        .append("\" x2=\"").append(f(Math.max(x0, xv - 30))).append("\" y2=\"").append(mid)
                        .append("\" stroke=\"#222222\" stroke-width=\"2\" stroke-dasharray=\"4 3\" marker-end=\"url(#")
                        .append(id).append("-arrow)\"/>");
            } else if ("approx".equals(q)) {
                double w = Math.max(6, Math.min(18, (xv - x0) * 0.1));
                s.append("<path class=\"open\" d=\"M").append(f(xv - w)).append(',').append(by - 3).append(" V")
                        .append(by + bh + 3).append(" M").append(f(xv + w)).append(',').append(by - 3).append(" V")
                        .append(by + bh + 3).append(" M").append(f(xv - w)).append(',').append(mid).append(" H")
                        .append(f(xv + w)).append("\" stroke=\"#222222\" stroke-width=\"2\" fill=\"none\"/>");
                end = xv + w;
            }
            if (b.low() != null && b.high() != null && b.low().compareTo(b.high()) != 0) {
                double xl = LABEL_W + scale.x(b.low().doubleValue()) * plotW;
                double xh = LABEL_W + scale.x(b.high().doubleValue()) * plotW;
                s.append("<path class=\"open\" d=\"M").append(f(xl)).append(',').append(by).append(" V")
                        .append(by + bh).append(" M").append(f(xl)).append(',').append(mid).append(" H").append(f(xh))
                        .append(" M").append(f(xh)).append(',').append(by).append(" V").append(by + bh)
                        .append("\" stroke=\"#222222\" stroke-width=\"1.5\" fill=\"none\"/>");
                end = Math.max(end, xh);
            }
        } else {
            end = x0;
        }
        s.append("<text x=\"").append(f(end + 6)).append("\" y=\"").append(y + 19).append("\" fill=\"#111111\">")
                .append(Html.esc(b.valueLabel())).append("</text>");
        s.append("</a>\n");
    }

    /** Splits text into lines of at most {@code width} characters at spaces. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(w);
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** Maps a value to 0..1 of the plot width. */
    private record Scale(boolean log, double lo, double hi) {

        static Scale linear(double max) {
            double step = niceStep(max <= 0 ? 1 : max);
            return new Scale(false, 0, Math.ceil((max <= 0 ? 1 : max) / step) * step);
        }

        static Scale log(double min, double max) {
            double lo = Math.pow(10, Math.floor(Math.log10(Math.max(1, Math.min(min, max)))));
            double hi = Math.pow(10, Math.ceil(Math.log10(Math.max(10, max))));
            if (hi <= lo) {
                hi = lo * 10;
            }
            return new Scale(true, lo, hi);
        }

        double origin() {
            return lo;
        }

        double x(double v) {
            if (log) {
                double c = Math.max(lo, v);
                return (Math.log10(c) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
            }
            return (v - lo) / (hi - lo);
        }

        List<Double> ticks() {
            List<Double> t = new ArrayList<>();
            if (log) {
                for (double v = lo; v <= hi * 1.0001; v *= 10) {
                    t.add(v);
                }
            } else {
                double step = niceStep(hi);
                for (double v = 0; v <= hi + step / 1000; v += step) {
                    t.add(v);
                }
            }
            return t;
        }

        private static double niceStep(double max) {
            double raw = max / 5;
            double mag = Math.pow(10, Math.floor(Math.log10(raw)));
            double n = raw / mag;
            double nice = n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10;
            return nice * mag;
        }
    }
}
