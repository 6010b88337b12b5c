package org.jpulp.common.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** Builds the picocli command line of one executable: {@code <executable> run|check [options]}. */
public final class RoleCli {

    private RoleCli() {
    }

    public static int execute(Role role, String[] args) {
        return commandLine(role, System.getenv()).execute(args);
    }

    static CommandLine commandLine(Role role, Map<String, String> env) {
        CommandLine cli = new CommandLine(new Top());
        cli.setCommandName(role.executable());
        cli.getCommandSpec().usageMessage().description(role.summary(),
                "", "Configuration: defaults < server.conf < environment < command line; see README.md.");
        cli.addSubcommand("run", subcommand(new RunCommand(role, env), role));
        cli.addSubcommand("check", subcommand(new CheckCommand(env), role));
        cli.setExitCodeExceptionMapper(e -> ExitCodes.FAILED);
        return cli;
    }

    private static CommandLine subcommand(Object command, Role role) {
        CommandLine sub = new CommandLine(command);
        if (role.extraOptions() != null) {
            sub.addMixin("role", role.extraOptions());
        }
        return sub;
    }

    @Command(mixinStandardHelpOptions = true, versionProvider = JpulpVersion.Provider.class,
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:success", "1:unexpected failure", "2:usage error", "3:invalid configuration",
                    "4:database unreachable", "5:broker unreachable", "6:database schema not ready"})
    static final class Top implements Runnable {

        @picocli.CommandLine.Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: run or check");
        }
    }
}
