package org.advisorycompare.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;

/**
 * Writes a synthetic archive for the benchmark (never into the project's content/): 200 countries,
 * both sources, N versions each, in the real shapes (GOV.UK Content API JSON, one State Department RSS
 * item). The text is generated and marked as such. {@code --one-more} adds one version of one country.
 *
 * <p>Usage: {@code CorpusGenerator S|M|L|<versions> <content dir>} or {@code CorpusGenerator --one-more <content dir> [version number, default 300]}.
 */
public final class CorpusGenerator {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] WORDS = ("travel advice security risk region border area crime terrorism kidnapping "
            + "health entry visa embassy support protest unrest road flights airport insurance local laws weather "
            + "season city capital province district caution vigilance guidance authorities emergency").split(" ");
    private static final String[] UK_CODES = {"", "avoid_all_but_essential_travel_to_parts", "avoid_all_travel_to_parts",
        "avoid_all_but_essential_travel_to_whole_country", "avoid_all_travel_to_whole_country"};
    private static final String[] US_LABELS = {"", "Exercise Normal Precautions", "Exercise Increased Caution",
        "Reconsider Travel", "Do Not Travel"};

    private CorpusGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path content = Path.of(args[1]);
        if (args[0].equals("--one-more")) {
            int version = args.length > 2 ? Integer.parseInt(args[2]) : 300;
            addVersion(content, 7, version, true);
            addVersion(content, 7, version, false);
            return;
        }
        generate(content, switch (args[0].toUpperCase(Locale.ROOT)) {
            case "S" -> 5;
            case "M" -> 50;
            case "L" -> 250;
            default -> Integer.parseInt(args[0]);
        });
    }

    /** The 200 countries of the corpus. */
    public static List<Country> countries() {
        return Countries.standard().all().stream().filter(c -> !c.region().isEmpty()).limit(200).toList();
    }

    /** Writes {@code versions} versions of every country from both sources. */
    public static void generate(Path content, int versions) throws IOException {
        for (Country country : countries()) {
            for (int v = 0; v < versions; v++) {
                write(content, country, v, true);
                write(content, country, v, false);
            }
        }
    }

    /** Adds version number {@code version} of the corpus country at {@code index}, from the UK or the US. */
    public static void addVersion(Path content, int index, int version, boolean uk) throws IOException {
        write(content, countries().get(index), version, uk);
    }

    private static void write(Path content, Country country, int version, boolean uk) throws IOException {
        // the same words for every version of a country and source; each version changes a little
        Random random = new Random(country.iso2().hashCode() * 31L + (uk ? 1 : 0));
        int level = 1 + Math.floorMod(country.iso2().hashCode() + version / 10, 4);
        LocalDate day = LocalDate.of(2018, 1, 1).plusDays(version * 7L + (uk ? 0 : 3));
        byte[] bytes = (uk ? ukJson(country, version, level, day, random) : usRss(country, version, level, day, random))
                .getBytes(StandardCharsets.UTF_8);
        String sha = sha256(bytes);
        String retrieved = Instant.parse(day + "T06:00:00Z").toString();
        Path folder = content.resolve("collected").resolve(uk ? "uk" : "us").resolve(country.iso2().toLowerCase(Locale.ROOT));
        Files.createDirectories(folder);
        String base = retrieved.replace(":", "").replace("-", "") + "-" + sha.substring(0, 12);
        Files.write(folder.resolve(base + (uk ? ".json" : ".xml")), bytes);
        Map<String, Object> sidecar = new LinkedHashMap<>();
        sidecar.put("source", uk ? "uk" : "us");
        sidecar.put("country", country.iso2());
        sidecar.put("organisation", "synthetic benchmark corpus (not a government's advice)");
        sidecar.put("document_kind", "synthetic benchmark document");
        sidecar.put("retrieved", retrieved);
        sidecar.put("sha256", sha);
        sidecar.put("licence", "synthetic");
        sidecar.put("original_name", base);
        Files.write(folder.resolve(base + ".provenance.json"), JSON.writeValueAsBytes(sidecar));
    }

    private static String ukJson(Country c, int version, int level, LocalDate day, Random random) throws IOException {
        StringBuilder parts = new StringBuilder("[");
        String[] titles = {"Warnings and insurance", "Safety and security", "Entry requirements", "Health", "Getting help"};
        for (int p = 0; p < titles.length; p++) {
            parts.append(p == 0 ? "" : ",").append(JSON.writeValueAsString(Map.of("slug", "part-" + p, "title", titles[p],
                    "body", html(random, version, 4))));
        }
        parts.append(']');
        return "{\"base_path\": \"/foreign-travel-advice/" + c.slug() + "\", \"document_type\": \"travel_advice\", "
                + "\"title\": \"" + c.name().replace("\"", "") + " travel advice\", \"public_updated_at\": \"" + day + "T10:00:00+00:00\", "
                + "\"details\": {\"alert_status\": [" + (level == 1 ? "" : "\"" + UK_CODES[level] + "\"") + "], "
                + "\"change_description\": \"Synthetic change " + version + ".\", \"country\": {\"name\": "
                + JSON.writeValueAsString(c.name()) + ", \"slug\": \"" + c.slug() + "\"}, \"parts\": " + parts + "}}";
    }

    private static String usRss(Country c, int version, int level, LocalDate day, Random random) {
        String title = c.name() + " - Level " + level + ": " + US_LABELS[level];
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>synthetic</title>\n<item><title>"
                + escape(title) + "</title><link>https://travel.state.gov/synthetic/" + c.slug() + "</link><pubDate>"
                + day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + ", "
                + String.format(Locale.ROOT, "%02d", day.getDayOfMonth()) + " "
                + day.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " " + day.getYear()
                + "</pubDate><description><![CDATA[" + html(random, version, 6) + "]]></description>"
                + "<category domain=\"Country-Tag\">XX</category></item>\n</channel></rss>\n";
    }

    /** Synthetic HTML: headings and paragraphs whose words shift a little from version to version. */
    private static String html(Random random, int version, int sections) {
        StringBuilder html = new StringBuilder();
        for (int s = 0; s < sections; s++) {
            html.append("<h2>Section ").append(s).append(' ').append(WORDS[random.nextInt(WORDS.length)]).append("</h2>");
            for (int p = 0; p < 3; p++) {
                html.append("<p>");
                for (int w = 0; w < 40; w++) {
                    html.append(WORDS[random.nextInt(WORDS.length)]).append(w == 39 ? ". " : " ");
                }
                // the first section names the version in full, so that no two versions of a country are the same text
                html.append("Synthetic text, version ").append(s == 0 ? version : version % (s + 2)).append(".</p>");
            }
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
