package org.advisorycompare.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text colour of the stylesheet meets WCAG 2.2 AA (4.5:1) on every background, in both schemes. */
class ContrastTest {
    private static final Pattern ROOT = Pattern.compile(":root \\{([^}]*)}");
    private static final Pattern VAR = Pattern.compile("--([a-z0-9]+): (#[0-9a-f]{6})");
    private static final List<String> TEXT = List.of("fg", "muted", "link", "n1", "n2", "n3", "n4", "unknown", "us", "uk", "ca");
    private static final List<String> BACKGROUNDS = List.of("bg", "panel", "ins", "del");

    @Test
    void textMeetsAaContrastInLightAndDarkSchemes() throws IOException {
        Matcher roots = ROOT.matcher(Files.readString(Path.of("templates/assets/style.css")));
        int schemes = 0;
        while (roots.find()) {
            Map<String, String> colours = new HashMap<>();
            Matcher v = VAR.matcher(roots.group(1));
            while (v.find()) {
                colours.put(v.group(1), v.group(2));
            }
            for (String text : TEXT) {
                for (String background : BACKGROUNDS) {
                    assertThat(ratio(colours.get(text), colours.get(background)))
                            .as("%s on %s in scheme %d", text, background, schemes + 1).isGreaterThanOrEqualTo(4.5);
                }
            }
            schemes++;
        }
        assertThat(schemes).as("light and dark :root blocks").isEqualTo(2);
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
