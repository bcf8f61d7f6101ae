package org.advisorycompare.convert;

import org.advisorycompare.read.uk.GovUkTextReader;

import org.advisorycompare.read.LevelReader;

import org.advisorycompare.read.NotAdviceException;

import org.advisorycompare.read.UnreadableDocumentException;

import org.advisorycompare.read.RawDocument;

import org.advisorycompare.read.Extraction;

import org.advisorycompare.read.DocumentReader;

import org.advisorycompare.store.Conversion;

import org.advisorycompare.text.PublicationText;

import org.advisorycompare.text.Markdown;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.advisorycompare.error.AdvisoryCompareException;
import org.advisorycompare.model.AdvisoryVersion;
import org.advisorycompare.model.Destination;
import org.advisorycompare.model.Destinations;
import org.advisorycompare.model.Snapshot;
import org.advisorycompare.error.Problem;

/**
 * Turns snapshots into versions. A version is identified by the hash of its canonical body: a later
 * snapshot with the same text (a republish with a new date only) becomes a review of the existing
 * version, not a new one. A snapshot that cannot be read is reported and the others still convert.
 */
public final class Converter {
    private final Readers readers;
    private final AtomicInteger read = new AtomicInteger();
    /** The documents set aside as not advice, with the reason (from every folder this converter converted). */
    private final List<String> setAside = java.util.Collections.synchronizedList(new ArrayList<>());

    public Converter(Readers readers) {
        this.readers = readers;
    }

    /** The documents set aside as not advice, one line each, in name order. */
    public List<String> setAside() {
        synchronized (setAside) {
            return setAside.stream().sorted().toList();
        }
    }

    /** How many snapshots this converter has read and converted (or failed to). */
    public int snapshotsRead() {
        return read.get();
    }

    public Conversion convert(List<Snapshot> snapshots) {
        Map<String, AdvisoryVersion> versions = new LinkedHashMap<>();
        Map<String, List<ChangeHistory>> histories = new HashMap<>();
        List<Problem> errors = merge(SnapshotOrder.sorted(snapshots), versions, new HashSet<>(), histories);
        versions.replaceAll((key, v) -> ChangeNotes.fill(v, histories.getOrDefault(folderKey(v), List.of())));
        return new Conversion(new ArrayList<>(versions.values()), errors);
    }

    private static String folderKey(AdvisoryVersion v) {
        return v.source().key() + "/" + v.destination().folder();
    }

