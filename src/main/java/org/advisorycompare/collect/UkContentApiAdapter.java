package org.advisorycompare.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.advisorycompare.model.Source;

/**
 * The UK: the GOV.UK Content API. The index {@code /api/content/foreign-travel-advice} lists every
 * country ({@code links.children[].details.country.slug}); each is {@code .../foreign-travel-advice/<slug>}.
 */
public final class UkContentApiAdapter extends IndexedSourceAdapter {
    static final String INDEX = "/api/content/foreign-travel-advice";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Source source() {
        return Source.UK;
    }

    @Override
    public String officialOrigin() {
        return "https://www.gov.uk";
    }

    @Override
    public String documentKind() {
        return "GOV.UK Content API JSON (collected)";
    }

    @Override
    String indexPath() {
        return INDEX;
    }

    @Override
    String countryPath(String slug) {
        return INDEX + "/" + slug;
    }

    @Override
    List<String> keys(byte[] body) throws IOException {
        JsonNode root = JSON.readTree(body);
        List<String> slugs = new ArrayList<>();
        for (JsonNode child : root.path("links").path("children")) {
            String slug = child.path("details").path("country").path("slug").asText("");
            if (slug.isEmpty()) {
                slug = child.path("base_path").asText("").replaceFirst(".*/", "");
            }
            if (!slug.isEmpty()) {
                slugs.add(slug);
            }
        }
        if (slugs.isEmpty()) {
            throw new IOException("no countries in the index");
        }
        return slugs.stream().sorted().distinct().toList();
    }
}
