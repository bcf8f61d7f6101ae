package org.advisorycompare.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.advisorycompare.model.Countries;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Source;

/**
 * Canada: Global Affairs Canada's open data. The index {@code /travel-voyage/index-alpha-eng.json}
 * lists every destination under {@code data.<ISO2>}; each destination's full advice is
 * {@code /travel-voyage/cta-cap-<iso2>.json}, which is what is recorded.
 */
public final class CanadaOpenDataAdapter extends IndexedSourceAdapter {
    static final String INDEX = "/travel-voyage/index-alpha-eng.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Source source() {
        return Source.CA;
    }

    @Override
    public String officialOrigin() {
        return "https://data.international.gc.ca";
    }

    /** Canada's keys are ISO codes. */
    @Override
    public List<Country> covers(String iso2, Countries countries) {
        return countries.byIso(iso2).map(List::of).orElse(List.of());
    }

    @Override
    public String documentKind() {
        return "Global Affairs Canada travel advice JSON (collected)";
    }

    @Override
    String indexPath() {
        return INDEX;
    }

    @Override
    String countryPath(String iso2) {
        return "/travel-voyage/cta-cap-" + iso2.toLowerCase(Locale.ROOT) + ".json";
    }

    @Override
    List<String> keys(byte[] body) throws IOException {
        JsonNode data = JSON.readTree(body).path("data");
        List<String> codes = new ArrayList<>();
        for (Iterator<String> it = data.fieldNames(); it.hasNext();) {
            String key = it.next();
            String iso = data.path(key).path("country-iso").asText(key).trim().toUpperCase(Locale.ROOT);
            if (iso.matches("[A-Z]{2}")) {
                codes.add(iso);
            }
        }
        if (codes.isEmpty()) {
            throw new IOException("no destinations in the index");
        }
        return codes.stream().sorted().distinct().toList();
    }
}
