package org.advisorycompare.incremental;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Country;
import org.advisorycompare.model.Details;
import org.advisorycompare.model.Level;
import org.advisorycompare.model.Provenance;
import org.advisorycompare.model.Source;
import org.advisorycompare.model.StatedDate;

/**
 * The bytes of one {@link VersionIndex} entry: its fields one after another with {@code java.io}'s
 * data streams, a string as its length in UTF-8 bytes (-1 for null) and those bytes. Every build reads
 * the entry of every archive folder, so the format is the one that costs least to read; it is a cache,
 * so a file that does not read back whole (another format, damage) is only converted again.
 */
final class IndexFile {
    private static final String MAGIC = "advisory-compare version index 1";

    private IndexFile() {
    }

    static byte[] write(VersionIndex.Group group) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        string(out, MAGIC);
        string(out, group.code());
        string(out, group.state());
        strings(out, group.archiveFiles());
        string(out, group.versionFiles());
        out.writeInt(group.versions().size());
        for (VersionIndex.Entry e : group.versions()) {
            entry(out, e);
        }
        return bytes.toByteArray();
    }

    /** The entry; throws when the bytes are not one whole entry of this format. */
    static VersionIndex.Group read(byte[] bytes) throws IOException {
        DataInputStream in = new Shared(bytes);
        if (!MAGIC.equals(string(in))) {
            throw new IOException("not a version index entry of this format");
        }
        String code = string(in);
        String state = string(in);
        List<String> archiveFiles = strings(in);
        String versionFiles = string(in);
        int count = in.readInt();
        List<VersionIndex.Entry> versions = new ArrayList<>(Math.min(count, 4096));
        for (int i = 0; i < count; i++) {
            versions.add(entry(in));
        }
        if (in.read() != -1) {
            throw new IOException("bytes after the end of the entry");
        }
        return new VersionIndex.Group(code, state, versions, archiveFiles, versionFiles);
    }

    private static void entry(DataOutputStream out, VersionIndex.Entry e) throws IOException {
        Country c = e.country();
        strings(out, java.util.Arrays.asList(c.iso2(), c.name(), c.slug(), c.region()));
        string(out, e.source().key());
        string(out, e.versionId());
        string(out, e.title());
        Level l = e.level();
        integer(out, l.national());
        string(out, l.nationalNative());
        integer(out, l.regional());
        string(out, l.regionalNative());
        out.writeBoolean(l.nationalDerived());
        string(out, l.nationalSource());
        string(out, l.regionalSource());
        date(out, e.published());
        date(out, e.updated());
        date(out, e.reviewed());
        string(out, e.changeNote());
        Details d = e.details();
        string(out, d.sourceKey());
        strings(out, d.regions());
        strings(out, d.indicators());
        string(out, d.url());
        string(out, d.reader());
        string(out, d.captured());
        destination(out, d.destination());
        strings(out, java.util.Arrays.asList(d.readFrom().level(), d.readFrom().date(), d.readFrom().changeNote()));
        Provenance p = e.provenance();
        strings(out, java.util.Arrays.asList(p.organisation(), p.documentKind(), p.url(), p.retrieved(), p.sha256(),
                p.licence(), p.collectedFile()));
        out.writeInt(e.reviews().size());
        for (AdvisoryVersion.Review r : e.reviews()) {
            date(out, r.updated());
            date(out, r.reviewed());
            string(out, r.retrieved());
            string(out, r.collectedFile());
        }
        string(out, e.bodySha256());
    }

    private static VersionIndex.Entry entry(DataInputStream in) throws IOException {
        List<String> c = strings(in);
        Country country = ((Shared) in).one(new Country(c.get(0), c.get(1), c.get(2), c.get(3)));
        Source source = Source.fromKey(string(in));
        String versionId = string(in);
        String title = string(in);
        Level level = ((Shared) in).one(new Level(integer(in), string(in), integer(in), string(in), in.readBoolean(),
                string(in), string(in)));
        StatedDate published = date(in);
        StatedDate updated = date(in);
        StatedDate reviewed = date(in);
        String changeNote = string(in);
        Details details = new Details(string(in), strings(in), strings(in), string(in), string(in), string(in),
                destination(in), readFrom(strings(in)));
        List<String> p = strings(in);
        Provenance provenance = new Provenance(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), p.get(6));
        int count = in.readInt();
        List<AdvisoryVersion.Review> reviews = new ArrayList<>(Math.min(count, 4096));
        for (int i = 0; i < count; i++) {
            reviews.add(new AdvisoryVersion.Review(date(in), date(in), string(in), string(in)));
        }
        return new VersionIndex.Entry(country, source, versionId, title, level, published, updated, reviewed,
                changeNote, details, provenance, reviews, string(in));
    }

    private static void destination(DataOutputStream out, org.advisorycompare.model.Destination d) throws IOException {
        out.writeBoolean(d != null);
        if (d != null) {
            strings(out, java.util.Arrays.asList(d.id(), d.key(), d.name(), d.url()));
            strings(out, d.covers().stream().map(Country::iso2).toList());
        }
    }

    private static org.advisorycompare.model.Destination destination(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        List<String> d = strings(in);
        List<Country> covers = new ArrayList<>();
        for (String iso : strings(in)) {
            covers.add(org.advisorycompare.model.Countries.standard().byIso(iso)
                    .orElseThrow(() -> new IOException("unknown country " + iso)));
        }
        return new org.advisorycompare.model.Destination(d.get(0), d.get(1), d.get(2), d.get(3), covers);
    }

    private static org.advisorycompare.model.ReadFrom readFrom(List<String> where) {
        org.advisorycompare.model.ReadFrom r = new org.advisorycompare.model.ReadFrom(where.get(0), where.get(1), where.get(2));
        return r.equals(org.advisorycompare.model.ReadFrom.NONE) ? org.advisorycompare.model.ReadFrom.NONE : r;
    }

    private static void date(DataOutputStream out, StatedDate date) throws IOException {
        string(out, date.iso());
        string(out, date.stated());
    }

    private static StatedDate date(DataInputStream in) throws IOException {
        return new StatedDate(string(in), string(in));
    }

    private static void integer(DataOutputStream out, Integer value) throws IOException {
        out.writeBoolean(value != null);
        out.writeInt(value == null ? 0 : value);
    }

    private static Integer integer(DataInputStream in) throws IOException {
        boolean present = in.readBoolean();
        int value = in.readInt();
        return present ? value : null;
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        out.writeInt(values == null ? -1 : values.size());
        if (values != null) {
            for (String value : values) {
                string(out, value);
            }
        }
    }

    /** The strings written, null where the list was null; a null element stays null. */
    private static List<String> strings(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            return null;
        }
        List<String> values = new ArrayList<>(Math.min(count, 4096));
        for (int i = 0; i < count; i++) {
            values.add(string(in));
        }
        return values;
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        if (length > in.available()) {
            throw new IOException("a string runs past the end of the entry");
        }
        return ((Shared) in).one(new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }

    /**
     * The bytes of an entry, read with one instance of each equal string, country and level: a folder's
     * versions repeat the same country, organisation, licence, reader and level wording, and a corpus
     * of 100,000 versions held them 100,000 times.
     */
    private static final class Shared extends DataInputStream {
        private final java.util.Map<Object, Object> seen = new java.util.HashMap<>();

        Shared(byte[] bytes) {
            super(new java.io.ByteArrayInputStream(bytes));
        }

        @SuppressWarnings("unchecked")
        <T> T one(T value) {
            return (T) seen.computeIfAbsent(value, v -> v);
        }
    }
}
