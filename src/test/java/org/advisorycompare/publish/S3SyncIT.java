package org.advisorycompare.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.advisorycompare.bench.CorpusGenerator;
import org.advisorycompare.site.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * publish to an S3-compatible store (a local one on 127.0.0.1): a full site uploaded whole, then after one new
 * version only the files whose bytes changed, and the files the site no longer has deleted.
 */
class S3SyncIT {
    private static final String BASE = "https://advisories.example.org/";
    @TempDir
    Path dir;

    private static S3Client client(LocalS3 store) {
        return S3Sync.client(store.endpoint(), "eu-west-2", StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "secret")));
    }

    @Test
    void aFullSiteIsUploadedThenOneNewVersionUploadsOnlyTheChangedFiles() throws Exception {
        TestSite site = new TestSite(dir);
        CorpusGenerator.generate(site.content(), 6);
        assertThat(site.build(BASE).errors()).isEmpty();
        Map<String, String> first = TestSite.snapshot(site.out());
        first.remove(".build-manifest.tsv");
        S3Sync.Target target = S3Sync.Target.parse("s3://advisories/site");
        try (LocalS3 store = new LocalS3("advisories"); S3Client s3 = client(store)) {
            S3Sync.Report full = new S3Sync(s3).sync(site.out(), target, false);
            assertThat(full.uploaded()).isEqualTo(first.size()).isGreaterThan(1000);
            assertThat(full.unchanged()).isZero();
            assertThat(store.objects.keySet()).allSatisfy(key -> assertThat(key).startsWith("site/"));
            assertThat(store.types.get("site/index.html")).isEqualTo("text/html; charset=utf-8");
            assertThat(store.types.get("site/feed.json")).isEqualTo("application/json");

            CorpusGenerator.addVersion(site.content(), 3, 6, true);
            assertThat(site.build(BASE).errors()).isEmpty();
            Map<String, String> second = TestSite.snapshot(site.out());
            second.remove(".build-manifest.tsv");
            Set<String> changed = new HashSet<>();
            second.forEach((path, hash) -> {
                if (!hash.equals(first.get(path))) {
                    changed.add(path);
                }
            });
            Set<String> removed = new HashSet<>(first.keySet());
            removed.removeAll(second.keySet());
            int putsBefore = store.puts.get();
            S3Sync.Report dry = new S3Sync(s3).sync(site.out(), target, true);
            assertThat(store.puts.get()).as("a dry run uploads nothing").isEqualTo(putsBefore);
            S3Sync.Report one = new S3Sync(s3).sync(site.out(), target, false);
            assertThat(one).isEqualTo(dry);
            assertThat(one.uploaded()).as("only the changed files: %s", changed).isEqualTo(changed.size())
                    .isPositive().isLessThan(second.size() / 10);
            assertThat(store.puts.get() - putsBefore).isEqualTo(changed.size());
            assertThat(one.deleted()).isEqualTo(removed.size());
            assertThat(one.unchanged()).isEqualTo(second.size() - changed.size());
            Map<String, String> stored = new HashMap<>();
            store.objects.forEach((key, bytes) -> stored.put(key.substring("site/".length()),
                    new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)));
            assertThat(stored).as("the store holds exactly the site").isEqualTo(second);
            assertThat(new S3Sync(s3).sync(site.out(), target, false).uploaded()).as("nothing changed").isZero();
        }
    }

    @Test
    void aBadBucketUrlOrAnUnreachableStoreIsAnErrorNamingWhatToCheck() throws Exception {
        assertThatThrownBy(() -> S3Sync.Target.parse("https://bucket/x")).isInstanceOf(SyncException.class)
                .hasMessageContaining("s3://my-bucket/");
        TestSite site = new TestSite(dir);
        TestSite.copySeeds(site.content().resolve("collected"));
        site.build(BASE);
        try (LocalS3 store = new LocalS3("other"); S3Client s3 = client(store)) {
            assertThatThrownBy(() -> new S3Sync(s3).sync(site.out(), S3Sync.Target.parse("s3://advisories/"), false))
                    .isInstanceOf(SyncException.class).hasMessageContaining("s3://advisories/: cannot list the bucket")
                    .hasMessageContaining("--s3-endpoint");
        }
    }

    @Test
    void thePublishCommandSyncsWithCredentialsFromTheEnvironmentAndRefusesAFolderThatIsNoSite() throws Exception {
        TestSite site = new TestSite(dir);
        TestSite.copySeeds(site.content().resolve("collected"));
        assertThat(site.build(BASE).errors()).isEmpty();
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "secret");
        try (LocalS3 store = new LocalS3("advisories")) {
            assertThat(org.advisorycompare.cli.Main.run("publish", "--out", site.out().toString(), "--s3", "s3://advisories/",
                    "--s3-endpoint", store.endpoint())).isZero();
            assertThat(store.objects).containsKey("index.html").doesNotContainKey(".build-manifest.tsv");
            assertThat(org.advisorycompare.cli.Main.run("publish", "--out", dir.resolve("nothing").toString(), "--s3",
                    "s3://advisories/", "--s3-endpoint", store.endpoint())).isEqualTo(1);
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }
    }
}
