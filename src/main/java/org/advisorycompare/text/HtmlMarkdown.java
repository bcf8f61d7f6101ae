package org.advisorycompare.text;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * HTML from outside to canonical Markdown. First jsoup removes page furniture (navigation, scripts,
 * styles, share, sign-up and print links, cookie banners, "Follow FCDO" lists), then a strict safelist
 * leaves no script, event handler, inline style or javascript:/data: URL and makes links absolute;
 * pretty-printing is off so that a {@code <br>} stays a line break. Flexmark converts with fixed
 * options (ATX headings, no id attributes, typographic characters kept; tables stay tables) and the stray space it leaves before
 * punctuation after emphasis is removed.
 */
public final class HtmlMarkdown {
    static final Safelist SAFE = Safelist.relaxed().preserveRelativeLinks(false);
    private static final String FURNITURE = "script, style, noscript, template, nav, header, footer, form, button, "
            + "input, select, svg, iframe, object, embed, [role=navigation], [role=banner], [role=contentinfo], "
            + "[aria-hidden=true], .govuk-skip-link, .govuk-breadcrumbs, .gem-c-share-links, .gem-c-print-link, "
            + ".gem-c-single-page-notification-button, .gem-c-cookie-banner, #global-cookie-message, "
            + ".gem-c-contextual-sidebar, .gem-c-related-navigation, .gem-c-pagination, .govuk-pagination, "
            + ".js-share, .share-this, .addthis_toolbox";
    /** Parsed once: jsoup would parse the query again for every document (as it would each query below). */
    private static final Evaluator FURNITURE_QUERY = QueryParser.parse(FURNITURE);
    private static final Evaluator BOLD_IN_HEADINGS = QueryParser.parse("h1 > b, h1 > strong, h2 > b, h2 > strong, "
            + "h3 > b, h3 > strong, h4 > b, h4 > strong, h5 > b, h5 > strong, h6 > b, h6 > strong");
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    private static final Evaluator EMPHASIS = QueryParser.parse("b, strong, i, em");
    private static final Evaluator SIGN_UP_AND_PRINT_LINKS = QueryParser.parse("a[href$=/email-signup], a[href$=/print]");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");
    private static final Evaluator PARAGRAPH_OR_ITEM = QueryParser.parse("p, li");
    private static final Evaluator LIST = QueryParser.parse("ul");
    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
            .set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false)
            .set(FlexmarkHtmlConverter.BR_AS_PARA_BREAKS, false)
            .set(FlexmarkHtmlConverter.SKIP_CHAR_ESCAPE, false)
            // keep the source's characters: curly quotes, dashes and ellipses stay as written
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
            .toImmutable();
    static final FlexmarkHtmlConverter CONVERTER = FlexmarkHtmlConverter.builder(OPTIONS).build();
    private static final Pattern ESCAPED_AMPERSAND = Pattern.compile("\\\\&(?![a-zA-Z]+;|#\\d+;)");

    private HtmlMarkdown() {
    }

    /** The Markdown of an HTML fragment; relative links resolve against {@code baseUri}. */
    public static String convert(String html, String baseUri) {
        return Markdown.canonical(markdown(html, baseUri));
    }

    /**
     * The Markdown of an HTML fragment before it is made canonical: for a caller that joins several
     * fragments and makes the whole canonical once.
     */
    public static String markdown(String html, String baseUri) {
        Document dirty = Jsoup.parseBodyFragment(html, baseUri);
        dirty.outputSettings().prettyPrint(false);
        removeFurniture(dirty);
        tidyHeadings(dirty);
        joinLeadingText(dirty);
        tidyEmphasis(dirty);
        // cleaned and converted as a tree: serialising it and parsing the HTML again, twice, gave the same tree
        Document clean = new Cleaner(SAFE).clean(dirty);
        StringBuilder converted = new StringBuilder(html.length());
        // as the conversion of an HTML string ends: Node conversion would leave no trailing blank line
        CONVERTER.convert(clean, converted, FlexmarkHtmlConverter.MAX_TRAILING_BLANK_LINES.get(OPTIONS));
        String markdown = converted.toString();
        markdown = withoutSpaceAfterEmphasis(markdown);
        if (markdown.contains("\\&")) {
            markdown = ESCAPED_AMPERSAND.matcher(markdown).replaceAll("&");
        }
        return markdown;
    }

    /**
     * The text without the spaces Flexmark leaves between the end of emphasis and punctuation
     * ({@code **bold** .} becomes {@code **bold**.}): spaces after a {@code *} or {@code _} and before
     * one of {@code .,;:!?} go. A scan, not a regular expression: one that begins with an alternation
     * is tried at every position, and this ran over every converted text.
     */
    static String withoutSpaceAfterEmphasis(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            if (before != '*' && before != '_') {
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
            if (end < text.length() && ".,;:!?".indexOf(text.charAt(end)) >= 0) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, i);
                copied = end;
            }
            i = end - 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Headings lose bold inside them and are shifted so that the highest one is an h2 (sections of a part). */
    static void tidyHeadings(Element root) {
        root.select(BOLD_IN_HEADINGS).unwrap();
        int top = 7;
        for (Element h : root.select(HEADINGS)) {
            top = Math.min(top, h.tagName().charAt(1) - '0');
        }
        if (top == 7 || top == 2) {
            return;
        }
        for (Element h : root.select(HEADINGS)) {
            h.tagName("h" + Math.max(2, Math.min(6, h.tagName().charAt(1) - '0' - top + 2)));
        }
    }

    /**
     * Emphasis that Markdown cannot carry faithfully is simplified so that no word changes: spaces at
     * the edges of {@code <b>}/{@code <strong>}/{@code <i>}/{@code <em>} move outside the element, and
     * emphasis inside a word ({@code <b>Mal</b>i}) is dropped, keeping the word whole.
     */
    static void tidyEmphasis(Element root) {
        for (Element e : root.select(EMPHASIS)) {
            String text = e.text();
            if (text.isBlank()) {
                e.unwrap();
                continue;
            }
            if (!e.childNodes().isEmpty() && e.childNode(0) instanceof org.jsoup.nodes.TextNode first
                    && first.getWholeText().startsWith(" ")) {
                first.text(first.getWholeText().stripLeading());
                e.before(new org.jsoup.nodes.TextNode(" "));
            }
            if (!e.childNodes().isEmpty() && e.childNode(e.childNodeSize() - 1) instanceof org.jsoup.nodes.TextNode last
                    && last.getWholeText().endsWith(" ")) {
                last.text(last.getWholeText().stripTrailing());
                e.after(new org.jsoup.nodes.TextNode(" "));
            }
            if (insideWord(e)) {
                e.unwrap();
            }
        }
    }

    private static boolean insideWord(Element e) {
        String text = e.text();
        org.jsoup.nodes.Node before = e.previousSibling();
        org.jsoup.nodes.Node after = e.nextSibling();
        boolean joinedBefore = before instanceof org.jsoup.nodes.TextNode t && !t.getWholeText().isEmpty()
                && Character.isLetterOrDigit(t.getWholeText().charAt(t.getWholeText().length() - 1))
                && Character.isLetterOrDigit(text.charAt(0));
        boolean joinedAfter = after instanceof org.jsoup.nodes.TextNode t && !t.getWholeText().isEmpty()
                && Character.isLetterOrDigit(t.getWholeText().charAt(0))
                && Character.isLetterOrDigit(text.charAt(text.length() - 1));
        return joinedBefore || joinedAfter;
    }

    /**
     * A bare phrase before the first paragraph (the State Department's "Do not travel" followed by
     * {@code <p>to <b>Mali</b> ...}) joins that paragraph, so the sentence reads as one.
     */
    static void joinLeadingText(Element root) {
        Element body = root instanceof Document d ? d.body() : root;
        if (body.childNodeSize() < 2 || !(body.childNode(0) instanceof org.jsoup.nodes.TextNode lead)
                || lead.isBlank() || !(body.childNode(1) instanceof Element first) || !first.is(PARAGRAPH)) {
            return;
        }
        first.prependText(lead.text().strip() + " ");
        lead.remove();
    }

    /** Removes navigation and share furniture, and sign-up or "Follow FCDO" blocks, in place. */
    public static void removeFurniture(Element root) {
        root.select(FURNITURE_QUERY).remove();
        root.select(SIGN_UP_AND_PRINT_LINKS).forEach(a -> {
            Element block = a.closest(PARAGRAPH_OR_ITEM);
            (block == null ? a : block).remove();
        });
        for (Element p : root.select(PARAGRAPH)) {
            if (p.text().strip().equals("Follow FCDO:")) {
                Element next = p.nextElementSibling();
                if (next != null && next.is(LIST)) {
                    next.remove();
                }
                p.remove();
            }
        }
    }
}
