package org.advisorycompare.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.advisorycompare.history.Timeline;

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

    static String svg(Timeline timeline, String countryName) {
        List<Timeline.Step> us = known(timeline.us());
        List<Timeline.Step> uk = known(timeline.uk());
        List<Timeline.Step> ca = known(timeline.ca());
        List<Timeline.Step> all = java.util.stream.Stream.of(us, uk, ca).flatMap(List::stream).toList();
        if (all.isEmpty()) {
            return null;
        }
        LocalDate start = all.stream().map(s -> LocalDate.parse(s.day())).min(LocalDate::compareTo).orElseThrow();
        LocalDate end = all.stream().map(s -> LocalDate.parse(s.day())).max(LocalDate::compareTo).orElseThrow();
        long days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"chart-title\">", WIDTH, HEIGHT));
        svg.append("<title id=\"chart-title\">").append(escape(countryName)).append(": national level over time, US and UK")
                .append(ca.isEmpty() ? "" : " and Canada").append(" (the table below gives the same steps)</title>");
        axes(svg, start, end);
        line(svg, us, start, days, "us", "");
        line(svg, uk, start, days, "uk", "6 4");
        line(svg, ca, start, days, "ca", "2 3");
        legend(svg, !ca.isEmpty());
        return svg.append("</svg>").toString();
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

    private static void line(StringBuilder svg, List<Timeline.Step> steps, LocalDate start, long days, String key, String dash) {
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
        svg.append("<path class=\"line line-").append(key).append("\" d=\"").append(path).append('"')
                .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"").append("/>");
        for (Timeline.Step step : steps) {
            double cx = x(LocalDate.parse(step.day()), start, days);
            double cy = y(step.national());
            svg.append(mark(key, cx, cy));
        }
    }

    /** A circle for the US, a square for the UK, a triangle for Canada: shape as well as colour. */
    private static String mark(String key, double cx, double cy) {
        return switch (key) {
            case "us" -> String.format(Locale.ROOT, "<circle class=\"mark mark-us\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/>", cx, cy);
            case "uk" -> String.format(Locale.ROOT, "<rect class=\"mark mark-uk\" x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\"/>",
                    cx - 4, cy - 4);
            default -> String.format(Locale.ROOT, "<path class=\"mark mark-ca\" d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fZ\"/>",
                    cx, cy - 5, cx + 5, cy + 4, cx - 5, cy + 4);
        };
    }

    private static void legend(StringBuilder svg, boolean canada) {
        int x = canada ? WIDTH / 2 - 140 : WIDTH / 2 - 80;
        svg.append("<g class=\"legend\">").append(mark("us", x, HEIGHT - 8))
                .append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\">US (solid)</text>", x + 8, HEIGHT - 4))
                .append(mark("uk", x + 94, HEIGHT - 8))
                .append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\">UK (dashed)</text>", x + 102, HEIGHT - 4));
        if (canada) {
            svg.append(mark("ca", x + 196, HEIGHT - 8)).append(String.format(Locale.ROOT,
                    "<text class=\"axis\" x=\"%d\" y=\"%d\">Canada (dotted)</text>", x + 204, HEIGHT - 4));
        }
        svg.append("</g>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
