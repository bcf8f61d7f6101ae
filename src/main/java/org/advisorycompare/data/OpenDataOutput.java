package org.advisorycompare.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import org.advisorycompare.output.OutputException;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.history.Change;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Destination;
import org.advisorycompare.model.Source;
import org.advisorycompare.site.CountryModel;
import org.advisorycompare.output.Output;
import org.advisorycompare.output.OutputFile;
import org.advisorycompare.output.Pages;
import org.advisorycompare.site.SiteModel;

/**
 * The open data, a public contract: {@code data/advisories.json} and {@code data/advisories.csv} (one
 * row per country and source, latest version) and {@code data/countries/<ISO2>.json} (every version of
 * each source). Keys are
 * only ever added, never renamed. Unknown values are null.
 */
public final class OpenDataOutput implements Output {
    private static final ObjectWriter JSON = new ObjectMapper().writer(); // compact: tools read it, and bytes count

    @Override
    public void renderCountry(SiteModel model, CountryModel country, BuildConfig config, Pages pages,
            Consumer<OutputFile> files) {
        // shows only this country's versions and labels: reused while they are unchanged
        String path = "data/countries/" + country.country().iso2() + ".json";
        files.accept(pages.page(path, null, new CountryData(country), () -> text(path, countryDocument(country))));
    }

    /** What a country's data file shows: the country's versions and their labels. */
    private record CountryData(CountryModel country) {
    }

