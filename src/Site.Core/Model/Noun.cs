namespace Site.Core.Model;

/// <summary>The English noun a Chinese measure word counts: 302台 is "302 elevators".</summary>
public sealed record Noun(string One, string Other)
{
    public string For(decimal value) => value == 1m ? One : Other;
}
