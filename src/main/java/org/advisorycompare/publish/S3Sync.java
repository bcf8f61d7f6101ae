package org.advisorycompare.publish;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.advisorycompare.output.MediaTypes;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Syncs a built site to an S3-compatible object store (AWS S3, MinIO, Cloudflare R2, ...), for a site past one host:
 * uploads the files that are new or whose bytes changed (an object's ETag is the MD5 of its bytes), each with its
 * media type, then deletes the objects under the prefix that the site no longer has. The build's own bookkeeping
 * ({@code .build-manifest.tsv}) is not uploaded; links are not followed. Uploads come before deletions, so a reader
 * never meets a page whose files are gone.
 */
public final class S3Sync {
    private static final int DELETE_BATCH = 1000;
    private final S3Client s3;

    public S3Sync(S3Client s3) {
        this.s3 = s3;
    }

    /** Where to sync: a bucket and a key prefix ({@code s3://bucket/prefix/}; the prefix may be empty). */
    public record Target(String bucket, String prefix) {
        public static Target parse(String url) {
            if (url == null || !url.matches("s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?")) {
                throw new SyncException("--s3 " + url + " is not a bucket URL such as s3://my-bucket/advisories/", null);
            }
            String rest = url.substring("s3://".length());
            int slash = rest.indexOf('/');
            String prefix = slash < 0 ? "" : rest.substring(slash + 1);
            return new Target(slash < 0 ? rest : rest.substring(0, slash),
                    prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/");
        }

        @Override
        public String toString() {
            return "s3://" + bucket + "/" + prefix;
        }
    }

    /** What a sync did (or, dry, would do): files uploaded and their bytes, files already there, objects deleted. */
    public record Report(int uploaded, long bytesUploaded, int unchanged, int deleted) {
    }

    /** An S3 client for {@code endpoint} (null: AWS itself) in {@code region} (null: us-east-1). */
    public static S3Client client(String endpoint, String region, AwsCredentialsProvider credentials) {
        var builder = S3Client.builder().httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(region == null ? "us-east-1" : region))
                .credentialsProvider(credentials == null ? DefaultCredentialsProvider.builder().build() : credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(endpoint != null)
                        .chunkedEncodingEnabled(false).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }

    /** Makes {@code target} hold exactly the files of {@code site}; with {@code dryRun}, only says what it would do. */
    public Report sync(Path site, Target target, boolean dryRun) {
        Map<String, Path> local = files(site);
        Map<String, String> remote = remote(target);
        int uploaded = 0;
        int unchanged = 0;
        long bytes = 0;
        for (Map.Entry<String, Path> file : local.entrySet()) {
            String key = target.prefix() + file.getKey();
            byte[] content = read(file.getValue());
            if (md5(content).equals(remote.get(key))) {
                unchanged++;
                continue;
            }
            if (!dryRun) {
                put(target, key, content);
            }
            uploaded++;
            bytes += content.length;
        }
        List<String> gone = remote.keySet().stream().filter(key -> !local.containsKey(key.substring(target.prefix().length())))
                .sorted().toList();
        if (!dryRun) {
            delete(target, gone);
        }
        return new Report(uploaded, bytes, unchanged, gone.size());
    }

    /** The site's files by their path with {@code /}, sorted; regular files only, the build's manifest left out. */
    private static Map<String, Path> files(Path site) {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(site)) {
            paths.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).forEach(p -> {
                String path = site.relativize(p).toString().replace('\\', '/');
                if (!path.equals(".build-manifest.tsv")) {
                    files.put(path, p);
                }
            });
        } catch (IOException e) {
            throw new SyncException(site + ": cannot read the built site (" + e.getMessage() + "); run build first", e);
        }
        return files;
    }

    /** Every object under the prefix and its ETag (the MD5 of its bytes, for an object uploaded whole). */
    private Map<String, String> remote(Target target) {
        Map<String, String> objects = new HashMap<>();
        try {
            for (S3Object object : s3.listObjectsV2Paginator(r -> r.bucket(target.bucket()).prefix(target.prefix())).contents()) {
                objects.put(object.key(), object.eTag() == null ? null : object.eTag().replace("\"", ""));
            }
        } catch (SdkException e) {
            throw new SyncException(target + ": cannot list the bucket (" + e.getMessage() + "); check the bucket name,"
                    + " --s3-endpoint, --s3-region and the credentials (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)", e);
        }
        return objects;
    }

    private void put(Target target, String key, byte[] content) {
        try {
            s3.putObject(r -> r.bucket(target.bucket()).key(key).contentType(MediaTypes.of(key)), RequestBody.fromBytes(content));
        } catch (SdkException e) {
            throw new SyncException(target + key + ": upload failed (" + e.getMessage() + "); the files uploaded before it"
                    + " stay, and the next publish uploads only what is still missing", e);
        }
    }

    private void delete(Target target, List<String> keys) {
        for (int from = 0; from < keys.size(); from += DELETE_BATCH) {
            List<ObjectIdentifier> batch = new ArrayList<>();
            keys.subList(from, Math.min(keys.size(), from + DELETE_BATCH)).forEach(k -> batch.add(ObjectIdentifier.builder().key(k).build()));
            try {
                s3.deleteObjects(r -> r.bucket(target.bucket()).delete(Delete.builder().objects(batch).quiet(true).build()));
            } catch (SdkException e) {
                throw new SyncException(target + ": deleting removed files failed (" + e.getMessage() + ")", e);
            }
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SyncException(file + ": cannot read it (" + e.getMessage() + ")", e);
        }
    }

    static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
