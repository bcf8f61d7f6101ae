package org.advisorycompare.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advisorycompare.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The optional project configuration file ({@code advisory-compare.yml} in the working folder): each key is a
 * command's long option with {@code _} for {@code -} ({@code base_url: https://user.github.io/repo/}, {@code content},
 * {@code templates}, {@code out}, {@code cache}, {@code contact}, {@code port}, ...), and its value that option's
 * default for every command that has it. A flag given on the command line wins; an option the file does not name
 * keeps its documented default. A key no command has is an error naming the key and the file.
 */
final class ConfigFileDefaults implements CommandLine.IDefaultValueProvider {
    static final Path FILE = Path.of("advisory-compare.yml");
    private final Map<String, String> values;

    private ConfigFileDefaults(Map<String, String> values) {
        this.values = values;
    }

    /** The file's values, checked against every option of {@code cli}'s commands; none when there is no file. */
    static ConfigFileDefaults read(Path file, CommandLine cli) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new ConfigFileDefaults(Map.of());
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new ConfigException(file + ": not valid YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new ConfigFileDefaults(Map.of());
        }
        if (!root.isObject()) {
            throw new ConfigException(file + ": expected keys and values such as 'base_url: https://user.github.io/repo/'");
        }
        Set<String> known = keys(cli);
        Map<String, String> values = new LinkedHashMap<>();
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
            if (!known.contains(field.getKey())) {
                throw new ConfigException(file + ": unknown key '" + field.getKey() + "'; the keys are the commands' options: "
                        + String.join(", ", known.stream().sorted().toList()));
            }
            if (!field.getValue().isValueNode()) {
                throw new ConfigException(file + ": '" + field.getKey() + "' must be a single value");
            }
            values.put(field.getKey(), field.getValue().asText());
        }
        return new ConfigFileDefaults(values);
    }

    /** Every long option of every command, as a file key ("--base-url" is "base_url"), but help and version. */
    private static Set<String> keys(CommandLine cli) {
        Set<String> keys = new HashSet<>();
        List<CommandLine> commands = new ArrayList<>(cli.getSubcommands().values());
        commands.add(cli);
        for (CommandLine command : commands) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                String key = key(option);
                if (key != null && !option.usageHelp() && !option.versionHelp()) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }

    private static String key(OptionSpec option) {
        String name = option.longestName();
        return name.startsWith("--") ? name.substring(2).replace('-', '_') : null;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        return arg instanceof OptionSpec option && key(option) != null ? values.get(key(option)) : null;
    }
}
