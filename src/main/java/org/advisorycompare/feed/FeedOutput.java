package org.advisorycompare.feed;


import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import org.advisorycompare.output.OutputException;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.history.Change;
import org.advisorycompare.history.ChangeKind;
import org.advisorycompare.model.Source;
import org.advisorycompare.site.CountryModel;
import org.advisorycompare.output.Output;
import org.advisorycompare.output.OutputFile;
import org.advisorycompare.output.Pages;
import java.util.function.Supplier;
import org.advisorycompare.site.SiteModel;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Every feed in three formats: RSS 2.0 ({@code feed.xml}, with {@code atom:link rel="self"}), Atom 1.0
 * ({@code atom.xml}) and JSON Feed 1.1 ({@code feed.json}). Feeds: all changes (site root), level
 * changes only ({@code levels/}), per government ({@code governments/us/}, {@code governments/uk/}),
 * per country ({@code countries/<slug>/}). Newest first, at most {@code feed_entries} entries each (see
 * {@link org.advisorycompare.config.SiteSettings}); {@code check} holds each file to the feed budget.
 */
public final class FeedOutput implements Output {
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void renderCountry(SiteModel model, CountryModel country, BuildConfig config, Pages pages,
            Consumer<OutputFile> files) {
        List<Change> changes = new ArrayList<>(country.timeline().entries());
        changes.sort(SiteModel.NEWEST_FIRST);
        write(countrySpec(country, config.site().title()), changes.subList(0, Math.min(config.site().feedEntries(), changes.size())), config, pages, files);
    }

    @Override
    public void render(SiteModel model, BuildConfig config, Pages pages, Consumer<OutputFile> files) {
        // feeds are independent of each other: rendered on every core, each file the same whatever the order
        siteSpecs(model, config.site().title()).parallelStream().forEach(spec -> write(spec, model.changes().stream()
                .filter(spec.includes()).limit(config.site().feedEntries()).toList(), config, pages, files));
    }

    /** One feed in its three formats, reused while its entries are unchanged. */
    private static void write(FeedSpec spec, List<Change> changes, BuildConfig config, Pages pages,
            Consumer<OutputFile> files) {
        FeedInputs inputs = new FeedInputs(spec.dir(), spec.title(), spec.description(), changes);
        Pages.EntryTexts texts = pages.entries(spec.dir());
        Supplier<List<FeedEntry>> entries = memo(() -> {
            List<FeedEntry> made = new ArrayList<>();
            for (Change change : changes) { // the newest feed_diff_entries carry their changes
                made.add(FeedEntries.of(change, config, texts, made.size() < config.site().feedDiffEntries()));
            }
            texts.save();
            return made;
        });
        files.accept(pages.page(spec.rss(), null, inputs, () -> rss(spec, entries.get(), config)));
        files.accept(pages.page(spec.atom(), null, inputs, () -> atom(spec, entries.get(), config)));
        files.accept(pages.page(spec.json(), null, inputs, () -> json(spec, entries.get(), config)));
    }

