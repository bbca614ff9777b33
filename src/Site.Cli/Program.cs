using System.CommandLine;
using Site.Cli.Commands;

// The command line: build (writes output/), check (validates, writes nothing), serve (builds, serves
// output/ on 127.0.0.1 and rebuilds when a file changes).
var root = new RootCommand("Builds the bilingual Changning indicators site from input/, data/ and theme/.")
{
    BuildCommand.Create(),
    CheckCommand.Create(),
    ServeCommand.Create(),
};
return root.Parse(args).Invoke();
