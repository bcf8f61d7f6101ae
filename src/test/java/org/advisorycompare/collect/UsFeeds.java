package org.advisorycompare.collect;

import java.util.List;

/**
 * A State Department feed ({@code TAsTWs.xml}) in the real shape, for tests: the given items' titles,
 * links and dates as the feed has them, each with a short synthetic description that says it is one.
 */
final class UsFeeds {
    private UsFeeds() {
    }

    /** {@code items}: full title, link and date ("Fri, 21 Aug 2026") of each item. */
    static String feed(List<String[]> items) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0">
                  <channel>
                    <title>travel.state.gov: Travel Advisories</title>
                    <link>https://travel.state.gov</link>
                    <description>Travel advisories (test fixture)</description>
                """);
        for (String[] item : items) {
            String title = escape(item[0]);
            xml.append("    <item>\n      <title>").append(title).append("</title>\n      <link>").append(escape(item[1]))
                    .append("</link>\n      <pubDate>").append(item[2]).append(" 00:00:00 -0500</pubDate>\n")
                    .append("      <description><![CDATA[<p>Test fixture: the State Department item titled ").append(title)
                    .append(", built for a test from its real title and link; this is not its advisory text.</p>]]></description>\n")
                    .append("    </item>\n");
        }
        return xml.append("  </channel>\n</rss>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#x27;");
    }
}