    @Override
    public void render(SiteModel model, BuildConfig config, Pages pages, Consumer<OutputFile> files) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CountryModel country : model.countries()) {
            for (Source source : Source.values()) {
                List<CountryModel.Side> sides = country.sides(source);
                for (int i = 0; i < sides.size(); i++) { // one row per destination covering the country, its main one first
                    CountryModel.Side side = sides.get(i);
                    AdvisoryVersion latest = side.latest().orElseThrow();
                    rows.add(row(country.country(), latest, side.history().size(), i == 0));
                }
            }
        }
        files.accept(json("data/advisories.json", rows));
        files.accept(OutputFile.text("data/advisories.csv", csv(rows.stream().map(OpenDataOutput::flat).toList())));
    }

    /** The same rows as CSV (RFC 4180): a header of the JSON keys, empty cells for null. */
    static String csv(List<Map<String, Object>> rows) {
        List<String> keys = rows.isEmpty() ? List.copyOf(flat(row(null, null, 0, true)).keySet()) : List.copyOf(rows.get(0).keySet());
        StringBuilder out = new StringBuilder(String.join(",", keys)).append("\r\n");
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            keys.forEach(k -> cells.add(cell(row.get(k))));
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    /**
     * A CSV cell; one that a spreadsheet would take as a formula (starting with =, +, -, @, tab or carriage
     * return, as a change note or a licence could) is prefixed with an apostrophe, as OWASP recommends.
     */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.matches("(?s).*[\",\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /**
     * A row of {@code advisories.json}: the latest version of one destination covering {@code country}.
     * {@code main}: the government's main destination for the country (the one its agreement compares).
     */
    private static Map<String, Object> row(Country country, AdvisoryVersion v, int versions, boolean main) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (v == null) {
            for (String key : List.of("country", "country_name", "source", "level", "level_native", "regional_level",
                    "regional_level_native", "level_derived", "level_source", "regional_level_source", "published", "updated",
                    "reviewed", "change_note", "url", "title", "version",
                    "retrieved", "document_kind", "licence", "versions", "destination", "destination_main")) {
                row.put(key, null);
            }
            Map<String, Object> none = new LinkedHashMap<>();
            DESTINATION_KEYS.forEach(k -> none.put(k, null));
            row.put("destination", none); // the CSV header of an empty site has the destination's columns too
            return row;
        }
        row.put("country", country.iso2());
        row.put("country_name", country.name());
        row.put("source", v.source().key());
        row.put("level", v.level().national());
        row.put("level_native", v.level().nationalNative());
        row.put("regional_level", v.level().regional());
        row.put("regional_level_native", v.level().regionalNative());
        row.put("level_derived", v.level().nationalDerived());
        row.put("level_source", v.level().nationalSource());
        row.put("regional_level_source", v.level().regionalSource());
        row.put("published", v.published().iso());
        row.put("updated", v.updated().iso());
        row.put("reviewed", v.reviewed().iso());
        row.put("change_note", v.changeNote());
        row.put("url", v.provenance().url());
        row.put("title", v.title());
        row.put("version", v.versionId());
        row.put("retrieved", v.provenance().retrieved());
        row.put("document_kind", v.provenance().documentKind());
        row.put("licence", v.provenance().licence());
        row.put("versions", versions);
        row.put("destination", destination(v));
        row.put("destination_main", main);
        return row;
    }

    /**
     * The government's destination a version is the advice for: its key (GOV.UK slug, State Department
     * page, Canada's code; null where the documents do not state it), its name, URL and the countries it covers.
     */
    private static final List<String> DESTINATION_KEYS = List.of("id", "key", "name", "url", "covers");

    static Map<String, Object> destination(AdvisoryVersion v) {
        Destination d = v.destination();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.folder());
        m.put("key", d.key() != null ? d.key() : v.details().sourceKey());
        m.put("name", d.name());
        m.put("url", d.url() != null ? d.url() : v.details().url());
        m.put("covers", d.covers().stream().map(Country::iso2).toList());
        return m;
    }

    /** Where in its document the version's level, date and change note were read (null where not stated). */
    static Map<String, Object> readFrom(AdvisoryVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level", v.details().readFrom().level());
        m.put("date", v.details().readFrom().date());
        m.put("change_note", v.details().readFrom().changeNote());
        return m;
    }

    /** A row for CSV: the destination object as flat columns ({@code destination_id}, ..., covers space-separated). */
    static Map<String, Object> flat(Map<String, Object> row) {
        Map<String, Object> flat = new LinkedHashMap<>();
        row.forEach((key, value) -> {
            if (value instanceof Map<?, ?> object) {
                for (String part : DESTINATION_KEYS) {
                    Object cell = object.get(part);
                    flat.put(key + "_" + part, cell instanceof List<?> list ? String.join(" ", list.stream().map(String::valueOf).toList()) : cell);
                }
            } else {
                flat.put(key, value);
            }
        });
        return flat;
    }

    private static Map<String, Object> countryDocument(CountryModel country) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("country", country.country().iso2());
        doc.put("country_name", country.country().name());
        doc.put("slug", country.country().slug());
        doc.put("agreement", country.comparison().national().key());
        doc.put("agreement_highest", country.comparison().highest().key());
        List<Map<String, Object>> versions = new ArrayList<>();
        for (CountryModel.Side side : country.allSides()) {
            for (Change change : side.history()) {
                versions.add(version(change));
            }
        }
        doc.put("versions", versions);
        return doc;
    }

    private static Map<String, Object> version(Change change) {
        AdvisoryVersion v = change.version();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", v.source().key());
        m.put("version", v.versionId());
        m.put("published", v.published().iso());
        m.put("updated", v.updated().iso());
        m.put("level", v.level().national());
        m.put("level_native", v.level().nationalNative());
        m.put("regional_level", v.level().regional());
        m.put("regional_level_native", v.level().regionalNative());
        m.put("level_derived", v.level().nationalDerived());
        m.put("level_source", v.level().nationalSource());
        m.put("regional_level_source", v.level().regionalSource());
        m.put("change_kind", change.kind().key());
        m.put("level_from", change.fromLevel());
        m.put("level_to", change.toLevel());
        m.put("change_note", v.changeNote());
        m.put("title", v.title());
        m.put("url", v.provenance().url());
        m.put("retrieved", v.provenance().retrieved());
        m.put("sha256", v.provenance().sha256());
        m.put("reviews", v.reviews().stream().map(r -> r.retrieved()).toList());
        m.put("destination", destination(v));
        m.put("read_from", readFrom(v));
        return m;
    }

    private static OutputFile json(String path, Object value) {
        return OutputFile.text(path, text(path, value));
    }

    private static String text(String path, Object value) {
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new OutputException(path, e);
        }
    }
}
