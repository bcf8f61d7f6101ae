package org.advisorycompare.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.advisorycompare.history.Timeline;
import org.advisorycompare.model.Source;

/**
 * The level-over-time step chart, drawn at build time as inline SVG, as wide as its column. The governments' lines
 * differ by dash pattern and marker shape as well as colour; every step carries its date and level as a tooltip, and
 * the page carries a table with the same steps. The time axis runs from the first change to when the sources were
 * last checked (the newest retrieval, a fact of the content: no build date, so output is stable), with a tick for
 * each year; "not stated" is a band of its own, labelled.
 */
final class LevelChart {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 230;
    private static final int LEFT = 104;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 62;

    private LevelChart() {
    }

    /** The chart of the governments' steps, in the order given (the compared pair first); null when no step has a date. */
    static String svg(Timeline timeline, List<Source> sources, String countryName) {
        return svg(timeline, sources, countryName, null);
    }

    /** {@code lastChecked}: the day the sources were last checked (ISO), where the axis ends; null: the last change. */
    static String svg(Timeline timeline, List<Source> sources, String countryName, String lastChecked) {
        List<Source> shown = sources.stream().filter(s -> !known(timeline.steps(s)).isEmpty()).toList();
        List<Timeline.Step> all = shown.stream().flatMap(s -> known(timeline.steps(s)).stream()).toList();
        if (all.isEmpty()) {
            return null;
        }
        LocalDate start = all.stream().map(s -> LocalDate.parse(s.day())).min(LocalDate::compareTo).orElseThrow();
        LocalDate lastStep = all.stream().map(s -> LocalDate.parse(s.day())).max(LocalDate::compareTo).orElseThrow();
        LocalDate end = lastChecked != null && LocalDate.parse(lastChecked).isAfter(lastStep) ? LocalDate.parse(lastChecked) : lastStep;
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"chart-title\">", WIDTH, HEIGHT));
        svg.append("<title id=\"chart-title\">").append(escape(countryName)).append(": national level over time, ")
                .append(escape(names(sources))).append(" (the table below gives the same steps)</title>");
        axes(svg, start, end);
        for (int i = 0; i < sources.size(); i++) {
            line(svg, known(timeline.steps(sources.get(i))), start, days, sources.get(i).key(), i);
        }
        svg.append("</svg>");
        legend(svg, sources.stream().filter(shown::contains).toList(), sources);
        return svg.toString();
    }

    /** "US, UK and Canada". */
    private static String names(List<Source> sources) {
        List<String> labels = sources.stream().map(Source::shortLabel).toList();
        return labels.size() == 1 ? labels.get(0)
                : String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }

    private static List<Timeline.Step> known(List<Timeline.Step> steps) {
        return steps.stream().filter(s -> s.day() != null).toList();
    }

    private static double x(LocalDate day, LocalDate start, long days) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(start, day) / days;
    }

    /** Level 4 at the top, level 1 below it, and "not stated" as a fifth band at the bottom. */
    private static double y(Integer level) {
        int band = (HEIGHT - TOP - BOTTOM) / 5;
        return TOP + band * (level == null ? 4 : 4 - level) + band / 2.0;
    }

    private static void axes(StringBuilder svg, LocalDate start, LocalDate end) {
        for (int level = 1; level <= 4; level++) {
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    + "<text class=\"axis\" x=\"%d\" y=\"%.1f\">N%d</text>", LEFT, WIDTH - RIGHT, y(level), y(level), 8, y(level) + 5, level));
        }
        svg.append(String.format(Locale.ROOT, "<line class=\"grid unstated-band\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\""
                + " stroke-dasharray=\"2 4\"/><text class=\"axis\" x=\"%d\" y=\"%.1f\">not stated</text>",
                LEFT, WIDTH - RIGHT, y(null), y(null), 8, y(null) + 5));
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        int axisY = HEIGHT - BOTTOM + 4;
        for (int year = start.getYear() + 1; year <= end.getYear(); year++) { // a tick for each new year, labelled when room allows
            double x = x(LocalDate.of(year, 1, 1), start, days);
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\"/>",
                    x, x, TOP, axisY));
            if (x - LEFT > 40 && WIDTH - RIGHT - x > 40) {
                svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>",
                        x, axisY + 16, year));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\">%s</text>", LEFT, axisY + 34, start));
        svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                WIDTH - RIGHT, axisY + 34, end));
    }

    /** Each series differs by dash pattern and marker shape as well as colour (series 0 solid circles, 1 dashed squares, ...). */
    private static final String[] DASHES = {"", "6 4", "2 3", "8 3 2 3"};
    private static final String[] DASH_NAMES = {"solid", "dashed", "dotted", "dash-dot"};

    private static void line(StringBuilder svg, List<Timeline.Step> steps, LocalDate start, long days, String key, int series) {
        if (steps.isEmpty()) {
            return;
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            double x0 = x(LocalDate.parse(steps.get(i).day()), start, days);
            double x1 = i + 1 < steps.size() ? x(LocalDate.parse(steps.get(i + 1).day()), start, days) : WIDTH - RIGHT;
            double yy = y(steps.get(i).national());
            path.append(String.format(Locale.ROOT, i == 0 ? "M%.1f %.1f" : "L%.1f %.1f", x0, yy));
            path.append(String.format(Locale.ROOT, "L%.1f %.1f", x1, yy));
        }
        String dash = DASHES[series % DASHES.length];
        svg.append("<path class=\"line line-").append(key).append("\" d=\"").append(path).append('"')
                .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>");
        for (Timeline.Step step : steps) {
            String mark = mark(key, series, x(LocalDate.parse(step.day()), start, days), y(step.national()));
            String tip = key.toUpperCase(Locale.ROOT) + ": " + (step.national() == null ? "level not stated" : "N" + step.national())
                    + " from " + step.day();
            svg.append("<g class=\"step\"><title>").append(escape(tip)).append("</title>").append(mark).append("</g>");
        }
    }

    /** A circle, a square, a triangle, a diamond: shape as well as colour. */
    private static String mark(String key, int series, double cx, double cy) {
        return switch (series % 4) {
            case 0 -> String.format(Locale.ROOT, "<circle class=\"mark mark-%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/>", key, cx, cy);
            case 1 -> String.format(Locale.ROOT, "<rect class=\"mark mark-%s\" x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\"/>",
                    key, cx - 4, cy - 4);
            case 2 -> String.format(Locale.ROOT, "<path class=\"mark mark-%s\" d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fZ\"/>",
                    key, cx, cy - 5, cx + 5, cy + 4, cx - 5, cy + 4);
            default -> String.format(Locale.ROOT, "<path class=\"mark mark-%s\" d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fZ\"/>",
                    key, cx, cy - 5, cx + 5, cy, cx, cy + 5, cx - 5, cy);
        };
    }

    private static final String[] MARK_NAMES = {"circles", "squares", "triangles", "diamonds"};

    /**
     * The legend, as a list below the drawing so that it wraps on a phone: each government drawn with a sample of its
     * line and mark, and their names ("solid line, circles"); {@code order}: every government in chart order.
     */
    private static void legend(StringBuilder html, List<Source> drawn, List<Source> order) {
        html.append("<ul class=\"chart-legend\">");
        for (Source source : drawn) {
            int series = order.indexOf(source);
            String dash = DASHES[series % DASHES.length];
            html.append("<li><svg class=\"chart swatch\" viewBox=\"0 0 40 16\" aria-hidden=\"true\"><path class=\"line line-")
                    .append(source.key()).append("\" d=\"M2 8L38 8\"").append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
                    .append("/>").append(mark(source.key(), series, 20, 8)).append("</svg> ").append(escape(source.shortLabel()))
                    .append(" (").append(DASH_NAMES[series % DASH_NAMES.length]).append(" line, ")
                    .append(MARK_NAMES[series % MARK_NAMES.length]).append(")</li>");
        }
        html.append("</ul>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
