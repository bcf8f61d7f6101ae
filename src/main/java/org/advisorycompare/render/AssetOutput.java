package org.advisorycompare.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.advisorycompare.config.BuildConfig;
import org.advisorycompare.output.Output;
import org.advisorycompare.output.OutputFile;
import org.advisorycompare.output.Pages;
import org.advisorycompare.site.SiteModel;

/** Static files: everything under {@code templates/assets/} copied as is, and {@code .nojekyll}. */
public final class AssetOutput implements Output {
    @Override
    public void render(SiteModel model, BuildConfig config, Pages pages, Consumer<OutputFile> files) {
        files.accept(OutputFile.text(".nojekyll", ""));
        Path assets = config.templates().resolve("assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(assets)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String relative = config.templates().relativize(file).toString().replace('\\', '/');
                files.accept(new OutputFile(relative, Files.readAllBytes(file)));
            }
        } catch (IOException e) {
            throw new RenderException("cannot read assets in " + assets + ": " + e.getMessage(), e);
        }
    }
}
