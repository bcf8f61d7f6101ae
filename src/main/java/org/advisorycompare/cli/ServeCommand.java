package org.advisorycompare.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: builds, serves the site on this machine and rebuilds when the content or templates change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build, serve the site under its base path on this machine, rebuild on a change and reload open pages.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}: this machine only).")
    String bind;

    @picocli.CommandLine.Mixin
    SiteFolders folders;

    @picocli.CommandLine.Mixin
    SiteOptions site;

    @Option(names = "--base-url", description = "The URL the site will be published at, whose path is served "
            + "(default: http://BIND:PORT/).")
    String baseUrl;


    @Override
    public Integer call() throws InterruptedException {
        String base = baseUrl != null ? baseUrl : "http://" + bind + ":" + port + "/";
        BuildConfig config = folders.config(base, site.settings());
        try (PreviewServer server = new PreviewServer(config, bind, port, spec.commandLine().getOut()::println)) {
            int served = server.start();
            String path = java.net.URI.create(config.absolute("")).getPath();
            spec.commandLine().getOut().printf("Serving %s at http://%s:%d%s (Ctrl-C stops)%n", folders.out, bind, served, path);
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
