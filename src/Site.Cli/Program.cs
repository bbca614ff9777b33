using System.CommandLine;
using Site.Cli.Commands;

// The command line: build (writes output/), check (validates, writes nothing), serve (builds, serves
// output/ on 127.0.0.1, rebuilds when a file changes and reloads the open pages), new (starts an
// indicator file from the words it cites).
var root = new RootCommand("Builds the bilingual Changning indicators site from input/, data/ and theme/.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ServeCommand.Create(),
    NewCommand.Create(),
};

try
{
    // A mistyped command line is told on standard error, with exit code 2: standard output stays for
    // what a command produces (check --format json promises one JSON document there and nothing else).
    var parse = root.Parse(args);
    if (parse.Errors.Count > 0)
    {
        foreach (var problem in parse.Errors)
        {
            Console.Error.WriteLine($"error: {problem.Message}");
        }

        Console.Error.WriteLine("site --help lists the commands; site <command> --help their options");
        return 2;
    }

    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
{
    // Problems in the input are diagnostics; what reaches here is the environment (a locked folder,
    // a full disk). Say what happened in one line, without a stack trace.
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
