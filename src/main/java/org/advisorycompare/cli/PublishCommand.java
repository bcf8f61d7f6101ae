package org.advisorycompare.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.advisorycompare.publish.S3Sync;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code publish}: syncs a built site to an S3-compatible object store, for a site past GitHub Pages. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Sync a built site to an S3-compatible object store: upload new and changed files, delete removed ones. "
                + "Credentials come from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) or ~/.aws.")
final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "site", description = "The built site (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--s3", paramLabel = "s3://BUCKET/PREFIX/", required = true,
            description = "The bucket and key prefix to sync to.")
    String s3;

    @Option(names = "--s3-endpoint", paramLabel = "URL",
            description = "An S3-compatible endpoint such as https://ACCOUNT.r2.cloudflarestorage.com (default: AWS S3).")
    String endpoint;

    @Option(names = "--s3-region", paramLabel = "REGION", description = "The bucket's region (default: us-east-1).")
    String region;

    @Option(names = "--dry-run", description = "Say what would be uploaded and deleted, change nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(out.resolve("index.html"))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out " + out + " is not a built site: run build first");
        }
        S3Sync.Target target = S3Sync.Target.parse(s3);
        try (var client = S3Sync.client(endpoint, region, null)) {
            S3Sync.Report report = new S3Sync(client).sync(out, target, dryRun);
            spec.commandLine().getOut().printf("%s %s to %s: %d files uploaded (%.1f MB), %d unchanged, %d deleted.%n",
                    dryRun ? "Would publish" : "Published", out, target, report.uploaded(),
                    report.bytesUploaded() / 1_000_000.0, report.unchanged(), report.deleted());
        }
        return 0;
    }
}