    /**
     * The versions of a folder that gained snapshots, from its versions before ({@code before}, as
     * {@link #convert} made them) and the added snapshots only: the same as converting every snapshot
     * again, as long as each added one comes after every earlier one in the order of conversion; null
     * when one does not (then the folder must be converted again, in order). {@code changed}: the versions
     * that are new or gained a review.
     */
    public Extension extend(List<AdvisoryVersion> before, List<Snapshot> added) {
        List<Snapshot> ordered = SnapshotOrder.sorted(added);
        if (!ordered.isEmpty() && !SnapshotOrder.after(ordered.get(0), before)) {
            return null;
        }
        Map<String, AdvisoryVersion> versions = new LinkedHashMap<>();
        before.forEach(v -> versions.put(key(v), v));
        Set<String> touched = new HashSet<>();
        Map<String, List<ChangeHistory>> histories = new HashMap<>();
        List<Problem> errors = merge(ordered, versions, touched, histories);
        if (!histories.isEmpty()) {
            return null; // a change history fills in earlier versions too: the folder is converted again, in full
        }
        List<AdvisoryVersion> changed = versions.entrySet().stream().filter(e -> touched.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new Extension(new Conversion(new ArrayList<>(versions.values()), errors), changed);
    }

    /** {@link #extend}'s result: every version of the folder, and those that are new or changed. */
    public record Extension(Conversion conversion, List<AdvisoryVersion> changed) {
    }

    /**
     * Converts the snapshots, in order, on every core, and merges each into {@code versions}: a text
     * seen before becomes a review of its version. The keys of the versions made or reviewed go into
     * {@code touched}. Returns one line per snapshot that could not be read.
     */
    private List<Problem> merge(List<Snapshot> ordered, Map<String, AdvisoryVersion> versions, Set<String> touched,
            Map<String, List<ChangeHistory>> histories) {
        List<Problem> errors = new ArrayList<>();
        List<AdvisoryVersion> converted = ordered.parallelStream().map(this::convertOrError).toList();
        for (int i = 0; i < ordered.size(); i++) {
            try {
                AdvisoryVersion version = converted.get(i);
                if (version == null) {
                    convert(ordered.get(i));
                }
                String key = key(version);
                versions.merge(key, version, Converter::addReview);
                touched.add(key);
            } catch (NotAdviceException e) {
                setAside.add(e.getMessage()); // not a version, and not an error of the build
                Snapshot snapshot = ordered.get(i);
                history(snapshot).ifPresent(h -> histories.computeIfAbsent(snapshot.source().key() + "/" + snapshot.folder(),
                        k -> new ArrayList<>()).add(h));
            } catch (AdvisoryCompareException e) {
                errors.add(e.problem());
            }
        }
        return errors;
    }

    private static String key(AdvisoryVersion version) {
        return version.source().key() + "/" + version.destination().folder() + "/" + version.versionId();
    }

    /** The change-history page a snapshot set aside as not advice is, if it is one. */
    private static java.util.Optional<ChangeHistory> history(Snapshot snapshot) {
        RawDocument raw = RawDocument.load(snapshot.file());
        return ChangeHistory.is(raw) ? java.util.Optional.of(ChangeHistory.read(raw, snapshot.provenance().retrieved(),
                snapshot.provenance().collectedFile())) : java.util.Optional.empty();
    }

    /** The conversion; null when it fails (the caller converts again for the error). */
    private AdvisoryVersion convertOrError(Snapshot snapshot) {
        read.incrementAndGet();
        try {
            return convert(snapshot);
        } catch (AdvisoryCompareException e) {
            return null;
        }
    }

    AdvisoryVersion convert(Snapshot snapshot) {
        RawDocument raw = RawDocument.load(snapshot.file());
        String recorded = snapshot.provenance().sha256();
        if (recorded != null && !recorded.equalsIgnoreCase(raw.sha256())) {
            throw new UnreadableDocumentException(snapshot.file().toString(), "its bytes do not match the SHA-256 its sidecar "
                    + "records (" + recorded.substring(0, Math.min(12, recorded.length())) + "…); set aside: the archive is "
                    + "append-only, so a changed document is a new snapshot, never an edit");
        }
        DocumentReader reader = readers.forDocument(snapshot.source(), raw);
        Extraction e = levelsForItsCountry(snapshot, Readers.read(reader, raw));
        Destination destination = destination(snapshot, e.details().destination());
        return new AdvisoryVersion(snapshot.country(), snapshot.source(), versionId(destination, e.body()), e.title(), e.level(),
                e.published().or(snapshot.published()), e.updated(), e.reviewed(), e.changeNote(),
                e.details().withReader(reader.name()).withDestination(destination), snapshot.provenance(), List.of(), e.body());
    }

    /**
     * A UK document that names no country (it was imported with {@code --country}) has its levels read for the
     * country it was recorded under, by the same UK level reader every shape uses.
     */
    private static Extraction levelsForItsCountry(Snapshot snapshot, Extraction e) {
        if (e.country() != null || snapshot.source() != org.advisorycompare.model.Source.UK || e.level().national() != null) {
            return e;
        }
        org.advisorycompare.model.Level read = LevelReader.uk(GovUkTextReader.blockTexts(Markdown.parse(e.body())),
                snapshot.country());
        return read.national() == null && read.regional() == null ? e : e.withLevel(read);
    }

    /**
     * The destination of a snapshot: where the archive recorded it (its folder), with the name, key and
     * URL its document states; null for a plain destination (the snapshot's country).
     */
    static Destination destination(Snapshot snapshot, Destination stated) {
        String folder = snapshot.folder();
        Destination recorded = stated;
        if (folder != null && (stated == null || !stated.folder().equals(folder))) {
            recorded = Destinations.standard().forFolder(snapshot.source(), folder)
                    .map(d -> stated == null ? d : d.as(stated.name(), stated.key(), stated.url()))
                    .orElse(Destination.of(snapshot.country()));
        }
        return recorded == null || !recorded.placed() ? null : recorded;
    }

    private static AdvisoryVersion addReview(AdvisoryVersion first, AdvisoryVersion later) {
        List<AdvisoryVersion.Review> reviews = new ArrayList<>(first.reviews());
        reviews.add(new AdvisoryVersion.Review(later.updated(), later.reviewed(), later.provenance().retrieved(),
                later.provenance().collectedFile()));
        // the same publication seen by another archive: what the first capture did not state, the later one may
        return new AdvisoryVersion(first.country(), first.source(), first.versionId(), first.title(), first.level(),
                first.published().or(later.published()), first.updated().or(later.updated()), first.reviewed(),
                first.changeNote() != null ? first.changeNote() : later.changeNote(), first.details(),
                first.provenance(), reviews, first.content());
    }

    /**
     * The version id of a body of a destination: {@link #versionId(String)} for a plain destination; for one
     * the crosswalk placed, of its id and the body, so that two destinations shown on one country's page
     * never share a version's URL.
     */
    public static String versionId(Destination destination, String body) {
        return destination == null ? versionId(body) : versionId(destination.id() + "\n" + body);
    }

    /**
     * The version id: the first 12 hex digits of the SHA-256 of the body's {@link PublicationText}, so that
     * two archives' captures of one publication (other part order, spaces, heading levels, furniture) are one version.
     */
    public static String versionId(String body) {
        return sha256(PublicationText.of(body).getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    public static String sha256(byte[] bytes) {
        return org.advisorycompare.model.Sha256.of(bytes);
    }

}