    /** What a feed shows: its place, title and description, and its entries' changes, newest first. */
    private record FeedInputs(String dir, String title, String description, List<Change> changes) {
    }

    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = supplier.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) value[0];
            return t;
        };
    }

    /** Every feed of the site, in the order the feeds page lists them. */
    public static List<FeedSpec> specs(SiteModel model, String siteTitle) {
        List<FeedSpec> specs = new ArrayList<>(siteSpecs(model, siteTitle));
        model.countries().forEach(country -> specs.add(countrySpec(country, siteTitle)));
        return specs;
    }

    /** The feeds across countries: all changes, level changes, each government's. */
    private static List<FeedSpec> siteSpecs(SiteModel model, String siteTitle) {
        List<FeedSpec> specs = new ArrayList<>();
        specs.add(new FeedSpec("", siteTitle + ": all changes to US and UK travel advice",
                "Every new version of the US State Department's and the UK FCDO's travel advice.", c -> true));
        specs.add(new FeedSpec("levels/", siteTitle + ": level changes",
                "Only the versions that raised or lowered a government's national level.",
                c -> c.kind().isLevelChange()));
        for (Source source : model.sources()) {
            specs.add(new FeedSpec("governments/" + source.key() + "/", siteTitle + ": " + source.government()
                    + " travel advice changes", "Every new version of the " + source.organisation() + "'s travel advice.",
                    c -> c.version().source() == source));
        }
        return specs;
    }

    private static FeedSpec countrySpec(CountryModel country, String siteTitle) {
        org.advisorycompare.model.Country shown = country.country();
        return new FeedSpec("countries/" + shown.slug() + "/", siteTitle + ": "
                + shown.name() + " travel advice changes", "Every new version of the US and UK travel advice for "
                + shown.name() + ".", c -> c.version().destination().covers().contains(shown));
    }

    private static String rss(FeedSpec spec, List<FeedEntry> entries, BuildConfig config) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(spec.title());
        channel.setLink(config.absolute(spec.dir()));
        channel.setDescription(spec.description());
        channel.setLanguage("en");
        channel.setForeignMarkup(List.of(new Element("link", ATOM).setAttribute("href", config.absolute(spec.rss()))
                .setAttribute("rel", "self").setAttribute("type", FeedFormat.RSS.mediaType())));
        List<Item> items = new ArrayList<>();
        for (FeedEntry entry : entries) {
            Item item = new Item();
            item.setTitle(entry.title());
            item.setLink(entry.link());
            Guid guid = new Guid();
            guid.setPermaLink(false);
            guid.setValue(entry.id());
            item.setGuid(guid);
            item.setPubDate(Date.from(entry.date()));
            Description description = new Description();
            description.setType("text/html");
            description.setValue(entry.html());
            item.setDescription(description);
            items.add(item);
        }
        channel.setItems(items);
        if (!entries.isEmpty()) {
            channel.setPubDate(Date.from(entries.get(0).date()));
        }
        return write(channel, spec.rss());
    }

    private static String atom(FeedSpec spec, List<FeedEntry> entries, BuildConfig config) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(config.absolute(spec.atom()));
        feed.setTitle(spec.title());
        feed.setAlternateLinks(List.of(link(config.absolute(spec.dir()), "alternate", "text/html")));
        feed.setOtherLinks(List.of(link(config.absolute(spec.atom()), "self", FeedFormat.ATOM.mediaType())));
        feed.setUpdated(Date.from(entries.isEmpty() ? java.time.Instant.parse("2025-01-01T00:00:00Z") : entries.get(0).date()));
        com.rometools.rome.feed.synd.SyndPerson author = new com.rometools.rome.feed.atom.Person();
        author.setName(config.site().title());
        feed.setAuthors(List.of(author));
        List<Entry> atomEntries = new ArrayList<>();
        for (FeedEntry e : entries) {
            Entry entry = new Entry();
            entry.setId(e.id());
            entry.setTitle(e.title());
            entry.setAlternateLinks(List.of(link(e.link(), "alternate", "text/html")));
            entry.setUpdated(Date.from(e.date()));
            entry.setPublished(Date.from(e.date()));
            Content content = new Content();
            content.setType("html");
            content.setValue(e.html());
            entry.setContents(List.of(content));
            atomEntries.add(entry);
        }
        feed.setEntries(atomEntries);
        return write(feed, spec.atom());
    }

    private static Link link(String href, String rel, String type) {
        Link link = new Link();
        link.setHref(href);
        link.setRel(rel);
        link.setType(type);
        return link;
    }

    private static String json(FeedSpec spec, List<FeedEntry> entries, BuildConfig config) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", spec.title());
        feed.put("home_page_url", config.absolute(spec.dir()));
        feed.put("feed_url", config.absolute(spec.json()));
        feed.put("description", spec.description());
        feed.put("language", "en");
        List<Map<String, Object>> items = new ArrayList<>();
        for (FeedEntry e : entries) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", e.id());
            item.put("url", e.link());
            item.put("title", e.title());
            item.put("content_html", e.html());
            item.put("content_text", e.text());
            item.put("date_published", e.date().toString());
            items.add(item);
        }
        feed.put("items", items);
        try {
            return JSON.writeValueAsString(feed) + "\n";
        } catch (JsonProcessingException e) {
            throw new OutputException(spec.json(), e);
        }
    }

    private static String write(com.rometools.rome.feed.WireFeed feed, String path) {
        try {
            return new WireFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new OutputException(path, e);
        }
    }
}
