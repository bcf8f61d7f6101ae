package org.advisorycompare.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * default for every command that has it. A list ({@code source: [us, uk]}) sets a repeatable option. A flag given on
 * the command line wins; an option the file does not name keeps its documented default. A key no command has, or a
 * value its option cannot take, is an error naming the key and the file. What {@code import} is told about the
 * documents it records (their source, country, URL, dates, licence, kind) is never taken from the file: a project
 * default there would be a wrong fact about every document imported.
 */
final class ConfigFileDefaults implements CommandLine.IDefaultValueProvider {
    static final Path FILE = Path.of("advisory-compare.yml");
    private static final Set<String> DOCUMENT_FACTS = Set.of("source", "country", "url", "published", "retrieved",
            "licence", "kind");
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
        Map<String, List<OptionSpec>> known = options(cli);
        Map<String, String> values = new LinkedHashMap<>();
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
            List<OptionSpec> options = known.get(field.getKey());
            if (options == null) {
                throw new ConfigException(file + ": unknown key '" + field.getKey() + "'; the keys are the commands' options: "
                        + String.join(", ", known.keySet().stream().sorted().toList()));
            }
            values.put(field.getKey(), value(file, field.getKey(), field.getValue(), options));
        }
        return new ConfigFileDefaults(values);
    }

    /** The value as its options take it: a list only for a repeatable option, a number for a numeric one. */
    private static String value(Path file, String key, JsonNode node, List<OptionSpec> options) {
        boolean repeatable = options.stream().anyMatch(OptionSpec::isMultiValue);
        if (node.isArray() && repeatable) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : node) {
                items.add(value(file, key, item, List.of()));
            }
            return String.join(",", items);
        }
        if (!node.isValueNode() || node.isNull()) {
            throw new ConfigException(file + ": '" + key + "' must be a single value" + (repeatable ? " or a list" : ""));
        }
        boolean numeric = options.stream().anyMatch(o -> NUMBERS.contains(o.type()));
        if (numeric && !node.asText().matches("-?[0-9]+")) {
            throw new ConfigException(file + ": '" + key + "' must be a whole number, not '" + node.asText() + "'");
        }
        return node.asText();
    }

    private static final Set<Class<?>> NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class);

    /** Every long option of every command by its file key ("--base-url" is "base_url"), but help and version. */
    private static Map<String, List<OptionSpec>> options(CommandLine cli) {
        Map<String, List<OptionSpec>> options = new java.util.TreeMap<>();
        List<CommandLine> commands = new ArrayList<>(cli.getSubcommands().values());
        commands.add(cli);
        for (CommandLine command : commands) {
            for (OptionSpec option : command.getCommandSpec().options()) {
                String key = key(option);
                if (key != null && !option.usageHelp() && !option.versionHelp() && !documentFact(option)) {
                    options.computeIfAbsent(key, k -> new ArrayList<>()).add(option);
                }
            }
        }
        return options;
    }

    private static boolean documentFact(OptionSpec option) {
        return option.command() != null && "import".equals(option.command().name()) && DOCUMENT_FACTS.contains(key(option));
    }

    private static String key(OptionSpec option) {
        String name = option.longestName();
        return name.startsWith("--") ? name.substring(2).replace('-', '_') : null;
    }

    @Override
    public String defaultValue(ArgSpec arg) {
        return arg instanceof OptionSpec option && key(option) != null && !documentFact(option) ? values.get(key(option)) : null;
    }
}
