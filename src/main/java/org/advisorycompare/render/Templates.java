package org.advisorycompare.render;


import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The one place FreeMarker is configured: templates from the templates folder, {@code .ftlh} files
 * auto-escaped as HTML, errors thrown (never printed into pages), UTC and English so that output does
 * not depend on the machine. Templates receive view records only.
 */
public final class Templates {
    private final Configuration configuration;
    private final Path folder;

    public Templates(Path folder) {
        this.folder = folder;
        configuration = new Configuration(Configuration.VERSION_2_3_34);
        try {
            configuration.setDirectoryForTemplateLoading(folder.toFile());
        } catch (IOException e) {
            throw new RenderException("cannot read the templates folder " + folder + ": " + e.getMessage()
                    + " (pass --templates DIR)", e);
        }
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        // errors are rethrown with the template and line, never logged: no global logging setting is needed
        configuration.setLogTemplateExceptions(false);
        configuration.setAttemptExceptionReporter((exception, environment) -> {
        });
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setLocale(Locale.UK);
        configuration.setLocalizedLookup(false); // one file per template, no "_en_GB" variants
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE); // templates do not change during a build
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("computer");
    }

    /** Fails, as constructing the templates would, when the folder cannot be read: a check before any work. */
    public static void checkFolder(Path folder) {
        if (!java.nio.file.Files.isDirectory(folder)) {
            throw new RenderException("cannot read the templates folder " + folder + ": " + folder
                    + " does not exist. (pass --templates DIR)", null);
        }
    }

    /** Renders the named template with this view as {@code view}. */
    public String render(String name, Record view) {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(java.util.Map.of("view", view), out);
            return out.toString();
        } catch (IOException e) {
            throw new RenderException("cannot load template " + folder.resolve(name) + ": " + e.getMessage(), e);
        } catch (TemplateException e) {
            throw new RenderException("template " + folder.resolve(name) + " failed at line " + e.getLineNumber()
                    + ": " + oneLine(e.getMessageWithoutStackTop()), e);
        }
    }

    /** FreeMarker's message without its tips, on one line. */
    static String oneLine(String message) {
        return message.lines().map(String::strip)
                .takeWhile(line -> !line.startsWith("----"))
                .filter(line -> !line.isEmpty())
                .reduce((a, b) -> a + " " + b).orElse(message);
    }
}
