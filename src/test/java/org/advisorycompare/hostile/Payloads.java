package org.advisorycompare.hostile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The attacker's strings, by payload class: each is written into every field of every input shape the
 * hostile corpus has. A script that runs calls {@code alert} or sets {@code document.title} to
 * {@link #PWNED}; a browser pass looks for both.
 */
final class Payloads {
    static final String PWNED = "PWNED";
    /** A formula a spreadsheet would evaluate; no CSV cell may start with it. */
    static final String FORMULA = "=HYPERLINK(\"https://evil.example/\",\"formula\")";

    private Payloads() {
    }

    /** HTML payloads by class, for bodies that are HTML (and raw HTML inside Markdown). */
    static Map<String, String> html() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("script element", "<script>alert('script');document.title='PWNED'</script>");
        p.put("event handler", "<img src=x onerror=\"alert('img');document.title='PWNED'\">");
        p.put("svg onload", "<svg onload=\"alert('svg')\"><script>alert('svg-script')</script></svg>");
        p.put("mathml mxss", "<math><mtext><table><mglyph><style><img src=x onerror=alert('mxss-math')></style></mglyph></table></mtext></math>");
        p.put("noscript mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert('mxss-noscript')>\"></noscript>");
        p.put("javascript link", "<a href=\"javascript:alert('js-link')\">js link</a>");
        p.put("mixed-case scheme", "<a href=\"JaVaScRiPt:alert('js-case')\">js case</a>");
        p.put("tab in scheme", "<a href=\"jav&#x09;ascript:alert('js-tab')\">js tab</a>");
        p.put("leading space scheme", "<a href=\" javascript:alert('js-space')\">js space</a>");
        p.put("data url", "<a href=\"data:text/html,&lt;script&gt;alert('data')&lt;/script&gt;\">data link</a>");
        p.put("vbscript url", "<a href=\"vbscript:msgbox('vb')\">vb</a>");
        p.put("iframe", "<iframe src=\"javascript:alert('iframe')\"></iframe>");
        p.put("object", "<object data=\"javascript:alert('object')\"></object>");
        p.put("embed", "<embed src=\"javascript:alert('embed')\">");
        p.put("form action", "<form action=\"javascript:alert('form')\"><button formaction=\"javascript:alert('b')\">go</button></form>");
        p.put("base href", "<base href=\"https://evil.example/\">");
        p.put("meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert('refresh')\">");
        p.put("external stylesheet", "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">");
        p.put("css url", "<style>body{background:url(\"javascript:alert('css')\")}</style>");
        p.put("style attribute", "<div style=\"background:url(javascript:alert('style-attr'))\">styled</div>");
        p.put("details ontoggle", "<details open ontoggle=\"alert('details')\">d</details>");
        p.put("media onerror", "<video><source onerror=\"alert('video')\"></video>");
        p.put("autofocus onfocus", "<input autofocus onfocus=\"alert('input')\">");
        p.put("userinfo url", "<a href=\"https://www.gov.uk@evil.example/x\">userinfo</a>");
        p.put("local file url", "<img src=\"file:///etc/passwd\"><a href=\"file:///etc/passwd\">file</a>");
        p.put("template injection", "<p>${7*7} #{7*7} <#assign x=\"ftl\">${x} {{7*7}} <%= 7*7 %></p>");
        p.put("formula", "<p>" + FORMULA + " +1+1 -2+3 @SUM(1)</p>");
        p.put("attribute breakout", "<p title='\"><script>alert(\"attr\")</script>'>attr</p>");
        return p;
    }

    /** The HTML payloads as one block. */
    static String htmlBlock() {
        return "<p>Hostile block starts.</p>\n" + String.join("\n", html().values()) + "\n<p>Hostile block ends.</p>\n";
    }

    /** Markdown payloads (links, images, autolinks, references), with the HTML ones as raw HTML. */
    static String markdownBlock() {
        return "Hostile block starts.\n\n"
                + "[md link](javascript:alert('md')) [md data](data:text/html,x) ![md image](javascript:alert('mdimg'))\n\n"
                + "<javascript:alert('autolink')> [ref link][r] [ok link](https://www.gov.uk@evil.example/)\n\n"
                + "[r]: javascript:alert('ref')\n\n"
                + String.join("\n\n", html().values()) + "\n\nHostile block ends.\n\n";
    }

    /** For plain-text fields: titles, change notes, kinds, licences. */
    static String text() {
        return " <script>alert('text')</script><img src=x onerror=alert('t')> " + FORMULA + " ${7*7}";
    }

    /** URLs that must never become live links. */
    static String[] urls() {
        return new String[] {"javascript:alert('url')", " javascript:alert('space')", "data:text/html,<script>alert(1)</script>",
                "https://www.gov.uk@evil.example/x", "file:///etc/passwd", "vbscript:msgbox(1)"};
    }
}
