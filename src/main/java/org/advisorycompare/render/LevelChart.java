package org.advisorycompare.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.advisorycompare.history.Timeline;
import org.advisorycompare.model.Source;

/**
 * The level-over-time step chart, drawn at build time as inline SVG. The two governments' lines
 * differ by dash pattern and marker shape as well as colour; the page carries a table with the same
 * steps. The time axis runs from the first to the last change: no build date, so output is stable.
 */
final class LevelChart {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 200;
    private static final int LEFT = 44;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 36;

    private LevelChart() {
    }

    /** The chart of the governments' steps, in the order given (the compared pair first); null when no step has a date. */
    static String svg(Timeline timeline, List<Source> sources, String countryName) {
        List<Source> shown = sources.stream().filter(s -> !known(timeline.steps(s)).isEmpty()).toList();
        List<Timeline.Step> all = shown.stream().flatMap(s -> known(timeline.steps(s)).stream()).toList();
        if (all.isEmpty()) {
            return null;
        }
        LocalDate start = all.stream().map(s -> LocalDate.parse(s.day())).min(LocalDate::compareTo).orElseThrow();
        LocalDate end = all.stream().map(s -> LocalDate.parse(s.day())).max(LocalDate::compareTo).orElseThrow();
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"chart-title\">", WIDTH, HEIGHT));
        svg.append("<title id=\"chart-title\">").append(escape(countryName)).append(": national level over time, ")
                .append(escape(names(sources))).append(" (the table below gives the same steps)</title>");
        axes(svg, start, end);
        for (int i = 0; i < sources.size(); i++) {
            line(svg, known(timeline.steps(sources.get(i))), start, days, sources.get(i).key(), i);
        }
        legend(svg, sources.stream().filter(shown::contains).toList(), sources);
        return svg.append("</svg>").toString();
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

    /** Level 4 at the top, level 1 at the bottom, unknown below the axis labels' band. */
    private static double y(Integer level) {
        int band = (HEIGHT - TOP - BOTTOM) / 4;
        return level == null ? HEIGHT - BOTTOM + 8 : TOP + band * (4 - level) + band / 2.0;
    }

    private static void axes(StringBuilder svg, LocalDate start, LocalDate end) {
        for (int level = 1; level <= 4; level++) {
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    + "<text class=\"axis\" x=\"%d\" y=\"%.1f\">N%d</text>", LEFT, WIDTH - RIGHT, y(level), y(level), 8, y(level) + 4, level));
        }
        svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\">%s</text>", LEFT, HEIGHT - 4, start));
        svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                WIDTH - RIGHT, HEIGHT - 4, end));
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
            svg.append(mark(key, series, x(LocalDate.parse(step.day()), start, days), y(step.national())));
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

    /** The legend of the governments drawn; {@code order}: every government in chart order (its series number). */
    private static void legend(StringBuilder svg, List<Source> drawn, List<Source> order) {
        int x = WIDTH / 2 - 50 * drawn.size();
        svg.append("<g class=\"legend\">");
        for (Source source : drawn) {
            int series = order.indexOf(source);
            svg.append(mark(source.key(), series, x, HEIGHT - 8)).append(String.format(Locale.ROOT,
                    "<text class=\"axis\" x=\"%d\" y=\"%d\">%s (%s)</text>", x + 8, HEIGHT - 4, escape(source.shortLabel()),
                    DASH_NAMES[series % DASH_NAMES.length]));
            x += 102;
        }
        svg.append("</g>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
