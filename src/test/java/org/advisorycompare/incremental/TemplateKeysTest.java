package org.advisorycompare.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateKeysTest {
    @TempDir
    Path dir;

    @BeforeEach
    void templates() throws IOException {
        Files.writeString(dir.resolve("layout.ftlh"), "<#include \"parts/footer.ftlh\"><#macro page>x</#macro>");
        Files.createDirectories(dir.resolve("parts"));
        Files.writeString(dir.resolve("parts/footer.ftlh"), "footer");
        Files.writeString(dir.resolve("version.ftlh"), "<#import \"layout.ftlh\" as layout>version");
        Files.writeString(dir.resolve("diff.ftlh"), "<#import 'layout.ftlh' as layout>diff");
        Files.writeString(dir.resolve("about.ftlh"), "about, no layout");
    }

    @Test
    void aTemplatesKeyChangesWithItsOwnText() throws IOException {
        String before = new TemplateKeys(dir).of("version.ftlh");
        Files.writeString(dir.resolve("version.ftlh"), "<#import \"layout.ftlh\" as layout>version, edited");
        assertThat(new TemplateKeys(dir).of("version.ftlh")).isNotEqualTo(before);
    }

    @Test
    void aTemplatesKeyDoesNotChangeWithATemplateItDoesNotUse() throws IOException {
        TemplateKeys before = new TemplateKeys(dir);
        String version = before.of("version.ftlh");
        String about = before.of("about.ftlh");
        Files.writeString(dir.resolve("diff.ftlh"), "<#import 'layout.ftlh' as layout>diff, edited");
        TemplateKeys after = new TemplateKeys(dir);
        assertThat(after.of("version.ftlh")).isEqualTo(version);
        assertThat(after.of("about.ftlh")).isEqualTo(about);
    }

    @Test
    void aChangeInAnIncludedTemplateTwoLevelsDownChangesTheKeysOfEveryTemplateUsingIt() throws IOException {
        TemplateKeys before = new TemplateKeys(dir);
        String version = before.of("version.ftlh");
        String diff = before.of("diff.ftlh");
        String about = before.of("about.ftlh");
        Files.writeString(dir.resolve("parts/footer.ftlh"), "footer, edited");
        TemplateKeys after = new TemplateKeys(dir);
        assertThat(after.of("version.ftlh")).isNotEqualTo(version);
        assertThat(after.of("diff.ftlh")).isNotEqualTo(diff);
        assertThat(after.of("about.ftlh")).isEqualTo(about);
    }

    @Test
    void aTemplateNamingAnotherByAnExpressionDependsOnTheWholeFolder() throws IOException {
        Files.writeString(dir.resolve("dynamic.ftlh"), "<#include view.partName>");
        String before = new TemplateKeys(dir).of("dynamic.ftlh");
        Files.writeString(dir.resolve("about.ftlh"), "about, edited");
        assertThat(new TemplateKeys(dir).of("dynamic.ftlh")).isNotEqualTo(before);
    }

    @Test
    void templatesThatUseEachOtherDoNotLoop() throws IOException {
        Files.writeString(dir.resolve("a.ftlh"), "<#include \"b.ftlh\">");
        Files.writeString(dir.resolve("b.ftlh"), "<#include \"a.ftlh\">");
        assertThat(new TemplateKeys(dir).of("a.ftlh")).hasSize(64);
    }
}
