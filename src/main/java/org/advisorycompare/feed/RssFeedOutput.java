package org.advisorycompare.feed;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.advisorycompare.AdvisoryCompareException;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.history.Change;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.site.Output;
import org.advisorycompare.site.OutputFile;
import org.advisorycompare.site.SiteModel;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * {@code feed.xml}: RSS 2.0 with one item per advisory version, newest first. Each item's date is the
 * date the source states (else the retrieval time), never the build time, and its guid is stable
 * across builds: {@code advisory-compare:<ISO2>:<source>:<version>}.
 */
public final class RssFeedOutput implements Output {
    static final String PATH = "feed.xml";
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

    @Override
    public List<OutputFile> render(SiteModel model, BuildConfig config) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle("Advisory Compare: US and UK travel advice changes");
        channel.setLink(config.baseUrl());
        channel.setDescription("Every new version of the US State Department's and the UK FCDO's travel advice.");
        channel.setLanguage("en");
        channel.setForeignMarkup(List.of(selfLink(config)));
        List<Item> items = new ArrayList<>();
        for (Change change : model.changes()) {
            items.add(item(change, config));
        }
        channel.setItems(items);
        if (!items.isEmpty()) {
            channel.setPubDate(items.get(0).getPubDate());
        }
        try {
            return List.of(OutputFile.text(PATH, new WireFeedOutput().outputString(channel, true)));
        } catch (FeedException e) {
            throw new AdvisoryCompareException("cannot write " + PATH + ": " + e.getMessage(), e);
        }
    }

    private static Element selfLink(BuildConfig config) {
        return new Element("link", ATOM).setAttribute("href", config.absolute(PATH))
                .setAttribute("rel", "self").setAttribute("type", "application/rss+xml");
    }

    private static Item item(Change change, BuildConfig config) {
        AdvisoryVersion v = change.version();
        Item item = new Item();
        item.setTitle(FeedText.title(change));
        item.setLink(config.absolute("countries/" + v.country().slug() + "/history/#v-" + v.source().key() + "-" + v.versionId()));
        Guid guid = new Guid();
        guid.setPermaLink(false);
        guid.setValue("advisory-compare:" + v.country().iso2() + ":" + v.source().key() + ":" + v.versionId());
        item.setGuid(guid);
        item.setPubDate(date(v));
        Description description = new Description();
        description.setType("text/html");
        description.setValue(FeedText.descriptionHtml(change));
        item.setDescription(description);
        return item;
    }

    /** The stated date at 00:00 UTC, or the retrieval time when the source states no date. */
    static Date date(AdvisoryVersion v) {
        if (v.effectiveDate().known()) {
            return Date.from(LocalDate.parse(v.effectiveDate().day()).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        return Date.from(Instant.parse(v.provenance().retrieved()));
    }
}
