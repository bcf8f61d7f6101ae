package org.advisorycompare.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar advisory-compare.jar}. */
@Command(name = "advisory-compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Publishes US and UK travel advice side by side, with the history of each.",
        subcommands = {BuildCommand.class, ImportCommand.class, CollectCommand.class, CheckCommand.class, ServeCommand.class, PublishCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (0 success, 1 failure or usage error, 2 when collect partly failed). */
    public static int run(String... args) {
        return run(ConfigFileDefaults.FILE, args);
    }

    /** Runs the CLI with the project configuration file {@code config} (absent: the documented defaults). */
    static int run(java.nio.file.Path config, String... args) {
        CommandLine cli;
        try {
            cli = commandLine(config);
        } catch (org.advisorycompare.error.AdvisoryCompareException e) {
            System.err.println("error: " + e.getMessage());
            return OneLineErrors.FAILURE;
        }
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        return commandLine(ConfigFileDefaults.FILE);
    }

    static CommandLine commandLine(java.nio.file.Path config) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler(new OneLineErrors());
        cli.setDefaultValueProvider(ConfigFileDefaults.read(config, cli));
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, serve, check, publish, import or collect (see --help)");
    }
}
